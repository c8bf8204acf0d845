"""The timeline and the figures compared in a briefing: pinned, added to a briefing, written as
DOCX, read back as its reader sees it (pictures, every figure with its source, the caveat)."""

from __future__ import annotations

import json
import sqlite3

import docx

from bri_desktop import paths
from bri_desktop.cli import main
from tests.briefing.test_briefing_outputs import DATE, _flat

CARGO = "trans-caspian-cargo"


def test_a_timeline_and_figures_compared_in_a_docx(qapp, tmp_path, capsys, isolated_user_dirs):
    spec = {"title": "Cargo and dates", "sections": [{"name": "When and how much", "items": [
        {"type": "timeline", "lanes": "country", "start": 2023.0, "end": 2026.0,
         "filter": {"countries": ["KZ"]}},
        {"type": "figures", "measure": CARGO},
        {"type": "figures", "measure": "no-such-measure"}]}]}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    assert main(["brief", "build", str(path), "-o", str(tmp_path / "b.docx"), "--date", DATE]) == 0, \
        capsys.readouterr().err
    word = docx.Document(str(tmp_path / "b.docx"))
    paras = word.paragraphs
    text = _flat("\n".join(p.text for p in paras))
    assert len(word.inline_shapes) == 2  # the timeline and the dot chart
    assert word.inline_shapes[0].width > 5_000_000
    captions = [p.text for p in paras if p.style.name == "Caption"]
    assert any(c.startswith("Timeline by country, 2023 to 2025: ") and " in view, of " in c
               and "country = Kazakhstan" in c for c in captions)
    assert any(c.startswith("Cargo on the Trans-Caspian route") and "none reconciled" in c for c in captions)
    # each figure a fact with its own source's mark; its quote, verbatim, in the notes
    conn = sqlite3.connect(paths.bundled_db())
    ids = [r[0] for r in conn.execute("SELECT id FROM indicators WHERE measure = ?", (CARGO,))]
    facts = [p for p in paras if p.style.name == "List Bullet"]
    assert len(facts) == len(ids)
    for p in facts:
        assert sum(1 for r in p.runs if r.font.superscript) == 1, p.text
    for (quote,) in conn.execute("SELECT quote FROM citations WHERE kind = 'indicators' AND record_id IN "
                                 f"({','.join('?' * len(ids))})", ids):
        assert _flat(f"“{quote}”") in text, quote
    assert "4.5 Mt" in text and "3.4 Mt" in text and "never reconciled or averaged" in text
    assert "No measure 'no-such-measure' in this dataset" in text

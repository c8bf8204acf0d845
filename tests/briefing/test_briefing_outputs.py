"""A briefing as the analyst hands it over, read back the way its reader (or Word) sees it: the
DOCX with python-docx, the PDF with pdftotext and pdfinfo, the Markdown as text. The briefing mixes
curated and imported records, a package total, a memorandum and a conflicting indicator, and every
caveat must be in each output."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import docx
import pytest

from bri_desktop import paths
from bri_desktop.cli import main
from tests.importers.conftest import Importer
from tests.importers.files import cgit_workbook, deals

DATE = "2026-12-02"
MEMORANDUM = "kz-bri3-27"  # a memorandum of understanding
PACKAGE = "bri3-kz-contracts"  # 30 contracts, $16.54 bn announced
AGREEMENT = "kz-bri3-01"  # the same article as the package: one source, one number
INDICATOR = "cn-companies-in-kz-akorda"  # "over 6,000": other articles give 6,000 and 5,000
APPROX_PROJECT = "tfc-pet-project"
CAVEATS = ["is not a commitment", "not a sum of the projects", "other figures for the same measure",
           "Date inferred", "disclose no value", "imported collection", "approximate"]

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def _flat(text: str) -> str:
    """Text as compared: ligatures undone, quotes and dashes as typed, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return " ".join(text.split())


@pytest.fixture
def briefing_spec(tmp_path, isolated_user_dirs):
    """A spec file over the bundled records and an imported CGIT collection."""
    workbook = cgit_workbook(tmp_path / "cgit.xlsx", {"Dataset 1": deals(1, 40)})
    Importer(isolated_user_dirs).run(workbook, name="CGIT test")
    conn = sqlite3.connect(paths.combined_db())
    imported = conn.execute("SELECT id, name FROM projects WHERE collection != 'curated' "
                            "AND country = 'KZ' ORDER BY seq LIMIT 1").fetchone()
    conn.close()
    spec = {"title": "China and Kazakhstan: deals and figures", "subtitle": "For the Astana desk",
            "author": "A. Analyst", "sections": [
                {"name": "The deals", "items": [
                    {"type": "record", "kind": "agreements", "id": AGREEMENT},
                    {"type": "record", "kind": "agreements", "id": MEMORANDUM},
                    {"type": "record", "kind": "packages", "id": PACKAGE},
                    {"type": "record", "kind": "projects", "id": APPROX_PROJECT},
                    {"type": "record", "kind": "projects", "id": imported[0]}]},
                {"name": "Figures", "items": [
                    {"type": "indicator", "id": INDICATOR},
                    {"type": "chart", "measure": "investment", "dimension": "country", "filter": {}},
                    {"type": "map", "mode": "geographic"},
                    {"type": "table", "kind": "projects", "filter": {"countries": ["KZ"]}, "limit": 6},
                    {"type": "table", "kind": "projects", "filter": {"collections": ["cgit-test"]}, "limit": 3,
                     "name": "Imported"},
                    {"type": "note", "text": "Our reading: the pipeline is long, the money is short."}]}]}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path, imported


def build(spec: Path, target: Path, capsys) -> str:
    assert main(["brief", "build", str(spec), "-o", str(target), "--date", DATE]) == 0, capsys.readouterr().err
    return capsys.readouterr().err


def imported_row(record_id: str) -> int:
    conn = sqlite3.connect(paths.combined_db())
    row = conn.execute("SELECT row FROM provenance WHERE record_id = ?", (record_id,)).fetchone()[0]
    conn.close()
    return row


def quotes_of(records: list[tuple[str, str]]) -> list[str]:
    conn = sqlite3.connect(paths.combined_db())
    found = [q for kind, ident in records for (q,) in conn.execute(
        "SELECT quote FROM citations WHERE kind = ? AND record_id = ?", (kind, ident))]
    conn.close()
    assert found
    return found


RECORDS = [("agreements", AGREEMENT), ("agreements", MEMORANDUM), ("packages", PACKAGE),
           ("projects", APPROX_PROJECT), ("indicators", INDICATOR)]


def test_docx_has_word_styles_one_citation_per_fact_verbatim_quotes_images_and_every_caveat(
        qapp, briefing_spec, tmp_path, capsys):
    spec, imported = briefing_spec
    build(spec, tmp_path / "b.docx", capsys)
    word = docx.Document(str(tmp_path / "b.docx"))
    paras = word.paragraphs
    styles = {p.style.name for p in paras}
    assert {"Title", "Subtitle", "Heading 1", "Heading 2", "List Bullet", "Caption"} <= styles
    assert [p.text for p in paras if p.style.name == "Heading 1"] == ["The deals", "Figures", "Sources"]
    # the endnotes: numbered 1..n, one per source
    start = next(i for i, p in enumerate(paras) if p.style.name == "Heading 1" and p.text == "Sources")
    notes = [p for p in paras[start + 1:] if re.match(r"\d+\. ", p.text)]
    numbers = [int(p.text.split(".")[0]) for p in notes]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len({p.text for p in notes}) == len(notes), "a source listed twice"
    assert sum("cgit.xlsx" in p.text for p in notes) == 1, "the imported file cited as two sources"
    # every fact carries exactly one citation mark, and it points at a note
    facts = [p for p in paras[:start] if p.style.name == "List Bullet"]
    assert len(facts) > 15
    for p in facts:
        marks = [r.text for r in p.runs if r.font.superscript]
        assert len(marks) == 1, p.text
        assert {int(n) for n in marks[0].split(",")} <= set(numbers), p.text
    # the agreement and the package come from one article: one number for both
    mark_of = {p.text: next(r.text for r in p.runs if r.font.superscript) for p in facts}
    package_mark = next(m for t, m in mark_of.items() if t.startswith("Announced total"))
    agreement_mark = next(m for t, m in mark_of.items() if t.startswith("Parties: KazMunayGas"))
    assert package_mark == agreement_mark
    text = _flat("\n".join(p.text for p in paras) + "\n".join(c.text for t in word.tables for r in t.rows
                                                              for c in r.cells))
    for quote in quotes_of(RECORDS):
        assert _flat(f"“{quote}”") in text, quote
    for caveat in CAVEATS:
        assert caveat in text, caveat
    assert "6,000" in text and "nearly 5,000" in text  # the conflicting figures side by side
    assert _flat(imported[1]) in text
    assert "cgit.xlsx" in text and f"row {imported_row(imported[0])}: " in text  # its file and row
    assert len(word.inline_shapes) == 2  # the chart and the map
    assert word.inline_shapes[0].width > 5_000_000  # EMU: about 16 cm, at print size
    assert len(word.tables) == 2 and len(word.tables[0].rows) == 7  # a header and six projects
    assert len(word.tables[1].rows) == 4  # three imported rows, citing the file the record cites
    footer = word.sections[0].footer.paragraphs[0].text
    assert "dataset 2026" in footer and "CGIT test" in footer and DATE in footer


@needs_poppler
def test_pdf_reads_back_with_every_quote_caveat_and_a_footer_on_each_page(qapp, briefing_spec, tmp_path, capsys):
    spec, _ = briefing_spec
    build(spec, tmp_path / "b.pdf", capsys)
    info = subprocess.run(["pdfinfo", str(tmp_path / "b.pdf")], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 3 and "A4" in info
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "b.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = _flat(text)
    assert "China and Kazakhstan: deals and figures" in flat
    for quote in quotes_of(RECORDS):
        assert _flat(quote) in flat, quote
    for caveat in CAVEATS:
        assert caveat in flat, caveat
    for number in range(1, pages + 1):
        assert f"page {number} of {pages}" in flat
    assert flat.count(f"generated {DATE}") == pages


def test_markdown_footnotes_match_their_notes_and_quotes_are_verbatim(qapp, briefing_spec, tmp_path, capsys):
    spec, _ = briefing_spec
    build(spec, tmp_path / "b.md", capsys)
    text = (tmp_path / "b.md").read_text(encoding="utf-8")
    used = set(re.findall(r"\[\^(\d+)\](?!:)", text))
    defined = set(re.findall(r"^\[\^(\d+)\]:", text, re.M))
    assert used == defined and len(defined) >= 5
    plain = _flat(re.sub(r"\\(.)", r"\1", text))
    for quote in quotes_of(RECORDS):
        assert _flat(quote) in plain, quote
    for caveat in CAVEATS:
        assert caveat in plain, caveat
    figures = sorted((tmp_path / "b-figures").iterdir())
    assert [f.name for f in figures] == ["figure-1-chart.png", "figure-2-map.png"]
    assert all(f"b-figures/{f.name}" in text for f in figures)


def test_the_same_briefing_on_the_same_date_gives_the_same_files(qapp, briefing_spec, tmp_path, capsys):
    spec, _ = briefing_spec
    for fmt in ("docx", "md"):
        build(spec, tmp_path / f"one.{fmt}", capsys)
        build(spec, tmp_path / f"two.{fmt}", capsys)
        if fmt == "md":  # the figure folder's name is the file's: compare the rest
            one = (tmp_path / "one.md").read_text().replace("one-figures", "X")
            assert one == (tmp_path / "two.md").read_text().replace("two-figures", "X")
        else:
            assert (tmp_path / "one.docx").read_bytes() == (tmp_path / "two.docx").read_bytes()


@pytest.mark.parametrize(("spec", "message"), [
    ("{not json", "not JSON"),
    ('{"sections": [{"items": [{"type": "graph"}]}]}', "sections[0].items[0].type: 'graph' is not one of"),
    ('{"sections": [{"items": [{"type": "record", "kind": "agreements"}]}]}', "needs 'id'"),
    ('{"title": 5}', "title: expected text"),
    ('{"page_size": "A3"}', "page_size: 'A3'"),
    ('[1, 2]', "expected an object"),
])
def test_a_bad_spec_file_says_where_and_writes_nothing(tmp_path, capsys, spec, message):
    (tmp_path / "spec.json").write_text(spec, encoding="utf-8")
    assert main(["brief", "build", str(tmp_path / "spec.json"), "-o", str(tmp_path / "b.docx")]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "b.docx").exists()


def test_a_record_missing_from_the_dataset_is_named_not_fatal(qapp, tmp_path, capsys):
    spec = {"sections": [{"name": "S", "items": [{"type": "record", "kind": "agreements", "id": "gone-1"},
                                                 {"type": "record", "kind": "agreements", "id": AGREEMENT}]}]}
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    build(tmp_path / "spec.json", tmp_path / "b.md", capsys)
    text = (tmp_path / "b.md").read_text(encoding="utf-8")
    assert "'gone-1' is not in dataset" in text
    assert "KazMunayGas" in text


def test_a_saved_briefing_is_listed_and_exported_by_its_name(qapp, tmp_path, capsys):
    from bri_desktop.workspace.briefings import save_briefing
    from bri_desktop.workspace.store import Workspace

    ws = Workspace(paths.workspace_file())
    save_briefing(ws, "Astana desk", {"title": "For Astana", "sections": [
        {"name": "S", "items": [{"type": "record", "kind": "agreements", "id": AGREEMENT}]}]})
    ws.close()
    assert main(["brief", "list"]) == 0 and "Astana desk" in capsys.readouterr().out
    assert main(["brief", "export", "Astana desk", "--format", "md", "-o", str(tmp_path / "a.txt"),
                 "--date", DATE]) == 0
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    assert text.startswith("# For Astana") and "KazMunayGas" in text and f"generated {DATE}" in text
    assert main(["brief", "export", "Tashkent desk", "-o", str(tmp_path / "t.docx")]) == 2
    assert "no briefing called “Tashkent desk”" in capsys.readouterr().err
    assert main(["brief", "export", "Astana desk", "-o", str(tmp_path / "a.odt")]) == 2
    assert "cannot tell the format" in capsys.readouterr().err

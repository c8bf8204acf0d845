"""A briefing made in another interface language: every fixed text (headings of the table, captions,
caveats, notes on inferred dates, the footer, the dataset's endnote) goes through core.i18n.translate,
and dates are written in that language; the records' own words stay as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from bri_desktop import paths
from bri_desktop.briefing import document as d
from bri_desktop.briefing.compose import compose
from bri_desktop.briefing.spec import briefing_from_dict
from bri_desktop.core import i18n
from bri_desktop.db.dataset import Dataset

MARK = "⟦"


def marked(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A translator that marks every text it is given, so that a text it never saw stands out."""
    return MARK + i18n.english(context, text, disambiguation, n) + "⟧"


@pytest.fixture
def russian():
    i18n.install(marked, "ru")
    yield
    i18n.install(i18n.english, "en")


def test_a_russian_briefing_has_its_fixed_texts_translated(russian):
    spec = {"title": "T", "author": "A", "sections": [{"name": "Deals", "items": [
        {"type": "record", "kind": "agreements", "id": "kz-bri3-27"},  # a memorandum, its date inferred
        {"type": "record", "kind": "packages", "id": "bri3-kz-contracts"},
        {"type": "record", "kind": "agreements", "id": "no-such-record"},
        {"type": "map", "mode": "geographic"},
        {"type": "table", "kind": "agreements", "filter": {"countries": ["KZ"]}, "limit": 5},
        {"type": "figures", "measure": "cn-companies-in-kz"}]}]}
    doc = compose(briefing_from_dict(spec), Dataset(paths.bundled_db()), dt.date(2026, 5, 12))
    assert doc.meta == "A · 12 мая 2026"
    assert doc.footer.startswith(MARK)
    caveats = [b.text for b in doc.blocks if isinstance(b, d.Block) and b.style == d.CAVEAT]
    assert caveats and all(text.startswith(MARK) for text in caveats), caveats
    first_figure = next(i for i, b in enumerate(doc.blocks) if isinstance(b, d.Figure))
    facts = [b.text for b in doc.blocks[:first_figure] if isinstance(b, d.Block) and b.style == d.FACT]
    assert facts and all(text.startswith(MARK) for text in facts), facts  # "Date: ...", each field named
    assert any("(inferred)" in text and "октябрь 2023" in text for text in facts)
    tables = [b for b in doc.blocks if isinstance(b, d.Table)]
    assert tables and all(h.startswith(MARK) for h in tables[0].header)
    assert all(f.caption.startswith(MARK) for f in doc.figures()) and tables[0].caption.startswith(MARK)
    assert any(note.source.startswith(MARK) for note in doc.endnotes)  # the dataset, cited for the map
    headings = [b.text for b in doc.blocks if isinstance(b, d.Block) and b.style in (d.HEADING1, d.HEADING2)]
    assert not any(MARK in text for text in headings)  # the section's name and the records' titles: data


def test_a_russian_briefing_in_word_is_marked_russian_for_its_spelling(russian):
    """Word checks the spelling of a document in the language its styles declare: a briefing made
    in Russian says ru-RU (it said en-US whatever the language)."""
    import io
    import zipfile

    from bri_desktop.briefing import docx_out

    spec = {"title": "T", "sections": [{"name": "S", "items": [
        {"type": "record", "kind": "agreements", "id": "kz-bri3-27"}]}]}
    doc = compose(briefing_from_dict(spec), Dataset(paths.bundled_db()), dt.date(2026, 5, 12))
    data = docx_out.build(doc, dt.datetime(2026, 5, 12, 9, 0))
    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode("utf-8")
    assert 'w:val="ru-RU"' in styles and 'w:val="en-US"' not in styles

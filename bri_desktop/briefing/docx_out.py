"""The briefing as a Word document (python-docx): Word's own styles (Title, Subtitle, Heading 1
and 2, List Bullet, Caption, Table Grid) so that the analyst edits it as if written by hand;
citation numbers in superscript, the sources as numbered endnotes; figures at print resolution;
the footer and page number on every page. The same briefing on the same date gives the same
bytes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from docx import Document as new_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from bri_desktop.briefing import document as d
from bri_desktop.core import i18n
from bri_desktop.core.i18n import translate
from bri_desktop.core.safe_write import replacing

PAGE = {"A4": (Mm(210), Mm(297)), "Letter": (Mm(215.9), Mm(279.4))}
FIGURE_WIDTH = Mm(160)
_STYLE = {d.HEADING1: "Heading 1", d.HEADING2: "Heading 2", d.PARA: "Normal", d.FACT: "List Bullet",
          d.CAVEAT: "Caveat", d.NOTE: "Normal"}


# What XML 1.0 cannot hold (control characters, lone surrogates): a damaged file's title may
# carry them, and python-docx refuses the whole document for one.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_TEXT = {"data", "png"}  # a figure's drawing, not words


def xml_safe(value):
    """``value`` (the briefing or a part of it) with U+FFFD for every character XML cannot hold."""
    if isinstance(value, str):
        return _NOT_XML.sub("\ufffd", value)
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: xml_safe(getattr(value, f.name))
                                             for f in dataclasses.fields(value)
                                             if f.init and f.name not in _NOT_TEXT})
    return value


def marks(cites: tuple[int, ...]) -> str:
    return ",".join(str(n) for n in cites)


def _runs(paragraph, runs: list[d.Run]) -> None:
    for run in runs:
        paragraph.add_run(run.text)
        if run.cites:
            mark = paragraph.add_run(marks(run.cites))
            mark.font.superscript = True


def _page_field(paragraph) -> None:
    """A PAGE field: Word fills in the page number."""
    run = paragraph.add_run()
    for tag, text in (("w:fldChar", "begin"), ("w:instrText", " PAGE "), ("w:fldChar", "end")):
        element = OxmlElement(tag)
        if tag == "w:fldChar":
            element.set(qn("w:fldCharType"), text)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def build(doc: d.Document, generated: dt.datetime) -> bytes:
    doc = xml_safe(doc)
    word = new_docx()
    styles = word.styles
    _language(styles.element)
    caveat = styles.add_style("Caveat", WD_STYLE_TYPE.PARAGRAPH)
    caveat.base_style = styles["Normal"]
    caveat.font.italic = True
    caveat.font.size = Pt(9.5)
    caveat.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    section = word.sections[0]
    section.page_width, section.page_height = PAGE.get(doc.page_size, PAGE["A4"])
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(22))
    footer = section.footer.paragraphs[0]
    footer.style = styles["Footer"]
    #: {page}: the page's number, filled in by Word
    before, _page, after = translate("docx_out", "{footer} · page {page}").partition("{page}")
    footer.add_run(before.replace("{footer}", doc.footer))
    _page_field(footer)
    if after:
        footer.add_run(after.replace("{footer}", doc.footer))

    word.add_paragraph(doc.title, style="Title")
    if doc.subtitle:
        word.add_paragraph(doc.subtitle, style="Subtitle")
    if doc.meta:
        word.add_paragraph(doc.meta)
    for block in doc.blocks:
        if isinstance(block, d.Figure):
            if block.png:
                word.add_picture(io.BytesIO(block.png), width=FIGURE_WIDTH)
            caption = word.add_paragraph(style="Caption")
            _runs(caption, [d.Run(block.caption, block.cites)])
        elif isinstance(block, d.Table):
            _table(word, block)
        else:
            _runs(word.add_paragraph(style=_STYLE.get(block.style, "Normal")), block.runs)
    if doc.endnotes:
        word.add_paragraph(translate("docx_out", "Sources"), style="Heading 1")
        for note in doc.endnotes:
            p = word.add_paragraph()
            p.add_run(f"{note.number}. ").bold = True
            p.add_run(note.source + ".")
            if note.url:
                p.add_run(f" {note.url}")
            for quote in note.quotes:
                q = word.add_paragraph()
                q.paragraph_format.left_indent = Mm(6)
                q.add_run(f"“{quote}”")
    props = word.core_properties
    props.title, props.author, props.subject = doc.title, doc.meta, doc.subtitle
    props.created = props.modified = generated
    props.last_modified_by, props.revision = "BRI Desktop", 1
    raw = io.BytesIO()
    word.save(raw)
    return _fixed_dates(raw.getvalue(), generated)


# The language Word checks the spelling of the fixed texts in (the interface's; quotes keep theirs).
WORD_LANGUAGES = {"en": ("en-US", "en-US"), "ru": ("ru-RU", "en-US"), "zh_CN": ("en-US", "zh-CN")}


def _language(styles) -> None:  # type: ignore[no-untyped-def]
    latin, east_asian = WORD_LANGUAGES.get(i18n.language(), WORD_LANGUAGES["en"])
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), latin)
        lang.set(qn("w:eastAsia"), east_asian)


def _table(word, table: d.Table) -> None:
    grid = word.add_table(rows=1, cols=len(table.header), style="Table Grid")
    for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row, cites in zip(table.rows, table.cites, strict=True):
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = text
        cells[-1].text = ""
        cells[-1].paragraphs[0].add_run(marks(cites)).font.superscript = True
    for row in grid.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(8.5)
    word.add_paragraph(table.caption, style="Caption")


def _fixed_dates(data: bytes, when: dt.datetime) -> bytes:
    """The package's entries stamped with the generation time, not the moment of writing."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def write(doc: d.Document, target: Path, generated: dt.datetime) -> None:
    data = build(doc, generated)
    with replacing(target) as tmp:
        tmp.write_bytes(data)

"""A composed briefing, ready to be written as DOCX, PDF or Markdown: blocks of text whose facts
carry citation numbers, figures to be drawn, tables, and the numbered sources.

Citations: one number per source, whatever the number of facts that cite it; its endnote lists
each quote cited from it once, verbatim. An imported record cites its collection's file, with the
sheet and row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Block styles, named as the writers know them (DOCX maps them to Word's built-in styles).
HEADING1, HEADING2, PARA, FACT, CAVEAT, NOTE = ("heading1", "heading2", "para", "fact", "caveat", "note")


@dataclass
class Run:
    text: str
    cites: tuple[int, ...] = ()  # citation numbers after the text


@dataclass
class Block:
    style: str
    runs: list[Run]

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Figure:
    """A chart or the corridor map: ``what`` and ``settings`` say how to draw it; ``data`` is what
    the drawing needs (a ChartData, or the map's settings); ``png`` is filled by the renderer."""

    what: str  # "chart" or "map"
    caption: str
    cites: tuple[int, ...]
    data: Any = None
    png: bytes = b""


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    caption: str
    cites: list[tuple[int, ...]] = field(default_factory=list)  # per row


@dataclass
class Endnote:
    number: int
    source: str  # "Publisher, "Title" (date)" or the imported file
    url: str = ""
    quotes: list[str] = field(default_factory=list)


@dataclass
class Document:
    title: str
    subtitle: str
    meta: str  # author and date
    footer: str  # on every page: dataset version, collections used, generation date
    page_size: str
    blocks: list[Block | Figure | Table] = field(default_factory=list)
    endnotes: list[Endnote] = field(default_factory=list)

    def figures(self) -> list[Figure]:
        return [b for b in self.blocks if isinstance(b, Figure)]


class Citations:
    """Numbers sources in the order they are first cited."""

    def __init__(self) -> None:
        self._by_key: dict[str, Endnote] = {}

    def cite(self, key: str, source: str, quote: str = "", url: str = "") -> int:
        note = self._by_key.get(key)
        if note is None:
            note = Endnote(len(self._by_key) + 1, source, url)
            self._by_key[key] = note
        if quote and quote not in note.quotes:
            note.quotes.append(quote)
        if url and not note.url:
            note.url = url
        return note.number

    def endnotes(self) -> list[Endnote]:
        return sorted(self._by_key.values(), key=lambda n: n.number)

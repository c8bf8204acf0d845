"""A source article with its quoted passages found: where each record's quote stands in the
text (matched as the dataset's check matches it: white space, typographic quotes and dashes and
case folded), and the article as HTML with those passages highlighted, each a link to the record
that cites it.

Every piece of article text is escaped: the article is shown, never run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from bri_desktop.core.record_text import link

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
HIGHLIGHT = "background-color:#ffe58a; color:#111111"


def normalise_text(text: str) -> str:
    """Fold white space, typographic quotes and dashes, and case, for matching quotes."""
    return re.sub(r"\s+", " ", text.translate(_FOLD)).strip().lower()


def _folded(text: str) -> tuple[str, list[int]]:
    """``normalise_text`` of ``text`` (before the strip), and for each of its characters the
    position in ``text`` it came from."""
    out: list[str] = []
    where: list[int] = []
    space = True
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if not space:
                out.append(" ")
                where.append(i)
            space = True
            continue
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
        where.append(i)
        space = False
    return "".join(out), where


@dataclass
class Cited:
    """A record's quote of the article."""

    kind: str
    record_id: str
    title: str
    quote: str


@dataclass
class Passage:
    """A stretch of the article quoted by one or more records."""

    start: int
    end: int
    cited: list[Cited] = field(default_factory=list)


def find_passages(text: str, cites: list[Cited]) -> tuple[list[Passage], list[Cited]]:
    """The quoted passages in text order (overlapping quotes made one passage), and the quotes
    not found in the text."""
    folded, where = _folded(text)
    found: list[Passage] = []
    missing: list[Cited] = []
    for cite in cites:
        needle = normalise_text(cite.quote)
        at = folded.find(needle) if needle else -1
        if at < 0:
            missing.append(cite)
            continue
        found.append(Passage(where[at], where[at + len(needle) - 1] + 1, [cite]))
    found.sort(key=lambda p: (p.start, p.end))
    merged: list[Passage] = []
    for passage in found:
        if merged and passage.start < merged[-1].end:
            merged[-1].end = max(merged[-1].end, passage.end)
            merged[-1].cited += passage.cited
        else:
            merged.append(passage)
    return merged, missing


def passage_of(passages: list[Passage], kind: str, record_id: str) -> int | None:
    """The number of the first passage a record quotes."""
    return next((i for i, p in enumerate(passages)
                 if any(c.kind == kind and c.record_id == record_id for c in p.cited)), None)


def article_html(text: str, passages: list[Passage]) -> str:
    """Paragraphs of the article, each passage highlighted, anchored ``q0``, ``q1``… and linked
    to the first record quoting it (all of them in its tooltip)."""
    pieces: list[str] = []
    at = 0
    for number, passage in enumerate(passages):
        pieces.append(escape(text[at:passage.start]))
        first = passage.cited[0]
        names = "; ".join(dict.fromkeys(c.title for c in passage.cited))
        pieces.append(f"<a name='q{number}' href='{link(first.kind, first.record_id)}' title='{escape(names)}' "
                      f"style='{HIGHLIGHT}; text-decoration:none'>{escape(text[passage.start:passage.end])}</a>")
        at = passage.end
    pieces.append(escape(text[at:]))
    body = "".join(pieces)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)

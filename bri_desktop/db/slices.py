"""A broad search's matches counted a slice at a time.

Counting 800,000 matches takes SQLite seconds, longer than anyone should wait for a number. When
a search matches many records, the facets and the chart count them in slices of the records'
numbers (seq): each slice runs the full-text match for its range of numbers only and reads the
narrow covering indexes, so the first slice's counts come in a fraction of the time and no
table of matches has to be made first. After each slice the counts so far are floors of the
exact ones: the window shows them as such ("≥ 12,000") and they become exact with the last
slice. A filter without a search, or with few matches, is one slice: counted whole, as before.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass

from bri_desktop.core.filters import Filter
from bri_desktop.core.search import to_fts_query
from bri_desktop.db.kinds import KINDS
from bri_desktop.db.queries import match_count

SLICE_ROWS = 100_000  # matches per slice: a tenth of a second or so per facet on a laptop


@dataclass(frozen=True)
class Slice:
    """The part of every kind's record numbers from ``start``/``of`` to ``end``/``of``."""

    start: int
    end: int
    of: int

    def rows(self, first: int, last: int) -> tuple[int, int]:
        """The part of the numbers ``first``..``last`` this slice covers."""
        size = last - first + 1
        return first + size * self.start // self.of, first + size * self.end // self.of - 1

    @property
    def share(self) -> float:
        """How much of the matches this slice and those before it cover."""
        return self.end / self.of


WHOLE = Slice(0, 1, 1)


def plan(conn: sqlite3.Connection, kind_names: tuple[str, ...], flt: Filter) -> list[Slice]:
    """The slices to count ``flt``'s matches of these kinds in: one unless the filter is a search
    alone and matches more than a slice's worth of records of one kind. The first is a quarter of the size of
    the others, so that the first counts come all the sooner."""
    if not to_fts_query(flt.search) or flt.criteria() != ["search"] or flt.marks.note_hits:
        return [WHOLE]  # a search with other filters: its table of matches (db.hits) is made
        # for the rows first, and counting over it is quicker than slices that each search
    largest = max(match_count(conn, KINDS[name], flt) for name in kind_names)
    if largest <= SLICE_ROWS:
        return [WHOLE]
    parts = math.ceil(largest / SLICE_ROWS)  # in quarters: 0-1, 1-4, 4-8, 8-12, ...
    ends = [1, *range(4, 4 * parts + 1, 4)]
    return [Slice(start, end, 4 * parts) for start, end in zip([0, *ends], ends, strict=False)]


def seq_range(conn: sqlite3.Connection, kind_name: str, part: Slice) -> tuple[int, int] | None:
    """The record numbers of the kind ``part`` covers; None when it covers every record."""
    if part == WHOLE:
        return None
    table = KINDS[kind_name].table
    # apart, so that each reads one end of the index (min and max together scan the table)
    first = conn.execute(f"SELECT min(seq) FROM {table}").fetchone()[0]
    last = conn.execute(f"SELECT max(seq) FROM {table}").fetchone()[0]
    return (1, 0) if first is None else part.rows(first, last)

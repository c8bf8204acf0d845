"""A broad search's matches counted a slice at a time.

Counting 800,000 matches takes SQLite seconds, longer than anyone should wait for a number. The
facets and the chart count a search's matches in slices of its hits table (db.hits), in the order
the table holds them. After each slice the counts so far are floors of the exact ones: the
window shows them as such ("≥ 12,000") and they become exact with the last slice. A filter
without a search, or with few matches, is one slice: counted whole, as before.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass

from bri_desktop.core.filters import Filter
from bri_desktop.db.kinds import KINDS
from bri_desktop.db.queries import search_hits

SLICE_ROWS = 100_000  # matches per slice: about 0.3 s of counting at 1M on a laptop


@dataclass(frozen=True)
class Slice:
    """Part ``index`` of ``of`` equal parts of every kind's matches."""

    index: int
    of: int

    def rows(self, total: int) -> tuple[int, int]:
        """The range of rowids (1..total) of a hits table this slice covers."""
        return total * self.index // self.of + 1, total * (self.index + 1) // self.of

    @property
    def share(self) -> float:
        """How much of the matches this slice and those before it cover."""
        return (self.index + 1) / self.of


WHOLE = Slice(0, 1)


def hits_size(conn: sqlite3.Connection, kind_name: str, flt: Filter) -> int | None:
    """How many rows the kind's hits table for ``flt`` holds (None: no search, no table)."""
    hits = search_hits(conn, KINDS[kind_name], flt)
    if hits is None:
        return None
    return conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {hits}").fetchone()[0]


def plan(conn: sqlite3.Connection, kind_names: tuple[str, ...], flt: Filter) -> list[Slice]:
    """The slices to count ``flt``'s matches of these kinds in: one when they are few."""
    sizes = [hits_size(conn, name, flt) or 0 for name in kind_names]
    parts = max(1, math.ceil(max(sizes, default=0) / SLICE_ROWS))
    return [Slice(i, parts) for i in range(parts)]


def hit_rows(conn: sqlite3.Connection, kind_name: str, flt: Filter,
             part: Slice) -> tuple[int, int] | None:
    """The rows of the kind's hits table ``part`` covers; None when it counts everything."""
    if part.of == 1:
        return None
    size = hits_size(conn, kind_name, flt)
    return None if size is None else part.rows(size)

"""Worker functions: what the window runs off the GUI thread through ``TaskRunner.submit``.

Each takes the task's ``TaskState`` first, opens nothing but the dataset's connection for its
thread, and imports no Qt: they are plain functions over the db and core layers.
"""

from __future__ import annotations

from dataclasses import dataclass

from bri_desktop.core.filters import Filter
from bri_desktop.db import queries
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.details import record_details
from bri_desktop.db.kinds import KINDS


def load_details(state, dataset: Dataset, kind: str, record_id: str) -> dict | None:
    """One record with its links, sources and (a bounded number of) related records."""
    return record_details(state.watch(dataset.connection()), kind, record_id)


@dataclass(frozen=True)
class Located:
    """Where a record stands against a filter: the parts of the filter that hide it."""

    kind: str
    record_id: str
    filter: Filter
    failing: tuple[str, ...]
    exists: bool


def locate(state, dataset: Dataset, kind: str, record_id: str, flt: Filter) -> Located:
    conn = state.watch(dataset.connection())
    exists = conn.execute(f"SELECT 1 FROM {KINDS[kind].table} WHERE id = ?",
                          (record_id,)).fetchone() is not None
    failing = queries.failing_criteria(conn, kind, record_id, flt) if exists else []
    return Located(kind, record_id, flt, tuple(failing), exists)


def matching_corridors(state, dataset: Dataset, flt: Filter) -> set[str]:
    """Corridors the filter keeps; the map dims the others."""
    from bri_desktop.db.corridors import matching_corridors as matching

    return matching(state.watch(dataset.connection()), flt)


def count_kinds(state, dataset: Dataset, kinds: tuple[str, ...], flt: Filter) -> dict[str, int]:
    conn = state.watch(dataset.connection())
    return {kind: queries.count(conn, kind, flt) for kind in kinds}

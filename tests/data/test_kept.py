"""Which of a handful of records the filters keep (the article greys the others) agrees with the
records the filters list, whatever the filter: a search (looked up record by record), with
facets, with the user's notes found by the search."""

from __future__ import annotations

import pytest

from bri_desktop.core.filters import Filter, WorkspaceMarks
from bri_desktop.db import queries
from bri_desktop.db.kinds import KINDS

FILTERS = [Filter(search="china"), Filter(search="pipe*"), Filter(search="kazakhstan", countries=frozenset({"KZ"})),
           Filter(search='"belt and road"'), Filter(search="energy OR transport", years=frozenset({2023})),
           Filter(countries=frozenset({"UZ"})), Filter(search="nothingmatchesthis")]


def listed(conn, kind: str, flt: Filter) -> set[tuple[str, str]]:
    """The records the table lists for ``flt`` (its ids, through the table of matches)."""
    spec = KINDS[kind]
    where, params = queries.where_clause(spec, flt, hits=queries.search_hits(conn, spec, flt))
    return {(kind, r[0]) for r in conn.execute(f"SELECT t.id FROM {spec.table} t WHERE {where}", params)}


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: f.search or "+".join(f.criteria()))
def test_kept_agrees_with_the_list(db_conn, flt):
    kinds = [k for k in KINDS if not queries.lacking(KINDS[k], flt)]
    keys = [(k, r[0]) for k in kinds for r in db_conn.execute(f"SELECT id FROM {KINDS[k].table}")]
    expected = set().union(*(listed(db_conn, k, flt) for k in kinds))
    assert queries.kept(db_conn, keys, flt) == expected
    if flt.search == "china":
        assert expected  # the sweep is not vacuous


def test_a_note_found_by_the_search_keeps_its_record(db_conn):
    record = db_conn.execute("SELECT id FROM agreements ORDER BY seq LIMIT 1").fetchone()[0]
    flt = Filter(search="nothingmatchesthis",
                 marks=WorkspaceMarks(note_hits=frozenset({("agreements", record)})))
    assert queries.kept(db_conn, [("agreements", record)], flt) == {("agreements", record)}
    assert queries.kept(db_conn, [("agreements", record)], flt.with_marks(WorkspaceMarks())) == set()

"""Queries over the dataset, each given one ``Filter``. User input reaches SQL only as parameters."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from bri_desktop.core.filters import FACETS, Filter
from bri_desktop.core.search import SearchSyntaxError, to_fts_query
from bri_desktop.db.kinds import KINDS, Facet, Kind


@dataclass(frozen=True)
class FacetValue:
    value: object
    label: str
    count: int


def where_clause(kind: Kind, flt: Filter, skip_facet: str | None = None) -> tuple[str, list]:
    """SQL condition (over table alias ``t``) and its parameters for ``flt`` on ``kind``.

    Facets the kind does not have are ignored. ``skip_facet`` leaves one facet's own selection
    out, so that its counts show what choosing another value would give.
    """
    clauses: list[str] = []
    params: list = []
    fts = to_fts_query(flt.search)
    if fts:
        clauses.append("t.id IN (SELECT record_id FROM search_index "
                       "WHERE search_index MATCH ? AND kind = ?)")
        params += [fts, kind.name]
    for facet in kind.facets:
        values = flt.selected(facet.name)
        if not values or facet.name == skip_facet:
            continue
        marks = ", ".join("?" * len(values))
        ordered = sorted(values, key=str)
        if facet.link_table:
            clauses.append(f"EXISTS (SELECT 1 FROM {facet.link_table} l WHERE l.{facet.link_key} = "
                           f"t.id AND l.{facet.link_value} IN ({marks}))")
        else:
            clauses.append(f"{facet.sql} IN ({marks})")
        params += ordered
    if kind.value_sql:
        if flt.value_min is not None:
            clauses.append(f"{kind.value_sql} >= ?")
            params.append(flt.value_min)
        if flt.value_max is not None:
            clauses.append(f"{kind.value_sql} <= ?")
            params.append(flt.value_max)
    if kind.date_start_sql:
        # A record overlaps the range at its own precision: "2023" overlaps Oct 2023.
        if flt.date_from:
            clauses.append(f"{kind.date_end_sql} >= ?")
            params.append(flt.date_from)
        if flt.date_to:
            clauses.append(f"{kind.date_start_sql} <= ?")
            params.append(flt.date_to)
    return (" AND ".join(clauses) or "1"), params


def check_search(conn: sqlite3.Connection, text: str) -> None:
    """Raise SearchSyntaxError when the index cannot run ``text``."""
    fts = to_fts_query(text)
    if not fts:
        return
    try:
        conn.execute("SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1", (fts,)).fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc).removeprefix("fts5: ")
        raise SearchSyntaxError(f"Search not understood: {message}") from exc


def count(conn: sqlite3.Connection, kind_name: str, flt: Filter) -> int:
    kind = KINDS[kind_name]
    where, params = where_clause(kind, flt)
    return conn.execute(f"SELECT count(*) FROM {kind.table} t WHERE {where}", params).fetchone()[0]


def total(conn: sqlite3.Connection, kind_name: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {KINDS[kind_name].table}").fetchone()[0]


def select_sql(kind: Kind, flt: Filter, sort: str | None = None, descending: bool = False,
               columns: list[str] | None = None) -> tuple[str, list]:
    """The SELECT for a listing: every column of the kind plus the id, filtered and sorted."""
    where, params = where_clause(kind, flt)
    wanted = [c for c in kind.columns if columns is None or c.key in columns or c.key == "id"]
    fields = ", ".join(f"{c.sql} AS {c.key}" for c in wanted)
    extras = _format_extras(kind)
    if extras:
        fields += ", " + extras
    sort_col = kind.column(sort or kind.default_sort)
    direction = "DESC" if descending else "ASC"
    order = f"{sort_col.order_by} IS NULL, {sort_col.order_by} {direction}, t.id {direction}"
    return f"SELECT {fields} FROM {kind.table} t WHERE {where} ORDER BY {order}", params


def _format_extras(kind: Kind) -> str:
    """Columns the formatter needs beside the shown ones (qualifiers, units, end dates)."""
    return {
        "agreements": "t.value_qualifier AS value_qualifier",
        "projects": ("t.investment_qualifier AS investment_qualifier, t.capacity_value_low AS "
                     "capacity_value_low, t.capacity_unit AS capacity_unit"),
        "packages": "t.total_qualifier AS total_qualifier, t.count_qualifier AS count_qualifier",
        "corridors": ("t.length_qualifier AS length_qualifier, t.capacity_value_low AS "
                      "capacity_value_low, t.capacity_unit AS capacity_unit"),
        "indicators": "t.unit AS unit, t.value_qualifier AS value_qualifier",
        "events": "t.end_text AS end_text",
    }.get(kind.name, "")


def fetch_rows(conn: sqlite3.Connection, kind_name: str, flt: Filter, sort: str | None = None,
               descending: bool = False, offset: int = 0, limit: int = 200) -> list[sqlite3.Row]:
    sql, params = select_sql(KINDS[kind_name], flt, sort, descending)
    return conn.execute(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()


def iter_rows(conn: sqlite3.Connection, kind_name: str, flt: Filter, sort: str | None = None,
              descending: bool = False, batch: int = 2000) -> Iterator[sqlite3.Row]:
    sql, params = select_sql(KINDS[kind_name], flt, sort, descending)
    cursor = conn.execute(sql, params)
    while rows := cursor.fetchmany(batch):
        yield from rows


def facet_values(conn: sqlite3.Connection, kind_name: str, facet_name: str) -> list[tuple]:
    """Every value the facet takes in the whole table, with its label, in display order."""
    kind = KINDS[kind_name]
    facet = kind.facet(facet_name)
    if facet is None:
        return []
    if facet.link_table:
        sql = f"SELECT DISTINCT {facet.link_value} FROM {facet.link_table}"
    else:
        sql = f"SELECT DISTINCT {facet.sql} FROM {kind.table} t WHERE {facet.sql} IS NOT NULL"
    values = [row[0] for row in conn.execute(sql)]
    labels = facet_labels(conn, facet, values)
    if facet.name == "year":
        values.sort(reverse=True)
    else:
        values.sort(key=lambda v: str(labels.get(v, v)).lower())
    return [(v, labels.get(v, str(v))) for v in values]


def facet_labels(conn: sqlite3.Connection, facet: Facet, values: list) -> dict:
    if facet.labels == "events":
        return dict(conn.execute("SELECT id, name FROM events").fetchall())
    if facet.labels == "organizations":
        marks = ", ".join("?" * len(values))
        if not values:
            return {}
        return dict(conn.execute(f"SELECT id, name FROM organizations WHERE id IN ({marks})",
                                 values).fetchall())
    if facet.labels:
        return dict(conn.execute('SELECT code, label FROM vocabulary WHERE "group" = ?',
                                 (facet.labels,)).fetchall())
    return {v: str(v) for v in values}


def facet_counts(conn: sqlite3.Connection, kind_name: str, flt: Filter, facet_name: str,
                 all_values: list[tuple] | None = None) -> list[FacetValue]:
    """Counts per facet value under every other filter; values with no match count 0."""
    kind = KINDS[kind_name]
    facet = kind.facet(facet_name)
    if facet is None:
        return []
    where, params = where_clause(kind, flt, skip_facet=facet_name)
    if facet.link_table:
        sql = (f"SELECT l.{facet.link_value}, count(DISTINCT t.id) FROM {kind.table} t "
               f"JOIN {facet.link_table} l ON l.{facet.link_key} = t.id WHERE {where} "
               f"GROUP BY l.{facet.link_value}")
    else:
        sql = f"SELECT {facet.sql}, count(*) FROM {kind.table} t WHERE {where} GROUP BY {facet.sql}"
    counts = dict(conn.execute(sql, params).fetchall())
    values = all_values if all_values is not None else facet_values(conn, kind_name, facet_name)
    return [FacetValue(v, label, counts.get(v, 0)) for v, label in values]


def vocabulary(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    groups: dict[str, dict[str, str]] = {}
    for group, code, label in conn.execute(
        'SELECT "group", code, label FROM vocabulary ORDER BY "group", position'
    ):
        groups.setdefault(group, {})[code] = label
    return groups


def kinds_with_facet(facet: str) -> list[str]:
    return [k.name for k in KINDS.values() if k.facet(facet)]


__all__ = ["FACETS", "FacetValue", "SearchSyntaxError", "check_search", "count", "facet_counts",
           "facet_values", "fetch_rows", "iter_rows", "select_sql", "total", "vocabulary",
           "where_clause"]

"""The "Everything" list: every kind's records the filter keeps, in one table (no Qt).

Each kind applies the search and those of the filters it has (a country filter to agreements,
projects and events, say), as its own table does; the rows carry their kind, so the details
show each record as its kind shows it.
"""

from __future__ import annotations

import sqlite3

from bri_desktop.core.filters import Filter
from bri_desktop.db.kinds import KIND_ORDER, KINDS, Kind
from bri_desktop.db.queries import count, search_hits, where_clause

SORTS = {"kind": "k", "title": "title COLLATE NOCASE", "country": "country", "date": "date"}


def _country_sql(kind: Kind) -> str:
    facet = kind.facet("country")
    return facet.sql if facet is not None and facet.sql else "NULL"


def _date_sql(kind: Kind) -> str:
    """The record's own date at its precision ("2023-10"), where the kind has one."""
    for key in ("date", "published"):
        if any(c.key == key for c in kind.columns):
            return kind.column(key).sql
    return "NULL"


def _union(conn: sqlite3.Connection, flt: Filter) -> tuple[str, list]:
    parts, params = [], []
    for position, name in enumerate(KIND_ORDER):
        kind = KINDS[name]
        where, p = where_clause(kind, flt, hits=search_hits(conn, kind, flt))
        parts.append(f"SELECT {position} AS k, t.id AS id, {kind.title_sql} AS title, "
                     f"{_country_sql(kind)} AS country, {_date_sql(kind)} AS date "
                     f"FROM {kind.table} t WHERE {where}")
        params += p
    return " UNION ALL ".join(parts), params


def count_all(conn: sqlite3.Connection, flt: Filter) -> int:
    return sum(count(conn, name, flt) for name in KINDS)


def page(conn: sqlite3.Connection, flt: Filter, sort: str | None, descending: bool,
         offset: int, limit: int) -> list[dict]:
    """One page of (kind, id, title, country, date), records without a value for the sort last."""
    union, params = _union(conn, flt)
    column = SORTS.get(sort or "title", SORTS["title"])
    way = "DESC" if descending else "ASC"
    sql = (f"SELECT k, id, title, country, date FROM ({union}) "
           f"ORDER BY {column.split()[0]} IS NULL, {column} {way}, k, id LIMIT ? OFFSET ?")
    rows = conn.execute(sql, [*params, limit, offset])
    return [{"kind": KIND_ORDER[r[0]], "id": r[1], "title": r[2], "country": r[3], "date": r[4]}
            for r in rows]

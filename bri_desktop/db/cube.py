"""Agreements counted by their five small facets, once per dataset and process.

A filter made only of country, sector, document type, year and status ("Kazakhstan, energy")
is the most common, and over a million agreements each of its facet counts and its chart read
half a million index entries. The cube holds one row per combination of the five values that
occurs, with its count and sums (about 43,000 rows for a million agreements), and answers those
counts from it. It is made in the scratch database (db.hits) in the background after start-up;
until it is ready, and for any other filter, the counts come from the indexes as before.
"""

from __future__ import annotations

import sqlite3
import threading

from bri_desktop.core.filters import Filter
from bri_desktop.db.hits import attach, db_key, make_table
from bri_desktop.db.kinds import number_sql

COLUMNS = ("country", "sector", "doc_type", "year", "status")  # each a facet of the same name
SUMS = ("records", "with_value", "total", "qualified")

_lock = threading.Lock()
_tables: dict[str, str] = {}  # dataset (hits.db_key) -> its cube's table


def make(conn: sqlite3.Connection) -> str:
    """The cube of the connection's dataset, made unless it is made already."""
    key = db_key(conn)
    with _lock:
        if key in _tables:
            return _tables[key]
    cols = ", ".join(COLUMNS)
    value = number_sql("value_in_totals")  # as db.aggregates sums it
    name = make_table(conn, "cube", (
        f"SELECT {cols}, count(*) AS records, count({number_sql('value_usd')}) AS with_value, "
        f"coalesce(sum({value}), 0) AS total, "
        f"count(CASE WHEN {value} IS NOT NULL THEN value_qualifier END) AS qualified "
        f"FROM main.agreements GROUP BY {cols}"))
    with _lock:
        return _tables.setdefault(key, name)


def forget() -> None:
    with _lock:
        _tables.clear()


def answers(kind_name: str, flt: Filter, *columns: str | None) -> bool:
    """Whether the cube can count ``flt``'s agreements by ``columns`` (None: no column)."""
    return kind_name == "agreements" and set(flt.criteria()) <= set(COLUMNS) \
        and all(c is None or c in COLUMNS for c in columns)


def _table(conn: sqlite3.Connection) -> str | None:
    with _lock:
        name = _tables.get(db_key(conn)) if _tables else None
    if name is not None:
        attach(conn)
    return name


def _where(flt: Filter, skip: str | None) -> tuple[str, list]:
    clauses, params = [], []
    for column in COLUMNS:
        values = sorted(flt.selected(column), key=str)
        if values and column != skip:
            clauses.append(f"t.{column} IN ({', '.join('?' * len(values))})")
            params += values
    return " AND ".join(clauses) or "1", params


def facet_counts(conn: sqlite3.Connection, kind_name: str, facet: str, flt: Filter) -> dict | None:
    """{value: agreements} of one facet under every other selection; None when the cube cannot
    answer (another kind or facet, a search, a range, a link) or is not made yet."""
    if not answers(kind_name, flt, facet):
        return None
    table = _table(conn)
    if table is None:
        return None
    where, params = _where(flt, facet)
    sql = f"SELECT t.{facet}, sum(t.records) FROM {table} t WHERE {where} GROUP BY t.{facet}"
    return dict(conn.execute(sql, params).fetchall())


def groups(conn: sqlite3.Connection, flt: Filter, key: str | None,
           part: str | None) -> list[tuple] | None:
    """The chart's agreements grouped by ``key`` and ``part``: (key, part, records, with value,
    total, qualified) rows; None when the cube cannot answer or is not made yet."""
    if not answers("agreements", flt, key, part):
        return None
    table = _table(conn)
    if table is None:
        return None
    where, params = _where(flt, None)
    key_sql, part_sql = (f"t.{c}" if c else "NULL" for c in (key, part))
    sums = ", ".join(f"sum(t.{s})" for s in SUMS)
    return conn.execute(f"SELECT {key_sql}, {part_sql}, {sums} FROM {table} t WHERE {where} "
                        "GROUP BY 1, 2", params).fetchall()

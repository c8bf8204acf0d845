"""Sums and counts for the charts: SQL GROUP BY over the same Filter as the tables.

The rules of the dataset hold here:
- a project's investment counts once, whatever number of agreements concern it; an agreement's
  own value counts only when no project it concerns already discloses an investment
  (``agreements.value_in_totals`` holds the value where it may be summed);
- package totals are never added to the bars: they are returned apart;
- records that disclose no value are counted, so the chart can say how many.
"""

from __future__ import annotations

import sqlite3

from bri_desktop.core.aggregation import Aggregate, Group
from bri_desktop.core.filters import Filter
from bri_desktop.db import cube
from bri_desktop.db.kinds import KINDS, number_sql
from bri_desktop.db.queries import search_hits, where_clause
from bri_desktop.db.slices import WHOLE, Slice, seq_range

# Chart dimension or breakdown (core.charts declares them) -> the column in each kind ("" when
# the kind has no such dimension).
COLUMNS = {
    "sector": {"agreements": "t.sector", "projects": "t.sector"},
    "country": {"agreements": "t.country", "projects": "t.country"},
    "year": {"agreements": "t.year", "projects": "t.year"},
    "event": {"agreements": "t.event_id", "projects": ""},
    "status": {"agreements": "t.status", "projects": "t.status"},
}
# Amounts that are not numbers (a foreign or damaged file) are neither summed nor counted as disclosed.
VALUE_COLUMN = {"agreements": number_sql("t.value_in_totals"),
                "projects": f"CASE WHEN t.in_totals THEN {number_sql('t.investment_usd')} END"}
# Where records come from (a chart never adds two collections into one bar); agreements are
# curated only.
COLLECTION_COLUMN = {"agreements": "'curated'", "projects": "t.collection"}
NOT_SUMMED = {"agreements": "0",
              "projects": f"count(CASE WHEN NOT t.in_totals THEN {number_sql('t.investment_usd')} END)"}
# The values a record discloses (an agreement's own, even when its project's counts instead; a
# project's, when it may be summed: one listed but never summed is counted apart).
RAW_VALUE_COLUMN = {"agreements": number_sql("t.value_usd"), "projects": VALUE_COLUMN["projects"]}
QUALIFIER_COLUMN = {"agreements": "t.value_qualifier", "projects": "t.investment_qualifier"}


def aggregate(conn: sqlite3.Connection, dimension: str, flt: Filter,
              breakdown: str | None = None, portion: Slice = WHOLE) -> Aggregate:
    """Sums and counts by ``dimension`` (and ``breakdown``); ``portion``: of that slice of a broad
    search's matches only (see db.slices), to be added to the others'."""
    result = Aggregate(dimension, breakdown, flt, counted=portion.share)
    for kind_name in ("agreements", "projects"):
        kind = KINDS[kind_name]
        column = COLUMNS[dimension][kind_name]
        known = cube.groups(conn, flt, dimension, breakdown) \
            if kind_name == "agreements" and portion == WHOLE else None
        numbers = seq_range(conn, kind_name, portion)
        where, params = where_clause(kind, flt, seq_range=numbers,
                                     hits=None if numbers else search_hits(conn, kind, flt))
        value, raw = VALUE_COLUMN[kind_name], RAW_VALUE_COLUMN[kind_name]
        key_sql = column or "NULL"
        part_sql = COLUMNS[breakdown][kind_name] if breakdown else "NULL"
        qualifier = QUALIFIER_COLUMN[kind_name]
        sql = (f"SELECT {key_sql}, {part_sql or 'NULL'}, {COLLECTION_COLUMN[kind_name]}, count(*), "
               f"count({raw}), coalesce(sum({value}), 0), "
               f"count(CASE WHEN {value} IS NOT NULL THEN {qualifier} END), {NOT_SUMMED[kind_name]} "
               f"FROM {kind.table} t WHERE {where} GROUP BY 1, 2, 3")
        found = conn.execute(sql, params) if known is None else \
            [(key, part, "curated", *sums, 0) for key, part, *sums in known]  # the cube knew
        for key, part, collection, records, with_value, total, qualified, not_summed in found:
            result.groups.append(Group(kind_name, key, part, records, with_value, total, qualified,
                                       collection, not_summed))
        result.totals[kind_name] = {
            "records": sum(g.records for g in result.groups if g.kind == kind_name),
            "with_value": sum(g.with_value for g in result.groups if g.kind == kind_name),
            "not_summed": sum(g.not_summed for g in result.groups if g.kind == kind_name),
        }
        result.not_applied[kind_name] = [name for name in _facets_set(flt)
                                         if kind.facet(name) is None]
    result.packages = packages(conn, flt)
    return result


def _facets_set(flt: Filter) -> list[str]:
    from bri_desktop.core.filters import FACETS

    return [name for name in FACETS if flt.selected(name)]


def packages(conn: sqlite3.Connection, flt: Filter) -> list[dict]:
    """Announced package totals under the filter: shown beside the bars, never in them."""
    kind = KINDS["packages"]
    where, params = where_clause(kind, flt, hits=search_hits(conn, kind, flt))
    rows = conn.execute(
        f"SELECT t.id, t.name, t.country, t.total_usd, t.total_qualifier, t.count, "
        f"t.count_qualifier FROM {kind.table} t WHERE {where} AND t.total_usd IS NOT NULL "
        f"ORDER BY t.total_usd DESC", params)
    keys = ("id", "name", "country", "total_usd", "total_qualifier", "count", "count_qualifier")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def top_records(conn: sqlite3.Connection, dimension: str, key: object, flt: Filter,
                limit: int = 3) -> list[dict]:
    """The records that contribute most to one bar, largest first (for the hover tooltip)."""
    found = []
    for kind_name, title in (("projects", "t.name"), ("agreements", "t.title")):
        kind = KINDS[kind_name]
        column = COLUMNS[dimension][kind_name]
        if not column:
            continue
        where, params = where_clause(kind, flt, hits=search_hits(conn, kind, flt))
        value = VALUE_COLUMN[kind_name]
        condition = f"{column} IS NULL" if key is None else f"{column} = ?"
        rows = conn.execute(
            f"SELECT t.id, {title}, {value}, {QUALIFIER_COLUMN[kind_name]} FROM {kind.table} t "
            f"WHERE {where} AND {condition} AND {value} IS NOT NULL ORDER BY {value} DESC LIMIT ?",
            [*params, *([] if key is None else [key]), limit])
        found += [{"kind": kind_name, "id": r[0], "title": r[1], "value": r[2], "qualifier": r[3]}
                  for r in rows]
    found.sort(key=lambda r: -r["value"])
    return found[:limit]

"""Queries over the dataset, each given one ``Filter``. User input reaches SQL only as parameters."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from bri_desktop.core.filters import FACETS, NOTE_VALUE, Filter
from bri_desktop.core.i18n import translate, vocabulary_label
from bri_desktop.core.search import SearchSyntaxError, to_fts_query
from bri_desktop.db import cube
from bri_desktop.db.cache import CountCache
from bri_desktop.db.hits import attach, db_key, hits_table, made
from bri_desktop.db.kinds import KIND_BASE, KINDS, Facet, Kind

WALK_SHARE = 50  # a search matching 1 record in 50 or more: its pages walk the sort order


@dataclass(frozen=True)
class FacetValue:
    value: object
    label: str
    count: int


def _hit_columns(kind: Kind) -> list[str]:
    """The columns a hits table copies: every column a filter or facet reads."""
    sqls = [f.sql for f in kind.facets if f.sql]
    sqls += [kind.value_sql, kind.date_start_sql, kind.date_end_sql]
    return sorted({"seq", *(name for sql in sqls for name in re.findall(r"\bt\.(\w+)", sql))})


def search_hits(conn: sqlite3.Connection, kind: Kind, flt: Filter) -> str | None:
    """The table holding every record of ``kind`` that the search matches, with the columns the
    filters read (see db.hits): the rows, the count, the facets and the chart read it instead
    of running the full-text match again and reading the wide table."""
    fts = to_fts_query(flt.search)
    if not fts or flt.marks.ids(kind.name, flt.marks.note_hits):
        return None  # no search, or one that notes answer too: it runs inline
    return hits_table(conn, db_key(conn), kind.name, _hit_columns(kind), kind.table, fts,
                      KIND_BASE[kind.name])


def made_hits(conn: sqlite3.Connection, kind: Kind, flt: Filter) -> str | None:
    """The search's table of matches if the facets or the chart have made it already: the rows
    of a search with other filters never wait for it (the match inline is faster for a page)."""
    fts = to_fts_query(flt.search)
    if not fts or flt.marks.ids(kind.name, flt.marks.note_hits):
        return None
    table = made(db_key(conn), kind.name, fts)
    if table is not None:
        attach(conn)
    return table


def _seq_of_ids(kind: Kind) -> str:
    """The records whose ids a JSON list names, by seq: tables of matches and rollups hold seq,
    not id."""
    return (f"t.seq IN (SELECT s.seq FROM main.{kind.table} s WHERE s.id IN "
            "(SELECT value FROM json_each(?)))")


def where_clause(kind: Kind, flt: Filter, skip_facet: str | None = None,
                 hits: str | None = None, walk: bool = False,
                 seq_range: tuple[int, int] | None = None) -> tuple[str, list]:
    """SQL condition (over table alias ``t``) and its parameters for ``flt`` on ``kind``.

    Facets the kind does not have are ignored. ``skip_facet`` leaves one facet's own selection
    out, so that its counts show what choosing another value would give. ``hits`` names the
    table of search matches made by ``search_hits``; without it the search runs inline.
    ``walk``: the query walks an index in sort order and only probes the search's matches
    ("+" keeps SQLite from driving the query by the match list). ``seq_range``: only the
    records numbered in that range, the search matched in that range alone (see db.slices).
    """
    clauses: list[str] = []
    params: list = []
    fts = to_fts_query(flt.search)
    seq = "+t.seq" if walk else "t.seq"
    noted = flt.marks.ids(kind.name, flt.marks.note_hits) if fts else []
    if seq_range:
        clauses.append("t.seq BETWEEN ? AND ?")
        params += seq_range
    if hits:
        clauses.append(f"{seq} IN (SELECT seq FROM {hits})")
    elif fts:
        base = KIND_BASE[kind.name]
        low, high = (base + seq_range[0], base + seq_range[1]) if seq_range else (base, base + 0xFFFFFFFF)
        found = (f"{seq} IN (SELECT rowid - {base} FROM search_index WHERE search_index "
                 f"MATCH ? AND rowid BETWEEN ? AND ?)")
        params += [fts, low, high]
        if noted:  # or the user's note on the record matches
            found = f"({found} OR {_seq_of_ids(kind)})"
            params.append(json.dumps(noted))
        clauses.append(found)
    for facet in kind.facets:
        values = flt.selected(facet.name)
        if not values or facet.name == skip_facet:
            continue
        if facet.workspace:
            ids = flt.marks.tagged_ids(kind.name, values) if facet.name == "tag" \
                else flt.marks.ids(kind.name, flt.marks.noted)
            clauses.append(_seq_of_ids(kind))
            params.append(json.dumps(ids))
            continue
        marks = ", ".join("?" * len(values))
        ordered = sorted(values, key=str)
        if facet.link_table:
            clauses.append(f"t.seq IN (SELECT l.{facet.link_key} FROM {facet.link_table} l "
                           f"WHERE l.{facet.link_value} IN ({marks}))")
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


def _search_only(flt: Filter) -> bool:
    """The filter is a search and nothing else: the index alone answers the count, and the
    rows need no table of matches (see ``page_rowids``)."""
    return bool(to_fts_query(flt.search)) and flt.criteria() == ["search"] \
        and not flt.marks.note_hits


def match_count(conn: sqlite3.Connection, kind: Kind, flt: Filter) -> int:
    """How many records of the kind the search alone matches (the index answers it)."""
    base = KIND_BASE[kind.name]
    return conn.execute(f"SELECT count(*) FROM search_index WHERE search_index MATCH ? AND "
                        f"rowid BETWEEN {base} AND {base + 0xFFFFFFFF}",
                        (to_fts_query(flt.search),)).fetchone()[0]


def count(conn: sqlite3.Connection, kind_name: str, flt: Filter,
          seq_range: tuple[int, int] | None = None) -> int:
    """How many records of the kind match; ``seq_range``: of those numbered in that range."""
    kind = KINDS[kind_name]
    if seq_range:  # one slice of a broad search (see db.slices): the search runs for it alone
        where, params = where_clause(kind, flt, seq_range=seq_range)
        return conn.execute(f"SELECT count(*) FROM {kind.table} t WHERE {where}", params).fetchone()[0]
    if _search_only(flt):
        return match_count(conn, kind, flt)
    hits = made_hits(conn, kind, flt)
    if hits:  # the hits table holds every column the other filters read
        where, params = where_clause(kind, flt.with_search(""))
        return conn.execute(f"SELECT count(*) FROM {hits} t WHERE {where}", params).fetchone()[0]
    where, params = where_clause(kind, flt)
    return conn.execute(f"SELECT count(*) FROM {kind.table} t WHERE {where}", params).fetchone()[0]


def count_undisclosed(conn: sqlite3.Connection, kind_name: str, flt: Filter, column: str) -> int:
    """How many records matching ``flt`` have no value in ``column`` (a briefing counts them)."""
    kind = KINDS[kind_name]
    if column not in {"value_usd", "investment_usd", "total_usd"}:  # never a name from outside
        raise ValueError(f"{column} is not a money column")
    where, params = where_clause(kind, flt, hits=search_hits(conn, kind, flt))
    return conn.execute(f"SELECT count(*) FROM {kind.table} t WHERE {where} AND t.{column} IS NULL",
                        params).fetchone()[0]


def total(conn: sqlite3.Connection, kind_name: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {KINDS[kind_name].table}").fetchone()[0]


def _fields(kind: Kind) -> str:
    """Every column of the kind, and the fields the formatter needs beside them."""
    fields = [f"{c.sql} AS {c.key}" for c in kind.columns]
    extras = dict.fromkeys(e for c in kind.columns for e in c.extras)
    return ", ".join(fields + [f"t.{e} AS {e}" for e in extras])


def default_descending(kind: Kind, sort: str) -> bool:
    """Dates open newest first; everything else A to Z, smallest first."""
    return kind.column(sort).fmt.startswith("date")


def display_order(kind: Kind, sort: str, descending: bool) -> str:
    """The ORDER BY that lists records as the table pages them (see ``page_rowids``): by the sort
    column, records without a value last, ties in record order."""
    col = kind.column(sort).order_by
    if descending:
        return f"{col} DESC, t.rowid DESC"
    return f"{col} IS NULL, {col}, t.rowid"


def page_rowids(conn: sqlite3.Connection, kind_name: str, flt: Filter, sort: str | None = None,
                descending: bool = False, offset: int = 0, limit: int = 200) -> list[int]:
    """Row ids of one page in display order; records without a value for the sort column last.

    Only the sort column and the filter columns are read here, so SQLite can answer from its
    indexes; the wide rows are read afterwards for the page alone.
    """
    kind = KINDS[kind_name]
    walk = False
    if to_fts_query(flt.search) and not flt.marks.note_hits:
        # The index's matches inline, never waiting for the table of matches that facets and
        # chart make (probing it was slower for a page: 25 against 6 ms for 'pipeline' + KZ at
        # 1M). Many matches: walk the sort order and probe them; few (or none): sort them.
        size = conn.execute(f"SELECT max(rowid) FROM {kind.table}").fetchone()[0] or 0
        walk = match_count(conn, kind, flt) * WALK_SHARE >= size
    where, params = where_clause(kind, flt, walk=walk)
    col = kind.column(sort or kind.default_sort).order_by
    table = f"{kind.table} t"
    # LIMIT and OFFSET as numbers, not parameters: told the page's size, SQLite walks a facet's
    # index in sort order (a filtered page at 1M: 28 -> 6 ms, at row 100,000 1.5 s -> 0.14 s)
    limit, offset = int(limit), int(offset)
    if descending:  # SQLite puts NULL last in a descending order already
        sql = (f"SELECT t.rowid FROM {table} WHERE {where} "
               f"ORDER BY {col} DESC, t.rowid DESC LIMIT {limit} OFFSET {offset}")
        return [r[0] for r in conn.execute(sql, params)]
    sql = (f"SELECT t.rowid FROM {table} WHERE ({where}) AND {col} IS NOT NULL "
           f"ORDER BY {col}, t.rowid LIMIT {limit} OFFSET {offset}")
    ids = [r[0] for r in conn.execute(sql, params)]
    if len(ids) < limit:
        with_value = conn.execute(f"SELECT count(*) FROM {table} WHERE ({where}) AND {col} IS NOT NULL",
                                  params).fetchone()[0]
        sql = (f"SELECT t.rowid FROM {table} WHERE ({where}) AND {col} IS NULL "
               f"ORDER BY t.rowid LIMIT {limit - len(ids)} OFFSET {max(0, offset - with_value)}")
        ids += [r[0] for r in conn.execute(sql, params)]
    return ids


def fetch_rows(conn: sqlite3.Connection, kind_name: str, flt: Filter, sort: str | None = None,
               descending: bool = False, offset: int = 0, limit: int = 200) -> list[sqlite3.Row]:
    """One page of display rows (every column of the kind, plus the id), in display order."""
    kind = KINDS[kind_name]
    ids = page_rowids(conn, kind_name, flt, sort, descending, offset, limit)
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    cursor = conn.execute(f"SELECT t.rowid AS _rowid, {_fields(kind)} FROM {kind.table} t "
                          f"WHERE t.rowid IN ({marks})", ids)
    cursor.row_factory = sqlite3.Row
    by_rowid = {row["_rowid"]: row for row in cursor}
    return [by_rowid[i] for i in ids if i in by_rowid]


def facet_values(conn: sqlite3.Connection, kind_name: str, facet_name: str) -> list[tuple]:
    """Every value the facet takes in the whole table, with its label, in display order."""
    kind = KINDS[kind_name]
    facet = kind.facet(facet_name)
    if facet is None or facet.workspace:
        return []  # the user's tags and notes: see workspace_values
    if facet.link_table:
        sql = f"SELECT DISTINCT {facet.link_value} FROM {facet.link_table}"
    else:
        sql = f"SELECT DISTINCT {facet.sql} FROM {kind.table} t WHERE {facet.sql} IS NOT NULL"
    values = [row[0] for row in conn.execute(sql)]
    labels = facet_labels(conn, facet, values)
    if facet.name == "year":  # newest first; a value that is not a year (a foreign file's) last
        values.sort(key=lambda v: (isinstance(v, (int, float)), v if isinstance(v, (int, float)) else 0,
                                   str(v)), reverse=True)
    else:
        values.sort(key=lambda v: str(labels.get(v, v)).lower())
    return [(v, labels.get(v, str(v))) for v in values]


def facet_labels(conn: sqlite3.Connection, facet: Facet, values: list) -> dict:
    if facet.labels == "events":
        return dict(conn.execute("SELECT id, name FROM events").fetchall())
    if facet.labels == "corridors":
        return dict(conn.execute("SELECT id, name FROM corridors").fetchall())
    if facet.labels == "organizations":
        marks = ", ".join("?" * len(values))
        if not values:
            return {}
        return dict(conn.execute(f"SELECT id, name FROM organizations WHERE id IN ({marks})",
                                 values).fetchall())
    if facet.labels:
        return {code: vocabulary_label(label) for code, label in conn.execute(
            'SELECT code, label FROM vocabulary WHERE "group" = ? ORDER BY position', (facet.labels,))}
    return {v: vocabulary_label(str(v)) for v in values}  # a sector: the vocabulary's word


def all_labels(conn: sqlite3.Connection) -> dict[str, dict]:
    """Display names of every facet's values, {facet: {value: label}}: for chips, filter
    descriptions and chart labels. A facet several kinds share ("status") gathers them all."""
    labels: dict[str, dict] = {}
    for kind in KINDS.values():
        for facet in kind.facets:
            if not facet.labels:
                continue
            values = [r[0] for r in conn.execute("SELECT id FROM organizations")] \
                if facet.labels == "organizations" else []
            found = labels.setdefault(facet.name, {})
            for value, label in facet_labels(conn, facet, values).items():
                found.setdefault(value, label)
    labels["note"] = {NOTE_VALUE: translate("queries", "has a note")}
    return labels


def selected_labels(conn: sqlite3.Connection, flt: Filter,
                    kind_name: str = "") -> dict[tuple[str, object], str]:
    """Display names of the values ``flt`` selects, for its chips: {(facet, value): label}.
    A facet several kinds share ("status", "kind") is labelled as ``kind_name`` labels it first."""
    labels: dict[tuple[str, object], str] = {}
    kinds = sorted(KINDS.values(), key=lambda k: k.name != kind_name)
    for name in FACETS:
        values = sorted(flt.selected(name), key=str)
        for spec in (k.facet(name) for k in kinds):
            missing = [v for v in values if (name, v) not in labels]
            if spec is None or not missing:
                continue
            found = facet_labels(conn, spec, missing)
            labels.update({(name, v): str(found[v]) for v in missing if v in found})
        labels.update({(name, v): translate("queries", "has a note") if v == NOTE_VALUE else str(v)
                       for v in values if (name, v) not in labels})
    return labels


def facet_counts(conn: sqlite3.Connection, kind_name: str, flt: Filter, facet_name: str,
                 all_values: list[tuple] | None = None,
                 cache: CountCache | None = None) -> list[FacetValue]:
    """Counts per facet value under every other filter; values with no match count 0.

    ``cache`` remembers counts by the filters they depend on."""
    kind = KINDS[kind_name]
    facet = kind.facet(facet_name)
    if facet is None:
        return []
    key = facet_cache_key(kind_name, facet_name, flt)
    if cache is not None:
        counts = cache.get_or_make(key, lambda: count_values(conn, kind, facet, flt))
    else:
        counts = count_values(conn, kind, facet, flt)
    if facet.workspace:
        all_values = workspace_values(facet_name, flt)
    values = all_values if all_values is not None else facet_values(conn, kind_name, facet_name)
    return [FacetValue(v, label, counts.get(v, 0)) for v, label in values]


def workspace_values(facet_name: str, flt: Filter) -> list[tuple]:
    """The values of a facet the user's workspace makes: its tags, or "with note"."""
    if facet_name == "tag":
        return [(name, name) for name in flt.marks.tag_names()]
    return [(NOTE_VALUE, translate("queries", "Has a note"))]


def facet_cache_key(kind_name: str, facet_name: str, flt: Filter) -> tuple:
    """A facet's counts depend on every filter but its own selection."""
    return (kind_name, facet_name, flt.without(facet_name))


def count_values(conn: sqlite3.Connection, kind: Kind, facet: Facet, flt: Filter,
                 seq_range: tuple[int, int] | None = None) -> dict:
    """{value: matches} under every filter but the facet's own; ``seq_range``: of the records
    numbered in that range only, the search run for that range alone (see db.slices)."""
    if facet.workspace:  # one count per tag (a user has a few): under every other filter
        return {value: count(conn, kind.name, flt.with_values(facet.name, {value}), seq_range)
                for value, _label in workspace_values(facet.name, flt)}
    counted = None if seq_range else cube.facet_counts(conn, kind.name, facet.name, flt)
    if counted is not None:  # a filter of small facets only: the cube knows
        return counted
    hits = None if seq_range else search_hits(conn, kind, flt)
    where, params = where_clause(kind, flt, skip_facet=facet.name, hits=hits, seq_range=seq_range)
    if hits and (facet.sql or facet.rollup_table):  # count over the hits table alone
        where, params = where_clause(kind, flt.with_search(""), skip_facet=facet.name)
    if hits and facet.sql:
        sql = f"SELECT {facet.sql}, count(*) FROM {hits} t WHERE {where} GROUP BY {facet.sql}"
    elif hits and facet.rollup_table:  # from each hit to its link values
        sql = (f"SELECT o.{facet.link_value}, count(*) FROM {hits} t CROSS JOIN "
               f"{facet.rollup_table} o ON o.seq = t.seq WHERE {where} GROUP BY o.{facet.link_value}")
    elif facet.rollup_table:
        sql = (f"SELECT t.{facet.link_value}, count(*) FROM {facet.rollup_table} t "
               f"WHERE {where} GROUP BY t.{facet.link_value}")
    elif facet.link_table:
        narrowed = "" if where == "1" else \
            f"WHERE l.{facet.link_key} IN (SELECT t.seq FROM {kind.table} t WHERE {where}) "
        sql = (f"SELECT l.{facet.link_value}, count(DISTINCT l.{facet.link_key}) "
               f"FROM {facet.link_table} l {narrowed}GROUP BY l.{facet.link_value}")
    else:
        sql = f"SELECT {facet.sql}, count(*) FROM {kind.table} t WHERE {where} GROUP BY {facet.sql}"
    return dict(conn.execute(sql, params).fetchall())


def applies(kind: Kind, criterion: str) -> bool:
    """Whether the kind's records can be told apart by a part of a filter (see Filter.criteria)."""
    if criterion == "search":
        return True
    if criterion == "value":
        return bool(kind.value_sql)
    if criterion == "date":
        return bool(kind.date_start_sql)
    return kind.facet(criterion) is not None


def lacking(kind: Kind, flt: Filter) -> list[str]:
    """The parts of the filter the kind's records cannot be told apart by (a sector, for
    events): the views leave such a kind out rather than show all of it as matching."""
    return [c for c in flt.criteria() if not applies(kind, c)]


def kept(conn: sqlite3.Connection, keys: list[tuple[str, str]], flt: Filter) -> set[tuple[str, str]]:
    """Which of these records (kind, id) the filter keeps. A kind the filter cannot tell apart (a
    sector chosen, events listed) keeps none, as its views leave it out."""
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in keys:
        by_kind.setdefault(kind, []).append(record_id)
    found: set[tuple[str, str]] = set()
    for name, ids in by_kind.items():
        spec = KINDS.get(name)
        if spec is None or lacking(spec, flt):
            continue
        where, params = where_clause(spec, flt.with_search(""))
        fts = to_fts_query(flt.search)
        if fts:  # each record looked up in the index: a handful, never every match
            matched = (f"EXISTS (SELECT 1 FROM search_index s WHERE search_index MATCH ? "
                       f"AND s.rowid = t.seq + {KIND_BASE[name]})")
            noted = flt.marks.ids(name, flt.marks.note_hits)
            if noted:  # or the user's note on it matches
                matched = f"({matched} OR t.id IN (SELECT value FROM json_each(?)))"
            where, params = f"{matched} AND ({where})", [fts, *([json.dumps(noted)] if noted else []), *params]
        rows = conn.execute(f"SELECT t.id FROM {spec.table} t WHERE t.id IN "
                            f"(SELECT value FROM json_each(?)) AND {where}", [json.dumps(ids), *params])
        found |= {(name, r[0]) for r in rows}
    return found


def failing_criteria(conn: sqlite3.Connection, kind_name: str, record_id: str,
                     flt: Filter) -> list[str]:
    """The parts of ``flt`` that hide one record: lifting exactly these shows it."""
    kind = KINDS[kind_name]
    row = conn.execute(f"SELECT seq FROM {kind.table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return []
    seq = row[0]
    failing = []
    for name in flt.criteria():
        if not applies(kind, name):
            continue
        if name == "search":
            base = KIND_BASE[kind.name]
            hit = (kind_name, record_id) in flt.marks.note_hits or conn.execute(
                "SELECT 1 FROM search_index WHERE search_index MATCH ? AND rowid = ?",
                (to_fts_query(flt.search), base + seq)).fetchone()
        else:
            where, params = where_clause(kind, flt.only(name))
            hit = conn.execute(f"SELECT 1 FROM {kind.table} t WHERE t.seq = ? AND {where}",
                               [seq, *params]).fetchone()
        if hit is None:
            failing.append(name)
    return failing


def vocabulary(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    groups: dict[str, dict[str, str]] = {}
    for group, code, label in conn.execute(
        'SELECT "group", code, label FROM vocabulary ORDER BY "group", position'
    ):
        groups.setdefault(group, {})[code] = vocabulary_label(label)
    return groups


__all__ = ["FACETS", "FacetValue", "SearchSyntaxError", "check_search", "count", "facet_counts",
           "facet_values", "fetch_rows", "page_rowids", "total", "vocabulary", "where_clause"]

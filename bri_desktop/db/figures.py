"""Figures compared: the curated measures (vocabulary 'measures') and each figure given for one,
with its value, qualifier, period, scope and sources, for the Figures view, the details pane
and briefings. A measure's figures are shown side by side, never reconciled into one."""

from __future__ import annotations

import sqlite3

from bri_desktop.core.filters import Filter
from bri_desktop.core.i18n import vocabulary_label
from bri_desktop.db.details import citations
from bri_desktop.db.kinds import KINDS, number_sql
from bri_desktop.db.queries import lacking, search_hits, where_clause


def _kept(conn: sqlite3.Connection, flt: Filter | None) -> tuple[str, list, list[str]]:
    """The SQL condition (over ``t``) for the figures the filters keep, and the parts of the
    filter that cannot tell figures apart (then every figure counts as kept)."""
    if flt is None or flt.is_empty():
        return "1", [], []
    kind = KINDS["indicators"]
    missing = lacking(kind, flt)
    if missing:
        return "1", [], missing
    where, params = where_clause(kind, flt, hits=search_hits(conn, kind, flt))
    return where, params, []


def measures(conn: sqlite3.Connection, flt: Filter | None = None) -> tuple[list[dict], list[str]]:
    """Every curated measure with figures: code, label, unit, how many figures it has and how
    many of them the filters keep; and the parts of the filter figures do not have (a sector,
    say), which then keep every figure."""
    where, params, lacking = _kept(conn, flt)
    rows = conn.execute(
        f"SELECT v.code, v.label, min(t.unit), count(t.id), sum(CASE WHEN {where} THEN 1 ELSE 0 END) "
        "FROM vocabulary v JOIN indicators t ON t.measure = v.code WHERE v.\"group\" = 'measures' "
        "GROUP BY v.code ORDER BY v.position", params).fetchall()
    return [{"code": r[0], "label": vocabulary_label(r[1]), "unit": r[2], "count": r[3], "kept": r[4]}
            for r in rows], lacking


def measure_figures(conn: sqlite3.Connection, measure: str, flt: Filter | None = None) -> list[dict]:
    """The figures of one measure, in the order of their periods (undated last), each with its
    citations and whether the filters keep it: {id, name, value, unit, value_qualifier,
    period_start, period_end, period_label, kind, scope, note, kept, citations: [...]}."""
    where, params, _lacking = _kept(conn, flt)
    rows = [dict(r) for r in conn.execute(
        "SELECT id, name, value, unit, value_qualifier, period_start, period_end, period_label, "
        f"kind, scope, note, {where} AS kept FROM indicators t WHERE measure = ? "
        f"AND {number_sql('value')} IS NOT NULL "  # a foreign file's text or infinity cannot be drawn
        "ORDER BY coalesce(period_end, period_start) IS NULL, coalesce(period_end, period_start), seq",
        [*params, measure])]
    cites = citations(conn, "indicators", [r["id"] for r in rows])
    for row in rows:
        row["kept"] = bool(row["kept"])
        row["citations"] = cites[row["id"]]
    return rows

"""Figures compared: the curated measures (vocabulary 'measures') and each figure given for one,
with its value, qualifier, period, scope and sources, for the Figures view, the details pane
and briefings. A measure's figures are shown side by side, never reconciled into one."""

from __future__ import annotations

import sqlite3

from bri_desktop.db.details import citations


def measures(conn: sqlite3.Connection) -> list[dict]:
    """Every curated measure with figures: code, label, unit and how many figures it has."""
    rows = conn.execute(
        "SELECT v.code, v.label, min(i.unit), count(i.id) FROM vocabulary v "
        "JOIN indicators i ON i.measure = v.code WHERE v.\"group\" = 'measures' "
        "GROUP BY v.code ORDER BY v.position").fetchall()
    return [{"code": r[0], "label": r[1], "unit": r[2], "count": r[3]} for r in rows]


def measure_figures(conn: sqlite3.Connection, measure: str) -> list[dict]:
    """The figures of one measure, in the order of their periods (undated last), each with its
    citations: {id, name, value, unit, value_qualifier, period_start, period_end, period_label,
    kind, scope, note, citations: [...]}."""
    rows = [dict(r) for r in conn.execute(
        "SELECT id, name, value, unit, value_qualifier, period_start, period_end, period_label, "
        "kind, scope, note FROM indicators WHERE measure = ? "
        "ORDER BY coalesce(period_end, period_start) IS NULL, coalesce(period_end, period_start), seq",
        (measure,))]
    cites = citations(conn, "indicators", [r["id"] for r in rows])
    for row in rows:
        row["citations"] = cites[row["id"]]
    return rows

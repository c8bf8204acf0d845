"""Corridors with their ordered nodes and key figures, for the corridor map (no Qt)."""

from __future__ import annotations

import sqlite3

from bri_desktop.core.filters import Filter
from bri_desktop.db.kinds import KINDS
from bri_desktop.db.queries import where_clause


def corridor_network(conn: sqlite3.Connection) -> list[dict]:
    """Every corridor with its nodes in route order and its throughput indicators."""
    corridors = [dict(r) for r in conn.execute(
        "SELECT id, name, mode, parent_id, status, length_km, length_qualifier, capacity_value, "
        "capacity_value_low, capacity_unit, route_note, countries_text FROM corridors ORDER BY seq")]
    nodes: dict[str, list[dict]] = {c["id"]: [] for c in corridors}
    for row in conn.execute("SELECT * FROM corridor_nodes ORDER BY corridor_id, position"):
        nodes[row["corridor_id"]].append(dict(row))
    indicators: dict[str, list[dict]] = {c["id"]: [] for c in corridors}
    for row in conn.execute(
            "SELECT corridor_id, id, name, value, unit, value_qualifier, period_label, kind, "
            "period_end FROM indicators WHERE corridor_id IS NOT NULL ORDER BY period_end DESC"):
        indicators[row["corridor_id"]].append(dict(row))
    for corridor in corridors:
        corridor["nodes"] = nodes[corridor["id"]]
        corridor["indicators"] = indicators[corridor["id"]]
    return corridors


def matching_corridors(conn: sqlite3.Connection, flt: Filter) -> set[str]:
    """Ids of corridors the filter keeps (country and status facets, search); others are dimmed."""
    kind = KINDS["corridors"]
    where, params = where_clause(kind, flt)
    found = {r[0] for r in conn.execute(f"SELECT t.id FROM corridors t WHERE {where}", params)}
    return found & set(flt.corridors) if flt.corridors else found  # a corridor filter: just those

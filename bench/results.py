"""The benchmark's figures against their targets: one object per scenario and figure, as
`bench/out/results.json` holds them, and the lines of the table `make bench` prints.

A figure that misses its target says why where SQLite itself cannot do better: the same SQL from
the sqlite3 module alone (as the app runs it: the rows first, then the counts on four
connections at once) already takes longer than the target.
"""

from __future__ import annotations

import json
from pathlib import Path

TARGETS = {  # figure -> (target, unit)
    "first rows": (100.0, "ms"), "facets": (500.0, "ms"), "facets exact": (500.0, "ms"),
    "chart": (300.0, "ms"), "chart exact": (300.0, "ms"), "details": (100.0, "ms"),
    "GUI block": (50.0, "ms"), "app / sqlite (first rows)": (1.5, "x"), "peak memory": (300.0, "MB"),
    "cold start": (1000.0, "ms"), "page at row 100,000": (100.0, "ms"), "timeline redraw": (16.0, "ms"),
    "team open": (1000.0, "ms"), "team save": (100.0, "ms"), "import": (10.0, "s"),
}


def figure(dataset: str, scenario: str, name: str, value: float | None, note: str = "") -> dict:
    target, unit = TARGETS[name]
    met = value is not None and value <= target
    return {"dataset": dataset, "scenario": scenario, "figure": name, "value": value, "unit": unit,
            "target": target, "met": met, "note": note}


def _sqlite_note(name: str, app: float, alone: float | None, serial: float | None = None) -> str:
    """Why a figure misses, where SQLite alone misses too: as the app runs it (``alone``), or one
    query after another (``serial``), both said."""
    target = TARGETS[name][0]
    if app <= target or alone is None:
        return ""
    if alone > target:
        return f"SQLite alone takes {alone:.0f} ms"
    if serial is not None and serial > target:
        return f"SQLite alone takes {serial:.0f} ms one query after another ({alone:.0f} ms on four connections)"
    return ""


def of_dataset(dataset: str, result: dict, cold_start_ms: float) -> list[dict]:
    """Every figure of one dataset's run of bench/measure.py."""
    out = [figure(dataset, "start-up", "cold start", cold_start_ms),
           figure(dataset, "start-up", "GUI block", result.get("startup_blocked_ms")),
           figure(dataset, "whole run", "peak memory", result.get("peak_mb"))]
    for s in result["scenarios"]:
        name = s["scenario"]
        alone = s.get("rows_sqlite_app_ms")
        out.append(figure(dataset, name, "first rows", s["rows_ms"], _sqlite_note("first rows", s["rows_ms"], alone)))
        if alone is not None and alone <= TARGETS["first rows"][0]:
            ratio = s["rows_ms"] / max(alone, 0.01)
            added = f"the app adds {s['rows_ms'] - alone:.1f} ms to SQLite's {alone:.1f} ms"
            out.append(figure(dataset, name, "app / sqlite (first rows)", ratio,
                              "" if ratio <= TARGETS["app / sqlite (first rows)"][0] else added))
        if "facets_ms" in s:
            for what, alone, serial in (("facets", s.get("facets_sqlite_app_ms"), s.get("facets_sqlite_ms")),
                                        ("chart", s.get("chart_sqlite_ms"), None)):
                first, exact = s[f"{what}_ms"], s[f"{what}_exact_ms"]
                floors = f"floors (≥) first, exact at {exact:.0f} ms" if exact > first + 1 else ""
                out.append(figure(dataset, name, what, first, floors or _sqlite_note(what, first, alone, serial)))
                out.append(figure(dataset, name, f"{what} exact", exact,
                                  _sqlite_note(f"{what} exact", exact, alone, serial)))
        out.append(figure(dataset, name, "GUI block", s["blocked_ms"]))
    for d in result.get("details", []):
        scenario = f"details of the {d['kind'][:-1]} with most links"
        out.append(figure(dataset, scenario, "details", d["ms"]))
        out.append(figure(dataset, scenario, "GUI block", d["blocked_ms"]))
    deep = result.get("deep_page")
    if deep:
        out.append(figure(dataset, "scroll to row 100,000", "page at row 100,000", deep["ms"],
                          _sqlite_note("page at row 100,000", deep["ms"], deep["sqlite_ms"])))
    disk = result.get("from_disk")
    if disk:
        out.append(figure(dataset, f"search '{disk['search']}' from disk", "first rows", disk["ms"],
                          _sqlite_note("first rows", disk["ms"], disk["sqlite_ms"])))
    return out


def write(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


def table(result: dict, name: str, cold_start_ms: float) -> list[str]:
    """The lines of one dataset's table: each figure followed by ✗ where it misses its target."""
    def mark(figure_name: str, value: float | None) -> str:
        if value is None:
            return "   -  "
        return f"{value:6.0f}{' ' if value <= TARGETS[figure_name][0] else '✗'}"

    lines = []
    blocked = result.get("startup_blocked_ms") or 0.0
    for i, s in enumerate(result["scenarios"]):
        head = (f"{name:>10} {cold_start_ms:>8.0f}{'✗' if cold_start_ms > 1000 else ' '}"
                f"{result['peak_mb']:>6.0f}{'✗' if result['peak_mb'] > 300 else ' '}"
                f"{blocked:>7.0f}{'✗' if blocked > 50 else ' '}" if i == 0 else " " * 34)
        alone = s.get("rows_sqlite_app_ms") or 0.0
        lines.append(f"{head} {s['scenario']:<20} {s['matched']:>9,} {mark('first rows', s['rows_ms'])} "
                     f"{s['rows_sqlite_ms']:>6.0f} {alone:>6.0f} {s['rows_ms'] / max(alone, 0.01):>5.1f} "
                     f"{mark('facets', s.get('facets_ms'))} {mark('facets exact', s.get('facets_exact_ms'))} "
                     f"{s.get('facets_sqlite_ms', 0):>6.0f} {s.get('facets_sqlite_app_ms', 0):>6.0f} "
                     f"{mark('chart', s.get('chart_ms'))} {mark('chart exact', s.get('chart_exact_ms'))} "
                     f"{s.get('chart_sqlite_ms', 0):>6.0f} {mark('GUI block', s['blocked_ms'])}")
    return lines


HEADER = (f"{'dataset':>10} {'start ms':>9}{'MB':>7}{'block':>8} {'scenario':<20} {'matched':>9} {'rows':>7} "
          f"{'sql':>6} {'sql4':>6} {'x':>5} {'facets':>7} {'exact':>7} {'sql':>6} {'sql4':>6} {'chart':>7} "
          f"{'exact':>7} {'sql':>6} {'block':>7}")

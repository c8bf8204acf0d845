"""Measure one dataset in this process: filter change to first rows and to facet counts, the
longest the GUI thread was blocked, and peak memory. Prints one JSON object.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/measure.py DB
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bri_desktop.core.filters import Filter
from bri_desktop.db import hits, queries
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.kinds import KINDS
from bri_desktop.ui.main_window import MainWindow

SCENARIOS = [
    ("country = KZ", Filter(countries=frozenset({"KZ"}))),
    ("KZ + Energy", Filter(countries=frozenset({"KZ"}), sectors=frozenset({"Energy"}))),
    ("KZ + Energy + MoU", Filter(countries=frozenset({"KZ"}), sectors=frozenset({"Energy"}),
                                 doc_types=frozenset({"memorandum_of_understanding"}))),
    ("search 'pipeline'", Filter(search="pipeline")),
    ("organization CNPC", Filter(organizations=frozenset({"cnpc"}))),
]


class GapMeter:
    """A 2 ms timer on the GUI thread; the longest gap between its ticks is the longest block."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def start(self):
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def tick(self):
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        self.tick()
        return self.worst


def sqlite_alone(db: Path, flt: Filter) -> tuple[float, float]:
    """The same SQL as the app runs, from the sqlite3 module on a fresh connection."""
    hits.forget()  # the SQL alone makes its own table of matches, as the app did
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    start = time.perf_counter()
    queries.count(conn, "agreements", flt)
    queries.fetch_rows(conn, "agreements", flt, "date", True, 0, 200)
    rows = time.perf_counter() - start
    start = time.perf_counter()
    for facet in (f for f in KINDS["agreements"].facets if f.listed):
        queries.facet_counts(conn, "agreements", flt, facet.name,
                             queries.facet_values(conn, "agreements", facet.name))
    for name in KINDS:
        queries.count(conn, name, flt)
    facets = time.perf_counter() - start
    conn.close()
    return rows, facets


def chart_alone(db: Path, flt: Filter) -> float:
    """The chart's SQL (investment by sector) from the sqlite3 module alone."""
    from bri_desktop.db import aggregates

    hits.forget()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    start = time.perf_counter()
    aggregates.aggregate(conn, "sector", flt)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def largest_records(db: Path) -> list[tuple[str, str]]:
    """The event and the organization with the most agreements: the details a user may open
    that list the most linked records."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    event = conn.execute("SELECT event_id FROM agreements WHERE event_id IS NOT NULL "
                         "GROUP BY event_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    org = conn.execute("SELECT org_id FROM agreement_parties GROUP BY org_id "
                       "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    conn.close()
    return [("events", event), ("organizations", org)]


def main(db: Path, time_limit_s: float = 600) -> None:
    """Runs inside app.exec(), as the application does: a 5 ms poller steps through a script."""
    sys.setswitchinterval(0.001)  # as bri_desktop.ui.app.run does
    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(Dataset(db))
    window.show()
    marks: dict[str, float] = {}
    window.model.loaded.connect(lambda _n: marks.setdefault("rows", time.perf_counter()))
    for name, widget, method in (("facets", window.facets, "show_result"),
                                 ("chart", window.chart, "show_chart"),
                                 ("details", window.details, "show_record")):
        original = getattr(widget, method)

        def wrapped(*args, original=original, name=name):
            original(*args)
            marks.setdefault(name, time.perf_counter())

        setattr(widget, method, wrapped)
    meter = GapMeter()
    results = []
    details: list[dict] = []

    def idle() -> bool:
        return not window.runner.is_busy()

    current = ["start-up"]  # the step under way, for a run that runs out of time
    startup: dict[str, float] = {}

    def script():
        meter.start()  # the window fills: first rows, facets, and the first chart drawn
        yield lambda: window.model.rowCount() > 0 and window.chart.plot_widget is not None and idle()
        startup["blocked_ms"] = meter.stop() * 1000
        for label, flt in SCENARIOS:
            current[0] = label
            window.set_filter(Filter())
            yield idle
            marks.clear()
            meter.start()
            start = time.perf_counter()
            window.set_filter(flt)
            yield lambda: {"rows", "facets", "chart"} <= set(marks) and idle()
            blocked = meter.stop()
            alone_rows, alone_facets = sqlite_alone(db, flt)
            results.append({
                "scenario": label, "matched": window.model.matched,
                "rows_ms": (marks["rows"] - start) * 1000, "rows_sqlite_ms": alone_rows * 1000,
                "facets_ms": (marks["facets"] - start) * 1000,
                "facets_sqlite_ms": alone_facets * 1000,
                "chart_ms": (marks["chart"] - start) * 1000,
                "chart_sqlite_ms": chart_alone(db, flt) * 1000,
                "blocked_ms": blocked * 1000,
            })
        window.set_filter(Filter())
        yield idle
        for kind, record_id in largest_records(db):
            current[0] = f"details of {kind} {record_id}"
            marks.clear()
            meter.start()
            start = time.perf_counter()
            window.show_details(kind, record_id)
            yield lambda: "details" in marks and idle()
            details.append({"kind": kind, "id": record_id, "ms": (marks["details"] - start) * 1000,
                            "blocked_ms": meter.stop() * 1000,
                            "related": len(window.details.record.get("related", [])),
                            "more": sum(m["count"] for m in window.details.record.get("related_more", []))})
        current[0] = None
        app.quit()
        yield lambda: False

    steps = script()
    waiting = [next(steps)]

    def poll() -> None:
        if waiting[0]():
            waiting[0] = next(steps)

    poller = QTimer()
    poller.setInterval(5)
    poller.timeout.connect(poll)
    poller.start()
    QTimer.singleShot(int(time_limit_s * 1000), app.quit)  # never hang a benchmark run
    app.exec()
    window.runner.shutdown()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"db": str(db), "agreements": window.dataset.totals["agreements"],
                      "peak_mb": peak_mb, "scenarios": results, "details": details,
                      "startup_blocked_ms": startup.get("blocked_ms"),
                      "unfinished": current[0] and {
                          "scenario": current[0], "delivered": sorted(marks),
                          "busy": window.runner.is_busy(),
                          "error": getattr(window, "last_error", None)}}), flush=True)
    os._exit(0)  # skip interpreter teardown of Qt objects: nothing is left to write


if __name__ == "__main__":
    main(Path(sys.argv[1]), float(sys.argv[2]) if len(sys.argv) > 2 else 600)

"""Measure one dataset in this process: filter change to first rows and to facet counts, the
longest the GUI thread was blocked, and peak memory. Prints one JSON object.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/measure.py DB
"""

from __future__ import annotations

import gc
import json
import os
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from bri_desktop.core.filters import Filter
from bri_desktop.db import hits, queries
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.kinds import KINDS
from bri_desktop.ui.main_window import MainWindow
from bri_desktop.ui.tasks import Query, load_page
from bri_desktop.ui.widgets.chart_panel import preload
from bri_desktop.ui.workers import TaskState

# Filter changes, as a user makes them: facets, a year, an organization, searches narrow, broad
# ("agreement" is in most titles), by prefix, and a search with a facet.
SCENARIOS = [
    ("country = KZ", Filter(countries=frozenset({"KZ"}))),
    ("KZ + Energy", Filter(countries=frozenset({"KZ"}), sectors=frozenset({"Energy"}))),
    ("KZ + Energy + MoU", Filter(countries=frozenset({"KZ"}), sectors=frozenset({"Energy"}),
                                 doc_types=frozenset({"memorandum_of_understanding"}))),
    ("year 2024", Filter(years=frozenset({2024}))),
    ("organization CNPC", Filter(organizations=frozenset({"cnpc"}))),
    ("search 'pipeline'", Filter(search="pipeline")),
    ("search 'agreement'", Filter(search="agreement")),
    ("search 'sino*'", Filter(search="sino*")),
    ("'pipeline' + KZ", Filter(search="pipeline", countries=frozenset({"KZ"}))),
]
TYPED = "pipeline"  # typed a key every TYPING_MS, as a user does
TYPING_MS = 90
SETTLE_S = 0.1  # between a change's end and the next change, as a person takes at least
REPEATS = 5  # each change's first rows, and the same SQL alone: the median of this many runs
DEEP_ROW = 100_000  # the page a user scrolls down to
# a filter change is done when its rows are in and its counts and chart are exact (the first
# counts shown may be floors: see db.slices)
EVERY_MARK = {"rows", "facets", "facets exact", "chart", "chart exact"}

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


def _jobs(flt: Filter, sort: str = "date", descending: bool = True) -> list:
    """The queries a filter change runs, as functions of a connection: the rows (count and first
    page) first, then each listed facet and each kind's count."""
    jobs = [lambda c: (queries.count(c, "agreements", flt),
                       queries.fetch_rows(c, "agreements", flt, sort, descending, 0, 200))]
    jobs += [lambda c, f=facet.name: queries.facet_counts(c, "agreements", flt, f,
                                                          queries.facet_values(c, "agreements", f))
             for facet in KINDS["agreements"].facets if facet.listed]
    jobs += [lambda c, k=name: queries.count(c, k, flt) for name in KINDS]
    return jobs


def _connect(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def sqlite_alone(db: Path, flt: Filter) -> tuple[float, float]:
    """The same SQL as the app runs, from the sqlite3 module, one query after another on one
    connection: (first rows, all the counts) in seconds."""
    hits.forget()  # the SQL alone makes its own table of matches, as the app did
    conn = _connect(db)
    jobs = _jobs(flt)
    start = time.perf_counter()
    jobs[0](conn)
    rows = time.perf_counter() - start
    start = time.perf_counter()
    for job in jobs[1:]:
        job(conn)
    facets = time.perf_counter() - start
    conn.close()
    return rows, facets


def sqlite_as_the_app(db: Path, flt: Filter, threads: int = 4) -> tuple[float, float]:
    """The same SQL run as the app runs it: the rows first, then the counts on ``threads``
    connections at once: (first rows, until the last count) in seconds from the start."""
    hits.forget()
    conns = [_connect(db) for _ in range(threads)]
    jobs = _jobs(flt)
    start = time.perf_counter()
    jobs[0](conns[0])
    rows = time.perf_counter() - start
    free = list(conns)
    lock = threading.Lock()

    def run(job) -> None:
        with lock:
            conn = free.pop()
        try:
            job(conn)
        finally:
            with lock:
                free.append(conn)

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(run, jobs[1:]))
    facets = time.perf_counter() - start
    for conn in conns:
        conn.close()
    return rows, facets


def sqlite_rows(db: Path, flt: Filter, runs: int = REPEATS) -> float:
    """The first rows' SQL alone (the count and the first page), as the app's worker runs it on
    a connection it has used before: the median of ``runs``, in seconds; each run makes its own
    table of matches, as the app's first run of a search does."""
    conn = _connect(db)
    job = _jobs(flt)[0]
    job(conn)  # the connection's own cache warmed, as a worker's is
    times = []
    for _ in range(runs):
        hits.forget()
        start = time.perf_counter()
        job(conn)
        times.append(time.perf_counter() - start)
    conn.close()
    return statistics.median(times)


def deep_page(db: Path) -> dict:
    """Scrolled to row 100,000 of every agreement by date: the page there, through the app's
    worker function and as its SQL alone."""
    dataset = Dataset(db)
    query = Query("agreements", Filter(), "date", True)
    offset = min(DEEP_ROW, max(dataset.totals["agreements"] - 200, 0))
    state = TaskState(lambda _v: None)
    start = time.perf_counter()
    load_page(state, dataset, query, offset, 200, False)
    app_ms = (time.perf_counter() - start) * 1000
    conn = _connect(db)
    start = time.perf_counter()
    queries.fetch_rows(conn, "agreements", Filter(), "date", True, offset, 200)
    alone_ms = (time.perf_counter() - start) * 1000
    conn.close()
    return {"offset": offset, "ms": app_ms, "sqlite_ms": alone_ms}


def evict(db: Path) -> None:
    """Drop the file's pages from the OS cache (as after a reboot, for this file alone)."""
    fd = os.open(db, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def first_search_from_disk(db: Path, search: str = "pipeline") -> dict:
    """A search's first page with the file out of the OS cache, as the first search after a
    reboot reads it: through the app's worker function, then as its SQL alone, each on a
    connection already open (the schema read) and the file evicted just before."""
    flt = Filter(search=search)
    dataset = Dataset(db)
    query = Query("agreements", flt, "date", True)
    evict(db)
    hits.forget()
    start = time.perf_counter()
    load_page(TaskState(lambda _v: None), dataset, query, 0, 200, True)
    app_ms = (time.perf_counter() - start) * 1000
    conn = _connect(db)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    evict(db)
    hits.forget()
    start = time.perf_counter()
    queries.count(conn, "agreements", flt)
    queries.fetch_rows(conn, "agreements", flt, "date", True, 0, 200)
    alone_ms = (time.perf_counter() - start) * 1000
    conn.close()
    return {"search": flt.search, "ms": app_ms, "sqlite_ms": alone_ms}


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


def _result(label: str, flt: Filter, matched: int, marks: dict, start: float, blocked: float,
            rows_s: list[float]) -> dict:
    """``rows_s``: the first rows' times of the change made again (the first one's is in marks)."""
    rows, facets = sqlite_alone(db_path[0], flt)
    _rows_app, facets_app = sqlite_as_the_app(db_path[0], flt)
    return {"scenario": label, "matched": matched,
            "rows_ms": statistics.median([marks["rows"] - start, *rows_s]) * 1000,
            "rows_runs": len(rows_s) + 1, "rows_sqlite_ms": rows * 1000,
            "rows_sqlite_app_ms": sqlite_rows(db_path[0], flt) * 1000,
            "facets_ms": (marks["facets"] - start) * 1000,
            "facets_exact_ms": (marks["facets exact"] - start) * 1000, "facets_sqlite_ms": facets * 1000,
            "facets_sqlite_app_ms": facets_app * 1000,
            "chart_ms": (marks["chart"] - start) * 1000,
            "chart_exact_ms": (marks["chart exact"] - start) * 1000,
            "chart_sqlite_ms": chart_alone(db_path[0], flt) * 1000,
            "blocked_ms": blocked * 1000}


db_path: list[Path] = []


def main(db: Path, time_limit_s: float = 600) -> None:
    """Runs inside app.exec(), as the application does: a 5 ms poller steps through a script."""
    db_path[:] = [db]
    sys.setswitchinterval(0.001)  # as bri_desktop.ui.app.run does
    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(Dataset(db))
    preload()  # as bri_desktop.ui.app.run does, before the window shows
    window.show()
    gc.freeze()  # as run does too: what start-up made is left out of later collections
    marks: dict[str, float] = {}
    window.model.loaded.connect(lambda _n: marks.setdefault("rows", time.perf_counter()))
    for name, widget, method in (("facets", window.facets, "show_result"),
                                 ("chart", window.chart, "show_chart"),
                                 ("details", window.details, "show_record")):
        original = getattr(widget, method)

        def wrapped(*args, original=original, name=name):
            original(*args)
            now = time.perf_counter()
            marks.setdefault(name, now)  # the first counts shown: floors or exact
            if getattr(args[0], "counted", 1.0) >= 1.0:
                marks.setdefault(f"{name} exact", now)

        setattr(widget, method, wrapped)
    meter = GapMeter()
    results = []
    details: list[dict] = []

    def idle() -> bool:
        return not window.runner.is_busy()

    def settled() -> Callable[[], bool]:
        """Idle, and a user's moment later (0.1 s): the window has painted what the last change
        showed before the next change is timed, as it has when a person makes it."""
        since = time.perf_counter()
        return lambda: idle() and time.perf_counter() - since >= SETTLE_S

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
            yield settled()
            marks.clear()
            meter.start()
            start = time.perf_counter()
            window.set_filter(flt)
            yield lambda: set(marks) >= EVERY_MARK and idle()
            blocked = meter.stop()
            first_marks, again = dict(marks), []
            for _ in range(REPEATS - 1):  # the same change again, from no filter: its first rows
                window.set_filter(Filter())
                yield idle
                yield settled()
                hits.forget()  # the search's table of matches made again, as the first time
                marks.clear()
                again_start = time.perf_counter()
                window.set_filter(flt)
                yield lambda: "rows" in marks and idle()
                again.append(marks["rows"] - again_start)
            results.append(_result(label, flt, window.model.matched, first_marks, start, blocked, again))
        # sorted by title, every agreement
        current[0] = "sort by title"
        window.set_filter(Filter())
        yield idle
        yield settled()
        marks.clear()
        meter.start()
        start = time.perf_counter()
        window.model.sort(KINDS["agreements"].columns.index(KINDS["agreements"].column("title")))
        yield lambda: "rows" in marks and idle()
        blocked = meter.stop()
        alone = _connect(db)
        hits.forget()
        t0 = time.perf_counter()
        queries.count(alone, "agreements", Filter())
        queries.fetch_rows(alone, "agreements", Filter(), "title", False, 0, 200)
        sorted_alone = time.perf_counter() - t0
        alone.close()
        results.append({"scenario": "sort by title", "matched": window.model.matched,
                        "rows_ms": (marks["rows"] - start) * 1000, "rows_sqlite_ms": sorted_alone * 1000,
                        "rows_sqlite_app_ms": sorted_alone * 1000, "blocked_ms": blocked * 1000})
        window.model.sort(KINDS["agreements"].columns.index(KINDS["agreements"].column("date")),
                          Qt.SortOrder.DescendingOrder)
        yield idle
        # typing a search, a key at a time: the window keeps up, and the last key's rows come
        current[0] = f"typing '{TYPED}'"
        window.search.edit.setFocus()
        applied = {"at": 0.0}
        apply_filter = window._apply_filter

        def timed_apply(flt, apply_filter=apply_filter):
            applied["at"] = time.perf_counter()
            apply_filter(flt)

        window._apply_filter = timed_apply
        marks.clear()
        meter.start()
        typed = {"n": 0, "at": time.perf_counter()}

        def keys_typed() -> bool:
            now = time.perf_counter()
            if typed["n"] < len(TYPED) and now - typed["at"] >= TYPING_MS / 1000:
                window.search.edit.insert(TYPED[typed["n"]])
                typed["n"] += 1
                typed["at"] = now
                marks.clear()
            return typed["n"] == len(TYPED)

        yield keys_typed
        yield lambda: window.filter.search == TYPED  # the search box's pause, then the filter changes
        start = applied["at"]  # when the window took the typed search as its filter
        yield lambda: set(marks) >= EVERY_MARK and idle()
        blocked = meter.stop()
        results.append(_result(f"typing '{TYPED}'", Filter(search=TYPED), window.model.matched, marks,
                               start, blocked, []))
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
    deep = deep_page(db) if current[0] is None else None
    from_disk = first_search_from_disk(db) if current[0] is None else None
    hits.remove_scratch()  # os._exit runs no atexit: leave no scratch behind
    home = Path(os.environ["BRI_DESKTOP_HOME"])
    if home.parent == Path(tempfile.gettempdir()) and home.name.startswith("bri-bench-"):
        shutil.rmtree(home, ignore_errors=True)  # the folder made above, never one the caller gave
    print(json.dumps({"db": str(db), "agreements": window.dataset.totals["agreements"],
                      "peak_mb": peak_mb, "scenarios": results, "details": details, "deep_page": deep,
                      "from_disk": from_disk,
                      "startup_blocked_ms": startup.get("blocked_ms"),
                      "unfinished": current[0] and {
                          "scenario": current[0], "delivered": sorted(marks),
                          "busy": window.runner.is_busy(),
                          "error": getattr(window, "last_error", None)}}), flush=True)
    os._exit(0)  # skip interpreter teardown of Qt objects: nothing is left to write


if __name__ == "__main__":
    main(Path(sys.argv[1]), float(sys.argv[2]) if len(sys.argv) > 2 else 600)

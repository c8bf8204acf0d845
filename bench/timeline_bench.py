"""Timeline timings: the overview's query (off the GUI thread) and the redraw (on it), for the
bundled dataset and the synthetic million, zoomed out (counts per month), on a month, on a week
(its records drawn one by one) and panning. Prints a table; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/timeline_bench.py [--sizes 1000000]

A redraw is the whole paint of an 1200 x 600 view into an image, the packing of rows included
(it runs again after each zoom or pan): median and max of 40.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from bench.results import figure, write
from bri_desktop import paths
from bri_desktop.core.dates import from_years, last_day_before
from bri_desktop.core.filters import Filter
from bri_desktop.core.timeline import Overview, drawable
from bri_desktop.db import timeline
from bri_desktop.ui.widgets.timeline_view import TimelineView

RUNS = 40
WIDTH, HEIGHT = 1200, 600
TARGET_MS = 16.0


def _ms(fn, runs: int = 1) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def redraw(view: TimelineView, image: QImage, moves: list[tuple[float, float]] | None = None) -> tuple[float, float]:
    """Median and max ms of a full paint; with ``moves``, each paint follows a zoom or pan."""
    times = []
    for n in range(RUNS):
        if moves:
            view.set_range(*moves[n % len(moves)])
        start = time.perf_counter()
        painter = QPainter(image)
        view.paint_timeline(painter, WIDTH, HEIGHT, view.palette())
        painter.end()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def _row(name: str, lanes: str, label: str, shown: str, query_ms: float | None, med: float, top: float) -> str:
    query = f"{query_ms:>9.0f}" if query_ms is not None else " " * 9
    return f"{name:>10}  {lanes:<8} {label:<24} {shown:>12} {query} {med:>8.2f} {top:>7.2f}"


def bench(name: str, db: Path, rows: list[str], figures_out: list[dict]) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    shown_name = [name]

    def add(lanes: str, label: str, drawn: str, query_ms: float | None, times: tuple[float, float]) -> None:
        rows.append(_row(shown_name[0], lanes, label, drawn, query_ms, *times))
        shown_name[0] = ""
        figures_out.append(figure(name, f"timeline by {lanes}, {label}", "timeline redraw", times[0]))

    view = TimelineView()
    view.resize(WIDTH, HEIGHT)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    for lanes in ("kind", "country"):
        query_ms, _max, found = _ms(lambda la=lanes: timeline.overview(conn, Filter(), la, {}, date.today()))
        overview: Overview = found  # type: ignore[assignment]
        view.set_overview(overview)
        view.show_all()
        shown = f"{len(overview.items):,}" + (" + bins" if overview.counted else " records")
        add(lanes, "all, zoomed out", shown, query_ms, redraw(view, image))
        for label, (start, end) in (("a month (Mar 2024)", (2024 + 60 / 366, 2024 + 91 / 366)),
                                    ("four days (3-6 Mar 2024)", (2024 + 62 / 366, 2024 + 66 / 366))):
            view.set_range(start, end)
            query_ms = 0.0
            if overview.counted:
                precisions = drawable(overview.bins, start, end, timeline.ITEM_LIMIT)
                shown = f"{len(overview.items):,} + bins"
                if precisions:
                    first, last = from_years(start).isoformat(), last_day_before(end).isoformat()
                    query_ms, _max, items = _ms(lambda la=lanes, a=first, b=last, p=precisions,
                                                k=overview.counted_kinds:
                                                timeline.items_between(conn, Filter(), la, a, b, p, kinds=k))
                    if isinstance(items, list):
                        view.set_items(items, tuple(x for x in ("year", "month", "day") if x not in precisions))
                        shown = f"{len(overview.items) + len(items):,} + bins"
            add(lanes, label, shown, query_ms, redraw(view, image))
        span = view.end - view.start
        moves = [(view.start + k * span / 10, view.end + k * span / 10) for k in range(-5, 5)]
        add(lanes, "panning the four days", "", None, redraw(view, image, moves))
        if overview.counted:
            view.set_overview(overview)
            view.show_all()
            moves = [(view.start + k, view.end + k) for k in range(-3, 3)] + \
                [(view.start + k, view.end - k) for k in range(0, 6)]
            add(lanes, "zoom/pan, zoomed out", "bins", None, redraw(view, image, moves))
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000000")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from bench.run import dataset_for

    datasets = [("bundled", paths.bundled_db())]
    datasets += [(f"{int(s):,}", dataset_for(int(s))) for s in args.sizes.split(",") if s]
    rows: list[str] = []
    found: list[dict] = []
    for name, db in datasets:
        bench(name, db, rows, found)
    # bench/run.py adds these to results.json
    write(found, Path(__file__).resolve().parent / "out" / "timeline-results.json")
    print(f"Timeline ({WIDTH} x {HEIGHT}; query ms off the GUI thread; redraw median / max ms of {RUNS}, "
          f"target <= {TARGET_MS:.0f} ms)")
    print(f"{'dataset':>10}  {'lanes':<8} {'in view':<24} {'drawn':>12} {'query ms':>9} {'redraw':>8} {'max':>7}")
    for row in rows:
        print(row)
    del app


if __name__ == "__main__":
    main()

"""Briefing export times: a briefing of 10 items (records of four kinds, a conflicting indicator, a
chart, the map, a table, a note) written as DOCX, PDF and Markdown, composed and drawn from
scratch each time, on the bundled dataset and on the 1M-agreement one when it has been made.
Prints a table (median and slowest of 5; target: under 3 s each).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/briefing_bench.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-briefing-bench-"))
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SPEC = {"title": "Ten items", "author": "Bench", "sections": [
    {"name": "Deals", "items": [
        {"type": "record", "kind": "agreements", "id": "kz-bri3-01"},
        {"type": "record", "kind": "agreements", "id": "kz-bri3-27"},
        {"type": "record", "kind": "packages", "id": "bri3-kz-contracts"},
        {"type": "record", "kind": "projects", "id": "tfc-pet-project"},
        {"type": "record", "kind": "corridors", "id": "cku-railway"}]},
    {"name": "Figures", "items": [
        {"type": "indicator", "id": "cn-companies-in-kz-akorda"},
        {"type": "chart", "measure": "investment", "dimension": "country", "breakdown": "status",
         "filter": {"countries": ["KZ"]}},
        {"type": "map", "mode": "geographic", "filter": {"countries": ["KZ"]}},
        {"type": "table", "kind": "agreements", "filter": {"countries": ["KZ"]}, "limit": 30},
        {"type": "note", "text": "A paragraph of the analyst's own. " * 20}]}]}


def one(dataset, fmt: str, target: Path) -> float:
    from bri_desktop.briefing import docx_out, markdown_out
    from bri_desktop.briefing.compose import compose
    from bri_desktop.briefing.spec import briefing_from_dict
    from bri_desktop.ui.briefing_render import draw_figures, write_pdf

    start = time.perf_counter()
    document = compose(briefing_from_dict(SPEC), dataset, dt.date(2026, 12, 2))
    draw_figures(document)
    if fmt == "docx":
        docx_out.write(document, target, dt.datetime(2026, 12, 2, 9, 0))
    elif fmt == "pdf":
        write_pdf(document, target)
    else:
        markdown_out.write(document, target)
    return time.perf_counter() - start


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from bri_desktop import paths
    from bri_desktop.db.dataset import Dataset

    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841
    out = Path(tempfile.mkdtemp(prefix="bri-briefing-out-"))
    datasets = [("bundled", paths.bundled_db())]
    big = ROOT / "bench" / "out" / "synth-1m.sqlite"
    if big.exists():
        datasets.append(("1,000,000", big))
    print("Briefing of 10 items, composed, drawn and written (s; median / slowest of 5; target < 3 s)")
    for name, path in datasets:
        dataset = Dataset(path)
        cells = []
        for fmt in ("docx", "pdf", "md"):
            times = [one(dataset, fmt, out / f"b.{fmt}") for _ in range(5)]
            cells.append(f"{fmt} {statistics.median(times):5.2f} / {max(times):5.2f}")
        print(f"{name:>10}   " + "   ".join(cells))


if __name__ == "__main__":
    main()

"""Corridor map timings at the bundled size: a full redraw and a hover. Prints one JSON object.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/map_bench.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from bri_desktop import paths
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui.app import wait_for
from bri_desktop.ui.main_window import MainWindow


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(Dataset(paths.bundled_db()))
    window.resize(1400, 900)
    window.show()
    window.views.setCurrentWidget(window.corridors)
    wait_for(app, lambda: window.corridors.view.model is not None and not window.runner.is_busy())
    view = window.corridors.view
    view.resize(900, 520)
    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    result = {}
    for mode in (0, 1):
        window.corridors.mode.setCurrentIndex(mode)
        app.processEvents()
        redraws, hovers = [], []
        points = [QPointF(x, y) for x in range(20, 880, 43) for y in range(20, 500, 37)]
        for _ in range(30):
            start = time.perf_counter()
            painter = QPainter(image)
            view.paint_map(painter, view.width(), view.height())
            painter.end()
            redraws.append(time.perf_counter() - start)
        for point in points:
            start = time.perf_counter()
            view.hover_at(point)
            view.tooltip_for(*view.hit(point))
            hovers.append(time.perf_counter() - start)
        name = view.model.mode
        result[name] = {"redraw_ms": statistics.median(redraws) * 1000,
                        "redraw_max_ms": max(redraws) * 1000,
                        "hover_ms": statistics.median(hovers) * 1000,
                        "hover_max_ms": max(hovers) * 1000}
    window.runner.shutdown()
    print(json.dumps(result), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()

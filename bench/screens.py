"""Screenshots of the main window, the chart and the corridor map in the states the notes
describe (run offscreen or on Xvfb).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/screens.py OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-screens-"))

from PySide6.QtWidgets import QApplication

from bri_desktop import paths
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui.app import wait_for
from bri_desktop.ui.chart_flow import export_chart
from bri_desktop.ui.corridor_flow import export_map
from bri_desktop.ui.main_window import MainWindow


def settle(app, window) -> None:
    wait_for(app, lambda: not window.runner.is_busy(), 15)
    app.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(Dataset(paths.bundled_db()))
    window.resize(1600, 950)
    window.show()
    settle(app, window)
    window.grab().save(str(out / "main-all.png"))
    flt = window.filter.with_values("country", {"KZ"}).with_values("sector", {"Energy"})
    window.set_filter(flt)
    settle(app, window)
    window.table.selectRow(0)
    settle(app, window)
    window.grab().save(str(out / "main-kz-energy.png"))
    window.search.edit.setText('"shymkent')
    window.search.apply()
    settle(app, window)
    window.grab().save(str(out / "main-bad-search.png"))
    window.search.edit.clear()
    window.clear_filters()
    settle(app, window)
    export_chart(window, "png", out / "chart-sector-all.png")
    window.set_filter(window.filter.with_values("country", {"KZ"}))
    settle(app, window)
    export_chart(window, "png", out / "chart-sector-kz.png")
    window.clear_filters()
    window.views.setCurrentWidget(window.corridors)
    settle(app, window)
    view = window.corridors.view
    view.select("cku-railway")
    window.on_corridor_selected("cku-railway")
    for mode in ("geographic", "schematic"):
        window.corridors.mode.setCurrentIndex(window.corridors.mode.findData(mode))
        view.select("cku-railway")
        settle(app, window)
        export_map(window, "png", out / f"map-{mode}.png")
        window.grab().save(str(out / f"window-map-{mode}.png"))
    window.runner.shutdown()
    print("\n".join(str(p) for p in sorted(out.glob("*.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out"))

"""Screenshots of a broad search counted as it goes, on a large dataset: the facets' floors
(≥) and the chart so far while counting, then exact; in the light and the dark theme and in a
small window; and the pending state of a slow filter change.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/counting_screens.py OUTDIR LARGE.sqlite
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-counting-screens-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from bench.screens import settle
from bri_desktop.core.filters import Filter
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui.app import wait_for
from bri_desktop.ui.main_window import MainWindow
from bri_desktop.ui.theme import theme_of

BROAD = "agreement"


def counting(window) -> bool:
    """The facets show floors and the chart is still counting."""
    sector = window.facets.facet_list("sector").model
    return sector.state == "floor" and window.chart.chart is not None and window.chart.chart.counted < 1


def main(out: Path, large: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(Dataset(large))
    window.resize(1600, 950)
    window.show()
    settle(app, window)
    window.views.setCurrentWidget(window.chart)
    for theme, size in (("light", (1600, 950)), ("dark", (1600, 950)), ("small", (1000, 680))):
        theme_of().apply("dark" if theme == "dark" else "light")
        window.resize(*size)
        window.set_filter(Filter())
        settle(app, window)
        window.dataset.facet_cache.clear()  # counted afresh each time, as a first search is
        window.set_filter(Filter(search=BROAD))
        seen = wait_for(app, lambda: counting(window), 20)
        window.grab().save(str(out / f"counting-{theme}.png"))
        print(f"counting-{theme}: {'counting' if seen else 'NOT caught counting'}")
        settle(app, window)
        window.grab().save(str(out / f"counting-{theme}-exact.png"))
    theme_of().apply("light")
    window.resize(1600, 950)
    window.set_filter(Filter())
    settle(app, window)
    window.set_filter(Filter(countries=frozenset({"KZ"}), search="sino*"))
    seen = wait_for(app, lambda: window.facets.facet_list("sector").model.state == "pending", 10)
    window.grab().save(str(out / "counting-pending.png"))
    print(f"counting-pending: {'pending' if seen else 'NOT caught pending'}")
    settle(app, window)
    window.runner.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

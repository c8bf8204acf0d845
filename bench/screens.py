"""Screenshots of the main window, the chart and the corridor map in the states the notes
describe, in the light and the dark theme (run offscreen or on Xvfb).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/screens.py OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-screens-"))
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # a desktop-sized screen
    _screen = Path(os.environ["BRI_DESKTOP_HOME"]) / "screen.json"
    _screen.write_text('{"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1200, '
                       '"logicalDpi": 96, "dpr": 1}]}')
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from bri_desktop import paths
from bri_desktop.core.filters import Filter
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui.app import wait_for
from bri_desktop.ui.main_window import MainWindow
from bri_desktop.ui.theme import theme_of


def settle(app, window) -> None:
    wait_for(app, lambda: not window.runner.is_busy(), 15)
    app.processEvents()
    wait_for(app, lambda: not window.runner.is_busy(), 15)
    app.processEvents()


def shot(app, window, out: Path, name: str) -> None:
    settle(app, window)
    window.grab().save(str(out / f"{name}.png"))


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def open_window(out: Path) -> tuple[QApplication, MainWindow]:
    """The application and a desktop-sized window on the bundled dataset; ``out`` made."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(Dataset(paths.bundled_db()))
    window.resize(1600, 950)
    window.show()
    return app, window  # type: ignore[return-value]


def main(out: Path) -> None:
    app, window = open_window(out)
    for theme in ("light", "dark"):
        theme_of().apply(theme)
        window.clear_filters()
        window.set_kind("agreements")
        window.views.setCurrentWidget(window.chart)
        choose(window.chart.measure, "investment")
        choose(window.chart.dimension, "sector")
        choose(window.chart.breakdown, None)
        settle(app, window)
        window.set_filter(Filter(countries=frozenset({"KZ"}), sectors=frozenset({"Energy"})))
        settle(app, window)
        window.table.selectRow(0)
        shot(app, window, out, f"main-kz-energy-{theme}")
        # the open record hidden by a search: the pane says so
        window.search.edit.setText("Huawei")
        window.search.apply()
        shot(app, window, out, f"details-hidden-{theme}")
        window.clear_filters()
        # chart by year, stacked by status
        choose(window.chart.measure, "projects")
        choose(window.chart.dimension, "year")
        choose(window.chart.breakdown, "status")
        shot(app, window, out, f"chart-year-{theme}")
        choose(window.chart.measure, "investment")
        choose(window.chart.dimension, "sector")
        choose(window.chart.breakdown, None)
        # a link followed under filters: the filters in the way are lifted, and it says so
        window.set_filter(Filter(countries=frozenset({"KZ"}), years=frozenset({2023}),
                                 doc_types=frozenset({"memorandum_of_understanding"})))
        settle(app, window)
        window.table.selectRow(0)
        settle(app, window)
        event = (window.details.record or {}).get("event_id")
        if event:
            window.details.link_activated.emit(QUrl(f"bri:record/events/{event}"))
        shot(app, window, out, f"link-lifted-{theme}")
        window.go_back()
        # related records of a corridor with no agreements: the projects are shown
        window.views.setCurrentWidget(window.corridors)
        choose(window.corridors.mode, "schematic")
        settle(app, window)
        window.clear_filters()
        window.corridors.view.select("china-europe-transit-kz")
        window.on_corridor_selected("china-europe-transit-kz")
        window.on_related_requested("china-europe-transit-kz")
        shot(app, window, out, f"related-{theme}")
        window.set_kind("agreements")
        shot(app, window, out, f"empty-state-{theme}")
        window.clear_filters()
    # the user's layer: pins, a note and tags, a saved view
    theme_of().apply("light")
    wait_for(app, lambda: window.workspace is not None, 15)
    window.clear_filters()
    window.set_kind("agreements")
    settle(app, window)
    for row in (0, 2, 4):
        window.table.selectRow(row)
        settle(app, window)
        window.toggle_pin()
    window.views.setCurrentWidget(window.chart)
    window.pin_chart()
    window.table.selectRow(0)
    settle(app, window)
    window.details.note_box.edit.setPlainText("Compare the **50/50** split with Sinopec's own "
                                              "release; the Akorda article gives no value.")
    window.details.note_box.flush()
    window.add_tag("upstream")
    window.add_tag("to check")
    window.set_filter(Filter(countries=frozenset({"KZ"}), sectors=frozenset({"Energy"})))
    settle(app, window)
    window.save_view("Kazakhstan energy")
    window.table.selectRow(0)
    settle(app, window)
    shot(app, window, out, "workspace-light")
    theme_of().apply("dark")
    shot(app, window, out, "workspace-dark")
    theme_of().apply("light")
    window.views.setCurrentWidget(window.chart)
    settle(app, window)
    choose(window.chart.breakdown, "country")
    settle(app, window)
    window.export_view("chart", "png", out / "chart-sector-by-country.png")
    window.export_view("chart", "svg", out / "chart-sector-by-country.svg")
    window.views.setCurrentWidget(window.corridors)
    for mode in ("geographic", "schematic"):
        choose(window.corridors.mode, mode)
        window.corridors.view.select("cku-railway")
        settle(app, window)
        window.export_view("corridor map", "png", out / f"map-{mode}.png")
    window.resize(820, 560)  # a small window
    window.views.setCurrentWidget(window.chart)
    shot(app, window, out, "small-window")
    window.runner.shutdown()
    print("\n".join(str(p) for p in sorted(out.glob("*.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out/screens"))

"""Keyboard order, readable text in both themes, the window on screen, and small things a user
notices: chips, scroll position, the map's highlight."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from bri_desktop.ui import settings as keys
from tests.gui.conftest import settle

CTRL = Qt.KeyboardModifier.ControlModifier


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio, worked out here rather than trusted from the app."""
    def lum(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def tab_walk(qtbot, window, key=Qt.Key.Key_Tab, limit=120) -> list:
    """Press Tab from the search box until the focus comes back to it; the widgets visited."""
    window.activateWindow()
    window.search.edit.setFocus()
    visited = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), key)
        widget = QApplication.focusWidget()
        if widget is window.search.edit:
            return visited
        visited.append(widget)
    raise AssertionError(f"Tab never came back to the search box: {[w.objectName() for w in visited[-8:]]}")


def first_at(visited: list, widget) -> int:
    assert widget in visited, f"Tab never reached {widget.objectName() or widget.accessibleName()}"
    return visited.index(widget)


@pytest.mark.parametrize("tab", ["chart", "corridors"])
def test_tab_from_the_search_box_visits_every_pane_in_order_and_comes_back(qtbot, window, tab):
    window.views.setCurrentWidget(getattr(window, tab))
    window.table.selectRow(0)
    settle(qtbot, window)
    visited = tab_walk(qtbot, window)
    lists = [window.facets.facet_list(f.name).view for f in window.model.kind.facets
             if f.listed and window.facets.facet_list(f.name).isVisible()]
    panel = window.chart if tab == "chart" else window.corridors
    controls = [w for w in panel.focusables() if w.isEnabled()]  # Related records waits for a choice
    order = [first_at(visited, w) for w in [window.navigator, *lists, window.table, *controls,
                                              window.details.browser, window.details.copy_citation]]
    assert order == sorted(order)
    backwards = tab_walk(qtbot, window, Qt.Key.Key_Backtab)
    assert first_at(backwards, window.details.copy_citation) < first_at(backwards, window.table) \
        < first_at(backwards, window.navigator)


def test_tab_leaves_the_table_and_arrows_move_between_cells(qtbot, window):
    window.activateWindow()
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Right)
    assert window.table.currentIndex().column() == 1
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.table


def test_switching_kind_from_a_filter_list_keeps_the_focus_in_the_filters(qtbot, window):
    window.activateWindow()
    window.facets.facet_list("country").view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, CTRL)
    settle(qtbot, window)
    assert window.kind == "projects"
    focus = QApplication.focusWidget()
    assert focus is not None and window.facets.isAncestorOf(focus)
    assert focus is not window.chart.export_button


def _labels_readable(window) -> list[str]:
    """Visible labels whose text is below 4.5:1 contrast on the window's background."""
    poor = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text() or not label.isEnabled():
            continue
        palette = label.palette()
        ratio = contrast(palette.color(label.foregroundRole()).name(),
                         palette.color(QPalette.ColorRole.Window).name())
        if ratio < 4.5:
            poor.append(f"{label.objectName() or label.text()[:30]}: {ratio:.1f}")
    return poor


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_notes_and_messages_are_readable_in_both_themes(qtbot, window, theme):
    window.findChild(QAction, f"action_theme_{theme}").trigger()
    settle(qtbot, window)
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 128 if theme == "dark" \
        else window.palette().color(QPalette.ColorRole.Window).lightness() > 128
    window.views.setCurrentWidget(window.chart)
    window.search.edit.setText('"unbalanced')
    window.search.apply()  # shows the search message (error text)
    window.table.selectRow(0)
    settle(qtbot, window)
    assert window.search.message.isVisible()
    assert _labels_readable(window) == []
    notes = window.chart.notes
    ratio = contrast(notes.palette().color(notes.foregroundRole()).name(),
                     notes.palette().color(QPalette.ColorRole.Window).name())
    assert ratio >= 4.5
    html = window.details.browser.toHtml()
    base = window.details.browser.palette().color(QPalette.ColorRole.Base).name()
    greys = {c for c in __import__("re").findall(r"color:(#[0-9a-fA-F]{6})", html)}
    assert greys and all(contrast(c, base) >= 4.5 for c in greys), greys
    window.views.setCurrentWidget(window.corridors)
    settle(qtbot, window)
    assert _labels_readable(window) == []
    assert window.settings.get(keys.THEME) == theme


def test_fit_rect_moves_and_shrinks_onto_the_screen():
    from bri_desktop.ui.window_state import fit_rect

    screen = QRect(0, 0, 1440, 900)
    assert fit_rect(QRect(100, 100, 3000, 1800), screen) == QRect(0, 0, 1440, 900)
    assert fit_rect(QRect(2000, 500, 800, 600), screen) == QRect(640, 300, 800, 600)
    assert fit_rect(QRect(-500, -40, 800, 600), screen) == QRect(0, 0, 800, 600)
    assert fit_rect(QRect(10, 10, 800, 600), screen) == QRect(10, 10, 800, 600)


WINDOW_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from bri_desktop import paths
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui.main_window import MainWindow
w = MainWindow(Dataset(paths.bundled_db()))
w.show()
app.processEvents()
a = w.screen().availableGeometry()
f = w.frameGeometry()
clear = w.chips.clear_button
c = clear.mapTo(w, clear.rect().bottomRight())
print(json.dumps({"screen": [a.x(), a.y(), a.width(), a.height()],
                  "frame": [f.x(), f.y(), f.width(), f.height()],
                  "clear": [c.x(), c.y()], "window": [w.width(), w.height()]}))
w.save_state()
"""


def _probe(home, **env) -> dict:
    result = subprocess.run([sys.executable, "-c", WINDOW_PROBE], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                             "BRI_DESKTOP_HOME": str(home), **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _inside(inner, outer) -> bool:
    return (inner[0] >= outer[0] and inner[1] >= outer[1] and inner[0] + inner[2] <= outer[0] + outer[2]
            and inner[1] + inner[3] <= outer[1] + outer[3])


def test_the_first_window_fits_a_high_dpi_screen(tmp_path):
    config = tmp_path / "screen.json"  # a 2880x1800 laptop screen at 200 %
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 2880,
                                               "height": 1800, "logicalDpi": 96, "dpr": 1}]}))
    shown = _probe(tmp_path, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    assert shown["screen"] == [0, 0, 1440, 900]
    assert _inside(shown["frame"], shown["screen"]), shown
    assert shown["clear"][0] <= shown["window"][0]  # Clear all is on screen


def test_a_remembered_geometry_that_no_longer_fits_is_moved_onto_the_screen(tmp_path, qtbot):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    _probe(tmp_path)  # writes a settings file
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    blob = settings.value(keys.WINDOW_GEOMETRY.name)
    assert isinstance(blob, QByteArray) and not blob.isEmpty()
    big = QWidget()
    big.setGeometry(3000, 2000, 5000, 3000)  # off to the right and bottom, larger than the screen
    settings.setValue(keys.WINDOW_GEOMETRY.name, big.saveGeometry())
    settings.sync()
    shown = _probe(tmp_path)
    assert _inside(shown["frame"], shown["screen"]), shown


def test_a_phrase_search_chip_shows_the_quotes_once(qtbot, window):
    window.search.edit.setText('"Shymkent refinery"')
    window.search.apply()
    settle(qtbot, window)
    texts = [chip.text() for chip in window.chips.chips]
    assert texts[0].startswith('Search: "Shymkent refinery"')
    assert '""' not in texts[0]


def test_each_kind_opens_scrolled_to_its_first_column(qtbot, window):
    window.resize(700, 500)
    settle(qtbot, window)
    bar = window.table.horizontalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    window.set_kind("projects")
    settle(qtbot, window)
    assert window.table.horizontalScrollBar().value() == 0


def test_clear_all_clears_the_map_highlight(qtbot, window):
    window.views.setCurrentWidget(window.corridors)
    qtbot.waitUntil(lambda: window.corridors.view.model is not None, timeout=10000)
    window.corridors.view.select("cku-railway")
    window.corridors.view.corridor_selected.emit("cku-railway")
    window.set_filter(window.filter.with_values("country", {"KG"}))
    settle(qtbot, window)
    qtbot.mouseClick(window.chips.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.corridors.view.selected == ""


def test_a_header_saved_with_more_columns_than_the_kind_has_shows_the_defaults(qtbot, make_window,
                                                                               isolated_user_dirs):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    wider = QTableView()  # a table of a later version, with 13 columns and only the last shown
    wider.setModel(QStandardItemModel(0, 13))
    for section in range(12):
        wider.horizontalHeader().setSectionHidden(section, True)
    qs = QSettings(str(isolated_user_dirs / "settings.ini"), QSettings.Format.IniFormat)
    qs.setValue(keys.header_key("agreements").name, wider.horizontalHeader().saveState())
    qs.sync()
    window = make_window()
    header = window.table.horizontalHeader()
    assert header.count() == len(window.model.kind.columns)
    shown = [c.key for i, c in enumerate(window.model.kind.columns) if not header.isSectionHidden(i)]
    assert shown == [c.key for c in window.model.kind.columns if c.default]


SETTINGS_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from bri_desktop import paths
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui.main_window import MainWindow
w = MainWindow(Dataset(paths.bundled_db()))
w.show()
app.processEvents()
print("window", w.kind, w.views.currentIndex(), w.corridors.current_mode(), repr(w.statusBar().currentMessage()))
w.close()
"""


@pytest.mark.parametrize("lines", [
    ["[window]", "geometry=a, b", "state=1, 2, 3"],
    ["[view]", "tab=99999999999999999999", "last_kind=nonsense", "theme=purple"],
    ["[map]", "mode=a, b", "[chart]", "measure=@Invalid()"],
    ["[table]", "agreements\\header=7"],
    ["garbage ][ = = ", "\x01\x02"],
])
def test_a_bad_settings_file_falls_back_to_defaults(tmp_path, lines):
    (tmp_path / "settings.ini").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", SETTINGS_PROBE], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                             "BRI_DESKTOP_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "window agreements 0 geographic" in result.stdout


def test_a_settings_folder_that_cannot_be_made_gives_a_notice_and_the_app_runs(tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the settings folder should be")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRI_DESKTOP_HOME": "",
           "XDG_CONFIG_HOME": str(blocker), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("BRI_DESKTOP_HOME")
    result = subprocess.run([sys.executable, "-c", SETTINGS_PROBE], capture_output=True,
                            text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert "Settings will not be saved" in result.stdout
    assert blocker.read_text() == "a file where the settings folder should be"


def test_switching_theme_while_running_leaves_every_text_readable(qtbot, window):
    window.views.setCurrentWidget(window.chart)
    window.set_filter(window.filter.with_values("country", {"KZ"}))
    settle(qtbot, window)
    for theme in ("dark", "light", "dark"):
        window.findChild(QAction, f"action_theme_{theme}").trigger()
        settle(qtbot, window)
        base = window.navigator.palette().color(QPalette.ColorRole.Base).name()
        for row in range(window.navigator.count()):
            item = window.navigator.item(row)
            brush = item.foreground()
            colour = brush.color().name() if brush.style() != Qt.BrushStyle.NoBrush else \
                window.navigator.palette().color(QPalette.ColorRole.Text).name()
            if item.text().endswith("(0 of"):
                continue
            needed = 3.0 if "(0" in item.text() else 4.5  # greyed kinds with no match
            assert contrast(colour, base) >= needed, (theme, item.text(), colour, base)
        title = window.chart.title
        assert contrast(title.palette().color(title.foregroundRole()).name(),
                        title.palette().color(QPalette.ColorRole.Window).name()) >= 4.5, theme
        plot_bg = window.chart.plot_widget.backgroundBrush().color().name()
        assert plot_bg == window.chart.palette().color(QPalette.ColorRole.Base).name(), theme
        assert _labels_readable(window) == [], theme


def test_the_details_secondary_text_follows_a_live_theme_switch(qtbot, window):
    import re

    window.table.selectRow(0)
    settle(qtbot, window)
    for theme in ("dark", "light"):
        window.findChild(QAction, f"action_theme_{theme}").trigger()
        settle(qtbot, window)
        base = window.details.browser.palette().color(QPalette.ColorRole.Base).name()
        colours = set(re.findall(r"color:(#[0-9a-fA-F]{6})", window.details.browser.toHtml()))
        assert colours and all(contrast(c, base) >= 4.5 for c in colours), (theme, colours, base)

"""The window's remembered state: geometry (kept on screen), splitters, view, chart and map."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication

from bri_desktop.core.views import LinkError, view_from_dict, view_to_dict
from bri_desktop.db.kinds import VIEWS
from bri_desktop.ui import settings as keys

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow

DEFAULT_SIZE = (1500, 900)


def fit_rect(rect: QRect, available: QRect) -> QRect:
    """``rect`` shrunk to fit ``available`` and moved wholly onto it."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    x = min(max(rect.x(), available.left()), available.right() + 1 - width)
    y = min(max(rect.y(), available.top()), available.bottom() + 1 - height)
    return QRect(x, y, width, height)


def fit_to_screen(window: MainWindow) -> None:
    """Keep the whole window, title bar included, on the screen it mostly stands on (or the
    primary screen when none holds it any more)."""
    frame = window.frameGeometry()
    screen = QGuiApplication.screenAt(frame.center()) or window.screen() or \
        QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    fitted = fit_rect(frame, available)
    if fitted != frame:
        window.resize(fitted.width() - extra_w, fitted.height() - extra_h)
        window.move(QPoint(fitted.x(), fitted.y()))


def restore(window: MainWindow) -> None:
    s = window.settings
    if s.get(keys.WINDOW_GEOMETRY).isEmpty() or not window.restoreGeometry(s.get(keys.WINDOW_GEOMETRY)):
        screen = window.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else QRect(0, 0, *DEFAULT_SIZE)
        width = min(DEFAULT_SIZE[0], int(available.width() * 0.92))
        height = min(DEFAULT_SIZE[1], int(available.height() * 0.9))
        window.resize(width, height)
        window.move(available.x() + (available.width() - width) // 2,
                    available.y() + (available.height() - height) // 2)
    fit_to_screen(window)
    if not s.get(keys.WINDOW_STATE).isEmpty():
        window.restoreState(s.get(keys.WINDOW_STATE))
    for key, splitter in ((keys.MAIN_SPLITTER, window.main_splitter),
                          (keys.LEFT_SPLITTER, window.left_splitter),
                          (keys.CENTER_SPLITTER, window.center_splitter)):
        if not s.get(key).isEmpty():
            splitter.restoreState(s.get(key))
    for combo, key in ((window.chart.measure, keys.CHART_MEASURE),
                       (window.chart.dimension, keys.CHART_DIMENSION),
                       (window.chart.breakdown, keys.CHART_BREAKDOWN),
                       (window.corridors.mode, keys.MAP_MODE),
                       (window.timeline.lanes, keys.TIMELINE_LANES)):
        index = combo.findData(s.get(key) or None)
        if index >= 0:
            combo.setCurrentIndex(index)
    kind = s.get(keys.LAST_KIND)
    window.navigator.select(kind if kind in VIEWS else "agreements")
    tab = s.get(keys.VIEW_TAB)
    window.views.setCurrentIndex(tab if 0 <= tab < window.views.count() else 0)


def reopen_last_view(window: MainWindow) -> None:
    """The view open when the app was last closed (View > Reopen the last view at start)."""
    s = window.settings
    if not s.get(keys.REOPEN_LAST_VIEW) or not s.get(keys.LAST_VIEW):
        return
    try:
        view = view_from_dict(json.loads(s.get(keys.LAST_VIEW)), set(VIEWS))
    except (ValueError, LinkError):
        return  # a damaged setting: start as usual
    if view.filter.criteria() or view.record:
        window.apply_view(view)


def save(window: MainWindow) -> None:
    s = window.settings
    s.set(keys.WINDOW_GEOMETRY, window.saveGeometry())
    s.set(keys.WINDOW_STATE, window.saveState())
    s.set(keys.MAIN_SPLITTER, window.main_splitter.saveState())
    s.set(keys.LEFT_SPLITTER, window.left_splitter.saveState())
    s.set(keys.CENTER_SPLITTER, window.center_splitter.saveState())
    s.set(keys.LAST_KIND, window.kind)
    s.set(keys.VIEW_TAB, window.views.currentIndex())
    measure, dimension, breakdown = window.chart.current()
    s.set(keys.CHART_MEASURE, measure)
    s.set(keys.CHART_DIMENSION, dimension)
    s.set(keys.CHART_BREAKDOWN, breakdown or "")
    s.set(keys.MAP_MODE, window.corridors.current_mode())
    s.set(keys.TIMELINE_LANES, window.timeline.lanes_by())
    s.set(keys.LAST_VIEW, json.dumps(view_to_dict(window.current_view())))
    save_header(window)
    s.sync()


def save_header(window: MainWindow) -> None:
    if window.kind:
        window.settings.set(keys.header_key(window.kind), window.table.horizontalHeader().saveState())


def restore_header(window: MainWindow, kind: str) -> None:
    """The kind's saved columns, or its declared defaults when none are saved or the saved state
    does not fit the kind (another number of columns, or every column hidden)."""
    header = window.table.horizontalHeader()
    saved = window.settings.get(keys.header_key(kind))
    restored = not saved.isEmpty() and header.restoreState(saved)
    if restored and (header.count() != len(VIEWS[kind].columns)
                     or header.hiddenSectionCount() >= header.count()):
        restored = False
    if not restored:
        header.reset()  # forget any sections a foreign state brought
        window.table.apply_default_columns()
        query = window.model.query
        order = Qt.SortOrder.DescendingOrder if query and query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(window.model.sort_column(), order)
    window.table.horizontalScrollBar().setValue(0)

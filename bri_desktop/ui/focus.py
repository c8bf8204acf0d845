"""The order Tab visits the window's parts: search, active filters, record kinds, each filter
list, the table, the chart or map controls, the details, and round to the search again.
Shift+Tab goes back the same way. Hidden and disabled widgets are passed over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow


def focus_chain(window: MainWindow) -> list[QWidget]:
    """Every widget Tab may stop at, in order."""
    chain: list[QWidget] = [window.search.edit, *window.chips.focusables(), window.navigator]
    chain += window.facets.focusables()
    chain += [window.table, window.views.tabBar()]
    chain += window.chart.focusables() + window.corridors.focusables() + window.timeline.focusables()
    chain += window.figures.focusables()
    chain += window.details.focusables()
    return [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def move_focus(window: MainWindow, forward: bool) -> bool:
    """Give focus to the next (or previous) reachable widget of the chain; False when the focus
    is outside the chain (a dialog, a menu), so Qt's own order applies."""
    chain = [w for w in focus_chain(window) if w.isVisible() and w.isEnabled()]
    current = QApplication.focusWidget()
    if current is None or not chain:
        return False
    at = next((i for i, w in enumerate(chain) if w is current or w.isAncestorOf(current)), None)
    if at is None:
        return False
    target = chain[(at + (1 if forward else -1)) % len(chain)]
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    parent = target.parentWidget()
    while parent is not None and parent is not window:  # a filter list below the fold: show it
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(target)
        parent = parent.parentWidget()
    return True

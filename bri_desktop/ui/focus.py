"""The order Tab visits the window's parts: search, active filters, record kinds, each filter
list, the table, the chart or map controls, the details. Shift+Tab goes back the same way."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow


def focus_chain(window: MainWindow) -> list[QWidget]:
    """Every widget Tab may stop at, in order (hidden ones are skipped by Qt itself)."""
    chain: list[QWidget] = [window.search.edit, *window.chips.focusables(), window.navigator]
    chain += window.facets.focusables()
    chain += [window.table, window.views.tabBar()]
    chain += window.chart.focusables() + window.corridors.focusables()
    chain += window.details.focusables()
    return [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def apply_focus_chain(window: MainWindow) -> None:
    chain = focus_chain(window)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)

"""Counts that are slow to come are not left on screen as if they were the new filter's.

When the filters change, the facets and the chart keep their old numbers for the moment it
takes to count the new ones (usually tens of milliseconds: blanking them would flicker). Past
``DELAY_MS`` without a result, ``mark`` says that the numbers shown are not the filter's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 500


class SlowMark(QObject):
    def __init__(self, parent: QObject, mark: Callable[[], None], delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self._mark = mark
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._mark)

    def started(self) -> None:
        """New numbers are on their way: mark the view if nothing comes in time (counted from
        the first request when several follow one another)."""
        if not self._timer.isActive():
            self._timer.start()

    def arrived(self) -> None:
        """Numbers for the current filter came (counts so far, or exact ones)."""
        self._timer.stop()

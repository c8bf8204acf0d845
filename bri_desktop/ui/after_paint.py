"""Run something once the window has painted what is pending (a new filter's rows): the work
that follows (counting facets, the chart) then does not hold up the paint that shows them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

_EVENT = QEvent.Type(QEvent.registerEventType())


class AfterPaint(QObject):
    """``call_soon(fn)``: ``fn`` runs after the repaints already asked for. Qt posts a window's
    repaint as a low-priority event; an event posted later at that priority comes after it."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._calls: list[Callable[[], None]] = []

    def call_soon(self, fn: Callable[[], None]) -> None:
        self._calls.append(fn)
        if len(self._calls) == 1:
            QCoreApplication.postEvent(self, QEvent(_EVENT), Qt.EventPriority.LowEventPriority.value)

    def customEvent(self, event: QEvent) -> None:
        if event.type() == _EVENT:
            calls, self._calls = self._calls, []
            for fn in calls:
                fn()

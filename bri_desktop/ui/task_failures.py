# mypy: disable-error-code="misc"
"""A background task's failure, said to the user: in the status bar, and in place where the view
it was for would be (the table, the filter counts, the chart, the map, the timeline), never
"Loading…" for ever nor the last filters' content as if it were the new one's."""
# (the methods take self: MainWindow, whose part they are: see collections_flow)

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from bri_desktop import paths
from bri_desktop.core.errors import user_message
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.db.dataset import DatasetChanged

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow

WHAT = {"rows": QT_TRANSLATE_NOOP("MainWindow", "The records table"),
        "facets": QT_TRANSLATE_NOOP("MainWindow", "The filter counts"),
        "chart": QT_TRANSLATE_NOOP("MainWindow", "The chart"),
        "chart-hover": QT_TRANSLATE_NOOP("MainWindow", "The bar's largest records"),
        "details": QT_TRANSLATE_NOOP("MainWindow", "The record's details"),
        "maps": QT_TRANSLATE_NOOP("MainWindow", "The corridor map"),
        "open": QT_TRANSLATE_NOOP("MainWindow", "The linked record"),
        "locate": QT_TRANSLATE_NOOP("MainWindow", "Checking the open record"),
        "related": QT_TRANSLATE_NOOP("MainWindow", "Related records"),
        "map-dim": QT_TRANSLATE_NOOP("MainWindow", "The map"),
        "timeline": QT_TRANSLATE_NOOP("MainWindow", "The timeline"),
        "measures": QT_TRANSLATE_NOOP("MainWindow", "The list of measures"),
        "figures": QT_TRANSLATE_NOOP("MainWindow", "The figures")}


class FailuresMixin:
    def _failed(self: MainWindow, channel: str):
        what = translate("MainWindow", WHAT[channel]) if channel in WHAT else \
            translate("MainWindow", "A background task")

        def show(info: tuple[BaseException, str]) -> None:
            if isinstance(info[0], DatasetChanged):  # the file was rebuilt: reopen, no error
                self._file_check.start()
                return
            message = user_message(info[0], what, str(paths.log_file()))
            if channel == "chart":
                self._chart_slow.arrived()
                self.chart.show_error(message)
            if channel == "facets":
                self._facets_slow.arrived()
                self.facets.show_failed(message, self.filter)
            if channel == "rows":
                self.table.show_empty(escape(message))
            if channel == "maps":
                self.corridors.view.show_failed(message)
            if channel == "timeline":
                self.timeline.show_failed(message)
            self.on_query_failed(message)

        return show

    def on_query_failed(self: MainWindow, message: str) -> None:
        self.last_error = message
        self.statusBar().showMessage(message, 15000)

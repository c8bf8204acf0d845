"""Rows first: after a filter change the table shows the new rows before the facets, the chart
and the map start counting (their work would hold up the paint that shows the rows)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

from tests.gui.conftest import settle
from tests.gui.test_record_sequences import click_facet


class PaintLog(QObject):
    def __init__(self, window, log: list):
        super().__init__(window)
        self.window, self.log = window, log

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.window.model.rowCount():
            first = self.window.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
            self.log.append(("paint", self.window.filter, first))
        return False


def test_the_new_rows_are_painted_before_the_counts_start(qtbot, window):
    log: list = []
    submit = window.runner.submit

    def logged_submit(channel, *args, **kwargs):
        log.append(("submit", channel))
        return submit(channel, *args, **kwargs)

    window.runner.submit = logged_submit
    window.runner.busy_changed.connect(lambda busy: log.append(("busy", busy)))
    watcher = PaintLog(window, log)
    window.table.viewport().installEventFilter(watcher)
    for country in ("KZ", "UZ", "KZ"):  # Kazakhstan, then Uzbekistan too, then Kazakhstan off
        log.clear()
        click_facet(qtbot, window, "country", country)
        settle(qtbot, window)
        assert ("submit", "facets") in log and ("submit", "chart") in log
        counts_start = min(log.index(("submit", "facets")), log.index(("submit", "chart")))
        painted = [i for i, entry in enumerate(log)
                   if entry[0] == "paint" and entry[1] == window.filter]
        assert painted, f"the table was not painted with the {country} rows"
        assert painted[0] < counts_start, f"{country}: the counts started before the rows were painted: {log}"
        # and the window never looks idle in between (a wait for "done" would read old counts)
        assert ("busy", False) not in log[:counts_start], f"{country}: idle before the counts: {log}"
    window.table.viewport().removeEventFilter(watcher)

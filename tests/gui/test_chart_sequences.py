"""The chart as a user drives it: every choice of every box draws, the controls stay put, an
empty chart says so, and the notes speak the filter panel's words."""

from __future__ import annotations

import itertools
import sqlite3

import pytest
from PySide6.QtWidgets import QWidget

from bri_desktop.core.charts import DIMENSION_LABELS, MEASURES
from tests.gui.conftest import settle


def show_chart(qtbot, window):
    window.views.setCurrentWidget(window.chart)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.chart.chart is not None, timeout=10000)
    settle(qtbot, window)
    return window.chart.chart


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def plotted_ticks(panel) -> list[str]:
    return [label for _pos, label in panel.plot_widget.getPlotItem().getAxis("left")._tickLevels[0]]


def test_every_measure_dimension_and_breakdown_draws(qtbot, window):
    show_chart(qtbot, window)
    panel = window.chart
    boxes = (panel.measure, panel.dimension, panel.breakdown)
    choices = [[box.itemData(i) for i in range(box.count())] for box in boxes]
    for measure, dimension, breakdown in itertools.product(*choices):
        window.statusBar().clearMessage()
        for box, value in zip(boxes, (measure, dimension, breakdown), strict=True):
            choose(box, value)
        chart = show_chart(qtbot, window)
        where = (measure, dimension, breakdown)
        assert window.statusBar().currentMessage() == "", where
        assert (chart.measure, chart.dimension, chart.breakdown) == where
        assert panel.title.text() == f"{MEASURES[measure]} by {DIMENSION_LABELS[dimension]}", where
        assert chart.bars, where
        assert len(plotted_ticks(panel)) == len(chart.bars), where
        if dimension == "year":
            years = [b.key for b in chart.bars if b.key is not None]
            assert all(isinstance(y, int) for y in years), where
            assert years == list(range(min(years), max(years) + 1)), where  # in order, no gaps


def test_clicking_a_year_bar_filters_to_that_year(qtbot, window):
    show_chart(qtbot, window)
    choose(window.chart.measure, "agreements")
    choose(window.chart.dimension, "year")
    chart = show_chart(qtbot, window)
    bar = next(b for b in chart.bars if b.key is not None and b.total > 0)
    window.chart.bar_clicked.emit("year", bar.key)
    settle(qtbot, window)
    assert window.filter.years == {bar.key}
    assert window.model.matched == bar.total  # the bar's agreements, now in the table


def test_chart_controls_keep_their_place_when_the_notes_change(qtbot, window):
    show_chart(qtbot, window)
    panel = window.chart
    controls: list[QWidget] = [panel.measure, panel.dimension, panel.breakdown, panel.export_button]

    def places():
        return [c.mapTo(window, c.rect().topLeft()) for c in controls] + [panel.plot_widget.geometry()]

    before, notes_before = places(), panel.notes.text()
    for flt in (window.filter.with_values("country", {"TM"}),
                window.filter.with_values("doc_type", {"memorandum_of_understanding"}),
                window.filter.with_search("Shymkent")):
        window.set_filter(flt)
        show_chart(qtbot, window)
        assert panel.notes.text() != notes_before
        assert places() == before


def test_an_empty_chart_shows_no_stale_axis(qtbot, window):
    show_chart(qtbot, window)
    window.search.edit.setText("Huawei")
    window.search.apply()
    chart = show_chart(qtbot, window)
    assert chart.bars == []
    assert plotted_ticks(window.chart) == []
    assert not window.chart.plot_widget.getPlotItem().getAxis("bottom").style["showValues"]
    assert "No records match" in window.chart.notes.text()


def test_a_filter_a_kind_lacks_is_named_as_the_filter_panel_names_it(qtbot, window):
    show_chart(qtbot, window)
    window.set_filter(window.filter.with_values("doc_type", {"memorandum_of_understanding"}))
    show_chart(qtbot, window)
    notes = window.chart.notes.text()
    assert "Document type applies to agreements only" in notes
    assert "doc_type" not in notes


def test_a_failed_chart_says_what_to_do_and_logs_the_detail(qtbot, window, monkeypatch, caplog):
    show_chart(qtbot, window)

    def broken(*_args, **_kwargs):
        raise sqlite3.OperationalError("no such column: t.secret_detail")

    monkeypatch.setattr("bri_desktop.db.aggregates.aggregate", broken)
    choose(window.chart.dimension, "country")
    settle(qtbot, window)
    message = window.statusBar().currentMessage()
    assert message and "secret_detail" not in message and "no such column" not in message
    assert "dataset" in message.lower()
    assert "not available" in window.chart.title.text()
    assert window.chart.chart.bars == []
    assert "secret_detail" in caplog.text  # the detail goes to the log


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_chart_settings_and_map_mode_are_remembered(qtbot, make_window, theme):
    first = make_window()
    choose(first.chart.measure, "projects")
    choose(first.chart.dimension, "year")
    choose(first.chart.breakdown, "status")
    choose(first.corridors.mode, "schematic")
    first.close()
    second = make_window()
    assert second.chart.current() == ("projects", "year", "status")
    assert second.corridors.current_mode() == "schematic"

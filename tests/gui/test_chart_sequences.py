"""The chart as a user drives it: every choice of every box draws, the controls stay put, an
empty chart says so, and the notes speak the filter panel's words."""

from __future__ import annotations

import itertools
import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from bri_desktop.core.charts import DIMENSIONS, MEASURES
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
        assert panel.title.full_text() == f"{MEASURES[measure]} by {DIMENSIONS[dimension].lower()}", where
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
    assert "not available" in window.chart.title.full_text()
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


def _colour_at(image, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def _close(a, b, tolerance=24) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


@pytest.mark.skipif(not shutil.which("rsvg-convert"), reason="needs librsvg2-bin (make test installs it)")
def test_svg_drawn_by_librsvg_matches_the_png(qtbot, window, tmp_path):
    """Export "investment by sector, stacked by country" as PNG and SVG; librsvg's drawing of the
    SVG shows every bar part where the PNG has it, and the two pictures agree."""
    import subprocess

    from PySide6.QtGui import QColor, QImage

    from bri_desktop.ui import chart_render

    show_chart(qtbot, window)
    choose(window.chart.breakdown, "country")
    chart = show_chart(qtbot, window)
    assert chart.breakdown == "country" and chart.bars
    png = QImage(str(window.export_view("chart", "png", tmp_path / "chart.png")))
    svg = window.export_view("chart", "svg", tmp_path / "chart.svg")
    drawn = tmp_path / "rsvg.png"
    subprocess.run(["rsvg-convert", "--zoom", "2", "-o", str(drawn), str(svg)], check=True, timeout=60)
    rsvg = QImage(str(drawn))
    assert abs(rsvg.width() - png.width()) <= 2 and abs(rsvg.height() - png.height()) <= 2  # mm rounding
    # every part of every bar, sampled at its middle, has its colour in both pictures
    top = chart_render.MARGIN + 28
    biggest = max(b.total for b in chart.bars)
    from bri_desktop.core.charts import nice_ticks

    scale = (chart_render.WIDTH - 2 * chart_render.MARGIN - 150 - chart_render.LABEL_WIDTH) / nice_ticks(biggest)[-1]
    for i, bar in enumerate(chart.bars):
        x = chart_render.MARGIN + chart_render.LABEL_WIDTH
        y = top + i * chart_render.ROW + chart_render.ROW / 2
        for _key, _label, value, colour in bar.parts:
            width = value * scale
            if width >= 3:
                want = QColor(colour)
                want = (want.red(), want.green(), want.blue())
                at = (int((x + width / 2) * 2), int(y * 2))
                assert _close(_colour_at(png, *at), want), (bar.label, _label)
                assert _close(_colour_at(rsvg, *at), want), (bar.label, _label)
            x += width
    # and overall the two agree: compared at a quarter of the size, where the two renderers'
    # anti-aliasing of text evens out but a label or bar out of place still shows
    height, width = min(png.height(), rsvg.height()) // 4, min(png.width(), rsvg.width()) // 4
    mode = Qt.TransformationMode.SmoothTransformation
    small_png = png.copy(0, 0, width * 4, height * 4).scaled(width, height, mode=mode)
    small_rsvg = rsvg.copy(0, 0, width * 4, height * 4).scaled(width, height, mode=mode)
    differing = sum(1 for yy in range(height) for xx in range(width)
                    if not _close(_colour_at(small_png, xx, yy), _colour_at(small_rsvg, xx, yy), 48))
    assert differing / (width * height) < 0.01, differing / (width * height)


def test_legend_and_tooltip_show_data_as_plain_text(qtbot, window):
    from bri_desktop.core.charts import Bar, ChartData
    from bri_desktop.ui.widgets.chart_panel import tooltip_html

    show_chart(qtbot, window)
    evil = "<img src='x'><b>KZ</b>"
    bar = Bar("Energy", evil, 5.0, 1, 0, [("KZ", evil, 5.0, "#0072B2")], "5")
    chart = ChartData("agreements", "sector", "country", [bar], [], [])
    window.chart.show_chart(chart)
    settle(qtbot, window)
    legend = window.chart.legend.text()
    assert "<img" not in legend and "&lt;img" in legend
    tip = tooltip_html(chart, 0, [{"title": evil, "value": 1e9, "qualifier": None}])
    assert "<img" not in tip and tip.count("&lt;img") == 2  # the bar and its largest record

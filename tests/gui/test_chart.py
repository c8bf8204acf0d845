"""The chart follows the filters, sums without double counting, and exports valid images."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from bri_desktop.cli import main
from bri_desktop.ui.chart_render import chart_size
from tests.gui.conftest import settle


def wait_chart(qtbot, window):
    window.views.setCurrentWidget(window.chart)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.chart.chart is not None, timeout=10000)
    settle(qtbot, window)
    return window.chart.chart


def exported(capsys, kind: str, *args: str) -> list[dict]:
    assert main(["export", kind, "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def expected_investment_by(capsys, dimension: str, *args: str) -> dict:
    """Sums computed independently, from the CLI export: each project once; an agreement's value
    only when its project discloses none; packages never."""
    projects = exported(capsys, "projects", *args)
    agreements = exported(capsys, "agreements", *args)
    invested = {p["id"]: p["investment_usd"] for p in projects}
    sums: dict = {}
    for p in projects:
        if p["investment_usd"] is not None:
            key = p.get(f"{dimension}_code", p.get(dimension))
            sums[key] = sums.get(key, 0) + p["investment_usd"]
    for a in agreements:
        if a["value_usd"] is not None and invested.get(a["project_id"]) is None:
            key = a.get(f"{dimension}_code", a.get(dimension))
            sums[key] = sums.get(key, 0) + a["value_usd"]
    return sums


def test_investment_by_sector_matches_the_export(qtbot, window, capsys):
    chart = wait_chart(qtbot, window)
    assert chart.measure == "investment" and chart.dimension == "sector"
    bars = {b.key: b.total for b in chart.bars}
    assert bars == pytest.approx(expected_investment_by(capsys, "sector"))
    packages_total = sum(p["total_usd"] for p in exported(capsys, "packages"))
    assert sum(bars.values()) < packages_total  # package totals are not in the bars
    assert any("not allocated by sector" in line for line in window.chart.notes.text().splitlines())
    projects = exported(capsys, "projects")
    undisclosed = sum(1 for p in projects if p["investment_usd"] is None)
    assert f"{undisclosed} of {len(projects)} projects disclose no value." in chart.notes


def test_chart_follows_filters_kazakhstan(qtbot, window, capsys):
    wait_chart(qtbot, window)
    window.set_filter(window.filter.with_values("country", {"KZ"}))
    chart = wait_chart(qtbot, window)
    bars = {b.key: b.total for b in chart.bars}
    assert bars == pytest.approx(expected_investment_by(capsys, "sector", "--country", "KZ"))


def plotted_labels(panel) -> list[str]:
    ticks = panel.plot_widget.getPlotItem().getAxis("left")._tickLevels[0]
    return [label.rstrip("…") for _pos, label in ticks]


def test_chart_filtered_while_hidden_shows_the_filter_when_opened(qtbot, window):
    wait_chart(qtbot, window)
    everything = plotted_labels(window.chart)
    window.views.setCurrentWidget(window.corridors)
    window.set_filter(window.filter.with_values("country", {"UZ"}))
    settle(qtbot, window)
    assert not window.chart.isVisible()
    assert plotted_labels(window.chart) == everything  # nothing drawn while hidden
    window.views.setCurrentWidget(window.chart)
    uzbekistan = plotted_labels(window.chart)
    assert uzbekistan != everything
    assert all(b.label.startswith(t) for b, t in zip(window.chart.chart.bars, uzbekistan, strict=True))


def test_counts_by_country(qtbot, window, capsys):
    wait_chart(qtbot, window)
    window.chart.measure.setCurrentIndex(window.chart.measure.findData("agreements"))
    window.chart.dimension.setCurrentIndex(window.chart.dimension.findData("country"))
    chart = wait_chart(qtbot, window)
    assert chart.measure == "agreements" and chart.dimension == "country"
    counts: dict = {}
    for a in exported(capsys, "agreements"):
        counts[a["country_code"]] = counts.get(a["country_code"], 0) + 1
    assert {b.key: b.total for b in chart.bars} == counts


def test_no_double_counting_of_a_project_and_its_agreement(qtbot, window_with):
    window = window_with(
        '[[agreements]]\nid = "test-deal"\ntitle = "Deal on the Atyrau plant"\n'
        'doc_type = "agreement"\ncountry = "KZ"\nsector = "Chemicals"\n'
        'parties = [{ org = "sinopec", role = "party" }]\nstatus = "signed"\n'
        'summary = "A test deal."\nvalue_usd = 7.4e9\nproject = "atyrau-polyethylene"\n'
        'citations = [{ source = "akorda-business-council", quote = "Akorda.kz" }]\n')
    chart = wait_chart(qtbot, window)
    chemicals = next(b for b in chart.bars if b.key == "Chemicals")
    assert chemicals.total == pytest.approx(7.4e9 + 2.6e9 + 260e6)  # the deal's $7.4 bn once


def test_click_bar_filters_and_click_again_undoes(qtbot, window):
    chart = wait_chart(qtbot, window)
    key = chart.bars[0].key
    window.chart.bar_clicked.emit("sector", key)
    settle(qtbot, window)
    assert window.filter.sectors == {key}
    assert any(c.text().startswith(f"Sector: {key}") for c in window.chips.chips)
    assert window.facets.facet_list("sector").model.index(0).data() is not None
    window.chart.bar_clicked.emit("sector", key)
    settle(qtbot, window)
    assert window.filter.sectors == frozenset()


def test_png_and_svg_exports(qtbot, window, tmp_path):
    wait_chart(qtbot, window)
    window.resize(1400, 900)
    settle(qtbot, window)
    left = window.chart.plot_widget.getPlotItem().getAxis("left")
    longest = max(window.chart.fontMetrics().horizontalAdvance(b.label) for b in window.chart.chart.bars)
    assert left.geometry().width() >= longest  # category labels fit beside the bars
    png = window.export_view("chart", "png", tmp_path / "chart.png")
    image = QImage(str(png))
    assert not image.isNull()
    svg = window.export_view("chart", "svg", tmp_path / "chart.svg")
    text = svg.read_text(encoding="utf-8")
    size = chart_size(window.chart.chart, text.split("<desc>")[1].split("</desc>")[0])
    assert (image.width(), image.height()) == (size.width() * 2, size.height() * 2)
    assert QSvgRenderer(str(svg)).isValid()
    ElementTree.fromstring(text)  # well-formed XML
    assert "Source: BRI Desktop dataset" in text and window.dataset.version in text


def test_export_to_missing_folder_says_so(qtbot, window, tmp_path, monkeypatch):
    wait_chart(qtbot, window)
    shown = []
    monkeypatch.setattr("bri_desktop.ui.image_export.QMessageBox.warning",
                        lambda *args: shown.append(args[2]))
    assert window.export_view("chart", "svg", tmp_path / "missing" / "chart.svg") is None
    assert shown and "Nothing was written" in shown[0]


def test_chart_choices_are_shown_in_full(qtbot, window):
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    wait_chart(qtbot, window)
    window.resize(1400, 900)
    settle(qtbot, window)
    for combo in (window.chart.measure, window.chart.dimension, window.chart.breakdown):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, combo)
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                      for i in range(combo.count()))
        assert room.width() >= longest, combo.accessibleName()


def test_each_bar_has_its_label_however_the_chart_changes(qtbot, window):
    """The labels at the bars' ends are reused between drawings: never one too many or stale."""
    from PySide6.QtGui import QPalette

    from bri_desktop.core.filters import Filter
    from bri_desktop.ui.theme import theme_of

    def labels():
        plot = window.chart.plot_widget.getPlotItem()
        found = [i for i in plot.items if type(i).__name__ == "TextItem"]
        return sorted((round(i.pos().y()), i.textItem.toPlainText()) for i in found), found

    window.views.setCurrentWidget(window.chart)
    try:
        for flt, measure in ((Filter(), "investment"), (Filter(countries=frozenset({"KG"})), "investment"),
                             (Filter(), "agreements"), (Filter(search="nothingmatchesthis"), "agreements"),
                             (Filter(countries=frozenset({"UZ"})), "projects")):
            window.chart.measure.setCurrentIndex(window.chart.measure.findData(measure))
            window.set_filter(flt)
            chart = wait_chart(qtbot, window)
            settle(qtbot, window)
            shown, _items = labels()
            if chart.bars:
                assert shown == [(i, b.text) for i, b in enumerate(chart.bars)]
            else:
                assert [text for _y, text in shown] == ["No records match the filters with this measure."]
            theme_of().apply("dark" if measure == "agreements" else "light")
            settle(qtbot, window)
            colour = window.chart.palette().color(QPalette.ColorRole.WindowText)
            assert all(item.color == colour for item in labels()[1])
    finally:
        theme_of().apply("light")

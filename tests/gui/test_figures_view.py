"""Figures compared: the curated measures cover the conflicting figures the dataset holds; from
an indicator's details, "N other figures for this measure" opens the Figures view with every
figure of the measure side by side (table, dot chart, over time); a dot opens its record."""

from __future__ import annotations

import itertools
import re
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication

from bri_desktop import paths
from bri_desktop.data.build import BuildError, build_database
from bri_desktop.data.records import load_records
from bri_desktop.data.validate import validate
from bri_desktop.ui.models.figures_model import Column, FiguresModel, RecordRole
from tests.gui.conftest import settle
from tests.gui.test_record_sequences import click_record

# The conflicts the articles hold, as the issue names them: each set is one measure.
CONFLICTS = {
    "Chinese companies in Kazakhstan: 'over 6,000' and 'nearly 5,000'":
        {"cn-companies-in-kz-akorda", "cn-capital-enterprises-in-kz", "kz-companies-chinese-participation-2024"},
    "China–Europe land freight through Kazakhstan: 85% and more than 80%":
        {"kz-share-china-europe-freight", "kz-share-china-europe-continental-traffic",
         "kz-share-china-europe-land-cargo"},
    "Trans-Caspian cargo: 4.5 Mt in 2024, 3.4 Mt in nine months, 10 Mt targets":
        {"trans-caspian-cargo-2024", "middle-corridor-cargo-9m-2024", "trans-caspian-cargo-target",
         "middle-corridor-cargo-2030-projection"},
}
# Indicators in one unit whose names look alike but that measure different things.
DISTINCT = {
    frozenset({"cn-exports-central-asia-2023h1", "cn-imports-central-asia-2023h1"}): "exports vs imports",
    frozenset({"business-council-8-participants", "business-council-8-chinese-corporations"}):
        "all participants vs Chinese corporations",
    frozenset({"kz-national-pool-foreign-projects-2024-07", "cn-national-pool-projects-count-2024-07"}):
        "all foreign projects vs China's",
    frozenset({"kz-national-pool-foreign-projects-2024-07", "ru-national-pool-projects-count-2024-07"}):
        "all foreign projects vs Russia's",
    frozenset({"cn-national-pool-projects-count-2024-07", "ru-national-pool-projects-count-2024-07"}):
        "China's projects vs Russia's",
    frozenset({"cn-national-pool-projects-value-2024-07", "ru-national-pool-projects-value-2024-07"}):
        "China's projects vs Russia's",
    frozenset({"tez-customs-declarations-china-central-asia", "tez-customs-declarations-titr"}):
        "two different routes",
}
COMPANIES = "cn-companies-in-kz"
CARGO = "trans-caspian-cargo"


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in {"the", "and", "with", "from", "for"}}


def test_the_measures_cover_the_conflicts_the_dataset_holds():
    conn = sqlite3.connect(paths.bundled_db())
    measure = dict(conn.execute("SELECT id, measure FROM indicators").fetchall())
    for name, ids in CONFLICTS.items():
        assert len({measure[i] for i in ids}) == 1 and measure[next(iter(ids))], name
    groups = conn.execute("SELECT measure, count(*), count(DISTINCT unit) FROM indicators "
                          "WHERE measure IS NOT NULL GROUP BY measure").fetchall()
    assert groups and all(n >= 2 and units == 1 for _m, n, units in groups)
    # any two look-alike figures in one unit are either one measure or known to differ
    rows = conn.execute("SELECT id, name, unit, measure FROM indicators").fetchall()
    for a, b in itertools.combinations(rows, 2):
        wa, wb = _words(a[1]), _words(b[1])
        if a[2] == b[2] and len(wa & wb) / len(wa | wb) >= 0.3 and not (a[3] and a[3] == b[3]):
            assert frozenset({a[0], b[0]}) in DISTINCT, f"{a[0]} and {b[0]}: one measure, or different?"


@pytest.mark.parametrize(("change", "message"), [
    ('unit = "Mt"\n', "mixes units"),
    (None, "has no other figure"),
])
def test_a_measure_mixing_units_or_of_one_figure_fails_the_build(data_copy, change, message):
    path = data_copy / "records" / "a004_review.toml"
    text = path.read_text(encoding="utf-8")
    if change:  # 'nearly 5,000' companies given in million tonnes
        head, tail = text.split('id = "kz-companies-chinese-participation-2024"\n')
        text = head + 'id = "kz-companies-chinese-participation-2024"\n' + tail.replace('unit = "count"\n', change, 1)
    else:  # the growth measure left with one of its two figures
        text = text.replace('measure = "trans-caspian-cargo-growth"\n', "")
    path.write_text(text, encoding="utf-8")
    errors = validate(load_records(data_copy / "records"), data_copy)
    assert any(message in e.message for e in errors), errors
    with pytest.raises(BuildError):
        build_database(data_copy, data_copy / "bri.sqlite")


def _show_indicators(qtbot, window) -> None:
    window.set_kind("indicators")
    settle(qtbot, window)


def _follow_figures_link(qtbot, window) -> None:
    browser = window.details.browser
    html = browser.toHtml()
    href = re.search(r'href="(bri:figures/[^"]+)"', html)
    assert href, "no link to the figures of this measure"
    window.on_details_link(QUrl(href.group(1)))
    qtbot.waitUntil(lambda: window.views.currentWidget() is window.figures
                    and window.figures.model.rowCount() > 0, timeout=10000)
    settle(qtbot, window)


def test_from_an_indicator_to_its_figures_side_by_side_and_a_dot_to_its_record(qtbot, window):
    _show_indicators(qtbot, window)
    click_record(qtbot, window, "cn-companies-in-kz-akorda")
    text = window.details.browser.toPlainText()
    assert "2 other figures for this measure" in text and "nearly 5,000" in text
    _follow_figures_link(qtbot, window)
    panel = window.figures
    assert panel.accessibleName() == "Figures" and panel.current_measure == COMPANIES
    model = panel.proxy
    shown = {model.index(r, 0).data(RecordRole): model.index(r, Column.FIGURE).data() for r in range(model.rowCount())}
    assert shown == {"cn-companies-in-kz-akorda": "over 6,000", "cn-capital-enterprises-in-kz": "over 6,000",
                     "kz-companies-chinese-participation-2024": "nearly 5,000"}
    for r in range(model.rowCount()):  # each figure with its source and its quote
        assert model.index(r, Column.SOURCES).data() and "“" in model.index(r, Column.QUOTE).data()
    # the open indicator is the one selected; three dots, the ceiling left of the floors
    selected = panel.table.selectionModel().selectedRows()
    assert [i.data(RecordRole) for i in selected] == ["cn-companies-in-kz-akorda"]
    chart = panel.chart
    qtbot.waitUntil(lambda: len(chart.dots) == 3, timeout=5000)
    dots = chart.dots
    assert dots["kz-companies-chinese-participation-2024"].center().x() < dots["cn-companies-in-kz-akorda"].center().x()
    assert dots["cn-capital-enterprises-in-kz"].center().x() == dots["cn-companies-in-kz-akorda"].center().x()
    assert not chart.shows_time() and not chart.spans  # no figure of it states a period
    # a click on another figure's dot opens its record in the details
    spot = dots["kz-companies-chinese-participation-2024"].center()
    panel.chart.parentWidget().parentWidget().ensureVisible(int(spot.x()), int(spot.y()))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(int(spot.x()), int(spot.y())))
    settle(qtbot, window)
    assert window.open_ref == ("indicators", "kz-companies-chinese-participation-2024")
    assert "2 other figures for this measure" in window.details.browser.toPlainText()
    # and a row activated in the table opens that figure too
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(RecordRole) == "cn-capital-enterprises-in-kz")
    panel.table.activated.emit(model.index(row, 0))
    settle(qtbot, window)
    assert window.open_ref == ("indicators", "cn-capital-enterprises-in-kz")


def test_periods_are_drawn_as_spans_over_time(qtbot, window):
    _show_indicators(qtbot, window)
    click_record(qtbot, window, "trans-caspian-cargo-2024")
    _follow_figures_link(qtbot, window)
    chart = window.figures.chart
    assert chart.shows_time()
    qtbot.waitUntil(lambda: len(chart.spans) == 3, timeout=5000)  # the target states no period
    year, nine_months, year_2030 = (chart.spans[i] for i in (
        "trans-caspian-cargo-2024", "middle-corridor-cargo-9m-2024", "middle-corridor-cargo-2030-projection"))
    assert year.width() == pytest.approx(year_2030.width(), abs=1)  # a year is a year's width
    assert nine_months.width() == pytest.approx(year.width() * 9 / 12, rel=0.05)
    assert year.left() == pytest.approx(nine_months.left(), abs=1)  # both begin in January 2024
    assert year.center().y() < nine_months.center().y()  # 4.5 Mt above 3.4 Mt
    assert "1 state no period" in window.figures.summary.text()


def test_every_measure_in_the_combo_shows_all_its_figures(qtbot, window):
    panel = window.figures
    window.views.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.measure.count() > 0, timeout=10000)
    conn = sqlite3.connect(paths.bundled_db())
    for i in range(panel.measure.count()):
        code = panel.measure.itemData(i)
        panel.measure.setCurrentIndex(i)
        qtbot.waitUntil(lambda c=code: panel.current_measure == c, timeout=10000)
        settle(qtbot, window)
        expected = {r[0] for r in conn.execute("SELECT id FROM indicators WHERE measure = ?", (code,))}
        assert {panel.model.figures[r]["id"] for r in range(panel.model.rowCount())} == expected
        panel.chart.repaint()
        assert set(panel.chart.dots) == expected


def test_copy_gives_the_figures_with_their_sources_and_quotes(qtbot, window):
    window.on_details_link(QUrl(f"bri:figures/{CARGO}"))
    qtbot.waitUntil(lambda: window.figures.current_measure == CARGO, timeout=10000)
    window.figures.table.setFocus()
    window.figures.table.selectAll()
    window.acts["copy"].trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].startswith("Figure\tPeriod") and len(lines) == 5
    assert any(line.startswith("4.5 Mt\t2024\t") and "“" in line for line in lines)


def test_an_unknown_measure_in_a_link_says_so(qtbot, window):
    settle(qtbot, window)
    window.on_details_link(QUrl("bri:figures/no-such-measure"))
    assert "no measure 'no-such-measure'" in window.statusBar().currentMessage()


def test_figures_model(qtmodeltester):
    model = FiguresModel()
    conn = sqlite3.connect(paths.bundled_db())
    conn.row_factory = sqlite3.Row
    from bri_desktop.db.figures import measure_figures

    model.set_figures(measure_figures(conn, CARGO), {"actual": "Actual"})
    qtmodeltester.check(model)


def _measures_listed(panel) -> dict[str, str]:
    return {panel.measure.itemData(i): panel.measure.itemText(i) for i in range(panel.measure.count())}


def test_the_figures_follow_the_filters_and_never_drop_a_conflicting_figure(qtbot, window):
    from bri_desktop.core.filters import Filter

    panel = window.figures
    window.views.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.measure.count() == 4, timeout=10000)
    assert panel.current_measure == COMPANIES
    window.set_filter(Filter(search="nine months"))  # only the nine-month figures match
    qtbot.waitUntil(lambda: panel.filtered and panel.measure.count() == 3, timeout=10000)
    settle(qtbot, window)
    listed = _measures_listed(panel)  # those with a figure kept, and the one in view (it stays)
    assert set(listed) == {COMPANIES, CARGO, "trans-caspian-cargo-growth"}
    assert listed[CARGO].endswith("(1 of 4 figures match the filters)")
    assert listed[COMPANIES].endswith("(0 of 3 figures match the filters)")
    panel.measure.setCurrentIndex(panel.measure.findData(CARGO))
    qtbot.waitUntil(lambda: panel.current_measure == CARGO and panel.model.rowCount() == 4, timeout=10000)
    settle(qtbot, window)
    greyed = {panel.model.figures[r]["id"] for r in range(4)
              if panel.model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole) is not None}
    assert greyed == {"trans-caspian-cargo-2024", "trans-caspian-cargo-target", "middle-corridor-cargo-2030-projection"}
    assert "The filters hide 3 of them" in panel.summary.text()
    # a filter figures cannot be told apart by keeps them all, and says so
    window.set_filter(Filter(sectors=frozenset({"Energy"})))
    qtbot.waitUntil(lambda: panel.lacking == ["sector"] and panel.measure.count() == 4, timeout=10000)
    settle(qtbot, window)
    assert "Figures have no sector" in panel.summary.text()
    # nothing kept: the measure in view stays, every figure greyed
    window.set_filter(Filter(search="zebrafinchless"))
    qtbot.waitUntil(lambda: panel.measure.count() == 1, timeout=10000)  # the one in view stays
    assert _measures_listed(panel)[CARGO].endswith("(0 of 4 figures match the filters)")
    qtbot.waitUntil(lambda: "The filters hide 4 of them" in panel.summary.text(), timeout=10000)
    assert panel.model.rowCount() == 4  # all still side by side
    # a link still opens a measure the filters leave out
    window.on_details_link(QUrl(f"bri:figures/{COMPANIES}"))
    qtbot.waitUntil(lambda: panel.current_measure == COMPANIES and panel.model.rowCount() == 3, timeout=10000)
    assert window.views.currentWidget() is panel


def test_figures_export_as_png_and_svg_and_pin(qtbot, window, tmp_path):
    import xml.etree.ElementTree as ET

    from PySide6.QtGui import QImage

    from tests.gui.test_workspace_window import workspace_ready

    workspace_ready(qtbot, window)
    window.on_details_link(QUrl(f"bri:figures/{CARGO}"))
    qtbot.waitUntil(lambda: window.figures.current_measure == CARGO, timeout=10000)
    settle(qtbot, window)
    png = window.export_view("figures", "png", tmp_path / "figures.png")
    assert png is not None and not QImage(str(png)).isNull()
    svg = window.export_view("figures", "svg", tmp_path / "figures.svg")
    root = ET.parse(svg).getroot()
    desc = root.find("{http://www.w3.org/2000/svg}desc").text
    assert desc.startswith("Cargo on the Trans-Caspian route") and "4.5 Mt (2024;" in desc and "Dataset" in desc
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "4.5 Mt" in texts and "3.4 Mt" in texts
    qtbot.mouseClick(window.figures.pin_button, Qt.MouseButton.LeftButton)
    pin = window.workspace.pins()[0]
    assert pin.what == "figures" and pin.settings["measure"] == CARGO
    window.figures.measure.setCurrentIndex(window.figures.measure.findData(COMPANIES))
    window.views.setCurrentWidget(window.chart)
    qtbot.waitUntil(lambda: window.figures.current_measure == COMPANIES, timeout=10000)
    window.open_pin(pin.id)
    qtbot.waitUntil(lambda: window.figures.current_measure == CARGO, timeout=10000)
    assert window.views.currentWidget() is window.figures


def test_with_no_figure_kept_and_none_in_view_the_figures_view_says_so(qtbot):
    from bri_desktop.ui.widgets.figures_panel import FiguresPanel

    panel = FiguresPanel()
    qtbot.addWidget(panel)
    measure = {"code": CARGO, "label": "Cargo", "unit": "Mt", "count": 4, "kept": 0}
    panel.set_measures([measure], True, [])
    assert panel.measure.count() == 0 and panel.summary.text() == "No measure has a figure the filters keep."
    panel.set_measures([measure], False, [])
    assert panel.measure.itemText(0) == "Cargo (4 figures)"

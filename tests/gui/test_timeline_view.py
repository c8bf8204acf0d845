"""The Timeline tab, as a user meets it through the window: every dated record on one time axis,
dates drawn at their precision (a year spans its year, a month its month, a day is a point),
inferred dates hatched and explained, the filters followed, a click to the details and Back,
zoom and pan, PNG and SVG, a pin; and a large dataset counted in bins until zoomed in."""

from __future__ import annotations

import itertools
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette

from bri_desktop import paths
from bri_desktop.core.filters import Filter
from bri_desktop.core.timeline import stretch_text
from bri_desktop.db import timeline as timeline_db
from bri_desktop.ui.widgets.timeline_paint import DIAMOND, GUTTER, Hit
from bri_desktop.ui.widgets.timeline_view import tooltip_text
from tests.gui.conftest import settle
from tests.gui.test_workspace_window import workspace_ready

YEAR = ("events", "year-of-tourism-2024")  # "2024"
MONTH = ("events", "xi-visit-kz-2024")  # "Jul 2024"
DAY = ("events", "club-friends-kz-2024")  # "20 Dec 2024"
INFERRED = ("events", "bri-forum-3")  # Oct 2023, the year inferred
STATED = ("events", "xian-summit-2023")  # May 2023, as the article gives it


def _db() -> sqlite3.Connection:
    return sqlite3.connect(paths.bundled_db())


def dated(flt_country: str | None = None) -> set[tuple[str, str]]:
    """The records with a date, straight from the file (optionally of one country)."""
    conn = _db()
    where = " AND country = ?" if flt_country else ""
    args = [flt_country] if flt_country else []
    keys = set()
    for kind in ("events", "agreements", "packages"):
        keys |= {(kind, r[0]) for r in conn.execute(
            f"SELECT id FROM {kind} WHERE date_start IS NOT NULL{where}", args)}
    keys |= {("projects", r[0]) for r in conn.execute(
        f"SELECT id FROM projects WHERE coalesce(start_year, end_year, year) IS NOT NULL{where}", args)}
    sql = "SELECT id FROM indicators i WHERE coalesce(period_start, period_end) IS NOT NULL"
    if flt_country:
        sql += " AND EXISTS (SELECT 1 FROM indicator_countries c WHERE c.indicator_id = i.id AND c.country = ?)"
    keys |= {("indicators", r[0]) for r in conn.execute(sql, args)}
    return keys


def open_timeline(qtbot, window):
    window.views.setCurrentWidget(window.timeline)
    window.center_splitter.setSizes([200, 700])
    qtbot.waitUntil(lambda: window.timeline.view.overview is not None, timeout=10000)
    settle(qtbot, window)
    view = window.timeline.view
    view.repaint()
    return view


def shown(view) -> set[tuple[str, str]]:
    return {i.key for i in view.items}


def test_every_dated_record_is_on_the_timeline_and_the_filters_are_followed(qtbot, window):
    view = open_timeline(qtbot, window)
    assert window.timeline.accessibleName() == "Timeline"
    assert window.views.tabText(window.views.indexOf(window.timeline)) == "Timeline"
    assert shown(view) == dated() and len(view.items) > 50
    assert [k for k, _label in view.overview.lanes] == ["events", "agreements", "packages", "projects",
                                                       "indicators"]
    summary = window.timeline.summary.text()
    assert f"{len(view.items)} records placed in time" in summary and "no date, not placed" in summary
    # a country chosen: the timeline shows that country's records only
    window.set_filter(Filter(countries=frozenset({"KZ"})))
    qtbot.waitUntil(lambda: shown(view) == dated("KZ"), timeout=10000)
    # a sector chosen: kinds without a sector are left out, and the summary says so
    window.set_filter(Filter(sectors=frozenset({"Energy"})))
    qtbot.waitUntil(lambda: "not shown" in window.timeline.summary.text(), timeout=10000)
    assert {k for k, _ in shown(view)} <= {"agreements", "projects"} and shown(view)
    assert set(view.overview.left_out) == {"events", "packages", "indicators"}
    assert "not shown: events, packages, indicators (no sector to filter by)" in window.timeline.summary.text()


def test_dates_are_drawn_at_their_precision(qtbot, window):
    view = open_timeline(qtbot, window)
    view.set_range(2023.5, 2025.5)
    view.repaint()
    rects = view.item_rects
    year_px = view.x_of(2025.0, view.width()) - view.x_of(2024.0, view.width())
    assert rects[YEAR].width() == pytest.approx(year_px, abs=1.5)  # a year-only date spans the year
    assert rects[YEAR].left() == pytest.approx(view.x_of(2024.0, view.width()), abs=1)
    assert rects[MONTH].width() == pytest.approx(year_px * 31 / 366, abs=1.5)  # July: 31 days
    assert rects[MONTH].left() == pytest.approx(view.x_of(2024 + 182 / 366, view.width()), abs=1)
    day = rects[DAY]  # a point: a marker of its own size, centred on the day
    assert day.width() == day.height() == 2 * DIAMOND
    assert day.center().x() == pytest.approx(view.x_of(2024 + (354 + 0.5) / 366, view.width()), abs=1.5)
    # zoomed in, the day's marker keeps its size while the month grows
    view.set_range(2024.4, 2025.05)
    view.repaint()
    assert view.item_rects[DAY].width() == pytest.approx(day.width())
    assert view.item_rects[MONTH].width() > rects[MONTH].width() * 2
    # closer still, a day is several pixels: July is 31 of them, to the pixel
    view.set_range(2024.48, 2024.60)
    view.repaint()
    day_px = view.x_of(2024 + 1 / 366, view.width()) - view.x_of(2024.0, view.width())
    assert day_px > 4
    assert view.item_rects[MONTH].width() == pytest.approx(31 * day_px, abs=1)


def _share_of_background(view, rect) -> float:
    image = view.grab().toImage()
    base = view.palette().color(QPalette.ColorRole.Base)
    inner = rect.adjusted(3, 3, -3, -3).toRect()
    points = [(x, y) for x in range(inner.left(), inner.right()) for y in range(inner.top(), inner.bottom())]
    same = sum(1 for x, y in points if QColor(image.pixel(x, y)) == base)
    return same / max(len(points), 1)


def test_an_inferred_date_is_hatched_and_says_why(qtbot, window):
    view = open_timeline(qtbot, window)
    view.set_range(2023.2, 2024.0)
    view.repaint()
    items = {i.key: i for i in view.items}
    assert items[INFERRED].inferred and not items[STATED].inferred
    # hatched: the background shows through the inferred span; the stated one is solid
    assert _share_of_background(view, view.item_rects[INFERRED]) > 0.2
    assert _share_of_background(view, view.item_rects[STATED]) < 0.05
    tip = tooltip_text(Hit(view.item_rects[INFERRED], items[INFERRED]))
    assert "Date inferred" in tip and "2023 is inferred from its context" in tip
    assert "Date inferred" not in tooltip_text(Hit(view.item_rects[STATED], items[STATED]))
    # the curator's words "the curator's inference" count as inferred too
    assert {i.id for i in view.items if i.inferred} >= {"business-council-8", "kmg-sinopec-meeting-2025-06"}


def click_item(qtbot, view, key) -> None:
    rect = view.item_rects[key]
    point = QPoint(int(rect.center().x()), int(rect.center().y()))
    view.parentWidget().parentWidget().ensureVisible(point.x(), point.y())
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)


def test_a_click_opens_the_record_and_back_returns(qtbot, window):
    view = open_timeline(qtbot, window)
    assert window.kind == "agreements"
    view.set_range(2024.8, 2025.1)
    view.repaint()
    click_item(qtbot, view, DAY)
    settle(qtbot, window)
    assert window.open_ref == DAY and window.kind == "events"
    assert "Seventh meeting of the Club of Friends" in window.details.browser.toPlainText()
    assert view.selected == DAY
    window.go_back()
    settle(qtbot, window)
    assert window.kind == "agreements"
    # a record opened elsewhere is the one marked on the timeline
    window.open_record(*MONTH)
    settle(qtbot, window)
    assert view.selected == MONTH


def test_zoom_and_pan_with_the_keys_and_the_buttons(qtbot, window):
    view = open_timeline(qtbot, window)
    full = (view.start, view.end)
    assert full[0] <= 2013 and full[1] >= 2031  # from the initiative's start to the 2030 target
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.end - view.start == pytest.approx((full[1] - full[0]) * 0.8)
    span = view.end - view.start
    start = view.start
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.start == pytest.approx(start - span * 0.1)
    qtbot.mouseClick(window.timeline.zoom_in, Qt.MouseButton.LeftButton)
    assert view.end - view.start == pytest.approx(span * 0.8)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert (view.start, view.end) == pytest.approx(full)
    qtbot.mouseClick(window.timeline.zoom_out, Qt.MouseButton.LeftButton)
    assert view.end - view.start == pytest.approx((full[1] - full[0]) * 1.25)
    assert window.timeline.range_label.full_text()
    # Tab leaves the timeline (it is not a trap)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()


def test_export_as_png_and_svg_with_a_caption(qtbot, window, tmp_path):
    open_timeline(qtbot, window)
    png = window.export_view("timeline", "png", tmp_path / "timeline.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 1800  # 2x
    svg = window.export_view("timeline", "svg", tmp_path / "timeline.svg")
    root = ET.parse(svg).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    desc = root.find(f"{ns}desc").text
    assert "Timeline by kind" in desc and "hatched dates are inferred" in desc and "Dataset" in desc
    texts = " ".join(t.text or "" for t in root.iter(f"{ns}text"))
    assert "Agreements" in texts and "2024" in texts


def test_a_pinned_timeline_comes_back_with_its_lanes_stretch_and_filters(qtbot, window):
    workspace_ready(qtbot, window)
    window.set_filter(Filter(countries=frozenset({"KZ"})))
    view = open_timeline(qtbot, window)
    window.timeline.lanes.setCurrentIndex(window.timeline.lanes.findData("country"))
    qtbot.waitUntil(lambda: view.overview.lanes_by == "country", timeout=10000)
    view.set_range(2023.0, 2026.0)
    window.acts["pin_timeline"].trigger()
    pin = window.workspace.pins()[0]
    assert pin.what == "timeline" and "Timeline by country" in pin.title
    window.clear_filters()
    window.timeline.lanes.setCurrentIndex(window.timeline.lanes.findData("kind"))
    window.views.setCurrentWidget(window.chart)
    settle(qtbot, window)
    window.open_pin(pin.id)
    qtbot.waitUntil(lambda: view.overview is not None and view.overview.lanes_by == "country", timeout=10000)
    settle(qtbot, window)
    assert window.filter.countries == {"KZ"} and window.views.currentWidget() is window.timeline
    assert (view.start, view.end) == pytest.approx((2023.0, 2026.0), abs=1e-3)
    # and the pin goes into a briefing as a timeline, with its lanes, stretch and filters
    window.add_pin_to_briefing(pin.id)
    items = [i for section in window.briefing_pane.briefing().sections for i in section.items]
    assert [i.type for i in items] == ["timeline"]
    assert items[0].settings["lanes"] == "country" and items[0].settings["filter"] == {"countries": ["KZ"]}
    assert items[0].settings["start"] == pytest.approx(2023.0, abs=1e-3)


FILTERS = [Filter(), Filter(countries=frozenset({"KZ"})), Filter(sectors=frozenset({"Energy"})),
           Filter(search="railway"), Filter(doc_types=frozenset({"memorandum_of_understanding"})),
           Filter(years=frozenset({2023})), Filter(search="zzzznothing")]


def test_every_lane_choice_with_every_kind_of_filter(qtbot, window):
    view = open_timeline(qtbot, window)
    for lanes, flt in itertools.product(("kind", "country"), FILTERS):
        window.timeline.lanes.setCurrentIndex(window.timeline.lanes.findData(lanes))
        window.set_filter(flt)
        qtbot.waitUntil(lambda la=lanes: view.overview is not None and view.overview.lanes_by == la, timeout=10000)
        settle(qtbot, window)
        view.repaint()
        overview = view.overview
        lane_keys = {k for k, _ in overview.lanes}
        assert {i.lane for i in view.items} <= lane_keys, (lanes, flt)
        assert len(view.items) == overview.total
        assert not window.last_error, window.last_error
        if flt.search == "zzzznothing":
            assert not view.items and "0 records placed" in window.timeline.summary.text()
        if flt.years:
            assert all(2023 <= i.start < 2024 or i.start < 2023 < i.end for i in view.items)


def test_a_large_dataset_is_counted_per_month_until_zoomed_in(qtbot, window, monkeypatch):
    monkeypatch.setattr(timeline_db, "ITEM_LIMIT", 40)  # the bundled records stand for a large import
    view = open_timeline(qtbot, window)
    overview = view.overview
    # the large kinds counted, the small ones (a fifth of the limit at most) still drawn one by one
    assert overview.counted_kinds == ("events", "agreements", "indicators")
    assert {i.kind for i in view.items} == {"packages", "projects"}
    assert sum(b.count for b in overview.bins) + len(overview.items) == overview.total == len(dated())
    assert "counted per month until zoomed in" in window.timeline.summary.text()
    bars = [h for h in view.hits if h.action == "zoom"]
    assert bars and {h.lane for h in bars} == {"events", "agreements", "indicators"}
    # a click on October 2023's bar of agreements zooms into that month; its records are few
    # enough there to be drawn one by one
    october = max((h for h in bars if h.lane == "agreements"), key=lambda h: h.count)
    assert october.count == 33 and stretch_text(october.start, october.end) == "1 Oct 2023 to 31 Oct 2023"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(october.rect.center().x()), int(october.rect.center().y())))
    assert (view.start, view.end) == pytest.approx((october.start, october.end))
    assert window.timeline.range_label.full_text() == "1 Oct 2023 to 31 Oct 2023"
    qtbot.waitUntil(lambda: sum(i.kind == "agreements" for i in view.items) >= 33, timeout=10000)
    conn = _db()
    october_ids = {r[0] for r in conn.execute("SELECT id FROM agreements WHERE date_text = '2023-10'")}
    assert october_ids <= {i.id for i in view.items}
    assert window.kind == "agreements" and window.filter == Filter()  # the filters are as they were
    # December 2024: every record there, drawn once
    view.set_range(2024 + 335 / 366, 2025.0)
    qtbot.waitUntil(lambda: ("events", "club-friends-kz-2024") in shown(view), timeout=10000)
    settle(qtbot, window)
    expected = {("events", "club-friends-kz-2024"), ("events", "cku-railway-signing-2024"),
                ("events", "monograph-presentation-2024"), ("events", "cku-railway-construction-start-2024"),
                ("agreements", "cku-railway-investment-agreement")}
    assert expected <= shown(view)
    fetched = [i for i in view.items if i.kind in overview.counted_kinds]
    assert all(i.end > 2024 + 335 / 366 and i.start < 2025.0 for i in fetched)  # December's only
    assert len({i.key for i in view.items}) == len(view.items)  # each record drawn once


def test_a_full_lane_shows_every_row_when_asked(qtbot, window):
    view = open_timeline(qtbot, window)
    view.repaint()
    more = next(h for h in view.hits if h.action == "more" and h.lane == "agreements")
    before = {i.key for i in view.items if i.kind == "agreements"} - set(view.item_rects)
    assert more.count >= len(before) > 20  # Oct 2023's agreements, past the lane's eight rows
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=more.rect.center().toPoint())
    view.repaint()
    assert {i.key for i in view.items if i.kind == "agreements"} <= set(view.item_rects)  # all drawn
    assert window.filter == Filter() and window.kind == "agreements"  # nothing else changed
    fewer = next(h for h in view.hits if h.action == "fewer")
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=fewer.rect.center().toPoint())
    view.repaint()
    assert any(h.action == "more" for h in view.hits)


def test_a_period_of_days_is_a_span_and_the_view_stays_within_the_calendar(qtbot, window):
    view = open_timeline(qtbot, window)
    summit = ("events", "astana-summit-2025")  # 16 to 18 June 2025
    view.set_range(2025 + 160 / 365, 2025 + 175 / 365)
    view.repaint()
    day_px = view.x_of(2025 + 1 / 365, view.width()) - view.x_of(2025.0, view.width())
    assert view.item_rects[summit].width() == pytest.approx(3 * day_px, abs=1)
    assert view.item_rects[summit].left() == pytest.approx(view.x_of(2025 + 166 / 365, view.width()), abs=1)
    for start, end in ((-50, 10), (0.5, 2.5), (9990, 10010)):
        view.set_range(start, end)
        view.repaint()
        assert 1900 <= view.start < view.end <= 2101
    settle(qtbot, window)
    assert not window.last_error


def test_the_keyboard_goes_from_record_to_record_and_opens_one(qtbot, window):
    from PySide6.QtWidgets import QToolTip

    view = open_timeline(qtbot, window)
    view.set_range(2024.9, 2025.02)
    view.repaint()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    first = view.selected
    assert first is not None and first in view.item_rects
    assert QToolTip.text()  # says what it is, as a hover would
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected != first
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.selected == first
    qtbot.keyClick(view, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.open_ref == first
    window.go_back()  # and back: nothing is marked any more
    settle(qtbot, window)
    assert window.open_ref is None and view.selected is None


def test_no_match_says_so_whatever_the_lanes(qtbot, window):
    view = open_timeline(qtbot, window)
    for lanes in ("kind", "country"):
        window.timeline.lanes.setCurrentIndex(window.timeline.lanes.findData(lanes))
        window.set_filter(Filter(search="zebrafinchless"))
        qtbot.waitUntil(lambda: view.overview is not None and view.overview.total == 0, timeout=10000)
        settle(qtbot, window)
        image = view.grab().toImage()
        assert not view.hits and image.width() > 0
        window.clear_filters()
        settle(qtbot, window)


def test_an_empty_area_click_does_nothing(qtbot, window):
    view = open_timeline(qtbot, window)
    before = (window.kind, window.filter, window.open_ref)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(5, view.height() - 5))
    settle(qtbot, window)
    assert (window.kind, window.filter, window.open_ref) == before
    assert view.hit_at(QPointF(5, view.height() - 5)) is None


def test_a_damaged_timeline_pin_still_opens_the_timeline(qtbot, window):
    ws = workspace_ready(qtbot, window)
    ws.add_pin("timeline", "odd", settings={"lanes": "by-moon", "start": "soon", "end": None,
                                            "filter": {"countries": "KZ"}}, dataset_version="x")
    ws.add_pin("timeline", "reversed", settings={"start": 2030, "end": 2010}, dataset_version="x")
    window.refresh_pins()
    for pin in ws.pins():
        window.open_pin(pin.id)
        qtbot.waitUntil(lambda: window.timeline.view.overview is not None, timeout=10000)
        settle(qtbot, window)
        view = window.timeline.view
        assert window.views.currentWidget() is window.timeline and view.start < view.end
        assert window.timeline.lanes_by() in ("kind", "country") and not window.last_error


def test_drag_pans_the_wheel_zooms_about_the_pointer_and_hover_says_what(qtbot, window):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QMouseEvent, QWheelEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    view = open_timeline(qtbot, window)
    view.set_range(2020.0, 2026.0)
    width = view.width()
    left, right = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton

    def mouse(kind, x, buttons):
        point = QPointF(x, view.height() - 10)
        event = QMouseEvent(kind, point, view.mapToGlobal(point), left if kind != QEvent.Type.MouseMove else right,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view, event)

    x0 = view.x_of(2023.0, width)
    mouse(QEvent.Type.MouseButtonPress, x0, left)
    mouse(QEvent.Type.MouseMove, x0 + 50, left)
    mouse(QEvent.Type.MouseMove, x0 + 100, left)
    mouse(QEvent.Type.MouseButtonRelease, x0 + 100, right)
    years = 100 / (width - GUTTER - 8) * 6  # 100 pixels of the 6 years in view
    assert view.start == pytest.approx(2020.0 - years, abs=0.02) and view.end - view.start == pytest.approx(6.0)
    assert window.open_ref is None  # a drag is not a click
    # the wheel zooms in about the pointer: the year under it stays where it is
    at = view.x_of(2024.0, width)
    wheel = QWheelEvent(QPointF(at, 50), view.mapToGlobal(QPointF(at, 50)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, wheel)
    assert view.end - view.start == pytest.approx(6.0 * 0.8)
    assert view.x_of(2024.0, width) == pytest.approx(at, abs=0.5)
    # hovering a record shows what it is and when
    view.set_range(2023.2, 2024.0)
    view.repaint()
    spot = view.item_rects[INFERRED].center()
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, spot.toPoint(), view.mapToGlobal(spot.toPoint())))
    assert "Third Belt and Road Forum" in QToolTip.text() and "Date inferred" in QToolTip.text()


def test_an_export_that_fails_says_which_file_and_leaves_no_old_success(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    open_timeline(qtbot, window)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: said.append((title, text)))
    assert window.export_view("timeline", "png", tmp_path / "ok.png") is not None
    assert "written to" in window.statusBar().currentMessage()
    (tmp_path / "folder.png").mkdir()
    assert window.export_view("timeline", "png", tmp_path / "folder.png") is None
    assert said and said[-1][0] == "Export failed" and "folder.png" in said[-1][1]
    assert "written to" not in window.statusBar().currentMessage()


def test_too_many_records_at_every_precision_still_draws_the_finest(qtbot, window, monkeypatch):
    """The counts promise few enough records; the records say otherwise: the finest precision that
    is few enough is drawn, the rest stay counted (never nothing at all)."""
    from bri_desktop.ui import tasks
    from bri_desktop.ui.workers import TaskState

    monkeypatch.setattr(timeline_db, "ITEM_LIMIT", 7)  # 2024's events and agreements: 7 by the day, 9 in all
    items, drawn = tasks.load_timeline_items(TaskState(lambda _v: None), window.dataset, Filter(), "kind",
                                             2024.0, 2025.0, ("day", "month", "year"), ("events", "agreements"))
    assert drawn == ("day",) and len(items) == 7
    assert {i.id for i in items} >= {"club-friends-kz-2024", "cku-railway-signing-2024"}
    assert all(i.precision in ("day", "period") for i in items)
    monkeypatch.setattr(timeline_db, "ITEM_LIMIT", 6)  # not even the days: counted, and said so
    assert tasks.load_timeline_items(TaskState(lambda _v: None), window.dataset, Filter(), "kind",
                                     2024.0, 2025.0, ("day",), ("events", "agreements")) == (None, ())

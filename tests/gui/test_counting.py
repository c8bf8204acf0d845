"""A broad search's counts as they become exact: floors ("≥ N") first, exact at the end, never a
number shown as exact that is not; and counts slow to come never left as the new filter's.

The bundled dataset is small, so the slices are made small (db.slices.SLICE_ROWS) and every
slice's counts go to the window (tasks.PARTIAL_EVERY_S = 0): the path a million records take."""

from __future__ import annotations

import re
import sqlite3
import threading

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from bri_desktop.core.filters import Filter
from bri_desktop.db import aggregates, queries, slices
from bri_desktop.ui import tasks, workers
from bri_desktop.ui.widgets.chart_panel import ChartPanel
from tests.gui.conftest import settle

SEARCH = "china"


@pytest.fixture
def small_slices(monkeypatch):
    monkeypatch.setattr(slices, "SLICE_ROWS", 2)
    monkeypatch.setattr(tasks, "PARTIAL_EVERY_S", 0.0)


def shown(window, facet: str) -> tuple[str, dict[object, str]]:
    """What a user reads in one facet's list: its state and each value's count text."""
    model = window.facets.facet_list(facet).model
    texts = {}
    for row in range(model.rowCount()):
        text = model.index(row).data()
        texts[model.value_at(row)] = re.search(r"\(([^()]*)\)$", text).group(1)
    return model.state, texts


def exact_counts(db_conn, flt: Filter, facet: str) -> dict:
    """Counted by SQL directly, the search run inline (no hits table, no slices)."""
    kind = queries.KINDS["agreements"]
    spec = kind.facet(facet)
    where, params = queries.where_clause(kind, flt, skip_facet=facet)
    if spec.sql:
        sql = f"SELECT {spec.sql}, count(*) FROM agreements t WHERE {where} GROUP BY 1"
    else:
        sql = (f"SELECT l.{spec.link_value}, count(DISTINCT t.seq) FROM agreements t JOIN "
               f"{spec.link_table} l ON l.{spec.link_key} = t.seq WHERE {where} GROUP BY 1")
    return dict(db_conn.execute(sql, params).fetchall())


def number(text: str) -> int:
    return int(text.lstrip("≥ ").replace(",", ""))


def test_broad_search_shows_floors_then_exact_counts(qtbot, window, db_conn, small_slices):
    seen: list[tuple[str, dict, str, bool]] = []
    model = window.facets.facet_list("sector").model

    grey_seen: list = []

    def record(*_args) -> None:
        label = window.facets.counting
        seen.append((*shown(window, "sector"), label.text(), label.isVisibleTo(window)))
        if model.state == "floor":
            rows = [r for r in range(model.rowCount()) if model.index(r).data().endswith("(…)")]
            grey_seen.extend((*seen[-1], model.index(r).data(Qt.ItemDataRole.ForegroundRole) is not None)
                             for r in rows)

    model.dataChanged.connect(record)
    model.modelReset.connect(record)
    window.search.set_text(SEARCH)
    window.set_filter(window.filter.with_search(SEARCH))
    settle(qtbot, window)
    flt = Filter(search=SEARCH)
    exact = exact_counts(db_conn, flt, "sector")
    floors = [s for s in seen if s[0] == "floor"]
    assert len(floors) >= 2, "the counts so far were never shown"
    for _state, texts, label, visible in floors:
        assert visible and re.search(r"Counting: \d+% of [\d,]+ matches so far", label)
        for value, text in texts.items():
            assert text == "…" or text.startswith("≥ "), text  # never a bare number
            if text != "…":
                assert number(text) <= exact.get(value, 0)
    shares = [int(re.search(r"(\d+)% of", s[2]).group(1)) for s in floors]
    assert shares == sorted(shares) and shares[-1] < 100
    # a value with no match so far is not greyed as if it had none
    assert any("…" in texts.values() for _s, texts, _l, _v in floors)
    assert not any(greyed for _s, _t, _l, _v, greyed in grey_seen)
    state, texts = shown(window, "sector")
    assert state == "exact" and not window.facets.counting.isVisibleTo(window)
    assert {v: number(t) for v, t in texts.items() if t != "0"} == exact
    # every facet exact at the end, equal to SQL's
    for facet in ("country", "doc_type", "year", "organization"):
        state, texts = shown(window, facet)
        assert state == "exact"
        assert {v: number(t) for v, t in texts.items() if t != "0"} == exact_counts(db_conn, flt, facet)


def test_counts_made_in_slices_are_remembered_exact(qtbot, window, db_conn, small_slices):
    window.set_filter(window.filter.with_search(SEARCH))
    settle(qtbot, window)
    window.set_filter(window.filter.toggled("country", "KZ"))
    settle(qtbot, window)
    calls = []
    original = queries.count_values
    queries_patch = pytest.MonkeyPatch()
    queries_patch.setattr(queries, "count_values", lambda *a, **k: calls.append(a) or original(*a, **k))
    try:
        window.undo_stack.undo()  # back to the search alone: its counts are known
        settle(qtbot, window)
    finally:
        queries_patch.undo()
    assert shown(window, "sector")[0] == "exact"
    assert not [c for c in calls if c[2].name == "sector"]
    # the slices' counts are let go once the whole is known
    plan = slices.plan(window.dataset.connection(), ("agreements",), window.filter)
    assert len(plan) > 2
    assert all(window.dataset.facet_cache.get((*queries.facet_cache_key("agreements", "sector", window.filter),
                                                part)) is None for part in plan)
    assert {v: number(t) for v, t in shown(window, "sector")[1].items() if t != "0"} == \
        exact_counts(db_conn, Filter(search=SEARCH), "sector")


def test_chart_of_a_broad_search_grows_then_is_exact(qtbot, window, small_slices, db_conn,
                                                     monkeypatch):
    shown_charts: list = []
    original = ChartPanel.show_chart

    def spy(panel, chart):
        shown_charts.append((chart, panel.title.full_text()))
        original(panel, chart)
        shown_charts[-1] = (chart, panel.title.full_text())

    monkeypatch.setattr(ChartPanel, "show_chart", spy)
    window.views.setCurrentWidget(window.chart)
    for flt in (Filter(search=SEARCH), Filter(search="kazakhstan")):
        for dimension in ("sector", "year", "country"):
            window.chart.dimension.setCurrentIndex(window.chart.dimension.findData(dimension))
            shown_charts.clear()
            window.set_filter(flt)
            window.refresh_chart()
            settle(qtbot, window)
            partial = [(c, t) for c, t in shown_charts if c.counted < 1]
            assert partial, "the chart so far was never shown"
            for chart, title in partial:
                assert title.endswith(f"(counting: {chart.counted:.0%} so far)")
                assert chart.notes[0].startswith("Still counting")
                assert all(b.text.startswith("≥ ") for b in chart.bars if b.total > 0)
            chart, title = shown_charts[-1]
            assert chart.counted == 1 and "counting" not in title
            assert not any("Still counting" in n for n in chart.notes)
            # the slices add up to the whole: every bar as SQL counts it at once
            whole = aggregates.aggregate(db_conn, dimension, flt)
            expected: dict = {}
            for g in whole.groups:
                if g.with_value:
                    expected[g.key] = expected.get(g.key, 0) + g.value
            bars = {b.key: b.total for b in window.chart.chart.bars}
            assert bars == pytest.approx(expected)


def test_slow_counts_are_not_left_as_the_new_filters(qtbot, window, monkeypatch):
    release = threading.Event()
    original = queries.count_values

    def slow(conn, kind, facet, flt, seq_range=None):
        if flt.countries == {"KZ"}:
            release.wait(5)
        return original(conn, kind, facet, flt, seq_range)

    monkeypatch.setattr(queries, "count_values", slow)
    assert shown(window, "sector")[0] == "exact"
    window.set_filter(window.filter.toggled("country", "KZ"))
    qtbot.waitUntil(lambda: shown(window, "sector")[0] == "pending", timeout=3000)
    state, texts = shown(window, "sector")
    assert set(texts.values()) == {"…"}  # none of the old numbers
    assert window.facets.counting.text() == "Counting the matches of the new filters…"
    assert window.facets.counting.isVisibleTo(window)
    release.set()
    settle(qtbot, window)
    state, texts = shown(window, "sector")
    assert state == "exact" and "…" not in texts.values()
    assert not window.facets.counting.isVisibleTo(window)


def test_counts_that_fail_say_so_and_show_no_old_numbers(qtbot, window, monkeypatch):
    def broken(*_args, **_kw):
        raise sqlite3.OperationalError("database disk image is malformed")

    monkeypatch.setattr(queries, "count_values", broken)
    window.set_filter(window.filter.toggled("country", "KG"))
    settle(qtbot, window)
    state, texts = shown(window, "sector")
    assert state == "pending" and set(texts.values()) == {"…"}
    assert window.facets.counting.text().startswith("Counts not available:")
    assert window.facets.counting.isVisibleTo(window)


# -- found by trying it as a hostile user (each failed before its fix)

def test_the_users_tags_stay_listed_after_a_sliced_count(qtbot, window, small_slices):
    from tests.gui.test_workspace_window import BEREK, click_record, workspace_ready

    workspace_ready(qtbot, window)
    click_record(qtbot, window, BEREK)
    window.details.note_box.add_tag.setText("upstream")
    qtbot.keyClick(window.details.note_box.add_tag, Qt.Key.Key_Return)
    settle(qtbot, window)
    window.set_filter(window.filter.with_search(SEARCH))
    settle(qtbot, window)
    tags = window.facets.facet_list("tag")
    assert tags.isVisibleTo(window) and tags.model.state == "exact"
    found = window.dataset.connection().execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH ? AND kind = 'agreements' "
        "AND record_id = ?", (SEARCH, BEREK)).fetchone()[0]
    assert tags.model.count_of("upstream") == found
    assert window.facets.facet_list("note").model.rowCount() == 1  # "Has a note"


def test_everything_counts_without_a_fault(qtbot, window):
    window.set_kind("everything")
    settle(qtbot, window)
    assert not window.facets.counting.isVisibleTo(window)
    assert window.last_error == ""


def test_a_long_count_is_not_stopped_by_the_time_limit_of_one_task(qtbot, window, small_slices,
                                                                 monkeypatch):
    original = queries.count_values

    def slow(conn, kind, facet, flt, seq_range=None):
        if seq_range is not None and facet.name == "sector":
            threading.Event().wait(0.05)  # every slice well within the limit, all of them not
        return original(conn, kind, facet, flt, seq_range)

    monkeypatch.setattr(queries, "count_values", slow)
    monkeypatch.setattr(workers, "PROGRESS_STEP", 50)  # the limit is checked within small queries too
    window.runner.time_limit = 0.4
    window.set_filter(window.filter.with_search(SEARCH))
    settle(qtbot, window)
    assert window.facets.facet_list("sector").model.state == "exact"
    assert window.last_error == "" and not window.facets.counting.isVisibleTo(window)


def test_counting_that_fails_midway_keeps_its_floors(qtbot, window, small_slices, monkeypatch):
    original = queries.count_values
    calls = {"n": 0}

    def failing(conn, kind, facet, flt, seq_range=None):
        if seq_range is not None and facet.name == "sector":
            calls["n"] += 1
            if calls["n"] == 3:
                raise sqlite3.OperationalError("disk I/O error")
        return original(conn, kind, facet, flt, seq_range)

    monkeypatch.setattr(queries, "count_values", failing)
    window.set_filter(window.filter.with_search(SEARCH))
    settle(qtbot, window)
    state, texts = shown(window, "sector")
    assert state == "floor" and any(t.startswith("≥") for t in texts.values())
    assert re.match(r"Counting stopped at \d+% \(counts marked ≥ are floors\)", window.facets.counting.text())


def test_a_chart_for_old_filters_is_neither_shown_nor_exported(qtbot, window, tmp_path):
    from bri_desktop.core.charts import ChartData

    window.views.setCurrentWidget(window.chart)
    settle(qtbot, window)
    shown_before = window.chart.chart
    window._show_chart(ChartData("agreements", "sector", None, [], [], [], filter=Filter(search="old")))
    assert window.chart.chart is shown_before  # a late chart of other filters is dropped
    window.set_filter(window.filter.toggled("country", "KZ"))  # its chart not in yet
    target = tmp_path / "chart.png"
    assert window.export_view("chart", "png", target) is None and not target.exists()
    assert "being counted for the new filters" in window.statusBar().currentMessage()
    settle(qtbot, window)
    assert window.export_view("chart", "png", target) == target and target.exists()


def test_the_counting_title_never_widens_the_window(qtbot, window, small_slices):
    window.views.setCurrentWidget(window.chart)
    window.resize(1000, 680)
    settle(qtbot, window)
    before = window.minimumSizeHint().width()
    widths = []
    original = window.chart.show_chart

    def spy(chart):
        original(chart)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the layouts as drawn next
        widths.append((chart.counted, window.minimumSizeHint().width()))

    window.chart.show_chart = spy
    window.set_filter(window.filter.with_search(SEARCH))
    settle(qtbot, window)
    assert any(c < 1 for c, _w in widths)
    assert all(w <= before for _c, w in widths)


def test_pending_chart_title_names_the_new_choice(qtbot, window, monkeypatch):
    from bri_desktop.db import aggregates

    release = threading.Event()
    original = aggregates.aggregate

    def slow(conn, dimension, *args, **kw):
        if dimension == "country":
            release.wait(5)
        return original(conn, dimension, *args, **kw)

    monkeypatch.setattr(aggregates, "aggregate", slow)
    window.views.setCurrentWidget(window.chart)
    settle(qtbot, window)
    window.chart.dimension.setCurrentIndex(window.chart.dimension.findData("country"))
    qtbot.waitUntil(lambda: window.chart.title.full_text().endswith(": counting…"), timeout=3000)
    assert window.chart.title.full_text().startswith("Disclosed investment (USD) by country")
    release.set()
    settle(qtbot, window)
    assert window.chart.title.full_text() == "Disclosed investment (USD) by country"


def test_a_failure_never_keeps_another_filters_floors(qtbot, window, small_slices, monkeypatch):
    """Floors of one search on screen, then another filter whose counts fail before 0.5 s: its
    line says the counts are not available, and the first search's floors are not kept as its own."""
    original = queries.count_values
    gate = threading.Event()
    slices_done = {"n": 0}

    def held(conn, kind, facet, flt, seq_range=None):
        if flt.search == SEARCH and seq_range is not None and facet.name == "sector":
            slices_done["n"] += 1
            if slices_done["n"] > 1:
                gate.wait(5)  # the first search's counting stays at its first floors
        if flt.countries == {"KG"}:
            raise sqlite3.OperationalError("disk I/O error")
        return original(conn, kind, facet, flt, seq_range)

    monkeypatch.setattr(queries, "count_values", held)
    window.set_filter(window.filter.with_search(SEARCH))
    qtbot.waitUntil(lambda: shown(window, "sector")[0] == "floor", timeout=5000)
    window.set_filter(Filter(countries=frozenset({"KG"})))
    gate.set()
    settle(qtbot, window)
    state, texts = shown(window, "sector")
    assert state == "pending" and set(texts.values()) == {"…"}
    assert window.facets.counting.text().startswith("Counts not available:")

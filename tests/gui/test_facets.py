"""Clicking facet values filters the table; counts follow every other filter and match SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import settle


def click_value(qtbot, window, facet: str, value) -> None:
    facet_list = window.facets.facet_list(facet)
    model = facet_list.model
    row = next(r for r in range(model.rowCount()) if model.value_at(r) == value)
    index = facet_list.proxy.mapFromSource(model.index(row))
    facet_list.view.scrollTo(index)
    rect = facet_list.view.visualRect(index)
    qtbot.mouseClick(facet_list.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)


def counts(window, facet: str) -> dict:
    model = window.facets.facet_list(facet).model
    return {model.value_at(r): model.count_of(model.value_at(r)) for r in range(model.rowCount())}


def test_country_and_sector_counts_match_sql(qtbot, window, db_conn):
    click_value(qtbot, window, "country", "KZ")
    assert window.filter.countries == {"KZ"}
    expected = db_conn.execute("SELECT count(*) FROM agreements WHERE country = 'KZ'").fetchone()[0]
    assert window.model.matched == expected
    sql = dict(db_conn.execute(
        "SELECT sector, count(*) FROM agreements WHERE country = 'KZ' GROUP BY sector").fetchall())
    shown = counts(window, "sector")
    assert {k: v for k, v in shown.items() if v} == sql
    # country counts ignore the country selection itself (OR within a facet)
    all_countries = dict(db_conn.execute(
        "SELECT country, count(*) FROM agreements GROUP BY country").fetchall())
    assert {k: v for k, v in counts(window, "country").items() if v} == all_countries

    click_value(qtbot, window, "sector", "Energy")
    expected = db_conn.execute("SELECT count(*) FROM agreements WHERE country = 'KZ' "
                               "AND sector = 'Energy'").fetchone()[0]
    assert window.model.matched == expected
    assert [c.text() for c in window.chips.chips] == ["Country: Kazakhstan  ✕", "Sector: Energy  ✕"]


def test_or_within_facet(qtbot, window, db_conn):
    click_value(qtbot, window, "country", "KZ")
    click_value(qtbot, window, "country", "KG")
    expected = db_conn.execute(
        "SELECT count(*) FROM agreements WHERE country IN ('KZ', 'KG')").fetchone()[0]
    assert window.model.matched == expected
    click_value(qtbot, window, "country", "KG")  # a second click removes it
    assert window.filter.countries == {"KZ"}


def test_zero_count_values_are_greyed_not_hidden(qtbot, window, db_conn):
    click_value(qtbot, window, "country", "KG")
    model = window.facets.facet_list("sector").model
    values = [model.value_at(r) for r in range(model.rowCount())]
    all_sectors = {r[0] for r in db_conn.execute("SELECT DISTINCT sector FROM agreements")}
    assert set(values) == all_sectors
    zero_rows = [r for r in range(model.rowCount()) if model.count_of(model.value_at(r)) == 0]
    assert zero_rows
    assert model.index(zero_rows[0]).data(Qt.ItemDataRole.ForegroundRole) is not None
    nonzero = next(r for r in range(model.rowCount()) if r not in zero_rows)
    assert model.index(nonzero).data(Qt.ItemDataRole.ForegroundRole) is None


def test_organization_facet_uses_parties(qtbot, window, db_conn):
    click_value(qtbot, window, "organization", "sinopec")
    expected = db_conn.execute(
        "SELECT count(DISTINCT agreement_id) FROM agreement_parties WHERE org_id = 'sinopec'"
    ).fetchone()[0]
    assert window.model.matched == expected


def test_chips_remove_and_clear_all(qtbot, window):
    click_value(qtbot, window, "country", "KZ")
    click_value(qtbot, window, "sector", "Energy")
    qtbot.mouseClick(window.chips.chips[0], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.filter.countries == frozenset() and window.filter.sectors == {"Energy"}
    qtbot.mouseClick(window.chips.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.filter.is_empty()
    assert window.model.matched == window.dataset.totals["agreements"]


def test_value_range(qtbot, window, db_conn):
    window.set_kind("projects")
    settle(qtbot, window)
    box = window.facets._value_box
    qtbot.keyClicks(box.low, "1bn")
    qtbot.keyClick(box.low, Qt.Key.Key_Return)
    settle(qtbot, window)
    expected = db_conn.execute(
        "SELECT count(*) FROM projects WHERE investment_usd >= 1e9").fetchone()[0]
    assert window.filter.value_min == 1e9 and window.model.matched == expected > 0
    box.low.setText("lots")
    box.apply()
    assert box.message.isVisible() and "not an amount" in box.message.text()
    assert window.filter.value_min == 1e9


def test_date_range_respects_precision(qtbot, window, db_conn):
    box = window.facets._date_box
    box.low.setText("2023-10-15")
    box.high.setText("2023-10-20")
    box.apply()
    settle(qtbot, window)
    # The forum's documents are dated "Oct 2023": their month overlaps the range.
    expected = db_conn.execute("SELECT count(*) FROM agreements WHERE date_end >= '2023-10-15' "
                               "AND date_start <= '2023-10-20'").fetchone()[0]
    assert window.model.matched == expected >= 30
    box.low.setText("2023-02-30")
    box.apply()
    assert "has no day 30" in box.message.text()


def test_the_window_makes_the_cube_and_its_counts_match_sql(qtbot, window, db_conn):
    """Once the window is filled, the counts of small-facet filters come from the cube (db.cube)."""
    from bri_desktop.db import cube

    settle(qtbot, window)
    flt = window.filter.toggled("country", "KZ")
    assert cube.facet_counts(window.dataset.connection(), "agreements", "sector", flt) is not None
    click_value(qtbot, window, "country", "KZ")
    sql = dict(db_conn.execute(
        "SELECT sector, count(*) FROM agreements WHERE country = 'KZ' GROUP BY sector").fetchall())
    assert {k: v for k, v in counts(window, "sector").items() if v} == sql


def test_a_list_of_as_many_other_values_shows_the_new_ones(qtbot, qtmodeltester):
    from bri_desktop.db.queries import FacetValue
    from bri_desktop.ui.models.facet_model import FacetModel

    model = FacetModel("tag")
    model.set_values([FacetValue("a", "alpha", 3), FacetValue("b", "beta", 0)], frozenset())
    model.set_values([FacetValue("c", "gamma", 1), FacetValue("d", "delta", 2)], frozenset({"d"}))
    assert [model.index(r).data() for r in range(2)] == ["gamma  (1)", "delta  (2)"]
    assert [model.value_at(r) for r in range(2)] == ["c", "d"]
    assert model.index(1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtmodeltester.check(model)

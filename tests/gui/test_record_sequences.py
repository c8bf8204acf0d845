"""What a user does with records, in the order a user does it, through the real window: select,
filter, follow links, go back, undo, ask for related records."""

from __future__ import annotations

import random
import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from bri_desktop.db.kinds import KINDS
from tests.gui.conftest import settle

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def row_ids(window) -> list[str]:
    return [window.model.record_id(r) for r in range(window.model.rowCount())]


def click_record(qtbot, window, record_id: str) -> None:
    row = window.model.row_of(record_id)
    assert row >= 0, f"{record_id} is not in the table"
    window.table.scrollTo(window.model.index(row, 0))
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)


def search_for(qtbot, window, text: str) -> None:
    window.search.edit.clear()
    qtbot.keyClicks(window.search.edit, text)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    settle(qtbot, window)


def click_facet(qtbot, window, facet: str, value) -> None:
    facet_list = window.facets.facet_list(facet)
    model = facet_list.model
    row = next(r for r in range(model.rowCount()) if model.value_at(r) == value)
    index = facet_list.proxy.mapFromSource(model.index(row))
    facet_list.view.scrollTo(index)
    qtbot.mouseClick(facet_list.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=facet_list.view.visualRect(index).center())
    settle(qtbot, window)


def links_in_details(window, prefix: str = "bri:record/") -> list[str]:
    return [h for h in re.findall(r'href="([^"]+)"', window.details.browser.toHtml()) if h.startswith(prefix)]


def follow(qtbot, window, href: str) -> None:
    window.details.browser.anchorClicked.emit(QUrl(href))
    settle(qtbot, window)


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)
    settle(qtbot, window)


def title_of(db_conn, kind: str, record_id: str) -> str:
    return db_conn.execute(f"SELECT {KINDS[kind].title_sql.removeprefix('t.')} FROM {KINDS[kind].table} "
                           "WHERE id = ?", (record_id,)).fetchone()[0]


def test_details_never_show_a_record_the_filters_hide(qtbot, window, db_conn):
    click_record(qtbot, window, "kmg-sinopec-berekovskoye")
    title = title_of(db_conn, "agreements", "kmg-sinopec-berekovskoye")
    assert window.details.plain_text().startswith(title)
    search_for(qtbot, window, "Huawei")
    assert window.model.matched == 0
    text = window.details.plain_text()
    assert "hidden by the filters" in text and "Search" in text
    assert "Sources" not in text  # its fields and quotes are gone
    QGuiApplication.clipboard().setText("sentinel")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
    assert QGuiApplication.clipboard().text() == "sentinel"
    assert not window.details.copy_citation.isEnabled()
    # Clear all: the table shows everything again, and the record comes back, selected
    qtbot.mouseClick(window.chips.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.model.matched == 42
    assert window.details.record["id"] == "kmg-sinopec-berekovskoye"
    assert window.model.record_id(window.table.currentIndex().row()) == "kmg-sinopec-berekovskoye"
    assert "hidden" not in window.details.plain_text()


def test_a_shown_record_that_stays_in_the_filters_stays_selected(qtbot, window):
    click_record(qtbot, window, "kmg-sinopec-berekovskoye")
    click_facet(qtbot, window, "country", "KZ")
    assert window.details.record["id"] == "kmg-sinopec-berekovskoye"
    current = window.table.currentIndex()
    assert window.model.record_id(current.row()) == "kmg-sinopec-berekovskoye"
    assert window.details.copy_citation.isEnabled()


def test_a_link_under_filters_shows_its_target_and_back_returns(qtbot, window, db_conn):
    for facet, value in (("country", "KZ"), ("doc_type", "memorandum_of_understanding"), ("year", 2023)):
        click_facet(qtbot, window, facet, value)
    agreement, event = db_conn.execute(
        "SELECT id, event_id FROM agreements WHERE country='KZ' AND doc_type='memorandum_of_understanding' "
        "AND year=2023 AND event_id IS NOT NULL ORDER BY seq").fetchone()
    before = window.filter
    click_record(qtbot, window, agreement)
    follow(qtbot, window, f"bri:record/events/{event}")
    assert window.kind == "events"
    assert window.model.matched >= 1 and event in row_ids(window)
    assert window.model.record_id(window.table.currentIndex().row()) == event
    assert window.details.record["id"] == event
    assert "Lifted" in window.chips.notice.text()
    assert window.navigator.currentItem().text().startswith("Events")
    press(qtbot, window, Qt.Key.Key_Left, ALT)  # Back
    assert window.kind == "agreements" and window.filter == before
    assert window.details.record["id"] == agreement
    press(qtbot, window, Qt.Key.Key_Right, ALT)  # Forward
    assert window.kind == "events" and window.details.record["id"] == event


def test_mouse_back_button_goes_back(qtbot, window):
    click_facet(qtbot, window, "country", "UZ")
    assert window.filter.countries == {"UZ"}
    for widget in (window.table.viewport(), window.facets, window.details):  # wherever it is pressed
        # as the platform delivers a press: to the window, which hands it to the widget under it
        at = widget.mapTo(window, widget.rect().center())
        qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.ForwardButton, pos=at)  # nowhere to go
        assert window.filter.countries == {"UZ"}
        qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.BackButton, pos=at)
        settle(qtbot, window)
        assert window.filter.countries == frozenset()
        qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.ForwardButton, pos=at)
        settle(qtbot, window)
        assert window.filter.countries == {"UZ"}


def test_undo_and_redo_filter_changes(qtbot, window):
    click_facet(qtbot, window, "country", "KZ")
    click_facet(qtbot, window, "sector", "Energy")
    window.table.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.filter.countries == {"KZ"} and window.filter.sectors == frozenset()
    assert window.facets.facet_list("sector").model.count_of("Energy") is not None
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.filter.sectors == {"Energy"}
    undo = window.acts["undo"]
    assert "Energy" in undo.text()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.filter.is_empty() and window.model.matched == 42


def test_typing_a_search_is_one_undo_step(qtbot, window):
    for text in ("Sino", "Sinopec"):
        window.search.edit.setText(text)
        window.search.apply()
        settle(qtbot, window)
    window.table.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.filter.search == "" and window.search.edit.text() == ""


@pytest.mark.parametrize("start_kind", list(KINDS))
def test_related_records_for_every_corridor(qtbot, window, db_conn, start_kind):
    corridors = [r[0] for r in db_conn.execute("SELECT id FROM corridors ORDER BY seq")]
    window.views.setCurrentWidget(window.corridors)
    qtbot.waitUntil(lambda: window.corridors.view.model is not None, timeout=10000)
    for corridor in corridors:
        qtbot.mouseClick(window.chips.clear_button, Qt.MouseButton.LeftButton)
        window.set_kind(start_kind)
        settle(qtbot, window)
        window.statusBar().clearMessage()
        window.corridors.view.select(corridor)
        window.corridors.view.corridor_selected.emit(corridor)
        settle(qtbot, window)
        agreements = {r[0] for r in db_conn.execute("SELECT id FROM agreements WHERE corridor_id=?", (corridor,))}
        projects = {r[0] for r in db_conn.execute(
            "SELECT project_id FROM corridor_projects WHERE corridor_id=?", (corridor,))}
        if not agreements and not projects:  # nothing names it: the button says so, and is off
            assert not window.corridors.related.isEnabled(), corridor
            assert "No agreement or project" in window.corridors.related.toolTip()
            continue
        qtbot.mouseClick(window.corridors.related, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert window.statusBar().currentMessage() == "", corridor
        assert window.filter.corridors == {corridor}
        expected = {"agreements": agreements, "projects": projects}
        fallback = "agreements" if agreements or not projects else "projects"
        shown = start_kind if expected.get(start_kind) else fallback
        assert window.kind == shown, corridor
        assert set(row_ids(window)) == expected[shown], corridor
        labels = [window.navigator.item(i).text() for i in range(window.navigator.count())]
        assert f"Agreements  ({len(agreements)} of 42)" in labels, corridor
        assert f"Projects  ({len(projects)} of 30)" in labels, corridor


def test_an_empty_table_says_where_the_records_are(qtbot, window):
    window.set_filter(window.filter.with_values("corridor", {"china-europe-transit-kz"}))
    settle(qtbot, window)
    if window.model.matched:
        pytest.skip("the corridor has agreements in this dataset")
    assert window.table.empty.isVisible()
    assert "2 projects" in window.table.empty.text()
    assert "corridors" not in window.table.empty.text()  # the corridor filter does not apply there
    window.table.empty_link_activated.emit(QUrl("bri:kind/projects"))
    settle(qtbot, window)
    assert window.kind == "projects" and window.model.matched > 0
    assert not window.table.empty.isVisible()


def check_consistent(window) -> None:
    """What a user checks after any step: the open record is one the table shows, the counts
    agree, and Copy citation acts on what is shown."""
    ids = row_ids(window)
    assert window.model.matched == len(ids)  # the bundled dataset loads in one page
    assert window.status_label.text().startswith(f"{window.model.matched:,} of")
    record = window.details.record
    if record is not None:
        assert record["kind"] == window.kind and record["id"] in ids, (record["kind"], record["id"])
        assert window.details.copy_citation.isEnabled() == bool(record.get("citations"))
    else:
        assert not window.details.copy_citation.isEnabled()
    item = window.navigator.currentItem()
    assert item.text().startswith(KINDS[window.kind].label)
    assert f"({window.model.matched:,}" in item.text()


def test_a_random_walk_keeps_every_pane_consistent(qtbot, window):
    rng = random.Random(12)
    searches = ["Sinopec", "KMG", "pipeline", "Shymkent", "Huawei", "railway OR gas", ""]
    steps = []
    for _step in range(70):
        action = rng.choice(["facet", "facet", "search", "select", "select", "link", "kind", "back",
                             "forward", "undo", "redo", "clear"])
        steps.append(action)
        if action == "facet":
            lists = [f for f in KINDS[window.kind].facets if f.listed]
            if lists:
                facet = rng.choice(lists).name
                model = window.facets.facet_list(facet).model
                if model.rowCount():
                    click_facet(qtbot, window, facet, model.value_at(rng.randrange(model.rowCount())))
        elif action == "search":
            search_for(qtbot, window, rng.choice(searches))
        elif action == "select" and window.model.rowCount():
            click_record(qtbot, window, window.model.record_id(rng.randrange(window.model.rowCount())))
        elif action == "link":
            links = links_in_details(window)
            if links:
                follow(qtbot, window, rng.choice(links))
        elif action == "kind":
            window.table.setFocus()
            press(qtbot, window, getattr(Qt.Key, f"Key_{rng.randrange(1, 9)}"), CTRL)
        elif action in ("back", "forward"):
            press(qtbot, window, Qt.Key.Key_Left if action == "back" else Qt.Key.Key_Right, ALT)
        elif action in ("undo", "redo"):
            window.table.setFocus()
            press(qtbot, window, Qt.Key.Key_Z, CTRL | (SHIFT if action == "redo" else CTRL))
        elif action == "clear":
            qtbot.mouseClick(window.chips.clear_button, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        try:
            check_consistent(window)
        except AssertionError as exc:
            raise AssertionError(f"after steps {steps}: {exc}") from exc


def _many_agreements(count: int) -> str:
    event = ('[[events]]\nid = "big-event"\nname = "A big signing ceremony"\nkind = "signing"\n'
             'citations = [{ source = "akorda-business-council", quote = "Akorda.kz" }]\n')
    deals = "".join(
        f'[[agreements]]\nid = "deal-{i:03d}"\ntitle = "Deal number {i}"\ndoc_type = "agreement"\n'
        f'country = "KZ"\nsector = "Energy"\nparties = [{{ org = "sinopec", role = "party" }}]\n'
        f'status = "signed"\nsummary = "A test deal."\nevent = "big-event"\n'
        f'citations = [{{ source = "akorda-business-council", quote = "Akorda.kz" }}]\n'
        for i in range(count))
    return event + deals


def test_a_record_with_many_links_lists_some_and_leads_to_the_rest(qtbot, window_with):
    window = window_with(_many_agreements(40))
    window.set_kind("events")
    settle(qtbot, window)
    click_record(qtbot, window, "big-event")
    text = window.details.plain_text()
    assert text.count("Agreement: Deal number") == 25
    assert "… and 15 more agreements: show them in the table" in text
    more = links_in_details(window, "bri:related/")
    assert more == ["bri:related/agreements/event/big-event"]
    follow(qtbot, window, more[0])
    assert window.kind == "agreements" and window.filter.events == {"big-event"}
    assert window.model.matched == 40
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    assert window.kind == "events" and window.details.record["id"] == "big-event"

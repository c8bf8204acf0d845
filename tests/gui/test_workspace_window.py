"""The user's own layer through the real window: pin, note, tag, save a view, send it as a link,
carry the workspace to another laptop; and the CLI over the same workspace."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from bri_desktop import paths
from bri_desktop.cli import main
from bri_desktop.workspace.store import Workspace
from tests.gui.conftest import settle
from tests.gui.test_record_sequences import CTRL, click_facet, click_record, press, row_ids, search_for

BEREK = "kmg-sinopec-berekovskoye"


def workspace_ready(qtbot, window):
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    settle(qtbot, window)
    return window.workspace


def type_note(qtbot, window, text: str) -> None:
    box = window.details.note_box
    box.edit.setFocus()
    box.edit.selectAll()
    qtbot.keyClicks(box.edit, text)
    qtbot.waitUntil(lambda: box.status.text().startswith("Saved"), timeout=5000)
    settle(qtbot, window)


def test_ctrl_d_pins_the_open_record_and_the_pinboard_opens_it_again(qtbot, window):
    ws = workspace_ready(qtbot, window)
    click_record(qtbot, window, BEREK)
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert window.pinboard.isVisible() and window.pinboard.accessibleName() == "Pinboard"
    assert [p.record_id for p in ws.pins()] == [BEREK]
    row = window.model.row_of(BEREK)
    assert window.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    window.set_kind("projects")
    settle(qtbot, window)
    window.pinboard.list.setCurrentRow(0)
    window.pinboard.list.setFocus()
    qtbot.keyClick(window.pinboard.list, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.kind == "agreements" and window.details.record["id"] == BEREK
    window.pinboard.list.setFocus()
    qtbot.keyClick(window.pinboard.list, Qt.Key.Key_Delete)
    assert ws.pins() == [] and window.pinboard.list.count() == 0
    window.table.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # Undo puts it back
    assert [p.record_id for p in ws.pins()] == [BEREK] and window.pinboard.list.count() == 1


def test_pins_keep_the_order_the_user_drags_them_into(qtbot, window):
    ws = workspace_ready(qtbot, window)
    for record in ("kz-bri3-01", "kz-bri3-02", "kz-bri3-03"):
        click_record(qtbot, window, record)
        press(qtbot, window, Qt.Key.Key_D, CTRL)
    pins = window.pinboard.list
    item = pins.takeItem(2)  # as a drag moves the last to the top
    pins.insertItem(0, item)
    pins.order_changed.emit(pins.pin_ids())
    assert [p.record_id for p in ws.pins()] == ["kz-bri3-03", "kz-bri3-01", "kz-bri3-02"]


def test_a_pinned_chart_is_drawn_again_from_its_settings(qtbot, window):
    workspace_ready(qtbot, window)
    click_facet(qtbot, window, "country", "KZ")
    window.views.setCurrentWidget(window.chart)
    window.chart.dimension.setCurrentIndex(window.chart.dimension.findData("year"))
    settle(qtbot, window)
    qtbot.mouseClick(window.chart.pin_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.chips.clear_button, Qt.MouseButton.LeftButton)
    window.chart.dimension.setCurrentIndex(window.chart.dimension.findData("sector"))
    window.views.setCurrentWidget(window.corridors)
    settle(qtbot, window)
    window.open_pin(window.workspace.pins()[0].id)
    settle(qtbot, window)
    assert window.filter.countries == {"KZ"}
    assert window.chart.current()[1] == "year" and window.views.currentWidget() is window.chart
    assert window.chart.chart.dimension == "year"


def test_a_note_is_saved_as_typed_found_by_search_and_filtered_by(qtbot, window):
    ws = workspace_ready(qtbot, window)
    click_record(qtbot, window, BEREK)
    type_note(qtbot, window, "Compare with the zebrafinch figure")
    assert ws.note(("agreements", BEREK)).text == "Compare with the zebrafinch figure"
    search_for(qtbot, window, "zebrafinch")  # a word only the note has
    assert row_ids(window) == [BEREK]
    qtbot.mouseClick(window.chips.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    note_list = window.facets.facet_list("note")
    assert note_list.model.count_of("with note") == 1
    click_facet(qtbot, window, "note", "with note")
    assert row_ids(window) == [BEREK]
    assert any(c.text().lower().startswith("note: has a note") for c in window.chips.chips)


def test_a_note_that_cannot_be_saved_stays_in_its_box_with_the_reason(qtbot, window, monkeypatch):
    from bri_desktop.workspace.store import WorkspaceError

    workspace_ready(qtbot, window)
    click_record(qtbot, window, BEREK)

    def full(*_args, **_kwargs):
        raise WorkspaceError("The disk is full: the change was not saved.")

    monkeypatch.setattr(window.workspace, "set_note", full)
    box = window.details.note_box
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, "an important thought")
    qtbot.waitUntil(lambda: "disk is full" in box.status.text(), timeout=5000)
    assert box.edit.toPlainText() == "an important thought"
    assert "still here" in box.status.text()


def test_tags_make_a_facet_that_follows_the_other_filters(qtbot, window):
    ws = workspace_ready(qtbot, window)
    for record in (BEREK, "kz-bri3-01"):
        click_record(qtbot, window, record)
        window.details.note_box.add_tag.setText("upstream")
        qtbot.keyClick(window.details.note_box.add_tag, Qt.Key.Key_Return)
        settle(qtbot, window)
    assert ws.tags() == ["upstream"]
    tags = window.facets.facet_list("tag")
    assert tags.isVisible() and tags.model.count_of("upstream") == 2
    search_for(qtbot, window, "Berekovskoye")
    assert window.facets.facet_list("tag").model.count_of("upstream") == 1
    click_facet(qtbot, window, "tag", "upstream")
    assert row_ids(window) == [BEREK]


def test_a_saved_view_reopens_whole_and_travels_as_a_link(qtbot, window, monkeypatch):
    workspace_ready(qtbot, window)
    window.set_kind("projects")
    settle(qtbot, window)
    click_facet(qtbot, window, "country", "KZ")
    search_for(qtbot, window, "plant")
    window.chart.dimension.setCurrentIndex(window.chart.dimension.findData("country"))
    settle(qtbot, window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("KZ plants", True))
    window.findChild(QAction, "action_save_view").trigger()
    expected = (window.kind, window.filter, window.chart.current(), row_ids(window))
    assert window.saved_views.count() == 1
    qtbot.mouseClick(window.chips.clear_button, Qt.MouseButton.LeftButton)
    window.set_kind("agreements")
    settle(qtbot, window)
    window.saved_views.view_chosen.emit("KZ plants")
    settle(qtbot, window)
    assert (window.kind, window.filter, window.chart.current(), row_ids(window)) == expected
    link = window.copy_view_link()
    assert QGuiApplication.clipboard().text() == link and link.startswith("bri-desktop:view/")
    qtbot.mouseClick(window.chips.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    window.open_link(link)
    settle(qtbot, window)
    assert (window.kind, window.filter.search, window.filter.countries) == ("projects", "plant", {"KZ"})


def test_a_damaged_link_says_so_and_changes_nothing(qtbot, window, monkeypatch):
    workspace_ready(qtbot, window)
    shown = []
    monkeypatch.setattr("bri_desktop.ui.workspace_flow.QMessageBox.warning", lambda *a: shown.append(a[2]))
    before = window.filter
    window.open_link("bri-desktop:view/eyJraW5kIjoiYWdy")  # cut short
    window.open_link("https://example.com/not-ours")
    assert "damaged" in shown[0] and "not a BRI Desktop view link" in shown[1]
    assert window.filter == before


def test_everything_lists_every_kinds_matches_with_their_own_details(qtbot, window, db_conn):
    workspace_ready(qtbot, window)
    search_for(qtbot, window, "Sinopec")
    window.set_kind("everything")
    settle(qtbot, window)
    counts = {k: window.kind_counts[k] for k in window.kind_counts}
    assert window.model.matched == sum(counts.values()) > 0
    kinds = {window.model.record_id(r).split("/")[0] for r in range(window.model.rowCount())}
    assert kinds == {k for k, n in counts.items() if n}
    row = next(r for r in range(window.model.rowCount()) if window.model.record_id(r).startswith("projects/"))
    window.table.selectRow(row)
    settle(qtbot, window)
    assert window.details.record["kind"] == "projects"
    assert window.navigator.item(window.navigator.count() - 1).text().startswith("Everything")


def test_carry_the_workspace_to_another_laptop(qtbot, make_window, monkeypatch, tmp_path):
    first = make_window()
    ws = workspace_ready(qtbot, first)
    click_record(qtbot, first, BEREK)
    press(qtbot, first, Qt.Key.Key_D, CTRL)
    type_note(qtbot, first, "from laptop one")
    target = tmp_path / "mine.briws.json"
    first.export_workspace_file(target)
    data = json.loads(target.read_text())
    assert data["pins"][0]["record_id"] == BEREK and data["notes"][0]["text"] == "from laptop one"
    other = Workspace(tmp_path / "other.sqlite")  # the second laptop's workspace
    other.set_note(("agreements", BEREK), "from laptop two")
    other.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    ws.set_note(("agreements", BEREK), "edited again on laptop one")
    first.import_workspace_file()
    assert "edited on both sides" in first.statusBar().currentMessage()
    note = ws.note(("agreements", BEREK))
    assert note.text == "edited again on laptop one" and note.conflict_text == "from laptop one"


def test_a_pin_of_a_record_a_newer_dataset_lacks_shows_its_snapshot(qtbot, make_window, data_copy):
    from bri_desktop.data.build import build_database

    ws = Workspace(paths.workspace_file())
    ws.add_pin("record", "A deal since withdrawn", ("agreements", "gone-deal"),
               snapshot={"title": "A deal since withdrawn", "country": "KZ"}, dataset_version="2026.10")
    ws.close()
    build_database(data_copy, data_copy / "bri.sqlite")
    window = make_window(data_copy / "bri.sqlite")
    workspace_ready(qtbot, window)
    text = window.pinboard.list.item(0).text()
    assert f"not in dataset {window.dataset.version} (was in 2026.10)" in text
    window.open_pin(window.workspace.pins()[0].id)
    assert "What the pin kept of it" in window.details.plain_text()
    assert "A deal since withdrawn" in window.details.plain_text()


def test_the_cli_lists_exports_and_imports_the_workspace(capsys, tmp_path):
    ws = Workspace(paths.workspace_file())
    ws.add_pin("record", "Berekovskoye", ("agreements", BEREK))
    ws.set_note(("agreements", BEREK), "a note")
    ws.close()
    assert main(["pins", "list", "--format", "json"]) == 0
    pins = json.loads(capsys.readouterr().out)
    assert [(p["what"], p["record_id"]) for p in pins] == [("record", BEREK)]
    assert main(["workspace", "export", str(tmp_path / "w.json")]) == 0
    assert "1 pins, 1 notes" in capsys.readouterr().err
    assert main(["workspace", "import", str(tmp_path / "w.json")]) == 0  # nothing twice
    assert "Imported 0 pins, 0 notes" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text("{")
    assert main(["workspace", "import", str(tmp_path / "bad.json")]) == 1
    assert "not a BRI Desktop workspace file" in capsys.readouterr().err


def test_the_workspace_lives_in_the_users_data_folder_never_beside_the_dataset(qtbot, window):
    workspace_ready(qtbot, window)
    assert window.workspace.path == paths.workspace_file()
    assert paths.workspace_file().parent == paths.user_data_dir()
    assert not paths.workspace_file().is_relative_to(paths.bundled_db().parent)
    con = sqlite3.connect(paths.bundled_db())
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    con.close()
    assert "pins" not in names and "notes" not in names


def test_a_corrupt_workspace_at_start_is_moved_aside_with_a_message(qtbot, make_window):
    paths.workspace_file().parent.mkdir(parents=True, exist_ok=True)
    paths.workspace_file().write_bytes(b"SQLite format 3\x00" + b"\x00garbage" * 800)
    window = make_window()
    workspace_ready(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "moved to" in message and str(paths.workspace_file()) in message
    assert window.workspace.opened.moved_aside.exists()
    assert QApplication.instance() is not None


def test_the_view_open_at_closing_comes_back_at_start_unless_turned_off(qtbot, make_window):
    first = make_window()
    first.set_kind("projects")
    settle(qtbot, first)
    click_facet(qtbot, first, "country", "KZ")
    first.views.setCurrentWidget(first.timeline)  # a tab after the chart and the map
    settle(qtbot, first)
    first.close()
    second = make_window()
    assert second.kind == "projects" and second.filter.countries == {"KZ"}
    assert second.views.currentWidget() is second.timeline  # it came back on the chart
    second.findChild(QAction, "action_reopen_last_view").setChecked(False)
    second.close()
    third = make_window()
    assert third.filter.countries == frozenset()

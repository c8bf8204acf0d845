"""The briefing as the analyst builds it in the window: pin, add to the briefing, reorder, write a
note, see the pages, export, come back the next day and find it as it was."""

from __future__ import annotations

import re

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from bri_desktop.briefing.spec import Item
from bri_desktop.ui.briefing_flow import item_of_pin
from bri_desktop.ui.theme import theme_of
from bri_desktop.workspace.briefings import briefing, briefings
from tests.gui.conftest import settle
from tests.gui.test_record_sequences import CTRL, click_facet, click_record, press
from tests.gui.test_workspace_window import workspace_ready

BEREK = "kmg-sinopec-berekovskoye"


def pages_shown(qtbot, window) -> int:
    pane = window.briefing_pane
    qtbot.waitUntil(lambda: pane.pages_layout.count() > 0 and "page" in pane.status.text(), timeout=15000)
    settle(qtbot, window)
    return pane.pages_layout.count()


def add_pinned(qtbot, window, record_id: str) -> None:
    click_record(qtbot, window, record_id)
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    pin = next(p for p in window.workspace.pins() if p.record_id == record_id)
    window.pinboard.list.briefing_requested.emit(pin.id)  # the Pinboard's "Add to briefing"
    settle(qtbot, window)


def test_pins_go_into_a_briefing_that_previews_exports_and_is_there_after_a_restart(
        qtbot, make_window, tmp_path):
    window = make_window()
    ws = workspace_ready(qtbot, window)
    add_pinned(qtbot, window, BEREK)
    add_pinned(qtbot, window, "kz-bri3-01")
    pane = window.briefing_pane
    assert pane.isVisible() and pane.accessibleName() == "Briefing"
    assert pages_shown(qtbot, window) >= 1
    pane.title.setFocus()
    pane.title.selectAll()
    qtbot.keyClicks(pane.title, "Berekovskoye and TFC")
    # saved as typed
    saved = briefing(ws, briefings(ws)[0].name)
    assert saved.spec["title"] == "Berekovskoye and TFC"
    assert [i["id"] for i in saved.spec["sections"][0]["items"]] == [BEREK, "kz-bri3-01"]
    # the second item up, with Alt+Up in the contents
    section = pane.tree.topLevelItem(0)
    pane.tree.setCurrentItem(section.child(1))
    pane.tree.setFocus()
    qtbot.keyClick(pane.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i["id"] for i in briefing(ws, saved.name).spec["sections"][0]["items"]] == ["kz-bri3-01", BEREK]
    window.export_briefing("docx", tmp_path / "out.docx")
    qtbot.waitUntil(lambda: (tmp_path / "out.docx").exists(), timeout=15000)
    word = docx.Document(str(tmp_path / "out.docx"))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    assert headings[0].startswith("Agreement between JSC NC KazMunayGas and SINOPEC")
    assert "Berekovskoye" in headings[1]
    window.close()
    again = make_window()
    workspace_ready(qtbot, again)
    assert again.briefing_pane.title.text() == "Berekovskoye and TFC"
    assert again.briefing_pane.tree.topLevelItem(0).childCount() == 2


def test_delete_removes_an_item_and_a_note_is_written_by_the_user(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    ws = workspace_ready(qtbot, window)
    add_pinned(qtbot, window, BEREK)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Watch the 2025 budget.", True))
    window.briefing_pane.add_note_button.click()
    items = briefings(ws)[0].spec["sections"][0]["items"]
    assert [i["type"] for i in items] == ["record", "note"] and items[1]["text"] == "Watch the 2025 budget."
    tree = window.briefing_pane.tree
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert [i["type"] for i in briefings(ws)[0].spec["sections"][0]["items"]] == ["note"]


def test_every_kind_of_pin_becomes_an_item_the_preview_draws(qtbot, window):
    ws = workspace_ready(qtbot, window)
    click_facet(qtbot, window, "country", "KZ")
    window.views.setCurrentWidget(window.chart)
    settle(qtbot, window)
    window.pin_chart()
    window.views.setCurrentWidget(window.corridors)
    settle(qtbot, window)
    window.pin_map()
    window.save_view("Kazakhstan deals")
    window.pin_view("Kazakhstan deals")
    click_record(qtbot, window, BEREK)
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    window.set_kind("indicators")
    settle(qtbot, window)
    window.table.selectRow(0)
    settle(qtbot, window)
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    views = {v.name: v.state for v in ws.views()}
    made = [item_of_pin(p, views) for p in ws.pins()]
    assert sorted(i.type for i in made) == ["chart", "indicator", "map", "record", "table"]
    for pin in ws.pins():
        window.add_pin_to_briefing(pin.id)
    pages = pages_shown(qtbot, window)
    assert pages >= 2
    assert window.last_error == ""


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_preview_prints_dark_ink_on_white_in_either_theme(qtbot, window, theme):
    workspace_ready(qtbot, window)
    theme_of().apply(theme)
    try:
        window.briefing_pane.show()
        window.briefing_pane.add_item(Item("note", {"text": "Ink. " * 400}))
        pages_shown(qtbot, window)
        label = window.briefing_pane.pages_layout.itemAt(0).widget()
        image = label.pixmap().toImage()
        darkest = min(QColor(image.pixel(x, y)).lightness()
                      for x in range(0, image.width(), 2) for y in range(image.height() // 3, image.height() // 2))
        assert darkest < 60, f"the text is pale ({darkest}) on the page"
        assert QColor(image.pixel(2, 2)).lightness() > 240  # the paper is white
    finally:
        theme_of().apply("light")


def test_file_print_sends_every_page_to_the_printer(qtbot, window, tmp_path, monkeypatch):
    from PySide6 import QtPrintSupport

    workspace_ready(qtbot, window)
    add_pinned(qtbot, window, BEREK)
    target = tmp_path / "printed.pdf"

    class Dialog:  # the system's print dialog, as if the user chose a PDF printer and OK
        DialogCode = QtPrintSupport.QPrintDialog.DialogCode

        def __init__(self, printer, _parent):
            printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def exec(self):
            return self.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", Dialog)
    window.acts["print_briefing"].trigger()
    qtbot.waitUntil(lambda: "sent to the printer" in window.statusBar().currentMessage(), timeout=15000)
    assert target.read_bytes().startswith(b"%PDF")
    pages = int(re.search(r"\((\d+) pages?\)", window.statusBar().currentMessage()).group(1))
    assert pages >= 1 and len(re.findall(rb"/Type\s*/Page[^s]", target.read_bytes())) == pages


def test_a_briefing_that_cannot_be_read_is_kept_and_new_work_goes_elsewhere(qtbot, make_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from bri_desktop import paths
    from bri_desktop.workspace.briefings import save_briefing
    from bri_desktop.workspace.store import Workspace

    ws = Workspace(paths.workspace_file())
    damaged = {"title": 5, "sections": "many"}  # as another version, or a hand edit, left it
    save_briefing(ws, "Old one", damaged)
    ws.close()
    window = make_window()
    ws = workspace_ready(qtbot, window)
    assert "cannot be read" in window.statusBar().currentMessage()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("New thought.", True))
    window.briefing_pane.add_note_button.click()
    kept = {b.name: b.spec for b in briefings(ws)}
    assert kept["Old one"] == damaged
    assert [i["text"] for n, spec in kept.items() if n != "Old one" for i in spec["sections"][0]["items"]] == [
        "New thought."]


def test_a_pin_dragged_from_the_pinboard_goes_into_the_section_it_is_dropped_on(qtbot, window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    ws = workspace_ready(qtbot, window)
    click_record(qtbot, window, BEREK)
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    pane = window.briefing_pane
    pane.show()
    pane.add_section("First")
    pane.add_section("Second")
    pins = window.pinboard.list
    data = pins.mimeData([pins.item(0)])  # what a drag from the Pinboard carries
    first = pane.tree.topLevelItem(0)
    spot = QPointF(pane.tree.visualItemRect(first).center())
    drop = QDropEvent(spot, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    pane.tree.dragEnterEvent(drop)
    assert drop.isAccepted()
    pane.tree.dropEvent(drop)
    spec = briefings(ws)[0].spec
    assert [s["name"] for s in spec["sections"]] == ["First", "Second"]
    assert [i["id"] for i in spec["sections"][0]["items"]] == [BEREK] and spec["sections"][1]["items"] == []
    assert pins.count() == 1  # the pin stays on the Pinboard

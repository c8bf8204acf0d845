"""The workspace keeps what the user makes, survives bad files and kills, upgrades old files,
never damages newer ones, and merges another laptop's workspace without overwriting."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bri_desktop.workspace import schema
from bri_desktop.workspace.briefings import briefings, delete_briefing, rename_briefing, save_briefing
from bri_desktop.workspace.store import Workspace, WorkspaceError
from bri_desktop.workspace.transfer import export_workspace, import_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
KEY = ("agreements", "kmg-sinopec-berekovskoye")


def fresh(tmp_path, name="ws.sqlite") -> Workspace:
    return Workspace(tmp_path / name)


def test_pins_keep_the_users_order_and_come_back_after_removal(tmp_path):
    ws = fresh(tmp_path)
    a = ws.add_pin("record", "A", ("agreements", "a"))
    b = ws.add_pin("chart", "Chart", settings={"measure": "investment"})
    c = ws.add_pin("record", "C", ("projects", "c"))
    ws.reorder_pins([c.id, a.id, b.id])
    assert [p.title for p in ws.pins()] == ["C", "A", "Chart"]
    removed = ws.remove_pin(a.id)
    assert [p.title for p in ws.pins()] == ["C", "Chart"]
    ws.restore_pin(removed)
    assert [p.title for p in ws.pins()] == ["C", "A", "Chart"]
    assert ws.pinned_records() == {("agreements", "a"): a.id, ("projects", "c"): c.id}


def test_notes_are_saved_versioned_searched_and_removed_when_emptied(tmp_path):
    ws = fresh(tmp_path)
    first = ws.set_note(KEY, "Check the **split** with Sinopec")
    second = ws.set_note(KEY, "Check the **split** with Sinopec and KMG")
    assert (first.version, second.version) == (1, 2) and second.created_at == first.created_at
    assert ws.notes_matching("kmg") == {KEY} and ws.notes_matching("huawei") == set()
    assert ws.notes_matching("title:kmg") == set()  # a record field is not in notes
    assert ws.set_note(KEY, "   ") is None and ws.note(KEY) is None
    assert ws.notes_matching("kmg") == set()


def test_tags_rename_and_merge(tmp_path):
    ws = fresh(tmp_path)
    ws.tag(KEY, "energy")
    ws.tag(("projects", "p"), "Energy deals")
    ws.tag(("projects", "q"), "energy")
    ws.rename_tag("energy", "Energy deals")  # to a name in use: the two merge
    assert ws.tags() == ["Energy deals"]
    assert ws.marks().tagged["Energy deals"] == {KEY, ("projects", "p"), ("projects", "q")}
    ws.rename_tag("Energy deals", "Upstream")
    assert ws.tags_of(KEY) == ["Upstream"]
    ws.untag(KEY, "Upstream")
    ws.untag(("projects", "p"), "Upstream")
    ws.untag(("projects", "q"), "Upstream")
    assert ws.tags() == []  # a tag no record carries goes


def test_saved_views_update_rename_delete(tmp_path):
    ws = fresh(tmp_path)
    ws.save_view("KZ", {"kind": "agreements"})
    ws.save_view("KZ", {"kind": "projects"})  # the same name updates
    assert [(v.name, v.state["kind"]) for v in ws.views()] == [("KZ", "projects")]
    ws.save_view("UZ", {"kind": "agreements"})
    with pytest.raises(WorkspaceError, match="already a saved view"):
        ws.rename_view("KZ", "UZ")
    ws.rename_view("KZ", "Kazakhstan")
    ws.delete_view("UZ")
    assert [v.name for v in ws.views()] == ["Kazakhstan"]


def test_a_workspace_of_the_first_schema_is_upgraded_with_its_contents(tmp_path):
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.executescript((FIXTURES / "workspace_v1.sql").read_text())
    con.close()
    ws = Workspace(path)
    assert not ws.read_only
    assert [p.title for p in ws.pins()] == ["Berekovskoye agreement"]
    note = ws.note(KEY)
    assert note.text.startswith("Check the 50/50") and note.version == 1
    assert ws.notes_matching("Sinopec release") == {KEY}  # the old notes are searchable
    assert ws.tags_of(KEY) == ["upstream"] and [v.name for v in ws.views()] == ["KZ energy"]
    assert ws.set_note(KEY, "edited after the upgrade").version == 2
    assert ws.notes_matching("upgrade") == {KEY}  # the new index holds the old notes' edits
    version = sqlite3.connect(path).execute("SELECT value FROM ws_meta").fetchone()[0]
    assert version == str(schema.SCHEMA_VERSION)
    save_briefing(ws, "After the upgrade", {"title": "T", "sections": []})  # the newest table is there
    assert [b.name for b in briefings(ws)] == ["After the upgrade"]


def test_briefings_are_saved_renamed_deleted_and_carried_between_laptops(tmp_path):
    ws = fresh(tmp_path, "a.sqlite")
    save_briefing(ws, "  Astana   desk ", {"title": "One"})
    save_briefing(ws, "Astana desk", {"title": "Two"})  # the same name: updated, not doubled
    assert [(b.name, b.spec["title"]) for b in briefings(ws)] == [("Astana desk", "Two")]
    with pytest.raises(WorkspaceError, match="needs a name"):
        save_briefing(ws, "   ", {})
    save_briefing(ws, "Tashkent", {"title": "T"})
    ws.save_view("KZ", {"kind": "agreements", "filter": {"countries": ["KZ"]}})
    with pytest.raises(WorkspaceError, match="already a briefing"):
        rename_briefing(ws, "Tashkent", "Astana desk")
    export_workspace(ws, tmp_path / "out.json")
    other = fresh(tmp_path, "b.sqlite")
    save_briefing(other, "Astana desk", {"title": "Mine"})
    other.save_view("KZ", {"kind": "projects"})
    report = import_workspace(other, tmp_path / "out.json")
    assert report.briefings == 2 and "2 briefings" in report.text()
    assert {b.name: b.spec["title"] for b in briefings(other)} == {
        "Astana desk": "Mine", "Astana desk (imported)": "Two", "Tashkent": "T"}
    again = import_workspace(other, tmp_path / "out.json")
    assert again.briefings == 0 and again.views == 0  # the same file twice adds nothing
    assert [v.name for v in other.views()] == ["KZ", "KZ (imported)"]
    delete_briefing(other, "Tashkent")
    assert "Tashkent" not in {b.name for b in briefings(other)}


def test_a_workspace_from_a_newer_version_is_read_only_and_untouched(tmp_path):
    path = tmp_path / "new.sqlite"
    writer = fresh(tmp_path, "new.sqlite")
    writer.set_note(KEY, "from the future")
    writer.close()  # its log is folded into the file now, not at some later moment
    con = sqlite3.connect(path)
    con.execute("UPDATE ws_meta SET value = '99' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    before = path.read_bytes()
    ws = Workspace(path)
    assert ws.read_only and "newer BRI Desktop" in ws.opened.message
    assert ws.note(KEY).text == "from the future"
    with pytest.raises(WorkspaceError, match="read-only"):
        ws.set_note(KEY, "overwrite")
    ws.close()
    assert path.read_bytes() == before


def test_a_corrupt_workspace_is_moved_aside_and_a_fresh_one_started(tmp_path):
    path = tmp_path / "ws.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    ws = Workspace(path)
    aside = ws.opened.moved_aside
    assert aside is not None and aside.exists() and aside.name.startswith("ws.sqlite.corrupt-")
    assert str(path) in ws.opened.message and str(aside) in ws.opened.message
    assert aside.read_bytes().startswith(b"SQLite format 3")
    ws.set_note(KEY, "a fresh start")
    assert Workspace(path).note(KEY).text == "a fresh start"


def test_a_workspace_folder_that_cannot_be_made_gives_a_read_only_workspace(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    ws = Workspace(blocker / "ws.sqlite")
    assert ws.read_only and "cannot be kept" in ws.opened.message
    with pytest.raises(WorkspaceError):
        ws.set_note(KEY, "lost")
    assert ws.note(KEY) is None


WRITER = """
import sys
from pathlib import Path
from bri_desktop.workspace.store import Workspace
ws = Workspace(Path(sys.argv[1]))
i = 0
while True:
    ws.set_note(("agreements", f"rec-{i}"), f"note number {i}")
    ws.add_pin("record", f"pin {i}", ("agreements", f"rec-{i}"))
    print(i, flush=True)  # shown as saved
    i += 1
"""


def test_a_process_killed_while_editing_loses_nothing_it_reported_saved(tmp_path):
    path = tmp_path / "ws.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                            text=True)
    saved = []
    deadline = time.monotonic() + 30
    while len(saved) < 40 and time.monotonic() < deadline:
        saved.append(int(proc.stdout.readline()))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    ws = Workspace(path)
    for i in saved:
        assert ws.note(("agreements", f"rec-{i}")).text == f"note number {i}"
    assert len(ws.pins()) >= len(saved)


def test_two_instances_at_once_both_save(tmp_path):
    path = tmp_path / "ws.sqlite"
    one, two = Workspace(path), Workspace(path)
    for i in range(30):
        one.set_note(("agreements", f"a{i}"), "from one")
        two.set_note(("projects", f"p{i}"), "from two")
    assert len(Workspace(path).all_notes()) == 60


def test_export_then_import_merges_without_overwriting(tmp_path):
    laptop, desk = fresh(tmp_path, "laptop.sqlite"), fresh(tmp_path, "desk.sqlite")
    laptop.add_pin("record", "Shared pin", ("agreements", "a"))
    laptop.set_note(KEY, "written on the laptop")
    laptop.set_note(("projects", "p"), "only on the laptop")
    laptop.tag(KEY, "upstream")
    laptop.save_view("KZ", {"kind": "agreements"})
    desk.add_pin("record", "Shared pin", ("agreements", "a"))
    desk.set_note(KEY, "written at the desk")
    desk.save_view("KZ", {"kind": "projects"})
    export_workspace(laptop, tmp_path / "laptop.json")
    report = import_workspace(desk, tmp_path / "laptop.json")
    assert (report.pins, report.notes, report.conflicts, report.views) == (0, 1, 1, 1)
    note = desk.note(KEY)
    assert note.text == "written at the desk" and note.conflict_text == "written on the laptop"
    assert desk.note(("projects", "p")).text == "only on the laptop"
    assert desk.tags_of(KEY) == ["upstream"]
    assert sorted(v.name for v in desk.views()) == ["KZ", "KZ (imported)"]
    assert import_workspace(desk, tmp_path / "laptop.json").pins == 0  # nothing twice
    desk.resolve_note(KEY, "written on both")
    assert desk.note(KEY).conflict_text is None and desk.note(KEY).text == "written on both"


@pytest.mark.parametrize("content", [b"not json", b'{"format": "other"}',
                                     b'{"format": "bri-desktop-workspace", "notes": 5}', b"\xff\xfe\x00"])
def test_a_bad_workspace_file_is_refused_and_changes_nothing(tmp_path, content):
    ws = fresh(tmp_path)
    ws.set_note(KEY, "mine")
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(WorkspaceError):
        import_workspace(ws, bad)
    assert [n.text for n in ws.all_notes()] == ["mine"] and ws.pins() == []


def test_an_import_failing_half_way_changes_nothing(tmp_path, monkeypatch):
    ws = fresh(tmp_path)
    source = fresh(tmp_path, "other.sqlite")
    for i in range(5):
        source.add_pin("record", f"pin {i}", ("agreements", f"r{i}"))
        source.set_note(("agreements", f"r{i}"), f"note {i}")
    source.tag(("agreements", "r0"), "late")
    export_workspace(source, tmp_path / "other.json")

    def fails(*_args, **_kwargs):  # the tags come after the pins and notes: those are written
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workspace, "tag_id", staticmethod(fails))
    with pytest.raises(WorkspaceError, match="disk is full"):
        import_workspace(ws, tmp_path / "other.json")
    assert ws.pins() == [] and ws.all_notes() == []

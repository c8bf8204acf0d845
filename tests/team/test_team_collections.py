"""An imported collection shared with the team: its files and provenance go to the server as the
importing computer stored them; another computer uses that very release (same checksum, same
records in its combined dataset), from the window's Team collections dialog too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from bri_desktop import paths
from bri_desktop.importers.session import apply, collection_store
from bri_desktop.importers.store import StoreError
from bri_desktop.workspace import server
from bri_desktop.workspace import team as t
from tests.gui.conftest import settle
from tests.importers.conftest import Importer
from tests.importers.files import cgit_workbook, deals


def server_ws(pg, team_db, role, closing):
    name, roles = team_db
    ws = t.open_server(*t.parse(pg.url(roles[role], f"pw-{roles[role]}", name)))
    closing.append(ws)
    return ws


def imported(tmp_path, name="CGIT 2024", seed=1):
    """An import on the computer whose data folder BRI_DESKTOP_HOME names."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    importer = Importer(tmp_path)
    prepared = importer.run(cgit_workbook(tmp_path / f"{seed}.xlsx", {"Dataset 1": deals(seed, 25)}), name=name)
    return importer, prepared


def projects_of(collection_id):
    from bri_desktop.db.connection import open_readonly

    conn = open_readonly(paths.combined_db())
    try:
        rows = conn.execute("SELECT name, investment_usd, country FROM projects WHERE collection = ?",
                            (collection_id,))
        return sorted(tuple(r) for r in rows)
    finally:
        conn.close()


def test_a_shared_release_is_used_elsewhere_as_it_was_stored(pg, team_db, closing, tmp_path, monkeypatch):
    server_ws(pg, team_db, "owner", closing)
    alice, bob = server_ws(pg, team_db, "alice", closing), server_ws(pg, team_db, "bob", closing)
    monkeypatch.setenv("BRI_DESKTOP_HOME", str(tmp_path / "alice"))
    importer, prepared = imported(tmp_path / "alice")
    mine = collection_store().get("CGIT 2024")
    shared = server.publish_collection(alice, collection_store().files_of(mine))
    titles = projects_of(prepared.collection_id)
    assert shared["sha256"] == mine.sha256 and len(titles) > 0
    # another computer: its own data folder
    monkeypatch.setenv("BRI_DESKTOP_HOME", str(tmp_path / "bob-home"))
    [listed] = server.published_collections(bob)
    assert (listed["name"], listed["published_by"], listed["meta"]["rows"]) == ("CGIT 2024", team_db[1]["alice"],
                                                                                mine.rows)
    files = server.collection_files(bob, "CGIT 2024")
    collection, path = apply(lambda store: store.install(files), paths.bundled_db())
    assert path == paths.combined_db() and str(tmp_path / "bob-home") in str(path)
    assert (collection.id, collection.sha256, collection.file) == (mine.id, mine.sha256, mine.file)
    assert projects_of(collection.id) == titles  # the same records, the same release
    assert [c["what"] for c in server.changes_since(bob, 0)] == ["collection"]
    # a newer release replaces it; a damaged one or a name taken by another collection changes nothing
    monkeypatch.setenv("BRI_DESKTOP_HOME", str(tmp_path / "alice"))
    importer.run(cgit_workbook(tmp_path / "newer.xlsx", {"Dataset 1": deals(9, 30)}), name="CGIT 2024",
                 collection_id=mine.id)  # re-imported: a newer release of the same collection
    newer = collection_store().get("CGIT 2024")
    server.publish_collection(alice, collection_store().files_of(newer))
    monkeypatch.setenv("BRI_DESKTOP_HOME", str(tmp_path / "bob-home"))
    apply(lambda store: store.install(server.collection_files(bob, "CGIT 2024")), paths.bundled_db())
    assert collection_store().get("CGIT 2024").sha256 == newer.sha256 != mine.sha256
    damaged = dict(files, **{"records.jsonl": b"{not json\n"})
    with pytest.raises(StoreError, match="damaged"):
        collection_store().install(damaged)
    other = dict(files, **{"collection.json": files["collection.json"].replace(mine.id.encode(), b"other-id")})
    with pytest.raises(StoreError, match="another collection named"):
        collection_store().install(other)
    assert collection_store().get("CGIT 2024").sha256 == newer.sha256


def test_the_window_says_the_team_shares_a_release_and_uses_it(qtbot, pg, team_db, closing, tmp_path,
                                                              monkeypatch):
    from bri_desktop.db.dataset import Dataset
    from bri_desktop.ui.main_window import MainWindow

    name, roles = team_db
    server_ws(pg, team_db, "owner", closing)
    bob = server_ws(pg, team_db, "bob", closing)
    home = tmp_path / "alice-home"
    monkeypatch.setenv("BRI_DESKTOP_HOME", str(tmp_path / "bob-home"))
    imported(tmp_path / "bob-home")
    theirs = collection_store().get("CGIT 2024")
    server.publish_collection(bob, collection_store().files_of(theirs))
    monkeypatch.setenv("BRI_DESKTOP_HOME", str(home))
    monkeypatch.setenv(t.URL_VARIABLE, pg.url(roles["alice"], f"pw-{roles['alice']}", name))
    window = MainWindow(Dataset(paths.bundled_db()))
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.team is not None and window.team.state == "up to date", timeout=15000)
        assert "Your team shares “CGIT 2024”" in window.statusBar().currentMessage()
        before = window.dataset.totals["projects"]
        window.show_team_collections()
        qtbot.waitUntil(lambda: window.team_collections_dialog is not None
                        and window.team_collections_dialog.isVisible(), timeout=10000)
        dialog = window.team_collections_dialog
        assert dialog.table.item(0, 5).text() == "not here" and roles["bob"] in dialog.table.item(0, 3).text()
        dialog.table.selectRow(0)
        assert dialog.use.isEnabled()
        dialog.use.click()
        qtbot.waitUntil(lambda: window.dataset.totals["projects"] == before + theirs.rows, timeout=30000)
        settle(qtbot, window)
        qtbot.waitUntil(lambda: dialog.table.item(0, 5).text() == "in use here", timeout=10000)
        assert not dialog.use.isEnabled()
        assert collection_store().get("CGIT 2024").sha256 == theirs.sha256
        dialog.close()
    finally:
        window.close()
        if window.workspace is not None:
            window.workspace.close()
        for w in QApplication.topLevelWidgets():
            w.close()

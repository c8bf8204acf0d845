"""Screenshots of a team workspace on a PostgreSQL server this script starts: the status bar's
team state, a note changed by two people, the Team view, Preferences, the password prompt, a
briefing a colleague is editing, and work offline; light, dark and a small window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/team_screens.py OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-team-screens-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from bench.screens import settle
from bri_desktop import paths
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui.app import wait_for
from bri_desktop.ui.main_window import MainWindow
from bri_desktop.ui.team_dialogs import Preferences
from bri_desktop.ui.theme import theme_of
from bri_desktop.workspace import briefings as b
from bri_desktop.workspace import team as t
from bri_desktop.workspace.sync import TeamSync
from tests.team import pg_server

KEY = ("agreements", "kmg-sinopec-berekovskoye")


def colleague(server: pg_server.PgServer, role: str) -> tuple:
    address, password = t.parse(server.url(role, f"pw-{role}", "team"))
    ws = t.open_copy(address)
    return ws, TeamSync(ws, lambda: t.open_server(address, password), lambda exc: t.explain(exc, address))


def share_from_another_home(bob) -> None:
    """Bob imports a CGIT workbook on his computer (another data folder) and shares it."""
    from bri_desktop.importers.session import collection_store
    from bri_desktop.workspace import server
    from tests.importers.conftest import Importer
    from tests.importers.files import cgit_workbook, deals

    here = os.environ["BRI_DESKTOP_HOME"]
    elsewhere = Path(tempfile.mkdtemp(prefix="bri-team-screens-bob-"))
    os.environ["BRI_DESKTOP_HOME"] = str(elsewhere)
    try:
        Importer(elsewhere).run(cgit_workbook(elsewhere / "cgit-2024.xlsx", {"Dataset 1": deals(1, 40)}),
                                name="CGIT Spring 2024")
        store = collection_store()
        server.publish_collection(t.open_server(*t.parse(os.environ["BOB_URL"])),
                                  store.files_of(store.get("CGIT Spring 2024")))
    finally:
        os.environ["BRI_DESKTOP_HOME"] = here


def synced(app, window, state: str = "up to date") -> bool:
    window.sync_team_now()
    return wait_for(app, lambda: window.team is not None and not window.team.busy
                    and window.team.state == state, 20)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    server = pg_server.make_server()
    try:
        shots(out, server)
    finally:
        pg_server.remove(server)


def shots(out: Path, server: pg_server.PgServer) -> None:
    pg_server.team_database(server)
    t.open_server(*t.parse(server.url("owner", "pw-owner", "team"))).close()
    bob, bob_sync = colleague(server, "bob")
    os.environ["BOB_URL"] = server.url("bob", "pw-bob", "team")
    bob.set_note(("agreements", "cnpc-kmg-gas-chemical"), "Bob: check the 2025 figure against the article")
    bob.add_pin("record", "Berekovskoye field", KEY)
    bob.tag(KEY, "gas")
    b.save_briefing(bob, "Weekly: Kazakh gas", {"title": "Weekly: Kazakh gas"})
    bob_sync.step()
    app = QApplication.instance() or QApplication(sys.argv)
    os.environ[t.URL_VARIABLE] = server.url("alice", "pw-alice", "team")
    window = MainWindow(Dataset(paths.bundled_db()))
    window.resize(1500, 900)
    window.show()
    settle(app, window)
    print("up to date:", synced(app, window))
    window.show_details(*KEY)
    settle(app, window)
    box = window.details.note_box
    box.edit.setPlainText("Alice: signed in Astana; the value is Bob's estimate")
    box.flush()
    synced(app, window)
    bob_sync.step()
    bob.set_note(KEY, "Bob: the value is from the KMG release, not an estimate")
    bob_sync.step()
    box.edit.setPlainText("Alice: signed in Astana, June 2025")
    box.flush()
    print("conflict:", synced(app, window))
    for theme, size in (("light", (1500, 900)), ("dark", (1500, 900)), ("small", (1000, 680))):
        theme_of().apply("dark" if theme == "dark" else "light")
        window.resize(*size)
        settle(app, window)
        window.grab().save(str(out / f"team-note-both-{theme}.png"))
    theme_of().apply("light")
    window.resize(1500, 900)
    window.show_team_view()
    settle(app, window)
    window.team_view.grab().save(str(out / "team-view.png"))
    theme_of().apply("dark")
    window.team_view.refresh()
    settle(app, window)
    window.team_view.grab().save(str(out / "team-view-dark.png"))
    theme_of().apply("light")
    window.team_view.close()
    fixed = os.environ.pop(t.URL_VARIABLE)  # as when the address is chosen in Preferences
    prefs = Preferences(window)
    prefs.show()
    settle(app, window)
    prefs.address.setText("mysql://alice@db.example.org/bri")
    prefs._accept()
    settle(app, window)
    prefs.grab().save(str(out / "team-preferences.png"))
    prefs.close()
    os.environ[t.URL_VARIABLE] = fixed
    # a collection Bob imported and shared: the Team collections dialog
    share_from_another_home(bob)
    window.show_team_collections()
    wait_for(app, lambda: window.team_collections_dialog is not None and window.team_collections_dialog.isVisible(), 10)
    settle(app, window)
    window.team_collections_dialog.table.selectRow(0)
    window.team_collections_dialog.grab().save(str(out / "team-collections.png"))
    window.team_collections_dialog.close()
    # the password prompt, as at a start with no password kept
    from PySide6.QtCore import QTimer

    from bri_desktop.ui.team_dialogs import ask_password

    def grab_prompt() -> None:
        prompt = next((w for w in app.topLevelWidgets() if w.objectName() == "team_password" and w.isVisible()),
                      None)
        if prompt is None:
            QTimer.singleShot(50, grab_prompt)
            return
        prompt.grab().save(str(out / "team-password.png"))
        prompt.reject()

    QTimer.singleShot(100, grab_prompt)
    ask_password(window, window.team.address)
    # a briefing Bob is editing: read-only here
    bob_sync.call(lambda ws: __import__("bri_desktop.workspace.server", fromlist=["x"]).take_lock(
        ws, "Weekly: Kazakh gas"))
    window.acts["briefing"].trigger()
    window.open_briefing("Weekly: Kazakh gas")
    print("locked:", wait_for(app, lambda: window.briefing_locked_by == "bob", 10))
    settle(app, window)
    window.grab().save(str(out / "team-briefing-locked.png"))
    window.briefing_pane.hide()
    # offline
    server.stop()
    box.edit.setPlainText("Alice: written on the train")
    box.flush()
    print("offline:", synced(app, window, "offline"))
    for theme in ("light", "dark"):
        theme_of().apply(theme)
        settle(app, window)
        window.grab().save(str(out / f"team-offline-{theme}.png"))
    theme_of().apply("light")
    server.start()
    window.close()
    for ws in (bob,):
        ws.close()
    bob_sync.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

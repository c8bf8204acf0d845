"""The team workspace through the real window: opened from BRI_WORKSPACE_URL or Preferences,
the status bar saying how it stands, a pin and a note travelling to a colleague, work going on
offline, a note edited on both sides shown side by side, the Team view, the password prompt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from bri_desktop import paths
from bri_desktop.db.dataset import Dataset
from bri_desktop.workspace import team as t
from bri_desktop.workspace.sync import TeamSync
from tests.gui.conftest import settle
from tests.team.conftest import grants

KEY = ("agreements", "kmg-sinopec-berekovskoye")


@pytest.fixture
def owner(pg, team_db, closing):
    name, roles = team_db
    ws = t.open_server(*t.parse(pg.url(roles["owner"], f"pw-{roles['owner']}", name)))
    closing.append(ws)
    return ws


@pytest.fixture
def open_window(qtbot, closing):
    from bri_desktop.ui.main_window import MainWindow

    made = []

    def make():
        window = MainWindow(Dataset(paths.bundled_db()))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
        settle(qtbot, window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        if window.workspace is not None:
            window.workspace.close()


def colleague(pg, team_db, closing, role="bob"):
    name, roles = team_db
    address, password = t.parse(pg.url(roles[role], f"pw-{roles[role]}", name))
    ws = t.open_copy(address)
    sync = TeamSync(ws, lambda: t.open_server(address, password), lambda exc: t.explain(exc, address))
    closing.extend([ws, sync])
    return ws, sync


def type_note(window, text):
    """As a user does: type in the note box, then leave it (it saves)."""
    box = window.details.note_box
    box.edit.setPlainText(text)
    box.flush()


def synced(qtbot, window, state="up to date"):
    window.sync_team_now()
    qtbot.waitUntil(lambda: window.team is not None and not window.team.busy and window.team.state == state,
                    timeout=15000)


def test_a_pin_and_a_note_travel_and_offline_work_is_kept(qtbot, pg, team_db, owner, open_window,
                                                           closing, monkeypatch):
    name, roles = team_db
    monkeypatch.setenv(t.URL_VARIABLE, pg.url(roles["alice"], f"pw-{roles['alice']}", name))
    window = open_window()
    synced(qtbot, window)
    assert window.team_label.isVisible() and window.team_label.text() == "Team: up to date"
    assert "pw-" not in window.team_label.toolTip()  # the address shown never has the password
    window.show_details(*KEY)
    settle(qtbot, window)
    window.toggle_pin()
    type_note(window, "Signed in Astana, June 2025")
    synced(qtbot, window)
    bob, bob_sync = colleague(pg, team_db, closing)
    bob_sync.step()
    assert [p.record_id for p in bob.pins()] == [KEY[1]] and bob.note(KEY).text.startswith("Signed in")
    assert bob.note(KEY).updated_by == roles["alice"]
    # the server goes away: work goes on, and says so
    pg.stop()
    try:
        type_note(window, "Edited on the train")
        synced(qtbot, window, "offline")
        assert window.team_label.text().startswith("Team: offline") and "1 change waiting" in window.team_label.text()
        assert window.workspace.note(KEY).text == "Edited on the train"
        assert window.details.note_box.edit.toPlainText() == "Edited on the train"
    finally:
        pg.start()
    synced(qtbot, window)
    bob_sync.step()
    assert bob.note(KEY).text == "Edited on the train"


def test_a_note_changed_by_a_colleague_meanwhile_shows_both_texts(qtbot, pg, team_db, owner, open_window,
                                                                  closing, monkeypatch):
    name, roles = team_db
    monkeypatch.setenv(t.URL_VARIABLE, pg.url(roles["alice"], f"pw-{roles['alice']}", name))
    window = open_window()
    window.show_details(*KEY)
    settle(qtbot, window)
    type_note(window, "First text")
    synced(qtbot, window)
    bob, bob_sync = colleague(pg, team_db, closing)
    bob_sync.step()
    bob.set_note(KEY, "Bob's text")
    bob_sync.step()
    type_note(window, "Alice's text")
    synced(qtbot, window)
    box = window.details.note_box
    assert box.conflict.isVisible() and "Bob's text" in box.conflict.text()
    assert box.edit.toPlainText() == "Alice's text"
    assert "both versions are kept" in window.statusBar().currentMessage()
    box.keep_both.click()
    synced(qtbot, window)
    bob_sync.step()
    assert "Alice's text" in bob.note(KEY).text and "Bob's text" in bob.note(KEY).text
    # the Team view lists who changed what
    window.show_team_view()
    view = window.team_view
    people = [view.who.itemData(i) for i in range(view.who.count())]
    assert set(people) == {"", roles["alice"], roles["bob"]}
    view.who.setCurrentIndex(people.index(roles["bob"]))
    assert {view.table.item(r, 1).text() for r in range(view.table.rowCount())} == {roles["bob"]}
    view.close()


def test_preferences_refuse_a_bad_address_and_a_password_is_asked_for(qtbot, pg, team_db, owner,
                                                                     open_window, monkeypatch):
    from bri_desktop.ui.team_flow import TEAM_URL

    name, roles = team_db
    monkeypatch.delenv(t.URL_VARIABLE, raising=False)
    window = open_window()
    assert window.team is None and not window.team_label.isVisible()
    problems: list[str] = []
    answers = iter(["mysql://x:hunter2@h/d", pg.url(roles["alice"], f"pw-{roles['alice']}", name)])

    def fill_preferences():
        dialog = _shown("preferences", fill_preferences)
        if dialog is None:
            return
        dialog.address.setText(next(answers))
        dialog._accept()
        problems.append(dialog.problem.text() if dialog.problem.isVisible() else "")
        if dialog.isVisible():
            QTimer.singleShot(50, fill_preferences)

    # an address with its password typed in: used, never kept
    QTimer.singleShot(50, fill_preferences)
    window.show_preferences()
    assert "PostgreSQL" in problems[0] and problems[1] == ""
    qtbot.waitUntil(lambda: window.team is not None and window.team.state == "up to date", timeout=15000)
    window.settings._qs.sync()
    assert window.settings.get(TEAM_URL) == pg.url(roles["alice"], None, name)
    assert "pw-" not in window.settings.path.read_text(encoding="utf-8")  # never in the settings file
    assert "hunter2" not in window.settings.path.read_text(encoding="utf-8")
    # back to one's own workspace, then the team again at its next start: the password is asked for
    QTimer.singleShot(50, lambda: _set_preferences(""))
    window.show_preferences()
    qtbot.waitUntil(lambda: window.workspace is not None and window.team is None, timeout=10000)
    assert not window.team_label.isVisible()
    asked = []

    def fill_password():
        dialog = _shown("team_password", fill_password)
        if dialog is None:
            return
        asked.append(dialog.findChild(QLabel).text())
        dialog.findChild(QLineEdit, "team_password_field").setText(f"pw-{roles['alice']}")
        dialog.accept()

    QTimer.singleShot(50, lambda: _set_preferences(pg.url(roles["alice"], None, name)))
    QTimer.singleShot(100, fill_password)
    window.show_preferences()
    qtbot.waitUntil(lambda: window.team is not None and window.team.state == "up to date", timeout=15000)
    assert asked and roles["alice"] in asked[0] and "asks for the password" in asked[0]


def _shown(name, again):
    """The modal dialog called ``name`` once it shows; until then None, and ``again`` is called
    again a moment later."""
    dialog = next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()),
                  None)
    if dialog is None:
        QTimer.singleShot(50, again)
    return dialog


def _set_preferences(text):
    dialog = _shown("preferences", lambda: _set_preferences(text))
    if dialog is None:
        return
    dialog.address.setText(text)
    dialog._accept()


@pytest.mark.parametrize("address", ["postgresql+psycopg://alice@db:notaport/bri",
                                     "postgresql+psycopg://alice:a@b:c/d@db/bri", "garbage"])
def test_an_unusable_address_at_start_opens_ones_own_workspace_and_says_why(qtbot, open_window, monkeypatch,
                                                                          address):
    monkeypatch.setenv(t.URL_VARIABLE, address)
    window = open_window()
    assert window.team is None and window.workspace is not None and not window.workspace.read_only
    message = window.statusBar().currentMessage()
    assert "Team workspace not opened" in message and t.URL_VARIABLE in message
    assert ":a@" not in message  # no password shown


def test_a_reader_cannot_edit_what_could_never_be_shared(qtbot, pg, team_db, owner, open_window, monkeypatch):
    name, roles = team_db
    monkeypatch.setenv(t.URL_VARIABLE, pg.url(roles["reader"], f"pw-{roles['reader']}", name))
    window = open_window()
    synced(qtbot, window, "read-only")
    window.show_details(*KEY)
    settle(qtbot, window)
    box = window.details.note_box
    assert box.edit.isReadOnly() and not window.acts["pin"].isEnabled()
    window.acts["briefing"].trigger()
    assert window.briefing_pane.title.isReadOnly()
    assert "may read the team workspace but not change it" in window.briefing_pane.lock.text()
    assert window.team.sync.waiting() == 0


def test_a_server_that_cannot_be_used_as_asked_pauses_and_says_so(qtbot, pg, team_db, owner, open_window,
                                                                 monkeypatch):
    roles = team_db[1]
    monkeypatch.setenv(t.URL_VARIABLE, pg.url(roles["alice"], f"pw-{roles['alice']}", "no_such_db"))
    window = open_window()
    qtbot.waitUntil(lambda: window.team is not None and window.team.state == "problem", timeout=15000)
    assert window.team_label.text() == "Team: problem" and "There is no database" in window.team_label.toolTip()
    assert not window._team_timer.isActive()  # not tried again every 15 s until the user acts
    assert f"unset {t.URL_VARIABLE}" in window.statusBar().currentMessage()
    # the administrator makes the database: Sync now, and the 15 s sync goes on from there
    pg.sql("CREATE DATABASE no_such_db")
    for statement in grants(roles):
        pg.sql(statement, database="no_such_db")
    t.open_server(*t.parse(pg.url(roles["owner"], f"pw-{roles['owner']}", "no_such_db"))).close()
    synced(qtbot, window)
    assert window._team_timer.isActive()


def test_a_server_that_does_not_answer_is_said_so(qtbot, pg, team_db, owner, open_window, monkeypatch):
    import threading

    from bri_desktop.ui import team_flow

    name, roles = team_db
    monkeypatch.setenv(t.URL_VARIABLE, pg.url(roles["alice"], f"pw-{roles['alice']}", name))
    window = open_window()
    synced(qtbot, window)
    release = threading.Event()
    real = team_flow.team_step
    monkeypatch.setattr(team_flow, "team_step", lambda state, sync: release.wait(20) and real(state, sync))
    monkeypatch.setattr(team_flow, "SLOW_S", 0.3)
    window.sync_team()
    qtbot.wait(500)
    window.show_details(*KEY)
    qtbot.waitUntil(lambda: window._note_key == KEY and window.details.note_box.isEnabled(), timeout=10000)
    type_note(window, "Typed while the server hangs")
    assert window.team_label.text() == "Team: sending · 1 change waiting"  # said at once
    window.sync_team()  # the 15 s timer's tick
    assert window.team_label.text() == "Team: no answer from the server · 1 change waiting"
    release.set()
    qtbot.waitUntil(lambda: not window.team.busy, timeout=15000)
    synced(qtbot, window)


def test_a_window_waiting_for_another_computers_upgrade_says_so(qtbot, pg, team_db, owner, monkeypatch):
    from sqlalchemy import create_engine, text

    from bri_desktop.ui.main_window import MainWindow
    from bri_desktop.workspace.store import SCHEMA_LOCK

    name, roles = team_db
    holder = create_engine(pg.url(roles["owner"], f"pw-{roles['owner']}", name))
    monkeypatch.setenv(t.URL_VARIABLE, pg.url(roles["alice"], f"pw-{roles['alice']}", name))
    try:
        with holder.begin() as conn:  # another computer upgrading the tables
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK})
            window = MainWindow(Dataset(paths.bundled_db()))  # its first step waits for the upgrade
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(lambda: window.team is not None and window.team.wait_message != "", timeout=10000)
            window.sync_team()  # the timer's tick while the step waits
            assert window.team_label.text() == "Team: waiting for an upgrade"
            assert "Another computer is upgrading" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: window.team.state == "up to date", timeout=15000)
        window.close()
        window.workspace.close()
    finally:
        holder.dispose()


def test_a_server_that_cannot_be_reached_is_said_so_before_any_password_is_asked(qtbot, open_window,
                                                                                 monkeypatch):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv(t.URL_VARIABLE, f"postgresql+psycopg://alice@127.0.0.1:{port}/team")
    asked = []
    monkeypatch.setattr("bri_desktop.ui.team_dialogs.ask_password", lambda *a, **k: asked.append(a) or None)
    window = open_window()
    qtbot.waitUntil(lambda: window.team is not None and window.team.state == "offline", timeout=15000)
    assert asked == [] and "cannot be reached" in window.team_label.toolTip()

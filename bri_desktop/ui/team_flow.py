# mypy: disable-error-code="misc"
# (the methods take self: MainWindow, whose part they are)
"""A team's shared workspace in the window: chosen by an address in Preferences (or
BRI_WORKSPACE_URL), opened as this computer's copy at once, and kept in step with the team's
server in the background: every 15 seconds, and a moment after each change made here. The
status bar says how it stands (up to date, changes waiting, offline); nothing the user does
waits for the network. A part of MainWindow (a mixin).
"""

from __future__ import annotations

import contextlib
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QMenuBar

from bri_desktop.core.i18n import translate
from bri_desktop.ui import settings as keys
from bri_desktop.ui.team_status import status_text
from bri_desktop.workspace import server, team
from bri_desktop.workspace.items import Opened
from bri_desktop.workspace.sync import SyncReport, TeamSync
from bri_desktop.workspace.team import TeamError

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow
    from bri_desktop.ui.team_dialogs import TeamView
    from bri_desktop.ui.workers import TaskState
    from bri_desktop.workspace.store import Workspace

SYNC_EVERY_MS = 15_000
SYNC_AFTER_CHANGE_MS = 1_500
SLOW_S = 10  # a step this long: the status bar says the server does not answer
LOCK_RENEW_MS = 60_000  # the lock lasts server.LOCK_MINUTES; renewed (or tried again) each minute
TEAM_URL = keys.Key("team/url", "", str)


class TeamLink:
    """The team workspace this window is connected to."""

    def __init__(self, address: team.TeamAddress, password: str | None):
        self.address = address
        self.password = password
        self.sync: TeamSync | None = None
        self.busy = False
        self.started = 0.0  # when the step under way began
        self.wait_message = ""  # set by the step's thread: another computer is upgrading the tables
        self.state = "connecting"  # connecting, up to date, waiting, offline, read-only, problem
        self.asked = False  # the password was asked for since the last failure

    def waiting_for(self, message: str) -> None:
        self.wait_message = message


# -- work off the GUI thread

def open_team_copy(state: TaskState, address: team.TeamAddress) -> tuple[Workspace, str | None]:
    """This computer's copy (made at first use), and the password the keyring holds, if any."""
    return team.open_copy(address), team.saved_password(address)


def team_step(state: TaskState, sync: TeamSync) -> SyncReport | team.TeamError:
    """One step; a server that cannot be reached or a refused password is an answer, not a
    failure to log (it happens every 15 s on a train). With it, the collections the team shares
    that this computer lacks (or has in another release)."""
    from bri_desktop.ui.team_collections import releases_here, state_here

    try:
        report = sync.step()
        here = releases_here()
        report.news = [p for p in sync.call(server.published_collections) if state_here(p, here) != "in use here"]
        return report
    except team.TeamError as exc:  # what the window says; never a fault to log
        return exc


def take_briefing_lock(state: TaskState, sync: TeamSync, name: str) -> dict | TeamError:
    """The briefing's lock, taken or renewed for this user, or as someone else holds it."""
    try:
        return sync.call(lambda ws: server.take_lock(ws, name))
    except TeamError as exc:
        return exc


def release_briefing_lock(state: TaskState, sync: TeamSync, name: str) -> None:
    with contextlib.suppress(TeamError):  # it expires by itself
        sync.call(lambda ws: server.release_lock(ws, name))


def remember_password(state: TaskState, address: team.TeamAddress, password: str) -> bool:
    return team.save_password(address, password)


def forget_password(state: TaskState, address: team.TeamAddress) -> None:
    team.forget_password(address)


class TeamMixin:
    workspace: Workspace | None
    briefing_locked_by: str
    team: TeamLink | None
    team_view: TeamView | None

    def _init_team(self: MainWindow) -> None:
        self.team = None
        self.team_view = None
        self._told_releases: set[tuple[str, str]] = set()  # team collections the status bar named
        self._team_message = ""  # the status bar's last word on the team workspace
        self.briefing_locked_by = ""  # a colleague editing the briefing shown: read-only here
        self._lock_held = ""  # the briefing whose lock this window holds
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(LOCK_RENEW_MS)
        self._lock_timer.timeout.connect(lambda: self.lock_briefing(self.briefing_name, renew=True))
        self.team_label = QLabel("", self)
        self.team_label.setObjectName("team_status")
        self.team_label.hide()
        self.statusBar().addPermanentWidget(self.team_label)
        self._team_timer = QTimer(self)
        self._team_timer.setInterval(SYNC_EVERY_MS)
        self._team_timer.timeout.connect(self.sync_team)
        self._team_soon = QTimer(self)
        self._team_soon.setSingleShot(True)
        self._team_soon.setInterval(SYNC_AFTER_CHANGE_MS)
        self._team_soon.timeout.connect(self.sync_team)

    def team_address_text(self: MainWindow) -> str:
        """The address in effect: BRI_WORKSPACE_URL, else the one in Preferences."""
        return team.address_from_environment() or self.settings.get(TEAM_URL)

    def _open_team_workspace(self: MainWindow, text: str, typed: str | None = None) -> bool:
        """Open the team workspace at ``text`` (``typed``: a password just given); False (the
        status bar says why) when the address is not usable: one's own workspace opens instead."""
        try:
            address, password = team.parse(text)
            password = password or typed
        except team.TeamError as exc:
            if team.address_from_environment():
                message = translate("TeamMixin", "Team workspace not opened: {error} Your own workspace is open "
                                                 "instead (unset {variable} or correct it).")
            else:
                message = translate("TeamMixin", "Team workspace not opened: {error} Your own workspace is open "
                                                 "instead (Edit ▸ Preferences to change the address).")
            self._team_says(message.format(error=exc, variable=team.URL_VARIABLE), 30000)
            return False
        self.team = TeamLink(address, password)
        self._show_team_state("connecting", translate("TeamMixin", "Opening the team workspace {address}…")
                              .format(address=address.shown))
        self.runner.submit("workspace-open", open_team_copy, address, time_limit=0,
                           on_result=self._on_team_copy_opened, on_error=self._failed("workspace-open"))
        return True

    def _on_team_copy_opened(self: MainWindow, result: tuple[Workspace, str | None]) -> None:
        ws, saved = result
        link = self.team
        if link is None:  # the user chose another workspace meanwhile
            ws.close()
            return
        link.password = link.password or saved
        link.sync = TeamSync(ws, lambda: team.open_server(link.address, link.password, link.waiting_for),
                             lambda exc: team.explain(exc, link.address))
        self._on_workspace_opened(ws)
        self._team_timer.start()
        # the first step without a password when none is kept: the server says whether it wants
        # one (then it is asked for), and a server that cannot be reached says so first
        self.sync_team()

    def ask_team_password(self: MainWindow, why: str = "") -> bool:
        """Ask for the team password; False when the user declines (work goes on here)."""
        from bri_desktop.ui.team_dialogs import ask_password

        link = self.team
        if link is None:
            return False
        link.asked = True
        answer = ask_password(self, link.address, why)
        if answer is None:
            self._show_team_state("offline", translate("TeamMixin", "No password given: your changes stay on this "
                                                                    "computer until you connect (Team ▸ Sync now)."))
            return False
        link.password, remember = answer
        if link.sync is not None:
            link.sync.forget_server()
        if remember:
            self.runner.submit("team-keyring", remember_password, link.address, link.password,
                               on_result=lambda kept: None if kept else self.statusBar().showMessage(translate(
                                   "TeamMixin", "There is no system keyring here: the password will be asked for "
                                   "again next time."), 15000))
        return True

    def sync_team(self: MainWindow) -> None:
        """One step: send what waits here, fetch what colleagues changed."""
        link = self.team
        if link is not None and link.busy and link.wait_message:
            self._show_team_state("upgrade", link.wait_message, link.sync.waiting() if link.sync is not None else 0)
        elif link is not None and link.busy and time.monotonic() - link.started > SLOW_S:
            waited = int(time.monotonic() - link.started)
            self._show_team_state("slow", translate("TeamMixin", "The team's server has not answered for "
                                                                 "{seconds} s.").format(seconds=waited),
                                  link.sync.waiting() if link.sync is not None else 0)
        if link is None or link.sync is None or link.busy or (link.password is None and link.asked):
            return
        link.busy = True
        link.started = time.monotonic()
        self.runner.submit("team", team_step, link.sync, time_limit=0,
                           on_result=self._on_team_step, on_error=self._on_team_failed)

    def sync_team_now(self: MainWindow) -> None:
        """Team ▸ Sync now: asks for the password first if it was declined."""
        link = self.team
        if link is None:
            self.statusBar().showMessage(translate("TeamMixin", "Not connected to a team workspace "
                                                                "(Edit ▸ Preferences)."), 8000)
            return
        if link.password is None and link.asked and not self.ask_team_password():
            return
        self.sync_team()

    def team_changed_here(self: MainWindow) -> None:
        """A change was made here: sent a moment later (changes in a burst go together); the
        status bar says at once that it waits."""
        link = self.team
        if link is None or link.sync is None:
            return
        self._team_soon.start()
        if link.state in ("up to date", "waiting"):
            self._show_team_state("waiting", "", link.sync.waiting())
        elif link.state in ("offline", "slow", "problem", "read-only", "upgrade"):
            self._show_team_state(link.state, "", link.sync.waiting())

    def _on_team_step(self: MainWindow, report: SyncReport | TeamError) -> None:
        link = self.team
        if link is None:
            return
        link.wait_message = ""
        if isinstance(report, TeamError):
            self._on_team_failed((report, ""))
            return
        link.busy = False
        link.asked = False
        if not self._team_timer.isActive():  # stopped by a problem that this step shows is over
            self._team_timer.start()
        if report.problem:
            self._show_team_state("read-only", report.problem, report.waiting)
            self._read_only_copy(report.problem)
        else:
            self._show_team_state("waiting" if report.waiting else "up to date", "", report.waiting)
        if report.tables:
            self._after_team_changes(report)
        for p in report.news:  # once per release
            if (p["name"], p["sha256"]) not in self._told_releases:
                self._told_releases.add((p["name"], p["sha256"]))
                self.statusBar().showMessage(translate(
                    "TeamMixin", "Your team shares “{name}” ({file}, shared by {who}), which this computer does "
                    "not use: Team ▸ Team collections.").format(
                        name=p["name"], file=p["meta"].get("file", ""), who=p["published_by"]), 20000)
        if report.refused:
            more = len(report.refused) - 1
            self._team_says((translate("TeamMixin", "Not made on the team's server: {reason} (and %n more)", None, more)
                             if more else translate("TeamMixin", "Not made on the team's server: {reason}"))
                            .format(reason=report.refused[0]), 30000)
        elif report.received and not report.conflicts and not self.statusBar().currentMessage():
            received = report.received
            self.statusBar().showMessage(translate("TeamMixin", "%n change(s) from your team.", None, received), 5000)
        if report.conflicts:  # "note KIND/ID" or "briefing NAME" (sync.TeamSync._push)
            self.statusBar().showMessage(translate(
                "TeamMixin", "A colleague changed the same briefing as you: both versions are kept (a note shows "
                "both side by side; choose one).") if report.conflicts[0].startswith("briefing ") else translate(
                "TeamMixin", "A colleague changed the same note as you: both versions are kept (a note shows "
                "both side by side; choose one)."), 30000)

    def _read_only_copy(self: MainWindow, why: str) -> None:
        """A role that may only read: nothing is edited here that could never be shared."""
        ws = self.workspace
        if ws is None or ws.read_only:
            return
        ws.opened = Opened(True, why)
        self._update_workspace_actions()
        self._show_note()
        self.briefing_pane.set_locked(why)
        self._team_says(why, 30000)

    def _after_team_changes(self: MainWindow, report: SyncReport) -> None:
        if report.tables & {"notes", "tags", "record_tags"}:
            self._marks_changed()
            self._show_note()
        if "pins" in report.tables:
            self.refresh_pins()
        if "briefings" in report.tables:
            self.load_briefings()
        if self.team_view is not None:
            self.team_view.refresh()

    def _on_team_failed(self: MainWindow, info: tuple[BaseException, str]) -> None:
        link = self.team
        if link is None:
            return
        link.busy = False
        error = info[0]
        waiting = link.sync.waiting() if link.sync is not None else 0
        if isinstance(error, team.TeamError) and error.kind == "password":
            link.password = None
            self.runner.submit("team-keyring", forget_password, link.address)  # it no longer works
            if not link.asked:
                self.ask_team_password(str(error))
                if link.password is not None:
                    self.sync_team()
                return
            self._show_team_state("offline", str(error), waiting)
            return
        if isinstance(error, team.TeamError) and error.kind == "unreachable":
            self._show_team_state("offline", str(error), waiting, error.detail)
            return
        # the address, the certificate, the grants: trying every 15 s changes nothing until the user
        # acts (Team > Sync now, Edit > Preferences)
        self._team_timer.stop()
        if team.address_from_environment():
            message = translate("TeamMixin", "{error} Team ▸ Sync now tries again (unset {variable} to choose "
                                             "another).")
        else:
            message = translate("TeamMixin", "{error} Team ▸ Sync now tries again (Edit ▸ Preferences).")
        self._show_team_state("problem", message.format(error=error, variable=team.URL_VARIABLE), waiting,
                              getattr(error, "detail", ""))

    def _show_team_state(self: MainWindow, state: str, detail: str = "", waiting: int = 0,
                         words: str = "") -> None:
        link = self.team
        if link is None:
            self.team_label.hide()
            return
        link.state = state
        self.team_label.setText(status_text(state, waiting))
        self.team_label.setToolTip("\n".join(x for x in (link.address.shown, detail, words) if x))
        self.team_label.show()
        if state in ("offline", "problem", "upgrade") and detail:
            self._team_says(translate("TeamMixin", "{detail} Your changes are kept on this computer.").format(
                detail=detail) if state == "offline" else detail, 20000)
        elif state == "up to date" and self.statusBar().currentMessage() == self._team_message:
            self.statusBar().clearMessage()  # what was wrong is no longer so

    def _team_says(self: MainWindow, message: str, ms: int) -> None:
        self._team_message = message
        self.statusBar().showMessage(message, ms)

    def show_preferences(self: MainWindow) -> None:
        from bri_desktop.ui.i18n import choose_language
        from bri_desktop.ui.team_dialogs import Preferences

        dialog = Preferences(self)
        if dialog.exec() != Preferences.DialogCode.Accepted:
            return
        choose_language(self, dialog.language.choice())
        if team.address_from_environment():
            return
        chosen, before = dialog.chosen(), self.settings.get(TEAM_URL)
        self.settings.set(TEAM_URL, chosen)
        if chosen != before or (self.team is None) != (not chosen):
            self.switch_workspace(chosen, dialog.password)
        elif dialog.password and self.team is not None:  # the same team, a password typed anew
            self.team.password = dialog.password
            if self.team.sync is not None:
                self.team.sync.forget_server()
            self.sync_team()

    def switch_workspace(self: MainWindow, address: str, password: str | None = None) -> None:
        """Close the workspace in use (a team's copy stays on this computer) and open the one at
        ``address``, or one's own for ""."""
        self.details.note_box.flush()
        self.leave_team()
        old, self.workspace = self.workspace, None
        if old is not None:
            old.close()
        if not (address and self._open_team_workspace(address, password)):
            self._open_own_workspace()
        if self.team_view is not None:
            self.team_view.refresh()

    def show_team_view(self: MainWindow) -> None:
        from bri_desktop.ui.team_dialogs import TeamView

        if self.team_view is None:
            self.team_view = TeamView(self)
        self.team_view.refresh()
        self.team_view.show()
        self.team_view.raise_()
        self.sync_team()

    # -- one editor per briefing

    def lock_briefing(self: MainWindow, name: str, renew: bool = False) -> None:
        """The briefing ``name`` is shown in the Briefing pane: take its lock (let go of one held
        for another). A hidden pane edits nothing and holds no lock."""
        link = self.team
        if link is None or link.sync is None or (self.workspace is not None and self.workspace.read_only):
            return
        if not self.briefing_pane.isVisible():
            name = ""
            self._lock_timer.stop()
        if self._lock_held and self._lock_held != name:
            self.runner.submit(f"team-unlock:{self._lock_held}", release_briefing_lock, link.sync,
                               self._lock_held)
            self._lock_held = ""
        if not name or (not renew and name == self._lock_held):
            return
        self._lock_timer.start()
        # a channel per briefing: an answer is never dropped for a later request's sake (a lock
        # taken and not heard of would be held until it expires)
        self.runner.submit(f"team-lock:{name}", take_briefing_lock, link.sync, name,
                           on_result=lambda lock: self._on_briefing_lock(name, lock))

    def _on_briefing_lock(self: MainWindow, name: str, lock: dict | TeamError) -> None:
        link = self.team
        if link is None or link.sync is None:
            return
        mine = not isinstance(lock, TeamError) and lock["holder"] == link.address.user
        if name != self.briefing_name or not self.briefing_pane.isVisible():
            if mine and name != self._lock_held:  # moved on meanwhile: let it go
                self.runner.submit(f"team-unlock:{name}", release_briefing_lock, link.sync, name)
            return
        was_locked = bool(self.briefing_locked_by)
        if isinstance(lock, TeamError):  # offline: edit here; a clash on return keeps both
            self.briefing_locked_by = ""
            self.briefing_pane.set_locked("", translate("TeamMixin", "Offline: your edits to this briefing are "
                                                                     "sent when the team's server answers (a "
                                                                     "colleague's edits meanwhile are kept beside "
                                                                     "yours)."))
        elif not mine:
            self.briefing_locked_by = lock["holder"]
            until = lock["expires_at"][11:16]
            self.briefing_pane.set_locked(translate("TeamMixin", "{who} is editing this briefing (until {until} UTC "
                                                                 "unless they go on): it is shown read-only here, "
                                                                 "and opens for you when they are done.").format(
                                                                     who=lock["holder"], until=until))
        else:
            self._lock_held = name
            self.briefing_locked_by = ""
            self.briefing_pane.set_locked("", translate("TeamMixin", "You are editing this briefing: colleagues "
                                                                     "see it read-only until you open another or "
                                                                     "close BRI Desktop."))
        if was_locked and not self.briefing_locked_by:
            self.load_briefings()  # their last version, now to edit

    def leave_team(self: MainWindow) -> None:
        """Stop syncing (the copy stays on this computer for next time)."""
        self._team_timer.stop()
        self._team_soon.stop()
        self._lock_timer.stop()
        link = self.team
        if link is not None and link.sync is not None and self._lock_held and not link.busy and \
                link.state in ("up to date", "waiting"):
            # let colleagues edit it at once (it expires by itself otherwise): one short
            # transaction on a connection that answered a moment ago (at worst the libpq
            # timeouts of team.engine_for)
            with contextlib.suppress(Exception):
                server.release_lock(link.sync.server(), self._lock_held)
        self._lock_held = ""
        self.briefing_locked_by = ""
        self.briefing_pane.set_locked("")
        link, self.team = self.team, None
        if link is not None and link.sync is not None:
            link.sync.close()
        self._show_team_state("")


def add_team_menu(window: MainWindow, bar: QMenuBar, edit_menu: QMenu, acts: dict[str, QAction]) -> None:
    """Edit ▸ Preferences, and the Team menu."""
    def action(name: str, text: str, slot, shortcut: list | None = None) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(text, window)
        act.setObjectName(f"action_{name}")
        if shortcut:
            sequences = [QKeySequence(k) for k in shortcut]
            act.setShortcuts([k for i, k in enumerate(sequences) if not k.isEmpty() and k not in sequences[:i]])
        act.triggered.connect(lambda _checked=False: slot())
        acts[name] = act
        return act

    edit_menu.addSeparator()
    edit_menu.addAction(action("preferences", translate("team_flow", "Prefere&nces…"), window.show_preferences,
                               ["Ctrl+,", QKeySequence.StandardKey.Preferences]))
    menu = bar.addMenu(translate("team_flow", "&Team"))
    menu.setObjectName("menu_team")
    menu.addAction(action("team_sync", translate("team_flow", "&Sync now"), window.sync_team_now, ["Ctrl+Shift+Y"]))
    menu.addAction(action("team_view", translate("team_flow", "&Recent changes…"), window.show_team_view))
    menu.addAction(action("team_collections", translate("team_flow", "Team &collections…"),
                          window.show_team_collections))
    menu.addAction(action("team_share", translate("team_flow", "S&hare a collection with the team…"),
                          window.share_collection))
    menu.addSeparator()
    menu.addAction(action("team_connect", translate("team_flow", "C&onnect to a team workspace…"),
                          window.show_preferences))

    def enable() -> None:
        for name in ("team_sync", "team_collections", "team_share"):
            acts[name].setEnabled(window.team is not None)
    menu.aboutToShow.connect(enable)

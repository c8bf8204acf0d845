"""The team workspace's dialogs: Preferences (where the team's address is chosen), the password
prompt, and the Team view (recent changes, by colleague)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.ui.i18n import LanguageBox
from bri_desktop.ui.settings import LANGUAGE
from bri_desktop.ui.theme import set_tone
from bri_desktop.workspace import team

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow


def _short(text: str, most: int = 60) -> str:
    """A name from an address, at most ``most`` characters (a label cannot wrap inside a word)."""
    return text if len(text) <= most else text[:most - 1] + "…"


def ask_password(parent: QWidget, address: team.TeamAddress, why: str = "") -> tuple[str, bool] | None:
    """The password for ``address``, and whether to keep it in the keyring; None: declined."""
    dialog = QDialog(parent)
    dialog.setObjectName("team_password")
    dialog.setWindowTitle(translate("team_dialogs", "Team workspace password"))
    layout = QVBoxLayout(dialog)
    intro = QLabel(f"{_short(why, 300)}\n\n" if why else "", dialog)
    intro.setText(intro.text() + translate("team_dialogs", "Password of {user} for the team workspace on "
                                                           "{host}:{port} ({database}):").format(
        user=_short(address.user), host=_short(str(address.url.host)), port=address.url.port or 5432,
        database=_short(str(address.url.database))))
    intro.setWordWrap(True)
    dialog.setMinimumWidth(460)
    dialog.setMaximumWidth(720)
    layout.addWidget(intro)
    field = QLineEdit(dialog)
    field.setObjectName("team_password_field")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    layout.addWidget(field)
    remember = QCheckBox(translate("team_dialogs", "Remember it in the system keyring"), dialog)
    remember.setObjectName("team_password_remember")
    available = team.keyring_available()
    remember.setChecked(available)
    remember.setEnabled(available)
    if not available:
        remember.setToolTip(translate("team_dialogs", "This system has no keyring: the password is asked for at "
                                                      "each start. It is never written to the settings file."))
    layout.addWidget(remember)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                               dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("team_dialogs", "Connect"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("team_dialogs", "Work offline"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted or not field.text():
        return None
    return field.text(), remember.isChecked()


class Preferences(QDialog):
    """Edit ▸ Preferences: the interface language, and where the workspace lives (this computer,
    or a team's server)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("preferences")
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.window_ = window
        self.password: str | None = None
        layout = QVBoxLayout(self)
        self.language = LanguageBox(self, window.settings.get(LANGUAGE))
        layout.addWidget(self.language)
        group = QGroupBox(translate("Preferences", "Team workspace"), self)
        form = QVBoxLayout(group)
        row = QHBoxLayout()
        self.address = QLineEdit(group)
        self.address.setObjectName("team_address")
        self.address.setPlaceholderText(team.EXAMPLE)
        self.address.setClearButtonEnabled(True)
        self.address.setText(window.settings.get(_team_url()))
        label = QLabel(translate("Preferences", "&Database address:"), group)
        label.setBuddy(self.address)
        row.addWidget(label)
        row.addWidget(self.address, 1)
        form.addLayout(row)
        help_text = QLabel(translate("Preferences", "Leave it empty to keep your pins, notes, tags, views and "
                                                    "briefings on this computer only. With an address they are "
                                                    "shared with your team on its PostgreSQL server; you keep "
                                                    "working when it cannot be reached. The password is asked for "
                                                    "and kept in the system keyring, never in the settings file."),
                           group)
        help_text.setWordWrap(True)
        form.addWidget(help_text)
        fixed = team.address_from_environment()
        if fixed:
            self.address.setText(fixed)
            self.address.setEnabled(False)
            form.addWidget(QLabel(translate("Preferences", "Set by {variable} (unset it to choose here).").format(
                variable=team.URL_VARIABLE), group))
        self.problem = QLabel("", group)
        self.problem.setObjectName("team_address_problem")
        set_tone(self.problem, "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form.addWidget(self.problem)
        layout.addWidget(group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        self.adjustSize()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.adjustSize()  # the wrapped help's height is known once the width is

    def chosen(self) -> str:
        """The address to keep (its password removed: never saved)."""
        text = self.address.text().strip()
        if not text:
            return ""
        address, _ = team.parse(text)
        return address.url.render_as_string(hide_password=False)

    def _accept(self) -> None:
        text = self.address.text().strip()
        if text:
            try:
                _, self.password = team.parse(text)
            except team.TeamError as exc:
                self.problem.setText(str(exc))
                self.problem.show()
                self.adjustSize()
                self.address.setFocus()
                return
        self.accept()


def _team_url():  # type: ignore[no-untyped-def]
    from bri_desktop.ui.team_flow import TEAM_URL

    return TEAM_URL


# the log's codes, and how the Team view shows them
ACTIONS = {"added": QT_TRANSLATE_NOOP("TeamView", "added"), "changed": QT_TRANSLATE_NOOP("TeamView", "changed"),
           "removed": QT_TRANSLATE_NOOP("TeamView", "removed"), "renamed": QT_TRANSLATE_NOOP("TeamView", "renamed"),
           "reordered": QT_TRANSLATE_NOOP("TeamView", "reordered"),
           "published": QT_TRANSLATE_NOOP("TeamView", "published")}
WHAT = {"note": QT_TRANSLATE_NOOP("TeamView", "note"), "pin": QT_TRANSLATE_NOOP("TeamView", "pin"),
        "tag": QT_TRANSLATE_NOOP("TeamView", "tag"), "view": QT_TRANSLATE_NOOP("TeamView", "view"),
        "briefing": QT_TRANSLATE_NOOP("TeamView", "briefing"),
        "collection": QT_TRANSLATE_NOOP("TeamView", "collection")}


class TeamView(QDialog):
    """Team ▸ Recent changes: who changed what, newest first, from this computer's copy of the
    team's log (readable offline). Double-click a note, pin or tag of a record to open it."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("team_view")
        self.setWindowTitle(translate("TeamView", "Team: recent changes"))
        self.window_ = window
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("TeamView", "Colleague:"), self))
        self.who = QComboBox(self)
        self.who.setObjectName("team_view_who")
        self.who.currentIndexChanged.connect(self._fill)
        top.addWidget(self.who, 1)
        sync = QPushButton(translate("TeamView", "Sync now"), self)
        sync.clicked.connect(window.sync_team_now)
        top.addWidget(sync)
        layout.addLayout(top)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("team_view_table")
        self.table.setHorizontalHeaderLabels([translate("TeamView", "When (UTC)"), translate("TeamView", "Who"),
                                              translate("TeamView", "What"), translate("TeamView", "Item"),
                                              translate("TeamView", "Change")])
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.itemActivated.connect(self._open)
        layout.addWidget(self.table)
        self.empty = QLabel("", self)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self._rows: list[dict] = []
        self.resize(760, 440)
        self.refresh()

    def refresh(self) -> None:
        ws = self.window_.workspace
        self._rows = ws.recent_changes() if ws is not None else []
        people = sorted({r["by"] for r in self._rows})
        current = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(translate("TeamView", "Everyone ({count})").format(count=len(people)), "")
        for person in people:
            self.who.addItem(f"{person} ({sum(r['by'] == person for r in self._rows)})", person)
        self.who.setCurrentIndex(max(0, self.who.findData(current)) if current else 0)
        self.who.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        person = self.who.currentData()
        rows = [r for r in self._rows if not person or r["by"] == person]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            what = translate("TeamView", WHAT[r["what"]]) if r["what"] in WHAT else r["what"]
            for j, value in enumerate((r["at"].replace("T", " ").rstrip("Z"), r["by"], what, r["item"],
                                       self._change(r))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setData(Qt.ItemDataRole.UserRole, r)
                self.table.setItem(i, j, item)
        self.table.setSortingEnabled(True)
        self.table.setColumnWidth(3, min(240, max(120, self.table.sizeHintForColumn(3))))
        if self.window_.team is None:
            self.empty.setText(translate("TeamView", "This window is not connected to a team workspace "
                                                     "(Edit ▸ Preferences)."))
        elif not self._rows:
            self.empty.setText(translate("TeamView", "No changes yet (or not fetched yet: Sync now)."))
        else:
            latest = len(self._rows)
            self.empty.setText(translate("TeamView", "{shown} of the %n latest change(s).", None, latest)
                               .format(shown=f"{len(rows):,}"))

    @staticmethod
    def _change(r: dict) -> str:
        """The Change column: the action, and the log's summary of it (a rename's is "from OLD")."""
        summary = r["summary"]
        if r["action"] == "renamed" and summary.startswith("from "):
            return translate("TeamView", "renamed: from {old}").format(old=summary[5:])
        action = translate("TeamView", ACTIONS[r["action"]]) if r["action"] in ACTIONS else r["action"]
        return translate("TeamView", "{action}: {summary}").format(action=action, summary=summary) if summary \
            else action

    def _open(self, item: QTableWidgetItem) -> None:
        r = item.data(Qt.ItemDataRole.UserRole)
        target = r["item"] if r["what"] == "note" else r["summary"] if r["what"] == "tag" else ""
        if "/" in target:
            kind, record_id = target.split("/", 1)
            self.window_.show_details(kind, record_id)

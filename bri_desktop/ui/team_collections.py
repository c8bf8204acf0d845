# mypy: disable-error-code="misc"
# (the methods take self: MainWindow, whose part they are)
"""Imported collections a team shares: Team > Share a collection (this computer's import, its
provenance with it, goes to the team's server) and Team > Team collections (each one the team
shares, whether this computer has that release, and Use this release: fetched, stored beside
the user's other collections and the combined dataset rebuilt, with progress and Cancel). So
that everyone's charts can show the same CGIT release. A part of MainWindow."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.workspace import server
from bri_desktop.workspace.store import WorkspaceError

if TYPE_CHECKING:
    from bri_desktop.importers.store import StoredCollection
    from bri_desktop.ui.main_window import MainWindow
    from bri_desktop.ui.workers import TaskState
    from bri_desktop.workspace.sync import TeamSync


def releases_here() -> dict[str, tuple[str, str]]:
    """This computer's collections: name -> (id, sha256)."""
    from bri_desktop.importers.session import collection_store

    return {c.name: (c.id, c.sha256) for c in collection_store().collections()}


# whether this computer has a shared release: the codes, and what the table shows for them
HERE = {"not here": QT_TRANSLATE_NOOP("TeamCollectionsDialog", "not here"),
        "in use here": QT_TRANSLATE_NOOP("TeamCollectionsDialog", "in use here"),
        "another release here": QT_TRANSLATE_NOOP("TeamCollectionsDialog", "another release here")}


def state_here(published: dict, here: dict[str, tuple[str, str]]) -> str:
    """A code of HERE."""
    mine = here.get(published["name"])
    if mine is None:
        return "not here"
    return "in use here" if mine == (published["collection_id"], published["sha256"]) else "another release here"


# -- work off the GUI thread

def share_collection(state: TaskState, sync: TeamSync, name: str) -> dict:
    from bri_desktop.importers.session import collection_store

    store = collection_store()
    found = store.get(name)
    if found is None:
        raise WorkspaceError(translate("team_collections", "There is no collection “{name}” on this computer.")
                             .format(name=name))
    files = store.files_of(found)
    state.set_progress(30)
    return sync.call(lambda ws: server.publish_collection(ws, files))


def team_collections(state: TaskState, sync: TeamSync) -> tuple[list[dict], dict[str, tuple[str, str]]]:
    return sync.call(server.published_collections), releases_here()


def use_collection(state: TaskState, base: Path, sync: TeamSync, name: str):  # type: ignore[no-untyped-def]
    """Fetch the team's release and store it, then rebuild the combined dataset (undone if that
    fails or is cancelled)."""
    from bri_desktop.importers.session import apply
    from bri_desktop.ui.tasks import _progress

    files = sync.call(lambda ws: server.collection_files(ws, name))
    state.set_progress(20)
    return apply(lambda store: store.install(files), base, _progress(state, 25, 100), lambda: state.cancelled)


class TeamCollectionsMixin:
    team_collections_dialog: TeamCollectionsDialog | None = None

    def share_collection(self: MainWindow) -> None:
        link = self.team
        if link is None or link.sync is None:
            self.statusBar().showMessage(translate("TeamCollectionsMixin", "Not connected to a team workspace "
                                                                           "(Edit ▸ Preferences)."), 8000)
            return
        names = sorted(releases_here())
        if not names:
            QMessageBox.information(self, translate("TeamCollectionsMixin", "Share a collection"),
                                    translate("TeamCollectionsMixin", "You have no imported collection to share "
                                                                      "(File ▸ Import dataset)."))
            return
        name, ok = QInputDialog.getItem(self, translate("TeamCollectionsMixin", "Share a collection with the team"),
                                        translate("TeamCollectionsMixin", "Collection (its file, rows and "
                                                                          "provenance go to the team):"),
                                        names, 0, False)
        if not ok:
            return
        def failed(info: tuple[BaseException, str]) -> None:
            QMessageBox.warning(self, translate("TeamCollectionsMixin", "Share a collection"),
                                translate("TeamCollectionsMixin", "Not shared: {error}").format(error=info[0]))

        self.runner.submit("team-collection", share_collection, link.sync, name, time_limit=0,
                           on_result=self._on_shared, on_error=failed)

    def _on_shared(self: MainWindow, shared: dict) -> None:
        self.statusBar().showMessage(translate("TeamCollectionsMixin", "Shared “{name}” with the team ({file}, "
                                                                       "sha256 {sha256}).").format(
            name=shared["name"], file=shared["meta"].get("file", ""), sha256=shared["sha256"][:12]), 15000)
        if self.team_collections_dialog is not None:
            self.show_team_collections()

    def show_team_collections(self: MainWindow) -> None:
        link = self.team
        if link is None or link.sync is None:
            self.statusBar().showMessage(translate("TeamCollectionsMixin", "Not connected to a team workspace "
                                                                           "(Edit ▸ Preferences)."), 8000)
            return
        self.runner.submit("team-collection", team_collections, link.sync, on_result=self._show_collections,
                           on_error=lambda info: self.statusBar().showMessage(translate(
                               "TeamCollectionsMixin", "The team's collections cannot be read: {error}").format(
                                   error=info[0]), 15000))

    def _show_collections(self: MainWindow, result: tuple[list[dict], dict]) -> None:
        if self.team_collections_dialog is None:
            self.team_collections_dialog = TeamCollectionsDialog(self)
        self.team_collections_dialog.show_list(*result)
        self.team_collections_dialog.show()

    def use_team_collection(self: MainWindow, name: str) -> None:
        link = self.team
        if link is None or link.sync is None:
            return

        def used(result: tuple[StoredCollection, Path]) -> None:
            collection, path = result
            rows = collection.rows
            self._reopen_message = translate(
                "TeamCollectionsMixin", "Now using the team's release of “{name}” ({file}, %n record(s)).", None,
                rows).format(name=collection.name, file=collection.file)
            self.reopen_dataset(path)
            self.show_team_collections()

        self._run_import_step(translate("TeamCollectionsMixin", "Fetching the team's “{name}”…").format(name=name),
                              use_collection, (self.dataset.base_path, link.sync, name), used)


class TeamCollectionsDialog(QDialog):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("team_collections")
        self.setWindowTitle(translate("TeamCollectionsDialog", "Team collections"))
        self.window_ = window
        layout = QVBoxLayout(self)
        intro = QLabel(translate("TeamCollectionsDialog", "Imported datasets your team shares, as the colleague who "
                                                          "imported them stored them (file, checksum, rows, "
                                                          "provenance). Use a release to have the same records "
                                                          "here."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("team_collections_table")
        self.table.setHorizontalHeaderLabels([
            translate("TeamCollectionsDialog", "Collection"), translate("TeamCollectionsDialog", "File"),
            translate("TeamCollectionsDialog", "Records"), translate("TeamCollectionsDialog", "Shared by"),
            translate("TeamCollectionsDialog", "When (UTC)"), translate("TeamCollectionsDialog", "Here")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table)
        self.empty = QLabel("", self)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.use = QPushButton(translate("TeamCollectionsDialog", "Use this release"), self)
        self.use.setObjectName("team_collection_use")
        self.use.setEnabled(False)
        self.use.clicked.connect(self._use)
        share = QPushButton(translate("TeamCollectionsDialog", "Share one of mine…"), self)
        share.clicked.connect(window.share_collection)
        buttons.addButton(self.use, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(share, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(820, 320)

    def show_list(self, published: list[dict], here: dict[str, tuple[str, str]]) -> None:
        self.table.setRowCount(len(published))
        for i, p in enumerate(published):
            meta = p["meta"]
            state = state_here(p, here)
            cells = (p["name"], f"{meta.get('file', '')} · sha256 {p['sha256'][:12]}", f"{meta.get('rows', 0):,}",
                     p["published_by"], p["published_at"].replace("T", " ").rstrip("Z"),
                     translate("TeamCollectionsDialog", HERE[state]))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p["name"])
                item.setData(Qt.ItemDataRole.UserRole + 1, state)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.empty.setText("" if published else translate(
            "TeamCollectionsDialog", "Your team shares no collection yet: “Share one of mine…” sends one of your "
            "imports."))
        self._selected()

    def _selected(self) -> None:
        item = self.table.item(self.table.currentRow(), 5)
        here = item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else ""  # a code of HERE
        self.use.setEnabled(bool(here) and here != "in use here")

    def _use(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            self.window_.use_team_collection(item.data(Qt.ItemDataRole.UserRole))

# mypy: disable-error-code="misc"
# (the methods take self: MainWindow, whose part they are: mypy asks a mixin's self type to be
# a supertype of the mixin; it is the class it is mixed into)
"""File > Import dataset… and File > Manage collections: each step off the GUI thread with a
progress bar and Cancel; the window then shows the combined dataset. A part of MainWindow."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from bri_desktop.core.filters import Filter
from bri_desktop.core.i18n import translate
from bri_desktop.ui.tasks import change_collection, commit_import, prepare_import

# The importers (pandas, openpyxl) load when the user first imports, never at start-up.
if TYPE_CHECKING:
    from bri_desktop.importers.common import Prepared
    from bri_desktop.importers.store import CollectionStore, StoredCollection
    from bri_desktop.ui.collections_dialog import CollectionsDialog
    from bri_desktop.ui.main_window import MainWindow


def _store() -> CollectionStore:
    from bri_desktop.importers.session import collection_store

    return collection_store()


def _expected() -> tuple[type[BaseException], ...]:
    from bri_desktop.importers.combine import CombineError
    from bri_desktop.importers.read import ImportFileError
    from bri_desktop.importers.store import StoreError

    return (ImportFileError, StoreError, CombineError, OSError)


def _cancelled(exc: BaseException) -> bool:
    from bri_desktop.importers.read import ImportCancelled

    return isinstance(exc, ImportCancelled)


class CollectionsMixin:
    _manage_dialog: CollectionsDialog | None = None

    def import_dataset(self: MainWindow, replacing: StoredCollection | None = None,
                       path: Path | None = None) -> None:
        from bri_desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self, self.runner, self.settings, _store().collections(), replacing)
        if path is not None:
            dialog.open_file(path)
        else:
            QTimer.singleShot(0, dialog.choose_file)  # the file first, as the user came for it
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.path is None:
            return
        text = translate("CollectionsMixin", "Checking the rows of {file}…").format(file=dialog.path.name)
        self._run_import_step(text, prepare_import,
                              (self.dataset.base_path, dialog.path, dialog.options(), dialog.book),
                              self._review_import)

    def _run_import_step(self: MainWindow, text: str, fn: Callable, args: tuple,
                         on_result: Callable) -> None:
        progress = QProgressDialog(text, translate("CollectionsMixin", "Cancel"), 0, 100, self)
        progress.setWindowTitle(translate("CollectionsMixin", "Import dataset"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAccessibleName(translate("CollectionsMixin", "Import progress"))

        def done(result) -> None:  # type: ignore[no-untyped-def]
            progress.reset()
            progress.deleteLater()
            on_result(result)

        def failed(info: tuple[BaseException, str]) -> None:
            progress.reset()
            progress.deleteLater()
            exc = info[0]
            if _cancelled(exc):
                self.statusBar().showMessage(translate("CollectionsMixin", "Import cancelled: nothing was imported."),
                                             15000)
                return
            if isinstance(exc, _expected()):
                message = translate("CollectionsMixin", "The import failed: {reason}.\n\n"
                                    "Nothing was imported; what you had is as it was.").format(reason=exc)
            else:
                message = translate("CollectionsMixin", "The import failed: a fault in BRI Desktop ({error}); "
                                    "details are in the log.\n\nNothing was imported; what you had is as it "
                                    "was.").format(error=type(exc).__name__)
            QMessageBox.warning(self, translate("CollectionsMixin", "Import dataset"), message)

        handle = self.runner.submit("import", fn, *args, time_limit=0, on_progress=progress.setValue,
                                    on_result=done, on_error=failed)
        progress.canceled.connect(handle.cancel)
        progress.canceled.connect(lambda: self.statusBar().showMessage(
            translate("CollectionsMixin", "Import cancelled: nothing was imported."), 15000))

    def _review_import(self: MainWindow, prepared: Prepared) -> None:
        from bri_desktop.ui.collections_dialog import ImportReview

        review = ImportReview(self, prepared)
        if review.exec() != QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(translate("CollectionsMixin", "Nothing imported from {file}.").format(
                file=prepared.file.name), 15000)
            return
        rows = prepared.valid_records()
        count = len(rows)  # lupdate reads a plain name as the count
        self._run_import_step(translate("CollectionsMixin", "Importing %n record(s)…", None, count), commit_import,
                              (self.dataset.base_path, prepared, rows), self._imported)

    def _imported(self: MainWindow, result: tuple[StoredCollection, Path]) -> None:
        collection, path = result
        rows = collection.rows
        self._reopen_message = translate(
            "CollectionsMixin", "Imported %n record(s) as the collection '{name}': shown in Projects, beside the "
            "curated records.", None, rows).format(name=collection.name)

        def show_it() -> None:
            self.set_kind("projects")
            self.set_filter(Filter(collections=frozenset({collection.id})),
                            translate("CollectionsMixin", "Show the collection {name}").format(name=collection.name))

        self.reopen_dataset(path, then=show_it)

    # -- manage

    def manage_collections(self: MainWindow) -> None:
        from bri_desktop.ui.collections_dialog import CollectionsDialog

        store = _store()
        dialog = CollectionsDialog(self, store.collections(), store.problems)
        self._manage_dialog = dialog
        dialog.rename_requested.connect(lambda cid, name: self._change_collection("rename", cid, name))
        dialog.remove_requested.connect(self._confirm_remove)
        dialog.reimport_requested.connect(self._reimport)
        dialog.exec()
        self._manage_dialog = None

    def _refresh_manage_dialog(self: MainWindow) -> None:
        if self._manage_dialog is not None:
            store = _store()
            self._manage_dialog.show_collections(store.collections(), store.problems)

    def _confirm_remove(self: MainWindow, cid: str) -> None:
        found = _store().get(cid)
        if found is None:
            return
        rows = found.rows
        answer = QMessageBox.question(
            self._manage_dialog or self, translate("CollectionsMixin", "Remove collection"),
            translate("CollectionsMixin", "Remove the collection '{name}' (%n record(s) imported from {file})?\n\n"
                      "Its records leave the app; your file is not touched, and you can import it again.",
                      None, rows).format(name=found.name, file=found.file))
        if answer == QMessageBox.StandardButton.Yes:
            self._change_collection("remove", cid)

    def _reimport(self: MainWindow, cid: str) -> None:
        found = _store().get(cid)
        if found is not None:
            if self._manage_dialog is not None:
                self._manage_dialog.accept()
            self.import_dataset(replacing=found)

    def _change_collection(self: MainWindow, action: str, cid: str, name: str = "") -> None:
        def done(result: tuple[StoredCollection, Path]) -> None:
            collection, path = result
            self._reopen_message = (
                translate("CollectionsMixin", "Renamed the collection to '{name}'.") if action == "rename"
                else translate("CollectionsMixin", "Removed the collection '{name}'.")).format(name=collection.name)

            def drop_from_filter() -> None:  # a removed collection can no longer be chosen
                if action == "remove" and collection.id in self.filter.collections:
                    self.set_filter(self.filter.with_values(
                        "collection", self.filter.collections - {collection.id}))

            self.reopen_dataset(path, then=drop_from_filter)
            self._refresh_manage_dialog()

        def failed(info: tuple[BaseException, str]) -> None:
            self._refresh_manage_dialog()
            if not _cancelled(info[0]):
                QMessageBox.warning(self._manage_dialog or self, translate("CollectionsMixin", "Manage collections"),
                                    f"{info[0]}")

        self.runner.submit("import", change_collection, self.dataset.base_path, action, cid, name,
                           time_limit=0, on_result=done, on_error=failed)

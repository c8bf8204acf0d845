"""The import's last step (what will be imported, every problem by file, row and column, and the
choice: the valid rows or nothing) and File > Manage collections (rename, re-import, remove)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bri_desktop.core.dates import day_text
from bri_desktop.core.i18n import number, translate
from bri_desktop.importers.common import FORMATS, Prepared
from bri_desktop.importers.store import StoredCollection

SHOWN_PROBLEMS = 2000


def format_label(fmt: str) -> str:
    """An import format's name (importers.common.FORMATS) in the interface language."""
    return translate("common", FORMATS.get(fmt, fmt))


class ImportReview(QDialog):
    """Accepted: import ``prepared.valid_records()``; rejected: import nothing."""

    def __init__(self, parent: QWidget, prepared: Prepared):
        super().__init__(parent)
        self.setWindowTitle(translate("ImportReview", "Import dataset: check"))
        self.setAccessibleName(translate("ImportReview", "Import check"))
        layout = QVBoxLayout(self)
        summary = QLabel("\n".join(prepared.summary_lines()), self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        valid = len(prepared.valid_records())
        if prepared.issues:
            issues, more = len(prepared.issues), len(prepared.issues) - SHOWN_PROBLEMS  # counts: plain names
            layout.addWidget(QLabel(translate("ImportReview", "Problems (%n), as file:row:column: reason —", None,
                                              issues), self))
            self.problems = QListWidget(self)
            self.problems.setAccessibleName(translate("ImportReview", "Problems in the file"))
            self.problems.addItems([str(i) for i in prepared.issues[:SHOWN_PROBLEMS]])
            if more > 0:
                self.problems.addItem(translate("ImportReview", "… and %n more (Copy problems copies them all)",
                                                None, more))
            layout.addWidget(self.problems, 1)
            copy = QPushButton(translate("ImportReview", "Copy &problems"), self)
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(
                "\n".join(str(i) for i in prepared.issues)))
            layout.addWidget(copy)
        buttons = QDialogButtonBox(self)
        label = (translate("ImportReview", "Import the %n &valid row(s)", None, valid) if prepared.issues
                 else translate("ImportReview", "&Import %n record(s)", None, valid))
        self.import_button = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(valid > 0)
        nothing = buttons.addButton(translate("ImportReview", "Import &nothing"),
                                    QDialogButtonBox.ButtonRole.RejectRole)
        nothing.setDefault(bool(prepared.issues))
        self.import_button.setDefault(not prepared.issues)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520 if prepared.issues else 300)


class CollectionsDialog(QDialog):
    """The imported collections; each change is made by the window (in the background) and the
    list is then shown again."""

    rename_requested = Signal(str, str)  # collection id, new name
    reimport_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget, collections: list[StoredCollection], problems: list[str]):
        super().__init__(parent)
        self.setWindowTitle(translate("CollectionsDialog", "Manage collections"))
        self.setAccessibleName(translate("CollectionsDialog", "Manage collections"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("CollectionsDialog", "The curated records come from the articles and cannot be "
                                 "changed here. Each imported dataset is a collection of its own: shown beside the "
                                 "curated records, never added to them."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(translate("CollectionsDialog", "Imported collections"))
        self.table.setHorizontalHeaderLabels([
            translate("CollectionsDialog", "Name"), translate("CollectionsDialog", "Format"),
            translate("CollectionsDialog", "Records"), translate("CollectionsDialog", "File"),
            translate("CollectionsDialog", "Imported")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self._renamed)
        layout.addWidget(self.table, 1)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)
        row = QHBoxLayout()
        self.rename_button = QPushButton(translate("CollectionsDialog", "Re&name"), self)
        self.reimport_button = QPushButton(translate("CollectionsDialog", "&Re-import a newer release…"), self)
        self.remove_button = QPushButton(translate("CollectionsDialog", "Re&move…"), self)
        self.rename_button.clicked.connect(self._start_rename)
        self.reimport_button.clicked.connect(lambda: self._emit(self.reimport_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        for button in (self.rename_button, self.reimport_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.show_collections(collections, problems)
        self.resize(820, 380)

    def show_collections(self, collections: list[StoredCollection], problems: list[str]) -> None:
        self.collections = collections
        self.table.blockSignals(True)
        self.table.setRowCount(len(collections))
        for i, c in enumerate(collections):
            cells = [c.name, format_label(c.format), number(c.rows, 0), c.file, _when(c.imported_at)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j:
                    item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
                item.setToolTip(c.note if j == 0 else text)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        if collections:
            self.table.selectRow(0)
        self.problem_label.setText(
            "\n".join(problems) if problems else "" if collections else
            translate("CollectionsDialog", "No imported collections yet: File > Import dataset…"))
        self._update_buttons()

    def selected(self) -> StoredCollection | None:
        rows = self.table.selectionModel().selectedRows()
        return self.collections[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.rename_button, self.reimport_button, self.remove_button):
            button.setEnabled(chosen)

    def _emit(self, signal) -> None:  # type: ignore[no-untyped-def]
        chosen = self.selected()
        if chosen is not None:
            signal.emit(chosen.id)

    def _start_rename(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        if item is not None:
            self.table.editItem(item)

    def _renamed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 and item.row() < len(self.collections):
            collection = self.collections[item.row()]
            if item.text().strip() != collection.name:
                self.rename_requested.emit(collection.id, item.text())


def _when(stamp: str) -> str:
    """"7 Dec 2026 04:10 UTC" in the interface's way of writing a day (the stamp as stored when
    it cannot be read)."""
    import datetime as dt

    try:
        when = dt.datetime.fromisoformat(stamp).astimezone(dt.UTC)
    except ValueError:
        return stamp
    return f"{day_text(when.date())} {when:%H:%M} UTC"

"""File > Import dataset…: the file, how it is read (format, sheet, header row, encoding), a
preview of its first rows, a table's column mapping, and the collection's name.

The file is read off the GUI thread (a progress bar with Cancel); the dialog only shows what was
read and collects the choices. ``options()`` gives them to ``importers.prepare.prepare``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bri_desktop import paths
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.importers import table as tables
from bri_desktop.importers.common import FORMATS
from bri_desktop.importers.prepare import default_name, detect_format
from bri_desktop.importers.read import (
    ENCODINGS,
    ImportFileError,
    Workbook,
    find_header,
    norm_header,
    unique_headers,
)
from bri_desktop.importers.store import StoredCollection, StoreError, clean_name
from bri_desktop.importers.values import text_of
from bri_desktop.ui import settings as keys
from bri_desktop.ui.collections_dialog import format_label
from bri_desktop.ui.settings import Settings
from bri_desktop.ui.tasks import read_import_file
from bri_desktop.ui.workers import TaskRunner

PREVIEW_ROWS = 20
# the amounts' units (their codes, the combo's data) as the combo shows them
UNIT_TEXTS = {"USD": QT_TRANSLATE_NOOP("ImportDialog", "USD"), "USD m": QT_TRANSLATE_NOOP("ImportDialog", "USD m"),
              "USD bn": QT_TRANSLATE_NOOP("ImportDialog", "USD bn")}


def field_label(field: str) -> str:
    """A table field's name (importers.table.FIELDS) in the interface language."""
    return translate("table", tables.FIELDS.get(field, field))


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget, runner: TaskRunner, settings: Settings,
                 collections: list[StoredCollection], replacing: StoredCollection | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Re-import a collection") if replacing
                            else translate("ImportDialog", "Import dataset"))
        self.setAccessibleName(translate("ImportDialog", "Import dataset"))
        self.runner, self.settings = runner, settings
        self.collections, self.replacing = collections, replacing
        self.book: Workbook | None = None
        self.path: Path | None = None
        self._build()
        self.resize(900, 640)

    # -- layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(translate("ImportDialog",
                                                    "Choose a CGIT workbook, an AidData file or any table"))
        self.file_edit.setAccessibleName(translate("ImportDialog", "File to import"))
        choose = QPushButton(translate("ImportDialog", "Ch&oose file…"), self)
        choose.clicked.connect(self.choose_file)
        row.addWidget(QLabel(translate("ImportDialog", "File:"), self))
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        form = QFormLayout()
        self.format_combo = self._combo(translate("ImportDialog", "Format"),
                                        [("", translate("ImportDialog", "Detect from the columns")),
                                         *[(f, format_label(f)) for f in FORMATS]])
        self.sheet_combo = self._combo(translate("ImportDialog", "Sheet"), [])
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(0, 100)
        self.header_spin.setSpecialValueText(translate("ImportDialog", "found"))
        self.header_spin.setAccessibleName(translate("ImportDialog", "Header row"))
        self.header_spin.setToolTip(translate("ImportDialog", "The row holding the column names; 'found' looks for "
                                              "it below any title rows"))
        self.encoding_combo = self._combo(translate("ImportDialog", "Encoding"),
                                          [("", translate("ImportDialog", "Detect")),
                                           *[(e, translate("read", label)) for e, label in ENCODINGS.items()]])
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(translate("ImportDialog", "Collection name"))
        self.name_edit.setMaxLength(80)
        self.replace_label = QLabel(self)
        self.replace_label.setWordWrap(True)
        form.addRow(translate("ImportDialog", "&Format:"), self.format_combo)
        form.addRow(translate("ImportDialog", "&Sheet:"), self.sheet_combo)
        form.addRow(translate("ImportDialog", "&Header row:"), self.header_spin)
        form.addRow(translate("ImportDialog", "&Encoding (CSV):"), self.encoding_combo)
        form.addRow(translate("ImportDialog", "Collection &name:"), self.name_edit)
        form.addRow("", self.replace_label)
        layout.addLayout(form)
        self.read_label = QLabel(self)
        self.read_label.setWordWrap(True)
        layout.addWidget(self.read_label)
        self.preview = QTableWidget(self)
        self.preview.setAccessibleName(translate("ImportDialog", "Preview of the first rows"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        layout.addWidget(self.preview, 1)
        self.mapping_box = QGroupBox(translate("ImportDialog", "Columns to fields (a table)"), self)
        grid = QFormLayout(self.mapping_box)
        self.field_combos: dict[str, QComboBox] = {}
        for field in tables.FIELDS:
            label = field_label(field)
            combo = self._combo(label, [])
            self.field_combos[field] = combo
            grid.addRow(translate("ImportDialog", "{field} (required):").format(field=label)
                        if field in tables.REQUIRED else translate("ImportDialog", "{field}:").format(field=label),
                        combo)
        self.unit_combo = self._combo(translate("ImportDialog", "Unit of the amounts"),
                                      [(u, translate("ImportDialog", UNIT_TEXTS.get(u, u))) for u in tables.UNITS])
        grid.addRow(translate("ImportDialog", "Amounts in:"), self.unit_combo)
        layout.addWidget(self.mapping_box)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(translate("ImportDialog", "&Check and import…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._refresh_preview())
        self.header_spin.valueChanged.connect(lambda _v: self._refresh_preview())
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self._reread())
        self.name_edit.textChanged.connect(lambda _t: self._show_replacing())
        if self.replacing is not None:
            self.name_edit.setText(self.replacing.name)
            index = self.format_combo.findData(self.replacing.format)
            if index >= 0:
                self.format_combo.setCurrentIndex(index)
        self._refresh()

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for data, text in items:
            combo.addItem(text, data)
        return combo

    # -- reading the file

    def choose_file(self) -> None:
        folder = self.settings.get(keys.LAST_IMPORT_DIR) or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, translate("ImportDialog", "Import dataset"), folder,
            translate("ImportDialog", "Tables (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)"))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        self.path = path
        self.settings.set(keys.LAST_IMPORT_DIR, str(path.parent))
        self.file_edit.setText(str(path))
        self._reread()

    def _reread(self) -> None:
        if self.path is None:
            return
        self.book = None
        self._refresh()
        progress = QProgressDialog(translate("ImportDialog", "Reading {file}…").format(file=self.path.name),
                                   translate("ImportDialog", "Cancel"), 0, 0, self)
        progress.setWindowTitle(translate("ImportDialog", "Import dataset"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        encoding = self.encoding_combo.currentData() or None

        def done(book: Workbook) -> None:
            progress.reset()
            progress.deleteLater()
            self.book = book
            self._fill_sheets()
            self._refresh()

        def failed(info: tuple[BaseException, str]) -> None:
            progress.reset()
            progress.deleteLater()
            exc = info[0]
            if isinstance(exc, ImportFileError | OSError):
                message = str(exc)
            elif self.path:
                message = translate("ImportDialog", "{file} could not be read ({error}).").format(
                    file=self.path.name, error=type(exc).__name__)
            else:
                message = translate("ImportDialog", "The file could not be read ({error}).").format(
                    error=type(exc).__name__)
            self.read_label.setText(message)
            QMessageBox.warning(self, translate("ImportDialog", "Import dataset"),
                                translate("ImportDialog", "{message}\n\nNothing was imported.").format(message=message))

        handle = self.runner.submit("import-read", read_import_file, self.path, encoding, time_limit=0,
                                    on_result=done, on_error=failed)
        progress.canceled.connect(handle.cancel)
        progress.canceled.connect(lambda: self.read_label.setText(
            translate("ImportDialog", "Reading cancelled: choose the file again.")))

    def _fill_sheets(self) -> None:
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        if self.book is not None and len(self.book.sheets) > 1:
            self.sheet_combo.addItem(
                translate("ImportDialog", "As the format says (CGIT: its datasets; others: the first)"), None)
        for sheet in self.book.sheets if self.book else []:
            if sheet.name is not None:
                self.sheet_combo.addItem(sheet.name, sheet.name)
        self.sheet_combo.setEnabled(self.sheet_combo.count() > 1)
        self.sheet_combo.blockSignals(False)

    # -- what the choices show

    def chosen_format(self) -> str:
        chosen = self.format_combo.currentData()
        if chosen:
            return str(chosen)
        return detect_format(self.book) if self.book is not None else ""

    def _refresh(self) -> None:
        fmt = self.chosen_format()
        if self.book is not None and self.path is not None:
            if not self.name_edit.text().strip() or self.name_edit.property("auto"):
                self.name_edit.setText(default_name(fmt, self.path))
                self.name_edit.setProperty("auto", True)
            count = sum(len(s.rows) for s in self.book.sheets)
            if self.book.encoding:
                read = translate("ImportDialog", "Read %n row(s) as {encoding}. Format: {format}.", None, count).format(
                    encoding=translate("read", ENCODINGS.get(self.book.encoding, self.book.encoding)),
                    format=format_label(fmt))
            else:
                read = translate("ImportDialog", "Read %n row(s). Format: {format}.", None, count).format(
                    format=format_label(fmt))
            self.read_label.setText(read)
        self.encoding_combo.setEnabled(self.book is None or self.book.encoding is not None)
        self.mapping_box.setVisible(fmt == "table")
        self.import_button.setEnabled(self.book is not None)
        self._refresh_preview()
        self._show_replacing()

    def _sheet_rows(self) -> list[list[object]]:
        if self.book is None:
            return []
        name = self.sheet_combo.currentData()
        return self.book.sheet(name).rows if name else self.book.sheets[0].rows

    def _header_index(self, rows: list[list[object]]) -> int:
        if self.header_spin.value():
            return min(self.header_spin.value() - 1, max(len(rows) - 1, 0))
        try:
            return find_header(rows, None if self.chosen_format() == "table" else _known_headers())
        except ImportFileError:
            return 0

    def _refresh_preview(self) -> None:
        rows = self._sheet_rows()
        self.preview.clear()
        if not rows:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            return
        index = self._header_index(rows)
        self.header_spin.setSpecialValueText(translate("ImportDialog", "found: row {row}").format(row=index + 1))
        headers = unique_headers(rows[index])  # as the import will name them
        body = rows[index + 1: index + 1 + PREVIEW_ROWS]
        width = max([len(headers)] + [len(r) for r in body])
        headers = unique_headers(list(rows[index]) + [None] * (width - len(rows[index])))
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(body))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setVerticalHeaderLabels([str(index + 2 + i) for i in range(len(body))])
        for i, row in enumerate(body):
            for j, cell in enumerate(row):
                self.preview.setItem(i, j, QTableWidgetItem(text_of(cell)[:200]))
        self.preview.resizeColumnsToContents()
        self._fill_mapping(headers)

    def _fill_mapping(self, headers: list[str]) -> None:
        saved = tables.load_mapping(paths.import_mappings_file(), headers)
        mapping = saved or tables.guess(headers)
        for field, combo in self.field_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("ImportDialog", "(none)"), "")
            for header in headers:
                combo.addItem(header, header)
            index = combo.findData(mapping.columns.get(field, ""))
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(mapping.unit), 0))
        self.mapping_headers = headers

    def mapping(self) -> tables.Mapping:
        return tables.Mapping({f: str(c.currentData()) for f, c in self.field_combos.items() if c.currentData()},
                              str(self.unit_combo.currentData()))

    def _show_replacing(self) -> None:
        name = self.name_edit.text().strip().casefold()
        if self.sender() is self.name_edit:
            self.name_edit.setProperty("auto", False)
        same = self.replacing or next((c for c in self.collections if c.name.casefold() == name), None)
        rows = same.rows if same else 0  # lupdate reads a plain name as the count
        self.replace_label.setText(
            translate("ImportDialog", "Replaces the collection '{name}' (%n record(s)): a newer release replaces "
                      "the old one, it is not added to it.", None, rows).format(name=same.name)
            if same else translate("ImportDialog", "A new collection."))

    # -- done

    def _accept(self) -> None:
        if self.book is None:
            return
        try:
            name = clean_name(self.name_edit.text())
        except StoreError as exc:
            QMessageBox.information(self, translate("ImportDialog", "Import dataset"), str(exc))
            return
        clash = next((c for c in self.collections if c.name.casefold() == name.casefold()), None)
        if self.replacing and clash and clash.id != self.replacing.id:
            QMessageBox.information(self, translate("ImportDialog", "Import dataset"), translate(
                "ImportDialog", "Another collection is named '{name}': choose another name for the new release "
                "of '{replaced}'.").format(name=clash.name, replaced=self.replacing.name))
            return
        if self.chosen_format() == "table":
            wrong = self.mapping().problems(self.mapping_headers)
            if wrong:
                QMessageBox.information(
                    self, translate("ImportDialog", "Import dataset"),
                    translate("ImportDialog", "The column mapping is not complete:\n{problems}").format(
                        problems="\n".join(f"• {w}" for w in wrong)))
                return
            with contextlib.suppress(OSError):  # remembered if it can be: no reason to stop the import
                tables.save_mapping(paths.import_mappings_file(), self.mapping_headers, self.mapping())
        self.accept()

    def options(self) -> dict:
        """The choices, as ``prepare``'s keyword arguments."""
        name = self.name_edit.text().strip()
        same = self.replacing or next((c for c in self.collections if c.name.casefold() == name.casefold()), None)
        fmt = self.chosen_format()
        return {"fmt": fmt, "name": name, "sheet": self.sheet_combo.currentData() or None,
                "header_row": self.header_spin.value() or None,
                "mapping": self.mapping() if fmt == "table" else None,
                "collection_id": same.id if same else None}


def _known_headers() -> set[str]:
    from bri_desktop.importers import aiddata, cgit

    return {norm_header(h) for h in cgit.HEADERS | aiddata.HEADERS}

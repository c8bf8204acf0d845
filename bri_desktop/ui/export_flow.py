"""File > Export: the table's rows, in its order and columns, to CSV, XLSX or JSON, with a
progress bar and Cancel. The window says what to export (an ``ExportRequest``); this module
asks where, runs the export off the GUI thread and reports back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from bri_desktop.core.export import ExportCancelled, ExportStamp
from bri_desktop.core.filters import Filter
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.kinds import KINDS, Column
from bri_desktop.ui import settings as keys
from bri_desktop.ui.file_choice import confirmed_path
from bri_desktop.ui.settings import Settings
from bri_desktop.ui.tasks import run_export
from bri_desktop.ui.workers import TaskRunner

FILTERS = {"csv": QT_TRANSLATE_NOOP("export_flow", "CSV, for Excel and analysis tools (*.csv)"),
           "xlsx": QT_TRANSLATE_NOOP("export_flow", "Excel workbook (*.xlsx)"),
           "json": QT_TRANSLATE_NOOP("export_flow", "JSON (*.json)")}  # shown: translate("export_flow", ...)
NUMERIC = {"usd", "int", "count", "km", "indicator", "capacity"}
ORDERS = {  # (descending, ascending), by what the column holds: shown with translate("export_flow", ...)
    "date": (
        QT_TRANSLATE_NOOP("export_flow", "{column}, newest first (as in the table; records without a value last)"),
        QT_TRANSLATE_NOOP("export_flow", "{column}, oldest first (as in the table; records without a value last)"),
    ),
    "number": (
        QT_TRANSLATE_NOOP("export_flow", "{column}, largest first (as in the table; records without a value last)"),
        QT_TRANSLATE_NOOP("export_flow", "{column}, smallest first (as in the table; records without a value last)"),
    ),
    "text": (
        QT_TRANSLATE_NOOP("export_flow", "{column}, Z to A (as in the table; records without a value last)"),
        QT_TRANSLATE_NOOP("export_flow", "{column}, A to Z (as in the table; records without a value last)"),
    ),
}


@dataclass(frozen=True)
class ExportRequest:
    dataset: Dataset
    kind: str
    filter: Filter
    sort: str | None
    descending: bool | None
    columns: list[Column]  # the table's visible columns, in the order shown
    expected: int  # what the table counts: for the progress bar only


def order_text(kind: str, sort: str | None, descending: bool | None) -> str:
    if not sort:
        return ""
    column = KINDS[kind].column(sort)
    way = "date" if column.fmt.startswith("date") else "number" if column.fmt in NUMERIC else "text"
    return translate("export_flow", ORDERS[way][0 if descending else 1]).format(column=column.label)


def choose_target(parent: QWidget, settings: Settings, kind: str) -> tuple[Path, str] | None:
    folder = settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
    suggested = str(Path(folder) / f"bri-{kind}.csv")
    shown = {fmt: translate("export_flow", label) for fmt, label in FILTERS.items()}
    name, selected = QFileDialog.getSaveFileName(parent, translate("export_flow", "Export filtered records"),
                                                 suggested, ";;".join(shown.values()))
    if not name:
        return None
    fmt = Path(name).suffix.lower().lstrip(".")
    if fmt not in FILTERS:  # the file type chosen in the dialog (CSV when none)
        fmt = next((f for f, label in shown.items() if label == selected), "csv")
    path = confirmed_path(parent, name, fmt)
    return (path, fmt) if path is not None else None


def start_export(parent: QWidget, settings: Settings, runner: TaskRunner, request: ExportRequest,
                 say: Callable[[str], None]) -> None:
    """Ask for a file, then write it in the background; ``say`` puts a line in the status bar."""
    choice = choose_target(parent, settings, request.kind)
    if choice is None:
        return
    target, fmt = choice
    settings.set(keys.LAST_EXPORT_DIR, str(target.parent))
    stamp = ExportStamp(request.dataset.version, request.kind,
                        request.dataset.describe(request.filter), request.expected,
                        order_text(request.kind, request.sort, request.descending),
                        translate("export_flow", "as shown in the table: {columns}, then Id and Sources").format(
                            columns=", ".join(c.label for c in request.columns)))
    progress = QProgressDialog(translate("export_flow", "Exporting {records}…").format(
                                   records=KINDS[request.kind].count_text(request.expected)),
                               translate("export_flow", "Cancel"), 0, max(request.expected, 1), parent)
    progress.setWindowTitle(translate("export_flow", "Export"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def done(written: int) -> None:
        progress.reset()
        say(translate("export_flow", "Exported {records} to {file}").format(
            records=KINDS[request.kind].count_text(written), file=target))

    def failed(info: tuple[BaseException, str]) -> None:
        progress.reset()
        exc = info[0]
        if isinstance(exc, ExportCancelled):
            return
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.warning(parent, translate("export_flow", "Export failed"),
                            translate("export_flow", "Could not write {file}:\n{reason}\n\nNothing was written.")
                            .format(file=target, reason=reason))

    handle = runner.submit("export", run_export, request.dataset, request.kind, request.filter,
                           fmt, target, stamp, request.sort, request.descending, request.columns,
                           time_limit=0, on_progress=progress.setValue, on_result=done,
                           on_error=failed)
    progress.canceled.connect(handle.cancel)
    progress.canceled.connect(lambda: say(translate("export_flow", "Export cancelled; {file} was not written.")
                                          .format(file=target.name)))

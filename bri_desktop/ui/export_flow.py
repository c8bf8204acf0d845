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
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.kinds import KINDS, Column
from bri_desktop.ui import settings as keys
from bri_desktop.ui.file_choice import confirmed_path
from bri_desktop.ui.settings import Settings
from bri_desktop.ui.tasks import run_export
from bri_desktop.ui.workers import TaskRunner

FILTERS = {"csv": "CSV, for Excel and analysis tools (*.csv)", "xlsx": "Excel workbook (*.xlsx)",
           "json": "JSON (*.json)"}
NUMERIC = {"usd", "int", "count", "km", "indicator", "capacity"}


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
    if column.fmt.startswith("date"):
        way = "newest first" if descending else "oldest first"
    elif column.fmt in NUMERIC:
        way = "largest first" if descending else "smallest first"
    else:
        way = "Z to A" if descending else "A to Z"
    return f"{column.label}, {way} (as in the table; records without a value last)"


def choose_target(parent: QWidget, settings: Settings, kind: str) -> tuple[Path, str] | None:
    folder = settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
    suggested = str(Path(folder) / f"bri-{kind}.csv")
    name, selected = QFileDialog.getSaveFileName(parent, "Export filtered records", suggested,
                                                 ";;".join(FILTERS.values()))
    if not name:
        return None
    fmt = Path(name).suffix.lower().lstrip(".")
    if fmt not in FILTERS:  # the file type chosen in the dialog (CSV when none)
        fmt = next((f for f, label in FILTERS.items() if label == selected), "csv")
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
                        "as shown in the table: " + ", ".join(c.label for c in request.columns)
                        + ", then Id and Sources")
    progress = QProgressDialog(f"Exporting {request.expected:,} {request.kind}…", "Cancel", 0,
                               max(request.expected, 1), parent)
    progress.setWindowTitle("Export")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def done(written: int) -> None:
        progress.reset()
        say(f"Exported {written:,} {request.kind} to {target}")

    def failed(info: tuple[BaseException, str]) -> None:
        progress.reset()
        exc = info[0]
        if isinstance(exc, ExportCancelled):
            return
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.warning(parent, "Export failed",
                            f"Could not write {target}:\n{reason}\n\nNothing was written.")

    handle = runner.submit("export", run_export, request.dataset, request.kind, request.filter,
                           fmt, target, stamp, request.sort, request.descending, request.columns,
                           time_limit=0, on_progress=progress.setValue, on_result=done,
                           on_error=failed)
    progress.canceled.connect(handle.cancel)
    progress.canceled.connect(lambda: say(f"Export cancelled; {target.name} was not written."))

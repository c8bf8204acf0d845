"""File > Export: the filtered rows of the current kind to CSV, XLSX or JSON, with progress."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from bri_desktop.core.export import ExportCancelled, ExportStamp, ShownColumn, write_export
from bri_desktop.core.filters import Filter
from bri_desktop.db import queries
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.details import export_records, record_fields
from bri_desktop.ui import settings as keys
from bri_desktop.ui.workers import TaskState

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow

FILTERS = {"csv": "CSV, for Excel and analysis tools (*.csv)", "xlsx": "Excel workbook (*.xlsx)",
           "json": "JSON (*.json)"}


def run_export(state: TaskState, dataset: Dataset, kind: str, flt: Filter, fmt: str, target: Path,
               stamp: ExportStamp, sort: str | None = None, descending: bool | None = None,
               columns: list[ShownColumn] | None = None) -> int:
    """Worker function: write the export in the table's order and columns; the stamp counts
    the records this connection writes (not what the table showed); progress counts records
    written."""
    conn = state.watch(dataset.connection())
    stamp = replace(stamp, count=queries.count(conn, kind, flt))
    records = export_records(conn, kind, flt, sort, descending,
                             [c.key for c in columns] if columns else None)
    return write_export(fmt, target, kind, records, dataset.vocabulary, stamp,
                        progress=state.set_progress, cancelled=lambda: state.cancelled,
                        columns=columns, fields=record_fields(conn, kind))


def shown_columns(window: MainWindow) -> list[ShownColumn]:
    """The table's visible columns, in the order the user arranged them."""
    columns = window.model.kind.columns
    return [ShownColumn(columns[i].key, columns[i].label, columns[i].fmt)
            for i in window.table.visible_columns()]


def order_text(window: MainWindow) -> str:
    query = window.model.query
    if query is None:
        return ""
    column = window.model.kind.column(query.sort)
    if column.fmt.startswith("date"):
        way = "newest first" if query.descending else "oldest first"
    elif column.fmt in ("usd", "int", "count", "km", "indicator", "capacity"):
        way = "largest first" if query.descending else "smallest first"
    else:
        way = "Z to A" if query.descending else "A to Z"
    return f"{column.label}, {way} (as in the table; records without a value last)"


def choose_target(window: MainWindow) -> tuple[Path, str] | None:
    folder = window.settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
    suggested = str(Path(folder) / f"bri-{window.kind}.csv")
    name, selected = QFileDialog.getSaveFileName(window, "Export filtered records", suggested,
                                                 ";;".join(FILTERS.values()))
    if not name:
        return None
    path = Path(name)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FILTERS:
        fmt = next((f for f, label in FILTERS.items() if label == selected), "csv")
        path = path.with_suffix(f".{fmt}")
    return path, fmt


def export_filtered(window: MainWindow) -> None:
    choice = choose_target(window)
    if choice is None:
        return
    target, fmt = choice
    window.settings.set(keys.LAST_EXPORT_DIR, str(target.parent))
    count = window.model.matched
    labels = {"country": window.dataset.vocabulary.get("countries", {})}
    columns = shown_columns(window)
    stamp = ExportStamp(window.dataset.version, window.kind, window.filter.describe(labels), count,
                        order_text(window),
                        "as shown in the table: " + ", ".join(c.label for c in columns)
                        + ", then Id and Sources")
    progress = QProgressDialog(f"Exporting {count:,} {window.kind}…", "Cancel", 0, max(count, 1),
                               window)
    progress.setWindowTitle("Export")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    query = window.model.query
    handle = window.runner.submit(
        "export", run_export, window.dataset, window.kind, window.filter, fmt, target, stamp,
        query.sort if query else None, query.descending if query else None, columns,
        time_limit=0, on_progress=progress.setValue,
        on_result=lambda written, kind=window.kind: _done(window, progress, target, written, kind),
        on_error=lambda info: _failed(window, progress, target, info[0]))
    progress.canceled.connect(handle.cancel)
    progress.canceled.connect(lambda: window.statusBar().showMessage(
        f"Export cancelled; {target.name} was not written.", 8000))


def _done(window: MainWindow, progress: QProgressDialog, target: Path, written: int,
          kind: str) -> None:
    progress.reset()
    window.statusBar().showMessage(f"Exported {written:,} {kind} to {target}", 10000)


def _failed(window: MainWindow, progress: QProgressDialog, target: Path, exc: BaseException) -> None:
    progress.reset()
    if isinstance(exc, ExportCancelled):
        return
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    QMessageBox.warning(window, "Export failed",
                        f"Could not write {target}:\n{reason}\n\nNothing was written.")


__all__ = ["export_filtered"]

"""A window onto one kind's filtered, sorted rows: fetched in batches off the GUI thread."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon

from bri_desktop import paths
from bri_desktop.core.filters import Filter
from bri_desktop.core.formatting import CELL_CHARS, shorten
from bri_desktop.db import queries
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.kinds import KINDS, VIEWS, Kind
from bri_desktop.ui.tasks import Page, Query, load_page
from bri_desktop.ui.workers import TaskRunner

IdRole = Qt.ItemDataRole.UserRole + 1
NUMERIC_FORMATS = {"usd", "int", "count", "km", "indicator", "capacity"}
Index = QModelIndex | QPersistentModelIndex


class RecordsModel(QAbstractTableModel):
    """Rows arrive in pages of ``batch``; ``fetchMore`` asks for the next page in the background."""

    loaded = Signal(int)  # matched count, after a new query's first page arrives
    failed = Signal(object)  # (exception, traceback text)

    def __init__(self, dataset: Dataset, runner: TaskRunner, batch: int = 200, parent=None):
        super().__init__(parent)
        self.dataset = dataset
        self.runner = runner
        self.batch = batch
        self._kind: Kind = KINDS["agreements"]
        self._query: Query | None = None
        self._rows: list[tuple[str, tuple[str, ...]]] = []
        self._count = 0
        self._fetching = False
        self._pinned: set[str] = set()  # ids of the kind's records on the Pinboard
        self._pin_icon: QIcon | None = None

    # -- queries

    @property
    def kind(self) -> Kind:
        return self._kind

    @property
    def query(self) -> Query | None:
        return self._query

    @property
    def matched(self) -> int:
        return self._count

    def set_query(self, kind: str, flt: Filter, sort: str | None = None,
                  descending: bool | None = None) -> None:
        spec = VIEWS[kind]
        if sort is None or not any(c.key == sort for c in spec.columns):
            sort = spec.default_sort
            descending = queries.default_descending(spec, sort) if descending is None else descending
        query = Query(kind, flt, sort, bool(descending))
        if kind != self._kind.name:
            self.beginResetModel()
            self._kind = spec
            self._rows, self._count = [], 0
            self.endResetModel()
        self._query = query
        self._fetching = False
        self.runner.cancel("rows-more")
        self.runner.submit("rows", load_page, self.dataset, query, 0, self.batch, True,
                           on_result=self._on_first_page, on_error=self._on_error)

    def _on_first_page(self, page: Page) -> None:
        if page.query != self._query:
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._count = page.count or 0
        self.endResetModel()
        self.loaded.emit(self._count)

    def _on_more(self, page: Page) -> None:
        self._fetching = False
        if page.query != self._query or page.offset != len(self._rows) or not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def _on_error(self, info: tuple[BaseException, str]) -> None:
        """The rows could not be read: none are shown (never the last query's rows under the
        new filter)."""
        self._fetching = False
        self.beginResetModel()
        self._rows, self._count = [], 0
        self.endResetModel()
        self.failed.emit(info)

    # -- Qt model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._kind.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._count

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._query is None:
            return
        self._fetching = True
        self.runner.submit("rows-more", load_page, self.dataset, self._query, len(self._rows),
                           self.batch, False, on_result=self._on_more, on_error=self._on_error,
                           on_finished=self._on_more_finished)

    def _on_more_finished(self) -> None:
        self._fetching = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record_id, cells = self._rows[index.row()]
        column = self._kind.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shorten(cells[index.column()], CELL_CHARS)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = cells[index.column()]
            # Escaped and wrapped: record text is always shown as plain text, never rendered.
            return f"<p>{escape(text)}</p>" if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.fmt in NUMERIC_FORMATS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return record_id
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and record_id in self._pinned:
            if self._pin_icon is None:
                self._pin_icon = QIcon(str(paths.resource("icons/pin.svg")))
            return self._pin_icon
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._kind.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._kind.columns[section].label
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._query is None or not 0 <= column < len(self._kind.columns):
            return
        key = self._kind.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(self._kind.name, self._query.filter, key, descending)

    def set_pinned(self, ids: set[str]) -> None:
        """The records of this kind that are on the Pinboard: a pin shows in their first cell."""
        if ids == self._pinned:
            return
        changed = ids ^ self._pinned
        self._pinned = set(ids)
        for row, (record_id, _cells) in enumerate(self._rows):
            if record_id in changed:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- helpers for the view

    def record_id(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        return next((i for i, (rid, _) in enumerate(self._rows) if rid == record_id), -1)

    def sort_column(self) -> int:
        if self._query is None:
            return -1
        return next(i for i, c in enumerate(self._kind.columns) if c.key == self._query.sort)

    def rows_as_table(self, rows: list[int], columns: list[int]) -> tuple[list[str], list[list[str]]]:
        headers = [self._kind.columns[c].label for c in columns]
        body = [[self._rows[r][1][c] for c in columns] for r in rows if 0 <= r < len(self._rows)]
        return headers, body

"""One facet's values with their counts: checkable, zero-count values greyed, never hidden."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from bri_desktop.core.filters import Filter
from bri_desktop.db import queries
from bri_desktop.db.cache import CountCache
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.kinds import KINDS
from bri_desktop.db.queries import FacetValue
from bri_desktop.ui.workers import TaskState

ValueRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FacetResult:
    kind: str
    filter: Filter
    facets: dict[str, list[FacetValue]]
    kind_counts: dict[str, int]
    labels: dict[tuple[str, object], str] = field(default_factory=dict)  # (facet, value) -> label


COUNTS = "\0counts"  # the keys of the match counts and labels among the facet names
LABELS = "\0labels"


def load_facets(state: TaskState, dataset: Dataset, kind: str, flt: Filter,
                cache: CountCache) -> FacetResult:
    """Worker function: counts for every facet of ``kind``, the match count of every kind, and
    the labels of the values the filter selects (for its chips)."""

    def facet_job(name: str) -> list[FacetValue]:
        state.check()
        with state.watching(dataset.connection()) as conn:
            values = cache.get_or_make(("values", kind, name),
                                       lambda: queries.facet_values(conn, kind, name))
            return queries.facet_counts(conn, kind, flt, name, values, cache)

    def counts_job() -> dict[str, int]:
        result = {}
        with state.watching(dataset.connection()) as conn:
            for name in KINDS:
                state.check()
                result[name] = cache.get_or_make(("count", name, flt),
                                                 lambda name=name: queries.count(conn, name, flt))
        return result

    def labels_job() -> dict[tuple[str, object], str]:
        state.check()
        with state.watching(dataset.connection()) as conn:
            return queries.selected_labels(conn, flt, kind)

    names = [f.name for f in KINDS[kind].facets if f.listed]
    parts: dict = {name: partial(facet_job, name) for name in names}
    parts[COUNTS] = counts_job
    parts[LABELS] = labels_job
    results = state.parallel(parts)
    state.check()
    kind_counts = results.pop(COUNTS)
    labels = results.pop(LABELS)
    return FacetResult(kind, flt, results, kind_counts, labels)


class FacetModel(QAbstractListModel):
    """Values with counts; the check mark shows what the current filter selects."""

    toggle_requested = Signal(str, object)  # facet name, value

    def __init__(self, facet: str, parent=None):
        super().__init__(parent)
        self.facet = facet
        self._values: list[FacetValue] = []
        self._selected: frozenset = frozenset()

    def set_values(self, values: list[FacetValue], selected: frozenset) -> None:
        same_keys = [v.value for v in values] == [v.value for v in self._values]
        self._selected = selected
        if same_keys and values:
            self._values = list(values)
            self.dataChanged.emit(self.index(0), self.index(len(values) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                   Qt.ItemDataRole.CheckStateRole, CountRole,
                                   Qt.ItemDataRole.AccessibleTextRole])
            return
        self.beginResetModel()
        self._values = list(values)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._values)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._values):
            return None
        item = self._values[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.label}  ({item.count:,})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = "selected, " if item.value in self._selected else ""
            return f"{item.label}, {state}{item.count} matching"
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = item.value in self._selected
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and item.count == 0:
            palette = QApplication.palette()
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"<p>{escape(item.label)}: {item.count:,} matching with the other filters</p>"
        if role == ValueRole:
            return item.value
        if role == CountRole:
            return item.count
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Not user-checkable: the list toggles a value on click, Space or Enter, and the check
        # mark follows the filter once the window applies it.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def value_at(self, row: int):
        return self._values[row].value

    def count_of(self, value) -> int | None:
        return next((v.count for v in self._values if v.value == value), None)

    def label_of(self, value) -> str:
        return next((v.label for v in self._values if v.value == value), str(value))


__all__ = ["CountRole", "FacetModel", "FacetResult", "ValueRole", "load_facets"]

"""One facet's values with their counts: checkable, zero-count values greyed, never hidden."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from bri_desktop.core.formatting import floor_count
from bri_desktop.core.i18n import number, translate
from bri_desktop.db.queries import FacetValue

ValueRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class FacetModel(QAbstractListModel):
    """Values with counts; the check mark shows what the current filter selects."""

    def __init__(self, facet: str, parent=None):
        super().__init__(parent)
        self.facet = facet
        self._values: list[FacetValue] = []
        self._selected: frozenset = frozenset()
        # "exact"; "floor": counts so far of a search still being counted; "pending": the
        # filter changed and its counts have not come yet (the numbers shown are not its own)
        self.state = "exact"

    def set_values(self, values: list[FacetValue], selected: frozenset, state: str = "exact") -> None:
        # As many rows as before (new counts of the same values, the usual case): every row is
        # read again and the list keeps its scroll position; comparing 20,000 organizations'
        # keys here cost the GUI thread more than the update itself.
        self._selected = selected
        self.state = state
        if values and len(values) == len(self._values):
            self._values = list(values)
            self.dataChanged.emit(self.index(0), self.index(len(values) - 1), [])
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
            return f"{item.label}  ({self.count_text(item.count)})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(item.label, item.count, item.value in self._selected)
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = item.value in self._selected
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        # greyed: no match (exactly), or a count not yet made; a floor of 0 may still grow
        none = item.count == 0 and self.state == "exact"
        if role == Qt.ItemDataRole.ForegroundRole and (none or self.state == "pending"):
            palette = QApplication.palette()
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            count = item.count  # a plain name: lupdate reads no other count
            if self.state == "floor":
                tip = translate("FacetModel", "{value}: at least %n matching with the other filters, still counting",
                                None, count)
            elif self.state == "pending":
                tip = translate("FacetModel", "{value}: counting the matches of the new filters")
            else:
                tip = translate("FacetModel", "{value}: %n matching with the other filters", None, count)
            return f"<p>{escape(tip.format(value=item.label))}</p>"
        if role == ValueRole:
            return item.value
        if role == CountRole:
            return item.count
        return None

    def _accessible_text(self, label: str, count: int, selected: bool) -> str:
        """What a screen reader says of a value: each variant a whole phrase."""
        if self.state == "exact":
            text = translate("FacetModel", "{value}, selected, %n matching", None, count) if selected \
                else translate("FacetModel", "{value}, %n matching", None, count)
        elif self.state == "floor":
            text = translate("FacetModel", "{value}, selected, at least %n matching, still counting", None, count) \
                if selected else translate("FacetModel", "{value}, at least %n matching, still counting", None, count)
        else:
            text = translate("FacetModel", "{value}, selected, counting") if selected \
                else translate("FacetModel", "{value}, counting")
        return text.format(value=label)

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

    def count_text(self, count: int) -> str:
        if self.state == "floor":
            return floor_count(count)
        return "…" if self.state == "pending" else number(count, 0)

    def mark_pending(self) -> None:
        """The filter changed and the new counts are slow to come: the old ones stop showing."""
        if self.state == "pending" or not self._values:
            return
        self.set_values(self._values, self._selected, "pending")

    def label_of(self, value) -> str:
        return next((v.label for v in self._values if v.value == value), str(value))


__all__ = ["CountRole", "FacetModel", "ValueRole"]

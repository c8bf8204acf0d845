"""The record kinds, each with how many records match the current filters."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from bri_desktop import paths
from bri_desktop.core.i18n import number, translate
from bri_desktop.db.kinds import KINDS, VIEWS


class Navigator(QListWidget):
    kind_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(translate("Navigator", "Record kinds"))
        for name, kind in VIEWS.items():
            item = QListWidgetItem(kind.label, self)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.currentItemChanged.connect(self._on_current_changed)
        rows = self.sizeHintForRow(0) * self.count() + 2 * self.frameWidth() + 4
        self.setFixedHeight(rows)

    def _on_current_changed(self, current, _previous) -> None:
        if current is not None:
            self.kind_selected.emit(current.data(Qt.ItemDataRole.UserRole))

    def select(self, kind: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.setCurrentRow(row)
                return

    def show_counts(self, counts: dict[str, int], totals: dict[str, int]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            label = VIEWS[name].label
            if name == "everything":
                matched, total = sum(counts.get(k, 0) for k in KINDS), sum(totals.get(k, 0) for k in KINDS)
            else:
                matched, total = counts.get(name, 0), totals.get(name, 0)
            if matched == total:
                text = f"{label}  ({number(matched, 0)})"
            else:
                text = translate("Navigator", "{kind}  ({matched} of {total})").format(
                    kind=label, matched=number(matched, 0), total=number(total, 0))
            item.setText(text)
            # A kind with no match is greyed; the others take the theme's own text colour.
            disabled = QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            item.setData(Qt.ItemDataRole.ForegroundRole, None if matched else disabled)


class SavedViewsList(QListWidget):
    """The navigator's second section: the user's saved views; a click opens one."""

    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saved_views")
        self.setAccessibleName(translate("SavedViewsList", "Saved views"))
        self.itemActivated.connect(lambda item: self.view_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.itemClicked.connect(lambda item: self.view_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.show_views([])

    def show_views(self, names: list[str]) -> None:
        self.clear()
        for name in names:
            item = QListWidgetItem(QIcon(str(paths.resource("icons/view.svg"))), name, self)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(translate("SavedViewsList", "Open this saved view (View > Saved views to update, rename "
                                                        "or delete)"))
        self.setVisible(bool(names))
        rows = max(1, min(len(names), 6))
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4 if names else 0)

"""The records table: sortable, columns shown, hidden and reordered from the header's menu."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMenu, QTableView, QWidget

from bri_desktop.core.export import to_tsv
from bri_desktop.core.i18n import translate
from bri_desktop.ui.models.records_model import RecordsModel


class RecordsView(QTableView):
    current_record_changed = Signal(str)  # record id, or "" when nothing is selected
    empty_link_activated = Signal(QUrl)  # a link in the "no records match" message

    def __init__(self, model: RecordsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("records")
        self.setAccessibleName(translate("RecordsView", "Records"))
        self.setModel(model)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_column_menu)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.selectionModel().currentRowChanged.connect(self._on_current_row)
        model.modelReset.connect(lambda: self.current_record_changed.emit(""))
        self.empty = QLabel(self.viewport())
        self.empty.setObjectName("empty_state")
        self.empty.setAccessibleName(translate("RecordsView", "No matching records"))
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setOpenExternalLinks(False)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.empty.linkActivated.connect(lambda href: self.empty_link_activated.emit(QUrl(href)))
        self.empty.hide()

    def show_empty(self, html: str) -> None:
        """Over the empty table, a message (links are the app's own); "" hides it."""
        self.empty.setText(html)
        self.empty.setVisible(bool(html))
        self._place_empty()

    def _place_empty(self) -> None:
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        self.empty.setGeometry(area.x(), area.y(), area.width(), min(area.height(), 120))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_empty()

    def records_model(self) -> RecordsModel:
        return self.model()  # type: ignore[return-value]

    def _on_current_row(self, current, _previous) -> None:
        record_id = self.records_model().record_id(current.row()) if current.isValid() else None
        self.current_record_changed.emit(record_id or "")

    def apply_default_columns(self) -> None:
        """Widths and visibility as the kind declares them (before any saved state)."""
        header = self.horizontalHeader()
        for i, column in enumerate(self.records_model().kind.columns):
            header.setSectionHidden(i, not column.default)
            header.resizeSection(i, column.width)

    def column_actions(self) -> list[QAction]:
        header = self.horizontalHeader()
        actions = []
        for i, column in enumerate(self.records_model().kind.columns):
            action = QAction(column.label, self)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda shown, section=i: self.set_column_shown(section, shown))
            actions.append(action)
        return actions

    def set_column_shown(self, section: int, shown: bool) -> None:
        header = self.horizontalHeader()
        visible = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if not shown and visible == [section]:
            return  # the last visible column stays
        header.setSectionHidden(section, not shown)

    def show_columns(self, keys: list[str]) -> None:
        """Show just these columns (by key), in this order; unknown keys are passed over."""
        header = self.horizontalHeader()
        columns = [c.key for c in self.records_model().kind.columns]
        wanted = [columns.index(k) for k in keys if k in columns]
        if not wanted:
            return
        for section in range(header.count()):
            header.setSectionHidden(section, section not in wanted)
        for visual, section in enumerate(wanted):
            header.moveSection(header.visualIndex(section), visual)

    def show_column_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addSection(translate("RecordsView", "Show columns"))
        for action in self.column_actions():
            menu.addAction(action)
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedRows()})

    def visible_columns(self) -> list[int]:
        header = self.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in logical if not header.isSectionHidden(c)]

    def copy_selection(self) -> int:
        """Selected rows as tab-separated text with headers, in the order and columns shown."""
        rows = self.selected_rows()
        if not rows:
            return 0
        headers, body = self.records_model().rows_as_table(rows, self.visible_columns())
        QGuiApplication.clipboard().setText(to_tsv(headers, body))
        return len(body)

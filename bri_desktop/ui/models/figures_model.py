"""The figures of one measure as a table: figure (value with its qualifier), period, kind,
scope, sources and quote, one row per figure."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from bri_desktop.core.figures import figure_text, period_span, quote_text, source_text
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

SortRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    FIGURE = 0
    PERIOD = 1
    KIND = 2
    SCOPE = 3
    SOURCES = 4
    QUOTE = 5


HEADERS = {Column.FIGURE: QT_TRANSLATE_NOOP("FiguresModel", "Figure"),
           Column.PERIOD: QT_TRANSLATE_NOOP("FiguresModel", "Period"),
           Column.KIND: QT_TRANSLATE_NOOP("FiguresModel", "Kind"),
           Column.SCOPE: QT_TRANSLATE_NOOP("FiguresModel", "Scope"),
           Column.SOURCES: QT_TRANSLATE_NOOP("FiguresModel", "Sources"),
           Column.QUOTE: QT_TRANSLATE_NOOP("FiguresModel", "Quote")}


class FiguresModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.figures: list[dict] = []
        self.kinds: dict[str, str] = {}

    def set_figures(self, figures: list[dict], kinds: dict[str, str]) -> None:
        self.beginResetModel()
        self.figures, self.kinds = list(figures), dict(kinds)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.figures)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(Column):
            return translate("FiguresModel", HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.figures):
            return None
        figure = self.figures[index.row()]
        column = Column(index.column())
        if role == RecordRole:
            return figure["id"]
        if role == SortRole:
            if column == Column.FIGURE:
                return float(figure["value"])
            if column == Column.PERIOD:
                span = period_span(figure)
                return span[1] if span else float("inf")  # undated last
            return self.data(index).casefold()
        kept = figure.get("kept", True)
        if role == Qt.ItemDataRole.ForegroundRole and not kept:  # outside the filters: greyed
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = {Column.FIGURE: figure_text(figure), Column.PERIOD: str(figure["period_label"]),
                    Column.KIND: self.kinds.get(figure["kind"], figure["kind"]),
                    Column.SCOPE: str(figure["scope"]), Column.SOURCES: source_text(figure),
                    Column.QUOTE: quote_text(figure)}[column]
            if role == Qt.ItemDataRole.ToolTipRole and not kept:
                text += "\n" + translate("FiguresModel", "(The filters hide this figure: it is shown for comparison.)")
            return text
        return None

"""The Figures view: the figures different articles give for one measure, side by side (a
table, a dot chart and, where periods differ, the figures over time), never reconciled. A row
or a dot opens the figure's record; Ctrl+C copies the rows with their sources and quotes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bri_desktop.core.figures import rows_as_text
from bri_desktop.core.filters import facet_label
from bri_desktop.core.i18n import translate
from bri_desktop.core.record_text import link
from bri_desktop.ui.image_export import Picture
from bri_desktop.ui.models.figures_model import Column, FiguresModel, RecordRole, SortRole
from bri_desktop.ui.theme import set_tone
from bri_desktop.ui.widgets.export_button import ExportButton
from bri_desktop.ui.widgets.figures_chart import FiguresChart, figures_picture


class FiguresPanel(QWidget):
    link_activated = Signal(QUrl)  # bri:record/indicators/ID
    measure_chosen = Signal(str)  # the window loads the measure's figures
    pin_requested = Signal()
    export_requested = Signal(str)  # "png", "svg" or "copy"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figures")
        self.setAccessibleName(translate("FiguresPanel", "Figures"))
        self.measure = QComboBox(self)
        self.measure.setAccessibleName(translate("FiguresPanel", "Measure"))
        self.measure.setToolTip(translate("FiguresPanel", "A measure: figures of the same thing, in the same unit, "
                                                          "as different articles or dates give it (grouped by the "
                                                          "curator)"))
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.measure.setMinimumContentsLength(20)
        self.measure.currentIndexChanged.connect(self._chosen)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        set_tone(self.summary, "muted")
        self.model = FiguresModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("FiguresPanel", "Figures table"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the measure's own order first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._open_row)
        self.chart = FiguresChart(self)
        self.chart.figure_clicked.connect(self._dot_clicked)
        scroll = QScrollArea(self)
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        self.pin_button = QToolButton(self)
        self.pin_button.setText(translate("FiguresPanel", "Pin"))
        self.pin_button.setAccessibleName(translate("FiguresPanel", "Pin the figures"))
        self.pin_button.setToolTip(translate("FiguresPanel", "Pin this measure's figures (and the filters) to the "
                                                             "Pinboard"))
        self.pin_button.clicked.connect(self.pin_requested)
        self.export_button = ExportButton("figures", self)
        self.export_button.chosen.connect(self.export_requested)
        top = QHBoxLayout()
        measure_label = QLabel(translate("FiguresPanel", "&Measure:"), self)
        measure_label.setBuddy(self.measure)
        top.addWidget(measure_label)
        top.addWidget(self.measure, 1)
        top.addWidget(self.pin_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.current_measure = ""
        self._filling = False
        self.all_measures: dict[str, dict] = {}
        self.filtered = False
        self.lacking: list[str] = []

    def focusables(self) -> list[QWidget]:
        return [self.measure, self.pin_button, self.export_button, self.table]

    def picture(self, caption: str) -> Picture | None:
        """The dot chart (and the figures over time) for documents."""
        if not self.model.figures:
            return None
        return figures_picture(self.chart, caption, max(self.chart.width(), 960))

    def measure_label(self) -> str:
        measure = self.all_measures.get(self.current_measure)
        return str(measure["label"]) if measure else self.current_measure

    # -- content

    def set_measures(self, measures: list[dict], filtered: bool = False, lacking: list[str] | None = None) -> None:
        """The curated measures: [{code, label, unit, count, kept}]. With filters that figures
        can be told apart by, only the measures with a figure they keep are listed (the current
        one stays, said to have none); the current one stays chosen."""
        self.all_measures = {m["code"]: m for m in measures}
        self.filtered = filtered and not lacking
        self.lacking = list(lacking or [])
        self._filling = True
        try:
            keep = self.current_measure
            self.measure.clear()
            for m in measures:
                if not self.filtered:
                    count = m["count"]  # a plain name: lupdate reads no other count
                    self.measure.addItem(translate("FiguresPanel", "{measure} (%n figure(s))", None, count)
                                         .format(measure=m["label"]), m["code"])
                elif m["kept"] or m["code"] == keep:
                    self.measure.addItem(_kept_text(m), m["code"])
            index = self.measure.findData(keep)
            self.measure.setCurrentIndex(index if index >= 0 else (0 if self.measure.count() else -1))
        finally:
            self._filling = False
        if not self.measure.count():
            self.current_measure = ""
            self.model.set_figures([], {})
            self.chart.set_figures([])
            self.summary.setText(translate("FiguresPanel", "No measure has a figure the filters keep.") if self.filtered
                                 else translate("FiguresPanel", "This dataset has no curated measures."))

    def include_measure(self, code: str) -> bool:
        """List a measure the filters leave out (a link asked for it); False when there is none."""
        measure = self.all_measures.get(code)
        if measure is None:
            return False
        if self.measure.findData(code) < 0:
            self.measure.blockSignals(True)
            self.measure.addItem(_kept_text(measure), code)
            self.measure.blockSignals(False)
        return True

    def show_figures(self, measure: str, figures: list[dict], kinds: dict[str, str],
                     focus: str = "") -> None:
        self.current_measure = measure
        self.model.set_figures(figures, kinds)
        self.table.resizeColumnsToContents()
        for column in (Column.SCOPE, Column.SOURCES):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.chart.set_figures(figures)
        rows = self.table.verticalHeader().defaultSectionSize() * max(len(figures), 1)
        self.table.setMaximumHeight(rows + self.table.horizontalHeader().height()
                                    + self.table.horizontalScrollBar().sizeHint().height() + 6)
        sources = {c["source"] for f in figures for c in f.get("citations", [])}
        unstated = sum(1 for f in figures if not (f.get("period_start") or f.get("period_end")))
        count, sourced = len(figures), len(sources)  # plain names: lupdate reads no other count
        sentences = [translate("FiguresPanel", "%n figure(s) from {sources}, side by side: each as its article "
                                               "gives it, none reconciled or averaged.", None, count)
                     .format(sources=translate("FiguresPanel", "%n source(s)", None, sourced))]
        if unstated:
            sentences.append(translate("FiguresPanel", "%n state no period, so they are not placed in time.",
                                       None, unstated))
        hidden = sum(1 for f in figures if not f.get("kept", True))
        if hidden:
            sentences.append(translate("FiguresPanel", "The filters hide %n of them: greyed, still shown, so that no "
                                                       "conflicting figure drops out of sight.", None, hidden))
        elif self.lacking:
            names = ", ".join(_criterion_name(c) for c in self.lacking)
            sentences.append(translate("FiguresPanel", "Figures have no {criteria}: the filters do not apply to "
                                                       "them.").format(criteria=names))
        self.summary.setText(escape(" ".join(sentences)))
        if focus:
            self.select_figure(focus)

    def select_figure(self, figure_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RecordRole) == figure_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
        self.chart.select(figure_id)

    # -- interaction

    def _chosen(self, _index: int) -> None:
        code = self.measure.currentData()
        if code and not self._filling:
            self.measure_chosen.emit(code)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.chart.select(current.data(RecordRole))

    def _open_row(self, index) -> None:
        self.link_activated.emit(QUrl(link("indicators", index.data(RecordRole))))

    def _dot_clicked(self, figure_id: str) -> None:
        self.select_figure(figure_id)
        self.link_activated.emit(QUrl(link("indicators", figure_id)))

    def copy_rows(self) -> None:
        """The selected rows (or all) with their sources and quotes, tab-separated."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.proxy.index(r, 0).data(RecordRole) for r in rows] or None
        chosen = [f for f in self.model.figures if ids is None or f["id"] in ids]
        QGuiApplication.clipboard().setText(rows_as_text(chosen))


def _kept_text(measure: dict) -> str:
    """"Cargo (1 of 4 figures match the filters)": a measure listed under filters."""
    count = measure["count"]  # a plain name: lupdate reads no other count
    return translate("figures_panel", "{measure} ({kept} of %n figure(s) match the filters)", None,
                     count).format(measure=measure["label"], kept=measure["kept"])


def _criterion_name(criterion: str) -> str:
    """A part of the filter (Filter.criteria) as the summary names it: "sector", "value"."""
    if criterion == "value":
        return translate("figures_panel", "value", "the value range of a filter")
    if criterion == "date":
        return translate("figures_panel", "date", "the date range of a filter")
    return facet_label(criterion).lower()

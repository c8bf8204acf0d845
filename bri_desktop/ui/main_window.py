"""The main window: navigator, filters, search, chips, records table and details pane."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from bri_desktop.core.filters import FACET_LABELS, Filter
from bri_desktop.core.money import format_usd
from bri_desktop.db import queries
from bri_desktop.db.corridors import matching_corridors
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.details import record_details
from bri_desktop.db.kinds import KINDS
from bri_desktop.ui import settings as keys
from bri_desktop.ui.chart_flow import export_chart, load_chart, load_top
from bri_desktop.ui.corridor_flow import export_map, load_maps
from bri_desktop.ui.menus import build_menus
from bri_desktop.ui.models.facet_model import FacetResult, load_facets
from bri_desktop.ui.models.records_model import RecordsModel
from bri_desktop.ui.settings import Settings
from bri_desktop.ui.widgets.chart_panel import ChartPanel
from bri_desktop.ui.widgets.chip_bar import ChipBar
from bri_desktop.ui.widgets.corridor_panel import CorridorPanel
from bri_desktop.ui.widgets.details_pane import DetailsPane
from bri_desktop.ui.widgets.facet_panel import FacetPanel
from bri_desktop.ui.widgets.navigator import Navigator
from bri_desktop.ui.widgets.records_view import RecordsView
from bri_desktop.ui.widgets.search_box import SearchBox
from bri_desktop.ui.workers import TaskRunner


class MainWindow(QMainWindow):
    def __init__(self, dataset: Dataset, settings: Settings | None = None):
        super().__init__()
        self.dataset = dataset
        self.settings = settings or Settings()
        self.runner = TaskRunner(self)
        self.filter = Filter()
        self.kind = ""
        self._facet_cache: dict = {}
        self._pending_select = ""
        self.last_error = ""
        self.setWindowTitle("BRI Desktop")
        self.setObjectName("main_window")
        self._build()
        self.actions_by_name = build_menus(self)
        self._connect_signals()
        self._restore_state()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.search = SearchBox(self._check_search, self)
        self.chips = ChipBar(self)
        self.navigator = Navigator(self)
        self.facets = FacetPanel(self)
        self.model = RecordsModel(self.dataset, self.runner, parent=self)
        self.table = RecordsView(self.model, self)
        self.details = DetailsPane(self.dataset.version, self)
        self.chart = ChartPanel(self)
        self.corridors = CorridorPanel(self)
        self.views = QTabWidget(self)
        self.views.setObjectName("views")
        self.views.addTab(self.chart, "Chart")
        self.views.addTab(self.corridors, "Corridor map")
        self.center_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.center_splitter.addWidget(self.table)
        self.center_splitter.addWidget(self.views)
        self.center_splitter.setStretchFactor(0, 3)
        self.center_splitter.setStretchFactor(1, 2)
        self.center_splitter.setSizes([480, 400])
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.addWidget(self.navigator)
        self.left_splitter.addWidget(self.facets)
        self.left_splitter.setStretchFactor(1, 1)
        self.left_splitter.setSizes([self.navigator.height(), 700])
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.center_splitter)
        self.main_splitter.addWidget(self.details)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setStretchFactor(2, 1)
        self.main_splitter.setSizes([290, 880, 420])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.chips)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName("Record count")
        self.version_label = QLabel(f"Dataset {self.dataset.version}", self)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.version_label)
        self.setTabOrder(self.search.edit, self.navigator)
        self.setTabOrder(self.navigator, self.facets)
        self.setTabOrder(self.facets, self.table)
        self.setTabOrder(self.table, self.chart.measure)
        self.setTabOrder(self.chart.breakdown, self.details.browser)
        self.setTabOrder(self.details.browser, self.details.copy_citation)
        self.resize(1500, 900)

    def _connect_signals(self) -> None:
        # search and filters
        self.search.search_changed.connect(self.on_search_changed)
        self.facets.toggle_requested.connect(self.on_facet_toggled)
        self.facets.value_range_requested.connect(self.on_value_range)
        self.facets.date_range_requested.connect(self.on_date_range)
        self.chips.remove_requested.connect(self.on_chip_removed)
        self.chips.clear_requested.connect(self.clear_filters)
        # navigation and records
        self.navigator.kind_selected.connect(self.set_kind)
        self.model.loaded.connect(self.on_model_loaded)
        self.model.failed.connect(self.on_query_failed)
        self.model.rowsInserted.connect(lambda *_: self._update_status())
        self.table.current_record_changed.connect(self.on_record_selected)
        self.details.link_activated.connect(self.on_details_link)
        # chart
        self.chart.settings_changed.connect(self.refresh_chart)
        self.chart.bar_clicked.connect(self.on_chart_bar_clicked)
        self.chart.bar_hovered.connect(self.on_chart_bar_hovered)
        self.chart.export_requested.connect(lambda how: export_chart(self, how))
        # corridor map
        self.corridors.view.corridor_selected.connect(self.on_corridor_selected)
        self.corridors.related_requested.connect(self.on_related_requested)
        self.corridors.export_requested.connect(lambda how: export_map(self, how))
        # background work
        self.runner.busy_changed.connect(self.on_busy_changed)

    # ------------------------------------------------------------------ state

    def _restore_state(self) -> None:
        s = self.settings
        if not s.get(keys.WINDOW_GEOMETRY).isEmpty():
            self.restoreGeometry(s.get(keys.WINDOW_GEOMETRY))
        if not s.get(keys.WINDOW_STATE).isEmpty():
            self.restoreState(s.get(keys.WINDOW_STATE))
        if not s.get(keys.MAIN_SPLITTER).isEmpty():
            self.main_splitter.restoreState(s.get(keys.MAIN_SPLITTER))
        if not s.get(keys.RIGHT_SPLITTER).isEmpty():
            self.left_splitter.restoreState(s.get(keys.RIGHT_SPLITTER))
        if not s.get(keys.CENTER_SPLITTER).isEmpty():
            self.center_splitter.restoreState(s.get(keys.CENTER_SPLITTER))
        kind = s.get(keys.LAST_KIND)
        self.navigator.select(kind if kind in KINDS else "agreements")
        self.views.setCurrentIndex(s.get(keys.VIEW_TAB))
        self.runner.submit("maps", load_maps, self.dataset, on_result=self.on_maps_loaded,
                           on_error=lambda info: self.on_query_failed(str(info[0])))

    def save_state(self) -> None:
        s = self.settings
        s.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        s.set(keys.WINDOW_STATE, self.saveState())
        s.set(keys.MAIN_SPLITTER, self.main_splitter.saveState())
        s.set(keys.RIGHT_SPLITTER, self.left_splitter.saveState())
        s.set(keys.CENTER_SPLITTER, self.center_splitter.saveState())
        s.set(keys.LAST_KIND, self.kind)
        s.set(keys.VIEW_TAB, self.views.currentIndex())
        self._save_header()
        s.sync()

    def _save_header(self) -> None:
        if self.kind:
            self.settings.set(keys.header_key(self.kind),
                              self.table.horizontalHeader().saveState())

    def closeEvent(self, event) -> None:
        self.save_state()
        self.runner.shutdown()
        super().closeEvent(event)

    # ------------------------------------------------------------------ kinds and filters

    def set_kind(self, kind: str) -> None:
        if kind == self.kind or kind not in KINDS:
            return
        self._save_header()
        self.kind = kind
        self.navigator.select(kind)
        self.facets.set_kind(kind)
        self.model.set_query(kind, self.filter)
        header = self.table.horizontalHeader()
        saved = self.settings.get(keys.header_key(kind))
        if saved.isEmpty() or not header.restoreState(saved):
            self.table.apply_default_columns()
            sort = self.model.sort_column()
            order = Qt.SortOrder.DescendingOrder if self.model.query and \
                self.model.query.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(sort, order)
        self.details.show_record(None, {})
        self._refresh_facets()
        if self.chart.chart is None:
            self.refresh_chart()

    def set_filter(self, flt: Filter) -> None:
        if flt == self.filter:
            return
        self.filter = flt
        if self.search.edit.text().strip() != flt.search:
            self.search.set_text(flt.search)
        self.facets.show_filter(flt)
        self._show_chips()
        query = self.model.query
        self.model.set_query(self.kind, flt, query.sort if query else None,
                             query.descending if query else None)
        self._refresh_facets()
        self.refresh_chart()
        self._refresh_map_dimming()

    def clear_filters(self) -> None:
        self.set_filter(Filter())

    def _refresh_facets(self) -> None:
        self.runner.submit("facets", load_facets, self.dataset, self.kind, self.filter,
                           self._facet_cache, on_result=self.on_facets_loaded,
                           on_error=lambda info: self.on_query_failed(str(info[0])))

    def on_maps_loaded(self, result) -> None:
        models, attribution = result
        self.corridors.set_models(models, attribution)
        self._refresh_map_dimming()

    def _refresh_map_dimming(self) -> None:
        if self.filter.is_empty():
            self.corridors.view.set_matching(None)
            return
        self.runner.submit("map-dim", lambda state, ds, flt: matching_corridors(
            state.watch(ds.connection()), flt), self.dataset, self.filter,
            on_result=self.corridors.view.set_matching)

    def on_corridor_selected(self, corridor_id: str) -> None:
        if corridor_id:
            self.show_details("corridors", corridor_id)

    def on_related_requested(self, corridor_id: str) -> None:
        """Filter the tables to the records linked to the corridor, and show its agreements."""
        if not corridor_id:
            return
        if self.kind not in ("agreements", "projects"):
            self.set_kind("agreements")
        self.set_filter(Filter(corridors=frozenset({corridor_id})))

    def refresh_chart(self) -> None:
        measure, dimension, breakdown = self.chart.current()
        self.runner.submit("chart", load_chart, self.dataset, measure, dimension, breakdown,
                           self.filter, on_result=self.chart.show_chart,
                           on_error=lambda info: self.on_query_failed(str(info[0])))

    def on_chart_bar_clicked(self, dimension: str, key) -> None:
        if key is not None:
            self.set_filter(self.filter.toggled(dimension, key))

    def on_chart_bar_hovered(self, dimension: str, key) -> None:
        index = self.chart.hovered_index()
        self.runner.submit("chart-hover", load_top, self.dataset, dimension, key, self.filter,
                           on_result=lambda top: self.chart.show_tooltip(index, top))

    def _check_search(self, text: str) -> None:
        queries.check_search(self.dataset.connection(), text)

    def _show_chips(self) -> None:
        flt = self.filter
        chips: list[tuple[object, str]] = []
        if flt.search:
            chips.append((("search",), f'Search: "{flt.search}"'))
        for facet in FACET_LABELS:
            for value in sorted(flt.selected(facet), key=str):
                chips.append((("facet", facet, value),
                              f"{FACET_LABELS[facet]}: {self._facet_label(facet, value)}"))
        if flt.value_min is not None or flt.value_max is not None:
            low = format_usd(flt.value_min) if flt.value_min is not None else "any"
            high = format_usd(flt.value_max) if flt.value_max is not None else "any"
            chips.append((("value",), f"Value: {low} – {high}"))
        if flt.date_from or flt.date_to:
            chips.append((("date",), f"Date: {flt.date_from or '…'} – {flt.date_to or '…'}"))
        self.chips.set_chips(chips)

    def _facet_label(self, facet: str, value) -> str:
        facet_list = self.facets.facet_list(facet)
        if facet_list is not None and facet_list.model.rowCount():
            return facet_list.model.label_of(value)
        spec = next((k.facet(facet) for k in KINDS.values() if k.facet(facet)), None)
        if spec is None:
            return str(value)
        labels = queries.facet_labels(self.dataset.connection(), spec, [value])
        return str(labels.get(value, value))

    # ------------------------------------------------------------------ slots

    def on_search_changed(self, text: str) -> None:
        self.set_filter(self.filter.with_search(text))

    def on_facet_toggled(self, facet: str, value) -> None:
        self.set_filter(self.filter.toggled(facet, value))

    def on_value_range(self, low, high) -> None:
        self.set_filter(self.filter.with_value_range(low, high))

    def on_date_range(self, start, end) -> None:
        self.set_filter(self.filter.with_date_range(start, end))

    def on_chip_removed(self, key: tuple) -> None:
        flt = self.filter
        if key[0] == "search":
            flt = flt.with_search("")
        elif key[0] == "facet":
            flt = flt.with_values(key[1], flt.selected(key[1]) - {key[2]})
        elif key[0] == "value":
            flt = flt.with_value_range(None, None)
        elif key[0] == "date":
            flt = flt.with_date_range(None, None)
        self.set_filter(flt)

    def on_model_loaded(self, _count: int) -> None:
        self._update_status()
        if self._pending_select:
            row = self.model.row_of(self._pending_select)
            self._pending_select = ""
            if row >= 0:
                self.table.selectRow(row)

    def on_facets_loaded(self, result: FacetResult) -> None:
        if result.filter != self.filter or result.kind != self.kind:
            return
        self.facets.show_result(result)
        self.navigator.show_counts(result.kind_counts, self.dataset.totals)
        self._show_chips()

    def on_query_failed(self, message: str) -> None:
        self.last_error = message
        self.statusBar().showMessage(f"Query failed: {message}", 10000)

    def on_busy_changed(self, busy: bool) -> None:
        if busy:
            self.status_label.setText(self._status_text() + "  · updating…")
        else:
            self._update_status()

    def on_record_selected(self, record_id: str) -> None:
        if not record_id:
            return
        self.show_details(self.kind, record_id)

    def show_details(self, kind: str, record_id: str) -> None:
        record = record_details(self.dataset.connection(), kind, record_id)
        self.details.show_record(record, self.dataset.vocabulary)

    def on_details_link(self, url: QUrl) -> None:
        parts = url.toString().removeprefix("bri:").split("/")
        if len(parts) != 3:
            return
        action, target, value = parts[0], parts[1], unquote(parts[2])
        if action == "filter" and target in FACET_LABELS:
            self.set_filter(self.filter.with_values(target, {value}))
        elif action == "record" and target in KINDS:
            self._pending_select = value
            self.set_kind(target)
            self.show_details(target, value)

    # ------------------------------------------------------------------ status

    def _status_text(self) -> str:
        kind = KINDS[self.kind] if self.kind else None
        if kind is None:
            return ""
        total = self.dataset.totals.get(self.kind, 0)
        noun = kind.label.lower() if total != 1 else kind.singular
        return f"{self.model.matched:,} of {total:,} {noun}"

    def _update_status(self) -> None:
        text = self._status_text()
        shown = self.model.rowCount()
        if shown < self.model.matched:
            text += f" (first {shown:,} loaded; scroll for more)"
        self.status_label.setText(text)

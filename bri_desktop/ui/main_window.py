"""The main window: navigator, filters, search, chips, records table, views and details pane.

The window is the one mediator: widgets emit what the user asked for, the window changes its
state (kind, filter, open record) and asks the background runner for what to show.

- A filter change the user makes is an undoable command (Edit > Undo); a change of kind or
  filter, or a followed link, is a place in the Back/Forward history.
- The details pane shows a record the filters keep: after every filter change the open record
  is checked, and when the filters now hide it the pane says so instead of showing it.
- Following a link to a record that the filters hide lifts exactly the filters in the way, and
  says which; Back or Undo restores them.

Its parts, each a mixin of its own module: the open record, links and history (record_flow), the
chart, map and article views (views_flow), the dataset file's watch (dataset_file), the workspace
(workspace_flow), imports (collections_flow) and briefings (briefing_flow).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bri_desktop.core.filters import Filter
from bri_desktop.core.history import History, describe_change
from bri_desktop.core.i18n import number, translate
from bri_desktop.core.search import to_fts_query
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.kinds import VIEWS
from bri_desktop.ui import settings as keys
from bri_desktop.ui import window_state
from bri_desktop.ui.after_paint import AfterPaint
from bri_desktop.ui.briefing_flow import BriefingMixin
from bri_desktop.ui.chip_texts import chip_texts
from bri_desktop.ui.collections_flow import CollectionsMixin
from bri_desktop.ui.dataset_file import DatasetFileMixin
from bri_desktop.ui.export_flow import ExportRequest, start_export
from bri_desktop.ui.focus import move_focus
from bri_desktop.ui.menus import build_menus
from bri_desktop.ui.models.records_model import RecordsModel
from bri_desktop.ui.pending import SlowMark
from bri_desktop.ui.record_flow import FilterChange, RecordsMixin
from bri_desktop.ui.settings import Settings
from bri_desktop.ui.task_failures import FailuresMixin
from bri_desktop.ui.tasks import FacetResult, load_facets, load_maps, make_cube
from bri_desktop.ui.team_collections import TeamCollectionsMixin
from bri_desktop.ui.team_flow import TeamMixin
from bri_desktop.ui.theme import theme_of
from bri_desktop.ui.view_pins import ViewPinsMixin
from bri_desktop.ui.views_flow import ViewsMixin
from bri_desktop.ui.widgets.chip_bar import ChipBar
from bri_desktop.ui.widgets.details_pane import DetailsPane
from bri_desktop.ui.widgets.facet_panel import FacetPanel
from bri_desktop.ui.widgets.navigator import Navigator, SavedViewsList
from bri_desktop.ui.widgets.pinboard import Pinboard
from bri_desktop.ui.widgets.records_view import RecordsView
from bri_desktop.ui.widgets.search_box import SearchBox
from bri_desktop.ui.workers import TaskRunner
from bri_desktop.ui.workspace_flow import WorkspaceMixin

ROWS_HEAD_START = 250  # ms the rows query runs alone before facets and chart start anyway


class MainWindow(FailuresMixin, RecordsMixin, ViewsMixin, DatasetFileMixin, WorkspaceMixin, TeamMixin,
                 TeamCollectionsMixin, ViewPinsMixin, CollectionsMixin, BriefingMixin, QMainWindow):
    def __init__(self, dataset: Dataset, settings: Settings | None = None):
        super().__init__()
        self.dataset = dataset
        self.settings = settings or Settings()
        self.runner = TaskRunner(self)
        self.filter = Filter()
        self.kind = ""
        self.history = History()
        self.undo_stack = QUndoStack(self)
        self.open_ref: tuple[str, str] | None = None  # (kind, id) of the record in the details
        self.hidden_ref: tuple[str, str, str] | None = None  # (kind, id, title) the filters hid
        self.kind_counts: dict[str, int] = {}
        self.last_error = ""
        self._labels: dict[tuple[str, object], str] = {}  # chip labels the facet task found
        self._restoring = False  # True while one navigation makes several changes
        self._waiting_for_rows: dict = {}  # jobs to start once the first rows are in
        self._after_paint = AfterPaint(self)
        self._rows_head_start = QTimer(self)
        self._rows_head_start.setSingleShot(True)
        self._rows_head_start.setInterval(ROWS_HEAD_START)
        self._rows_head_start.timeout.connect(self._release_after_rows)
        self._shown_once = False
        self._cube_for: Dataset | None = None  # the dataset whose cube was asked for (db.cube)
        self._init_workspace()
        self.setWindowTitle("BRI Desktop")
        self.setObjectName("main_window")
        theme_of().apply(self.settings.get(keys.THEME))
        self._build()
        self._facets_slow = SlowMark(self, self.facets.mark_pending)
        self._chart_slow = SlowMark(self, self.chart.mark_pending)
        self.acts = build_menus(self)
        self._connect_signals()
        window_state.restore(self)
        window_state.reopen_last_view(self)
        self._visit()
        if self.settings.problem:
            self.statusBar().showMessage(translate("MainWindow", "Settings will not be saved: {problem}.")
                                         .format(problem=self.settings.problem), 20000)
        self.runner.submit("maps", load_maps, self.dataset, on_result=self.on_maps_loaded,
                           on_error=self._failed("maps"))
        self.load_measures()
        self._watch_dataset_file()
        self._init_team()
        self._open_workspace()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.search = SearchBox(self._check_search, self)
        self.chips = ChipBar(self)
        self.navigator = Navigator(self)
        self.facets = FacetPanel(self)
        self.model = RecordsModel(self.dataset, self.runner, parent=self)
        self.table = RecordsView(self.model, self)
        self.details = DetailsPane(self.dataset.version, self)
        self._build_views()
        self.center_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.center_splitter.addWidget(self.table)
        self.center_splitter.addWidget(self.views)
        self.center_splitter.setStretchFactor(0, 3)
        self.center_splitter.setStretchFactor(1, 2)
        self.center_splitter.setSizes([480, 400])
        self.saved_views = SavedViewsList(self)
        navigation = QWidget(self)
        column = QVBoxLayout(navigation)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.navigator)
        column.addWidget(self.saved_views)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.addWidget(navigation)
        self.left_splitter.addWidget(self.facets)
        self.left_splitter.setStretchFactor(1, 1)
        self.left_splitter.setSizes([self.navigator.height(), 700])
        self.pinboard = Pinboard(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.pinboard)
        self.pinboard.hide()  # until the first pin, or View > Pinboard (its state is remembered)
        self._init_briefing()
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
        self.status_label.setAccessibleName(translate("MainWindow", "Record count"))
        self.version_label = QLabel(self)
        self.version_label.setAccessibleName(translate("MainWindow", "Dataset version"))
        self.show_dataset_label()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.version_label)

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
        self.model.failed.connect(self._failed("rows"))
        self.model.failed.connect(lambda _info: self._release_after_rows())
        self.model.rowsInserted.connect(lambda *_: self._update_status())
        self.table.current_record_changed.connect(self.on_record_selected)
        self.table.empty_link_activated.connect(self.on_details_link)
        self.details.link_activated.connect(self.on_details_link)
        self._connect_views()
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        # chart
        self.chart.settings_changed.connect(self.refresh_chart)
        self.chart.bar_clicked.connect(self.on_chart_bar_clicked)
        self.chart.bar_hovered.connect(self.on_chart_bar_hovered)
        self.chart.export_requested.connect(lambda how: self.export_view("chart", how))
        # corridor map
        self.corridors.view.corridor_selected.connect(self.on_corridor_selected)
        self.corridors.related_requested.connect(self.on_related_requested)
        self.corridors.export_requested.connect(lambda how: self.export_view("corridor map", how))
        # the user's workspace
        self.pinboard.list.open_requested.connect(self.open_pin)
        self.pinboard.list.briefing_requested.connect(self.add_pin_to_briefing)
        self.pinboard.list.remove_requested.connect(self.remove_pin)
        self.pinboard.list.order_changed.connect(self.reorder_pins)
        self.chart.pin_requested.connect(self.pin_chart)
        self.corridors.pin_requested.connect(self.pin_map)
        self.details.note_box.note_changed.connect(self.save_note)
        self.details.note_box.tag_added.connect(self.add_tag)
        self.details.note_box.tag_removed.connect(self.remove_tag)
        self.details.note_box.conflict_resolved.connect(self.resolve_note)
        self.saved_views.view_chosen.connect(self.open_saved_view)
        # background work and theme
        self.runner.busy_changed.connect(self.on_busy_changed)
        theme_of().changed.connect(self.on_theme_changed)

    # ------------------------------------------------------------------ state

    def save_state(self) -> None:
        window_state.save(self)

    def closeEvent(self, event) -> None:
        self.details.note_box.flush()  # a note typed a moment ago is saved before closing
        self.save_state()
        self.leave_team()  # what waits stays in the copy's outbox, sent at the next start
        self.runner.shutdown()
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:  # the frame's size is known now: keep all of it on screen
            self._shown_once = True
            window_state.fit_to_screen(self)
            # The mouse's back and forward buttons, wherever in the window they are pressed: its
            # QWindow sees each press before the widget under the pointer does, and few other
            # events (a filter on the application would run Python for every event of every
            # widget, each taking the GIL from the thread reading the next rows).
            self.windowHandle().installEventFilter(self)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab follow ui.focus's order (the details pane's links first)."""
        return move_focus(self, forward) or super().focusNextPrevChild(forward)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """The mouse's back and forward buttons, anywhere in this window (see showEvent)."""
        if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonPress:
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return False

    # ------------------------------------------------------------------ kinds

    def set_kind(self, kind: str) -> None:
        """The user chose another kind of record: a new place, with no record open."""
        if kind == self.kind or kind not in VIEWS:
            return
        self._switch_kind(kind)
        self._close_record()
        self._visit()

    def _switch_kind(self, kind: str) -> None:
        focus = QApplication.focusWidget()
        focus_in_filters = focus is not None and self.facets.isAncestorOf(focus)
        window_state.save_header(self)
        self.kind = kind
        self.navigator.select(kind)
        self.facets.set_kind(kind)
        query = self.model.query
        sort = query.sort if query is not None and query.kind == kind else None
        self.model.set_query(kind, self.filter, sort)
        window_state.restore_header(self, kind)
        if focus_in_filters:  # the old lists are gone: stay in the filters, at the first one
            first = next(iter(self.facets.focusables()), self.navigator)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._after_rows(self._refresh_facets)
        if self.chart.chart is None:
            self._after_rows(self.refresh_chart)

    # ------------------------------------------------------------------ filters

    def set_filter(self, flt: Filter, text: str = "") -> None:
        """The user changed the filter: an undoable step and a new place."""
        if flt == self.filter:
            return
        self.chips.set_notice("")
        label = text or describe_change(self.filter, flt, self._label_of)
        self.undo_stack.push(FilterChange(self, self.filter, flt, label))

    def clear_filters(self) -> None:
        self.corridors.view.select("")
        if self.open_ref and self.open_ref[0] != self.kind:  # a corridor chosen on the map
            self._close_record()
        self.set_filter(Filter())

    def _apply_filter(self, flt: Filter) -> None:
        flt = flt.with_marks(self._marks_for(flt))  # notes and tags as they are now
        if flt == self.filter:
            return
        self.filter = flt
        query = self.model.query  # the rows' query first: it runs while the filters are redrawn
        self.model.set_query(self.kind, flt, query.sort if query else None,
                             query.descending if query else None)
        if self.search.edit.text().strip() != flt.search:
            self.search.set_text(flt.search)
        self.facets.show_filter(flt)
        self._show_chips()
        self._facets_slow.started()
        self._chart_slow.started()
        for channel in ("facets", "chart"):  # the old filter's counts: their threads go to the rows
            self.runner.cancel(channel)
        self._after_rows(self._refresh_facets, self.refresh_chart, self._refresh_map_dimming,
                         self.refresh_timeline, self.load_measures, self.refresh_article_marks)
        self._check_open_record()
        self._visit()

    def _after_rows(self, *jobs) -> None:
        """Rows first: the table's query gets the threads to itself; facets, chart and map
        start when its first page is in (or after ROWS_HEAD_START ms, should it be slow)."""
        for job in jobs:
            self._waiting_for_rows[job] = None
        self._rows_head_start.start()

    def _release_after_painted(self) -> None:
        try:
            self._release_after_rows()
        finally:
            self.runner.unhold()

    def _release_after_rows(self) -> None:
        jobs, self._waiting_for_rows = list(self._waiting_for_rows), {}
        self._rows_head_start.stop()
        for job in jobs:
            job()

    def _refresh_facets(self) -> None:
        self._facets_slow.started()
        self.runner.submit("facets", load_facets, self.dataset, self.kind, self.filter,
                           self.dataset.facet_cache, on_result=self.on_facets_loaded,
                           on_partial=self.on_facets_loaded, on_error=self._failed("facets"))

    def _label_of(self, facet: str, value) -> str:
        facet_list = self.facets.facet_list(facet)
        if facet_list is not None and facet_list.model.rowCount():
            label = facet_list.model.label_of(value)
            if label != str(value):
                return label
        if (facet, value) in self._labels:
            return self._labels[(facet, value)]
        return str(self.dataset.labels.get(facet, {}).get(value, value))

    def _show_chips(self) -> None:
        self.chips.set_chips(chip_texts(self.filter, self._label_of))

    @staticmethod
    def _check_search(text: str) -> None:
        """Checked by parsing alone (core.search yields only queries FTS5 can run): nothing
        runs on the GUI thread, however broad the search."""
        to_fts_query(text)

    # ------------------------------------------------------------------ exports

    def export_records(self) -> None:
        """File > Export: the table as it is shown, in the background."""
        if self.kind == "everything":
            self.statusBar().showMessage(translate("MainWindow", "Exports are of one kind at a time: choose a kind "
                                                   "in the navigator, then export."), 8000)
            return
        query = self.model.query
        columns = [self.model.kind.columns[i] for i in self.table.visible_columns()]
        request = ExportRequest(self.dataset, self.kind, self.filter, query.sort if query else None,
                                query.descending if query else None, columns, self.model.matched)
        start_export(self, self.settings, self.runner, request,
                     lambda text: self.statusBar().showMessage(text, 10000))

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
        self.runner.hold()  # busy until the counts start (the rows are painted first)
        self._after_paint.call_soon(self._release_after_painted)
        self._update_status()
        self._show_empty_state()
        if self.open_ref and self.open_ref[0] == self.kind:
            self._select_row(self.open_ref[1])

    def on_facets_loaded(self, result: FacetResult) -> None:
        if result.filter != self.filter or result.kind != self.kind:
            return
        self._facets_slow.arrived()
        if self._cube_for is not self.dataset:  # once the window is filled: in the background
            self._cube_for = self.dataset
            self.runner.submit("cube", make_cube, self.dataset)  # a failure is logged: counts go on without
        self._labels.update(result.labels)
        self.kind_counts = result.kind_counts
        self.facets.show_result(result)
        self.navigator.show_counts(result.kind_counts, self.dataset.totals)
        self._show_chips()
        self._show_empty_state()

    def on_busy_changed(self, busy: bool) -> None:
        if busy:
            self.status_label.setText(translate("MainWindow", "{status}  · updating…").format(
                status=self._status_text()))
        else:
            self._update_status()

    def on_theme_changed(self) -> None:
        self.chart.redraw()
        self.details.refresh()
        self.navigator.show_counts(self.kind_counts or self.dataset.totals, self.dataset.totals)

    # ------------------------------------------------------------------ status

    def _status_text(self) -> str:
        kind = VIEWS[self.kind] if self.kind else None
        if kind is None:
            return ""
        total = sum(self.dataset.totals.values()) if self.kind == "everything" else \
            self.dataset.totals.get(self.kind, 0)
        return kind.of_count_text(number(self.model.matched, 0), total)

    def _update_status(self) -> None:
        text = self._status_text()
        shown = self.model.rowCount()
        if shown < self.model.matched:
            text = translate("MainWindow", "{status} (first {shown} loaded; scroll for more)").format(
                status=text, shown=number(shown, 0))
        self.status_label.setText(text)

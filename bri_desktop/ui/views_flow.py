# mypy: disable-error-code="misc"
# (the methods take self: MainWindow, whose part they are: see collections_flow)
"""The views under the table: the chart, the corridor map, the timeline and the source article,
each following the filters from the background, and their pictures for documents. A part of
MainWindow (a mixin), kept apart by responsibility."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QTabWidget

from bri_desktop.core import timeline as timeline_text
from bri_desktop.core.charts import caption
from bri_desktop.core.figures import caption as figures_caption
from bri_desktop.core.filters import Filter
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.db.timeline import KIND_LABELS
from bri_desktop.ui import tasks
from bri_desktop.ui.image_export import export_image
from bri_desktop.ui.tasks import load_chart, load_top
from bri_desktop.ui.widgets.article_panel import ArticlePanel
from bri_desktop.ui.widgets.chart_panel import ChartPanel
from bri_desktop.ui.widgets.corridor_panel import CorridorPanel
from bri_desktop.ui.widgets.figures_panel import FiguresPanel
from bri_desktop.ui.widgets.timeline_panel import TimelinePanel

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow

NOT_READY = {  # shown with translate("ViewsMixin", ...)
    "chart": QT_TRANSLATE_NOOP("ViewsMixin", "The chart is not ready yet."),
    "corridor map": QT_TRANSLATE_NOOP("ViewsMixin", "The corridor map is not ready yet."),
    "timeline": QT_TRANSLATE_NOOP("ViewsMixin", "The timeline is not ready yet."),
    "figures": QT_TRANSLATE_NOOP("ViewsMixin", "The figures are not ready yet."),
}


class ViewsMixin:
    def _build_views(self: MainWindow) -> None:
        """The tabs under the table: Chart, Corridor map, Timeline, Figures, Article."""
        self.chart = ChartPanel(self)
        self.corridors = CorridorPanel(self)
        self.timeline = TimelinePanel(self)
        self.figures = FiguresPanel(self)
        self.article = ArticlePanel(self)
        self.views = QTabWidget(self)
        self.views.setObjectName("views")
        for panel, name in ((self.chart, translate("ViewsMixin", "Chart")),
                            (self.corridors, translate("ViewsMixin", "Corridor map")),
                            (self.timeline, translate("ViewsMixin", "Timeline")),
                            (self.figures, translate("ViewsMixin", "Figures")),
                            (self.article, translate("ViewsMixin", "Article"))):
            self.views.addTab(panel, name)
        self._timeline_stale = True  # the filters changed while the Timeline tab was hidden

    def _connect_views(self: MainWindow) -> None:
        self.article.link_activated.connect(self.on_details_link)
        self.figures.link_activated.connect(self.on_details_link)
        self.figures.measure_chosen.connect(self.load_figures)
        self.views.currentChanged.connect(self.on_view_tab_changed)
        self.timeline.lanes_changed.connect(lambda _lanes: self.refresh_timeline())
        self.timeline.items_wanted.connect(self.on_timeline_items_wanted)
        self.timeline.view.item_clicked.connect(self.open_record)
        self.timeline.export_requested.connect(lambda how: self.export_view("timeline", how))
        self.timeline.pin_requested.connect(self.pin_timeline)
        self.figures.export_requested.connect(lambda how: self.export_view("figures", how))
        self.figures.pin_requested.connect(self.pin_figures)

    # ------------------------------------------------------------------ corridor map

    def on_maps_loaded(self: MainWindow, result) -> None:
        models, attribution = result
        self.corridors.set_models(models, attribution)
        self._refresh_map_dimming()

    def _refresh_map_dimming(self: MainWindow) -> None:
        if self.filter.is_empty():
            self.corridors.view.set_matching(None)
            return
        self.runner.submit("map-dim", tasks.matching_corridors, self.dataset, self.filter,
                           on_result=self.corridors.view.set_matching, on_error=self._failed("map-dim"))

    def on_corridor_selected(self: MainWindow, corridor_id: str) -> None:
        if corridor_id:
            self._open("corridors", corridor_id)
            flt = Filter(corridors=frozenset({corridor_id}))
            self.runner.submit("related-count", tasks.count_kinds, self.dataset, ("agreements", "projects"),
                               flt, on_result=lambda counts: self.corridors.show_related_count(
                                   sum(counts.values()) if self.corridors.view.selected == corridor_id else None))

    def on_related_requested(self: MainWindow, corridor_id: str) -> None:
        """Filter the tables to the corridor's agreements and projects; show whichever has any."""
        if not corridor_id:
            return
        flt = Filter(corridors=frozenset({corridor_id}))
        self.runner.submit("related", tasks.count_kinds, self.dataset, ("agreements", "projects"),
                           flt, on_result=lambda counts: self._show_related(flt, counts),
                           on_error=self._failed("related"))

    def _show_related(self: MainWindow, flt: Filter, counts: dict[str, int]) -> None:
        kind = self.kind if counts.get(self.kind) else None
        kind = kind or next((k for k, n in counts.items() if n), None) or "agreements"
        corridor = next(iter(flt.corridors))
        self.chips.set_notice("")
        self._navigate(kind, flt, None, translate("ViewsMixin", "show the records related to {corridor}").format(
            corridor=self._label_of("corridor", corridor)))

    # ------------------------------------------------------------------ chart

    def refresh_chart(self: MainWindow) -> None:
        measure, dimension, breakdown = self.chart.current()
        self._chart_slow.started()
        self.runner.submit("chart", load_chart, self.dataset, measure, dimension, breakdown,
                           self.filter, on_result=self._show_chart, on_partial=self._show_chart,
                           on_error=self._failed("chart"))

    def _show_chart(self: MainWindow, chart) -> None:
        if chart.filter != self.filter:  # made for filters changed since: the new chart comes
            return
        self._chart_slow.arrived()
        self.chart.show_chart(chart)

    def on_chart_bar_clicked(self: MainWindow, dimension: str, key) -> None:
        if key is not None:
            self.set_filter(self.filter.toggled(dimension, key))

    def on_chart_bar_hovered(self: MainWindow, dimension: str, key) -> None:
        index = self.chart.hovered_index()
        flt = self.filter
        bars = self.chart.chart.bars if self.chart.chart is not None else []
        if 0 <= index < len(bars) and bars[index].collection:  # that collection's records only
            flt = flt.with_values("collection", {bars[index].collection})
        self.runner.submit("chart-hover", load_top, self.dataset, dimension, key, flt,
                           on_result=lambda top: self.chart.show_tooltip(index, top),
                           on_error=self._failed("chart-hover"))

    # ------------------------------------------------------------------ pictures

    def export_view(self: MainWindow, what: str, how: str, target: Path | None = None) -> Path | None:
        """The chart or the corridor map as PNG, SVG or to the clipboard, with its caption."""
        if what == "chart":
            chart = self.chart.chart
            if chart is not None and chart.filter is not None and chart.filter != self.filter:
                self.statusBar().showMessage(translate("ViewsMixin", "The chart is being counted for the new "
                                                       "filters: export it once it is drawn."), 8000)
                return None
            text = caption(chart, self.dataset.describe(self.filter), self.dataset.version) \
                if chart else ""
            picture = self.chart.picture(text)
        elif what == "figures":
            text = figures_caption(self.figures.measure_label(), self.figures.model.figures,
                                   self.dataset.describe(self.filter), self.dataset.version)
            picture = self.figures.picture(text)
        elif what == "timeline":
            view = self.timeline.view
            text = timeline_text.caption(
                view.overview, timeline_text.in_view(view.overview, view.items, view.start, view.end),
                self.dataset.describe(self.filter), self.dataset.version, view.start, view.end,
                KIND_LABELS) if view.overview is not None else ""
            picture = self.timeline.picture(text)
        else:
            picture = self.corridors.picture(self.dataset.version)
        if picture is None:
            self.statusBar().showMessage(translate("ViewsMixin", NOT_READY[what]), 5000)
            return None
        self.statusBar().clearMessage()  # a failure says so in a box: no older success stays beside it
        path, message = export_image(self, self.settings, what, how, picture, target)
        if message:
            self.statusBar().showMessage(message, 8000)
        return path

    # ------------------------------------------------------------------ timeline

    def refresh_timeline(self: MainWindow) -> None:
        """Load the timeline for the filters, when its tab is in view (else when it comes into view)."""
        if self.views.currentWidget() is not self.timeline:
            self._timeline_stale = True
            return
        self._timeline_stale = False
        self.runner.submit("timeline", tasks.load_timeline, self.dataset, self.filter,
                           self.timeline.lanes_by(),
                           on_result=lambda overview: self.timeline.show_overview(overview, KIND_LABELS),
                           on_error=self._failed("timeline"))

    def on_view_tab_changed(self: MainWindow, _index: int) -> None:
        if self._timeline_stale:
            self.refresh_timeline()

    def on_timeline_items_wanted(self: MainWindow, start: float, end: float, precisions: tuple) -> None:
        """The counted kinds' records of the stretch in view, at the precisions few enough there."""
        def shown(result: tuple) -> None:
            items, drawn = result
            counted = tuple(p for p in ("year", "month", "day") if p not in drawn)
            self.timeline.show_items(start, end, items, counted)

        overview = self.timeline.view.overview
        kinds = overview.counted_kinds if overview is not None else ()
        self.runner.submit("timeline-items", tasks.load_timeline_items, self.dataset, self.filter,
                           self.timeline.lanes_by(), start, end, precisions, kinds,
                           on_result=shown,
                           on_error=self._failed("timeline"))

    # ------------------------------------------------------------------ figures

    def load_measures(self: MainWindow) -> None:
        """The measures the filters keep a figure of, and the current one's figures."""
        flt = self.filter

        def shown(result: tuple[list[dict], list[str]]) -> None:
            self.figures.set_measures(result[0], not flt.is_empty(), result[1])
            if self.figures.measure.currentData():
                self.load_figures(self.figures.measure.currentData())

        self.runner.submit("measures", tasks.load_measures, self.dataset, flt, on_result=shown,
                           on_error=self._failed("measures"))

    def load_figures(self: MainWindow, measure: str, focus: str = "") -> None:
        self.runner.submit("figures", tasks.load_figures, self.dataset, measure, self.filter,
                           on_result=lambda result: self.figures.show_figures(measure, *result, focus=focus),
                           on_error=self._failed("figures"))

    def show_measure(self: MainWindow, measure: str) -> None:
        """The Figures view on a measure, the open indicator (if one of its figures) selected."""
        focus = self.open_ref[1] if self.open_ref and self.open_ref[0] == "indicators" else ""
        if not self.figures.include_measure(measure):
            self.statusBar().showMessage(translate("ViewsMixin", "There is no measure '{measure}' in this dataset.")
                                         .format(measure=measure), 8000)
            return
        self.figures.measure.blockSignals(True)
        self.figures.measure.setCurrentIndex(self.figures.measure.findData(measure))
        self.figures.measure.blockSignals(False)
        self.load_figures(measure, focus)
        self.views.setCurrentWidget(self.figures)

    def copy_rows(self: MainWindow) -> None:
        """Edit > Copy: the Figures table's rows when it has the focus, else the records table's."""
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self.figures or self.figures.isAncestorOf(focus)):
            self.figures.copy_rows()
        else:
            self.table.copy_selection()

    # ------------------------------------------------------------------ article

    def show_article(self: MainWindow, source_id: str, focus: tuple[str, str] | None = None) -> None:
        """The Article view on a source, scrolled to a record's quote when ``focus`` names one."""
        def shown(article) -> None:
            if article is None:
                self.statusBar().showMessage(translate(
                    "ViewsMixin", "There is no source '{source}' in this dataset.").format(source=source_id), 8000)
                return
            self.article.show_article(article, focus)
            self.views.setCurrentWidget(self.article)
            self.refresh_article_marks()

        self.runner.submit("article", tasks.load_article, self.dataset, source_id, on_result=shown,
                           on_error=self._failed("article"))

    def refresh_article_marks(self: MainWindow) -> None:
        """Grey the records citing the article that the filters hide."""
        if self.article.article is None:
            return
        if self.filter.is_empty():
            self.article.mark_kept(None)
            return
        self.runner.submit("article-marks", tasks.records_kept, self.dataset, self.article.keys(), self.filter,
                           on_result=self.article.mark_kept, on_error=self._failed("article"))

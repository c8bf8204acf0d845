# mypy: disable-error-code="misc"
# (the methods take self: MainWindow, whose part they are: see workspace_flow)
"""Pins of the views under the table (the chart, the corridor map, the timeline, the figures
compared): each keeps the view's choices with the kind and filters, and opens by going back to
them; it is drawn again from its settings, never kept as a picture. A part of MainWindow (a
mixin), kept apart by responsibility."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.core.timeline import stretch_text
from bri_desktop.core.views import view_from_dict, view_to_dict
from bri_desktop.db.kinds import VIEWS
from bri_desktop.workspace.store import Pin

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow

VIEW_PINS = ("chart", "map", "timeline", "figures")
# Shown with translate("ViewPinsMixin", ...); a pin keeps its title in the language it was made in.
MAP_TITLES = {"geographic": QT_TRANSLATE_NOOP("ViewPinsMixin", "Corridor map (geographic)"),
              "schematic": QT_TRANSLATE_NOOP("ViewPinsMixin", "Corridor map (schematic)")}
TIMELINE_TITLES = {"kind": QT_TRANSLATE_NOOP("ViewPinsMixin", "Timeline by kind, {stretch}"),
                   "country": QT_TRANSLATE_NOOP("ViewPinsMixin", "Timeline by country, {stretch}")}
OPENING = {"chart": QT_TRANSLATE_NOOP("ViewPinsMixin", "open the pinned chart"),
           "map": QT_TRANSLATE_NOOP("ViewPinsMixin", "open the pinned map"),
           "timeline": QT_TRANSLATE_NOOP("ViewPinsMixin", "open the pinned timeline"),
           "figures": QT_TRANSLATE_NOOP("ViewPinsMixin", "open the pinned figures")}


class ViewPinsMixin:
    def _pin_of_view(self: MainWindow, what: str, title: str, settings: dict, message: str = "") -> None:
        """Pin a view: its settings, with the kind and the filters it shows, titled with them."""
        full = title if self.filter.is_empty() else f"{title} · {self.dataset.describe(self.filter)}"
        self._workspace_call(lambda ws: ws.add_pin(what, full, settings={
            **settings, "kind": self.kind, "filter": view_to_dict(self.current_view())["filter"]},
            dataset_version=self.dataset.version))
        self.refresh_pins(reveal=True)
        if message:
            self.statusBar().showMessage(message, 5000)

    def pin_chart(self: MainWindow) -> None:
        chart = self.chart.chart
        if chart is None:
            return
        measure, dimension, breakdown = self.chart.current()
        self._pin_of_view("chart", chart.title, {"measure": measure, "dimension": dimension,
                                                 "breakdown": breakdown or ""},
                          translate("ViewPinsMixin", "Chart pinned: it is drawn again from its settings."))

    def pin_map(self: MainWindow) -> None:
        mode, selected = self.corridors.current_mode(), self.corridors.view.selected
        title = translate("ViewPinsMixin", MAP_TITLES.get(mode, MAP_TITLES["geographic"]))
        if selected:
            title = f"{title} · {self._label_of('corridor', selected)}"
        self._pin_of_view("map", title, {"mode": mode, "selected": selected})

    def pin_timeline(self: MainWindow) -> None:
        view = self.timeline.view
        if view.overview is None:
            return
        lanes = self.timeline.lanes_by()
        title = translate("ViewPinsMixin", TIMELINE_TITLES.get(lanes, TIMELINE_TITLES["kind"])).format(
            stretch=stretch_text(view.start, view.end))
        self._pin_of_view("timeline", title, {"lanes": lanes, "start": round(view.start, 4),
                                              "end": round(view.end, 4)},
                          translate("ViewPinsMixin", "Timeline pinned: it is drawn again from its settings."))

    def pin_figures(self: MainWindow) -> None:
        if self.figures.current_measure:
            self._pin_of_view("figures", translate("ViewPinsMixin", "Figures: {measure}").format(
                                  measure=self.figures.measure_label()),
                              {"measure": self.figures.current_measure},
                              translate("ViewPinsMixin", "Figures pinned: they are read again from the dataset."))

    def open_view_pin(self: MainWindow, pin: Pin) -> None:
        """Back to the pinned view: its kind and filters (one step of the history), then its choices."""
        settings = pin.settings
        view = view_from_dict({"kind": settings.get("kind", self.kind), "filter": settings.get("filter", {})},
                              set(VIEWS))
        self._navigate(view.kind, view.filter.with_marks(self._marks_for(view.filter)), None,
                       translate("ViewPinsMixin", OPENING.get(pin.what, OPENING["map"])))
        if pin.what == "chart":
            for box, value in ((self.chart.measure, settings.get("measure")),
                               (self.chart.dimension, settings.get("dimension")),
                               (self.chart.breakdown, settings.get("breakdown") or None)):
                index = box.findData(value)
                if index >= 0:
                    box.setCurrentIndex(index)
            self.views.setCurrentWidget(self.chart)
        elif pin.what == "timeline":
            self._open_timeline_pin(settings)
        elif pin.what == "figures":
            self.show_measure(str(settings.get("measure", "")))
        else:
            index = self.corridors.mode.findData(settings.get("mode"))
            if index >= 0:
                self.corridors.mode.setCurrentIndex(index)
            self.views.setCurrentWidget(self.corridors)
            if settings.get("selected"):
                self.corridors.view.select(settings["selected"])
                self.on_corridor_selected(settings["selected"])

    def _open_timeline_pin(self: MainWindow, settings: dict) -> None:
        """The pinned timeline: its lanes, and its stretch of time once drawn."""
        index = self.timeline.lanes.findData(settings.get("lanes"))
        if index >= 0:
            self.timeline.lanes.blockSignals(True)
            self.timeline.lanes.setCurrentIndex(index)
            self.timeline.lanes.blockSignals(False)
        start, end = settings.get("start"), settings.get("end")
        if isinstance(start, int | float) and isinstance(end, int | float) and end > start:
            self.timeline.keep_next_range(float(start), float(end))
        self.views.setCurrentWidget(self.timeline)
        self.refresh_timeline()

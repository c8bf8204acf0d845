"""The Timeline tab: what happened when, for the records the filters keep. Lanes by kind or by
country, zoom and pan, a picture for documents, a pin; a summary says what is not placed (records
with no date, kinds the filters cannot tell apart)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bri_desktop.core.filters import FACET_LABELS, facet_label
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.core.timeline import LANES_BY, Overview, drawable, stretch_text
from bri_desktop.db import timeline as timeline_db
from bri_desktop.db.kinds import KINDS
from bri_desktop.ui.image_export import Picture
from bri_desktop.ui.theme import set_tone
from bri_desktop.ui.widgets.elided_label import ElidedLabel
from bri_desktop.ui.widgets.export_button import ExportButton
from bri_desktop.ui.widgets.timeline_view import TimelineView, timeline_picture

WANT_DELAY_MS = 250  # a pause in zooming or panning before the records in view are asked for
# the parts of a filter that are not facets (see Filter.criteria), as the summary names them
CRITERIA = {"search": QT_TRANSLATE_NOOP("timeline_panel", "search"),
            "value": QT_TRANSLATE_NOOP("timeline_panel", "value"),
            "date": QT_TRANSLATE_NOOP("timeline_panel", "date")}


class TimelinePanel(QWidget):
    lanes_changed = Signal(str)
    pin_requested = Signal()
    export_requested = Signal(str)
    # the stretch of time in view (fractional years) and the precisions it can draw one by one
    items_wanted = Signal(float, float, tuple)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(translate("TimelinePanel", "Timeline"))
        self.lanes = QComboBox(self)
        self.lanes.setAccessibleName(translate("TimelinePanel", "Timeline lanes"))
        for key, label in LANES_BY.items():
            self.lanes.addItem(translate("timeline", label), key)
        self.lanes.currentIndexChanged.connect(lambda _i: self.lanes_changed.emit(self.lanes.currentData()))
        self.view = TimelineView(self)
        self.zoom_out = self._button("−", translate("TimelinePanel", "Zoom out"),
                                     translate("TimelinePanel", "Show a longer stretch of time (−, or the wheel)"),
                                     lambda: self.view.zoom(1.25))
        self.zoom_in = self._button("+", translate("TimelinePanel", "Zoom in"),
                                    translate("TimelinePanel", "Show a shorter stretch of time (+, or the wheel)"),
                                    lambda: self.view.zoom(0.8))
        self.fit = self._button(translate("TimelinePanel", "Show all"), translate("TimelinePanel", "Show all"),
                                translate("TimelinePanel", "Show every dated record (0)"), self.view.show_all)
        self.pin_button = self._button(translate("TimelinePanel", "Pin"),
                                       translate("TimelinePanel", "Pin the timeline"),
                                       translate("TimelinePanel", "Pin this timeline (its lanes, stretch of time and "
                                                 "filters) to the Pinboard"),
                                       self.pin_requested.emit)
        self.export_button = ExportButton("timeline", self)
        self.export_button.chosen.connect(self.export_requested)
        self.range_label = ElidedLabel(self)  # "…" when the panel is narrow (the tooltip has it whole)
        self.range_label.setAccessibleName(translate("TimelinePanel", "Timeline range"))
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("TimelinePanel", "Timeline summary"))
        set_tone(self.summary, "muted")
        scroll = QScrollArea(self)
        scroll.setWidget(self.view)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        lanes_label = QLabel(translate("TimelinePanel", "&Lanes:"), self)
        lanes_label.setBuddy(self.lanes)
        top.addWidget(lanes_label)
        top.addWidget(self.lanes)
        for widget in (self.zoom_out, self.zoom_in, self.fit):
            top.addWidget(widget)
        top.addWidget(self.range_label, 1)
        top.addWidget(self.pin_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self._want = QTimer(self)
        self._want.setSingleShot(True)
        self._want.setInterval(WANT_DELAY_MS)
        self._want.timeout.connect(self._ask_for_items)
        self.view.range_changed.connect(self._range_changed)
        self._next_range: tuple[float, float] | None = None

    def _button(self, text: str, name: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def focusables(self) -> list[QWidget]:
        return [self.lanes, self.zoom_out, self.zoom_in, self.fit, self.pin_button, self.export_button,
                self.view]

    def lanes_by(self) -> str:
        return str(self.lanes.currentData())

    # -- content

    def keep_next_range(self, start: float, end: float) -> None:
        """The stretch of time to show when the next overview comes (a pinned timeline's)."""
        self._next_range = (start, end)

    def show_overview(self, overview: Overview, kind_labels: Mapping[str, str]) -> None:
        """The timeline for new filters or lanes: the stretch of time in view stays (the first
        time, and after Show all, every dated record is in view)."""
        kept = (self.view.start, self.view.end) if self.view.overview is not None else None
        kept, self._next_range = self._next_range or kept, None
        self.view.set_overview(overview)
        if kept:
            self.view.set_range(*kept)
        else:
            self.view.show_all()
        self.summary.setText(escape(summary_text(overview, kind_labels)))

    def show_failed(self, message: str) -> None:
        """The timeline of the filters could not be read: no summary of the last filters' one."""
        self.view.show_failed(message)
        self.summary.setText("")

    def show_items(self, start: float, end: float, items, counted: tuple[str, ...]) -> None:
        """The counted kinds' records of the stretch asked for; ignored when the view has moved on
        (or when there were too many after all: the counts stay)."""
        if (start, end) == (self.view.start, self.view.end) and items is not None:
            self.view.set_items(items, counted)

    def picture(self, caption: str) -> Picture | None:
        if self.view.overview is None:
            return None
        return timeline_picture(self.view, caption, max(self.view.width(), 960))

    # -- the records in view, for a large dataset

    def _range_changed(self, start: float, end: float) -> None:
        self.range_label.set_full_text(stretch_text(start, end))
        overview = self.view.overview
        if overview is not None and overview.counted:
            self._want.start()

    def _ask_for_items(self) -> None:
        overview = self.view.overview
        if overview is None or not overview.counted:
            return
        start, end = self.view.start, self.view.end
        precisions = drawable(overview.bins, start, end, timeline_db.ITEM_LIMIT)
        if not precisions:
            self.view.set_items([], ("year", "month", "day"))
            return
        self.items_wanted.emit(start, end, precisions)


def summary_text(overview: Overview, kind_labels: Mapping[str, str]) -> str:
    total = overview.total  # lupdate reads a count by name only
    parts = [translate("timeline_panel", "%n record(s) placed in time", None, total)]
    undated = [KINDS[k].count_text(n) if k in KINDS else f"{n:,} {k}" for k, n in overview.undated.items() if n]
    if undated:
        parts.append(translate("timeline_panel", "no date, not placed: {counts}").format(counts=", ".join(undated)))
    if overview.left_out:
        names = ", ".join(kind_labels.get(k, k).lower() for k in overview.left_out)
        criteria = sorted({_criterion(c) for cs in overview.left_out.values() for c in cs})
        parts.append(translate("timeline_panel", "not shown: {kinds} (no {criteria} to filter by)").format(
            kinds=names, criteria=", ".join(criteria)))
    if overview.counted:
        names = ", ".join(kind_labels.get(k, k).lower() for k in overview.counted_kinds)
        parts.append(translate("timeline_panel", "{kinds}: counted per month until zoomed in (click a bar to zoom)")
                     .format(kinds=names))
    if overview.total:
        parts.append(translate("timeline_panel", "◆ a day, ▬ a month or a year, hatched: a date the curator "
                               "inferred (hover for why)"))
    return " · ".join(parts) + "."


def _criterion(name: str) -> str:
    """A part of a filter the summary names: "sector", "search"."""
    if name in FACET_LABELS:
        return facet_label(name).lower()
    return translate("timeline_panel", CRITERIA[name]) if name in CRITERIA else name

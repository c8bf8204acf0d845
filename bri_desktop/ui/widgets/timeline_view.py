"""The timeline itself: lanes of records over a time axis, each date drawn at its precision (a
day a diamond, a month or a year a span over it), inferred dates hatched and explained on hover.
The kinds with many records are drawn as counts per month until zoomed in far enough to draw
them one by one.

Mouse: drag to pan, the wheel zooms about the pointer, a click on a record opens it, on a count
zooms into it, on a lane's "+N" shows its every row. Keys: Left/Right pan, +/- zoom, 0 shows
everything, Up/Down go from record to record (saying what each is), Enter opens it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.core.timeline import EARLIEST, LATEST, Bin, Item, Overview, pack, stretch_text, visible
from bri_desktop.db.kinds import KINDS
from bri_desktop.ui.image_export import Picture, captioned
from bri_desktop.ui.theme import light_palette
from bri_desktop.ui.widgets import timeline_paint
from bri_desktop.ui.widgets.timeline_paint import (
    AXIS,
    DIAMOND,
    GUTTER,
    HISTOGRAM,
    LANE_GAP,
    LEGEND,
    MAX_ROWS,
    ROW,
    Hit,
)

MIN_SPAN = 2 / 366  # the deepest zoom: two days across the view
MAX_SPAN = 80.0
ALL = ("year", "month", "day")
PRECISIONS = {"day": QT_TRANSLATE_NOOP("timeline_view", "a day"),
              "period": QT_TRANSLATE_NOOP("timeline_view", "a period"),
              "month": QT_TRANSLATE_NOOP("timeline_view", "a month"),
              "year": QT_TRANSLATE_NOOP("timeline_view", "a year")}  # English: translate("timeline_view", ...)


class TimelineView(QWidget):
    item_clicked = Signal(str, str)  # kind, record id
    range_changed = Signal(float, float)  # the stretch of time in view

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(translate("TimelineView", "Timeline chart"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.overview: Overview | None = None
        self.failure = ""  # why there is no overview: said where the timeline would be
        self.items: list[Item] = []  # drawn one by one, sorted by start
        self.starts: list[float] = []
        self.longest = 0.0
        self.counted: tuple[str, ...] = ()  # precisions of the counted kinds drawn as bins
        self.expanded: set[str] = set()  # lanes showing every row
        self.start, self.end = 2013.0, 2027.0
        self.selected: tuple[str, str] | None = None
        self.hits: list[Hit] = []
        self.item_rects: dict[tuple[str, str], object] = {}  # as last painted
        self._press: QPointF | None = None
        self._press_range = (self.start, self.end)
        self._dragged = False
        self._rows: dict[str, tuple[list[int], int]] = {}
        self._rows_key: tuple = ()
        self._shapes: dict[str, tuple[list[tuple[Bin, float, float]], float]] = {}

    # -- content

    def set_overview(self, overview: Overview) -> None:
        self.overview = overview
        self.failure = ""
        self._shapes = {}
        self.set_items([], ALL if overview.counted else ())

    def show_failed(self, message: str) -> None:
        """The filters' timeline could not be read: say so, rather than the last filters' one."""
        self.overview, self.failure = None, message
        self.set_items([], ())

    def set_items(self, fetched: list[Item], counted: tuple[str, ...]) -> None:
        """The records drawn one by one: every one of the kinds not counted, and ``fetched`` of the
        counted kinds (those of the stretch in view); ``counted``: their precisions left to bins."""
        base = self.overview.items if self.overview is not None else []
        self.items = sorted([*base, *fetched], key=lambda i: i.start)
        self.starts = [i.start for i in self.items]
        self.longest = max((i.end - i.start for i in self.items), default=0.0)
        self.counted = counted
        self._rows_key = ()
        self._fit_height()
        self.update()

    def select(self, key: tuple[str, str] | None) -> None:
        self.selected = key
        self.update()

    def show_all(self) -> None:
        if self.overview is not None:
            self.set_range(self.overview.first, self.overview.last)

    def set_range(self, start: float, end: float) -> None:
        """The stretch in view, kept between two days and eighty years, within 1900 to 2100."""
        span = min(max(end - start, MIN_SPAN), MAX_SPAN)
        middle = min(max((start + end) / 2, EARLIEST + span / 2), LATEST - span / 2)
        self.start, self.end = middle - span / 2, middle + span / 2
        self._rows_key = ()
        self._fit_height()
        self.update()
        self.range_changed.emit(self.start, self.end)

    def zoom(self, factor: float, about: float | None = None) -> None:
        """Narrow (factor < 1) or widen the stretch in view, keeping ``about`` where it is."""
        about = (self.start + self.end) / 2 if about is None else about
        span = min(max((self.end - self.start) * factor, MIN_SPAN), MAX_SPAN)
        share = (about - self.start) / (self.end - self.start)
        self.set_range(about - share * span, about - share * span + span)

    def pan(self, share: float) -> None:
        step = (self.end - self.start) * share
        self.set_range(self.start + step, self.end + step)

    def toggle_lane(self, lane: str) -> None:
        """Every row of a lane, or its first eight again."""
        self.expanded ^= {lane}
        self._fit_height()
        self.update()

    # -- geometry

    def lane_rows(self, width: float) -> dict[str, tuple[list[int], int]]:
        """Per lane: the row of each record in view (indexes into self.items) and its row count."""
        key = (round(self.start, 6), round(self.end, 6), round(width), id(self.items))
        if key == self._rows_key:
            return self._rows
        years_per_px = (self.end - self.start) / max(width - GUTTER - 8, 10)
        by_lane: dict[str, list[int]] = {}  # the records in view: rows follow what is shown
        for i in visible(self.items, self.starts, self.start, self.end, self.longest):
            if self.items[i].end > self.start:
                by_lane.setdefault(self.items[i].lane, []).append(i)
        rows: dict[str, tuple[list[int], int]] = {}
        for lane, indexes in by_lane.items():
            packed = pack([self.items[i] for i in indexes], years_per_px, 2 * DIAMOND + 2)
            rows[lane] = ([0] * len(self.items), max(packed, default=-1) + 1)
            for i, row in zip(indexes, packed, strict=True):
                rows[lane][0][i] = row
        self._rows, self._rows_key = rows, key
        return rows

    def lane_height(self, lane: str, rows: dict[str, tuple[list[int], int]]) -> float:
        count = rows.get(lane, ([], 0))[1]
        shown = count if lane in self.expanded else min(count, MAX_ROWS)
        height = shown * ROW + (ROW if count > MAX_ROWS else 0)
        if self.has_bins(lane):
            height += HISTOGRAM
        return max(height, ROW * 1.5) + LANE_GAP

    def height_for(self, width: float) -> int:
        if self.overview is None:
            return 120
        rows = self.lane_rows(width)
        legend = LEGEND if self.overview.lanes_by != "kind" else 0
        return int(AXIS + sum(self.lane_height(k, rows) for k, _ in self.overview.lanes) + legend + ROW + 8)

    def _fit_height(self) -> None:
        self.setMinimumHeight(self.height_for(self.width()))

    def sizeHint(self) -> QSize:
        return QSize(720, self.height_for(self.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 120)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def x_of(self, value: float, width: float) -> float:
        return GUTTER + (value - self.start) / (self.end - self.start) * (width - GUTTER - 8)

    def value_at(self, x: float, width: float) -> float:
        return self.start + (x - GUTTER) / max(width - GUTTER - 8, 1) * (self.end - self.start)

    def has_bins(self, lane: str) -> bool:
        """The lane has records counted in bins (and they are drawn as counts at this zoom)."""
        return bool(self.counted) and bool(self.bin_shapes(lane)[0])

    def bin_shapes(self, lane: str) -> tuple[list[tuple[Bin, float, float]], float]:
        """A lane's stacked histogram, worked out once per overview (see timeline_paint)."""
        if lane not in self._shapes:
            bins = [b for b in self.overview.bins if b.lane == lane] if self.overview else []
            self._shapes[lane] = timeline_paint.bin_shapes(bins)
        return self._shapes[lane]

    # -- painting

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self.hits = self.paint_timeline(painter, float(self.width()), float(self.height()), self.palette())
        finally:
            painter.end()
        self.item_rects = {h.item.key: h.rect for h in self.hits if h.item is not None}

    def paint_timeline(self, painter: QPainter, width: float, height: float, pal: QPalette) -> list[Hit]:
        return timeline_paint.paint(self, painter, width, height, pal)

    # -- interaction

    def hit_at(self, pos: QPointF) -> Hit | None:
        for hit in reversed(self.hits):  # the last drawn is on top
            if hit.rect.adjusted(-2, -2, 2, 2).contains(pos):
                return hit
        return None

    def activate(self, hit: Hit) -> None:
        if hit.item is not None:
            self.select(hit.item.key)
            self.item_clicked.emit(*hit.item.key)
        elif hit.action in ("more", "fewer"):
            self.toggle_lane(hit.lane)
        elif hit.action == "zoom":
            self.set_range(hit.start, hit.end)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragged = False
            self._press_range = (self.start, self.end)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            dx = event.position().x() - self._press.x()
            if abs(dx) > 3 or self._dragged:
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                years = dx / max(self.width() - GUTTER - 8, 1) * (self._press_range[1] - self._press_range[0])
                self.set_range(self._press_range[0] - years, self._press_range[1] - years)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            self.unsetCursor()
            hit = None if self._dragged else self.hit_at(event.position())
            self._press = None
            if hit is not None:
                self.activate(hit)
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(0.8 ** steps, self.value_at(event.position().x(), self.width()))
            event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.pan(-0.1 if key == Qt.Key.Key_Left else 0.1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(0.8)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1.25)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.show_all()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            hit = next((h for h in self.hits if h.item is not None and h.item.key == self.selected), None)
            if hit is not None:
                self.activate(hit)
        else:
            super().keyPressEvent(event)

    def step(self, by: int) -> None:
        """The next (or previous) record drawn, in time order: selected, and said in a tooltip (as
        hovering it would)."""
        drawn = sorted(((h.item, h) for h in self.hits if h.item is not None),
                       key=lambda pair: (pair[0].start, pair[1].rect.top()))
        if not drawn:
            return
        keys = [item.key for item, _hit in drawn]
        at = keys.index(self.selected) + by if self.selected in keys else (0 if by > 0 else len(keys) - 1)
        item, hit = drawn[max(0, min(at, len(drawn) - 1))]
        self.select(item.key)
        shown = hit.rect.intersected(QRectF(GUTTER, 0, self.width() - GUTTER, self.height()))  # a span may
        spot = (shown if not shown.isEmpty() else hit.rect).center().toPoint()  # start before the view
        QToolTip.showText(self.mapToGlobal(spot + QPoint(0, ROW)), tooltip_text(hit), self)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.hit_at(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), tooltip_text(hit), self)
            return True
        return super().event(event)


def tooltip_text(hit: Hit) -> str:
    if hit.action == "fewer":
        return translate("timeline_view", "Show the first eight rows of this lane again.")
    if hit.item is None:
        count = hit.count  # lupdate reads a count by name only
        if hit.action == "more":
            return translate("timeline_view", "<b>%n more record(s)</b> here: click to show every row of this lane.",
                             None, count)
        return translate("timeline_view", "<b>%n record(s)</b> dated in {stretch}<br>Click to zoom in: a stretch "
                         "with few enough records shows them one by one.", None, count).format(
            stretch=escape(stretch_text(hit.start, hit.end)))
    item = hit.item
    precision = translate("timeline_view", PRECISIONS[item.precision]) if item.precision in PRECISIONS else ""
    kind = KINDS[item.kind].singular.capitalize() if item.kind in KINDS else item.kind
    lines = [f"<b>{escape(item.title)}</b>", f"{escape(kind)} · {escape(item.when)} ({precision})"]
    if item.status:
        status = item.status.replace("_", " ")
        lines.append(escape(translate("timeline_view", "Status: {status}").format(status=status)))
    if item.inferred:
        lines.append(translate("timeline_view", "<i>Date inferred:</i> {note}").format(note=escape(item.note)))
    elif item.note:
        lines.append(escape(item.note))
    return "<br>".join(lines)


def timeline_picture(view: TimelineView, caption: str, width: int = 960) -> Picture:
    """The timeline as it is in view (lanes, stretch of time), for documents: on white, whatever
    the theme, with its caption under it."""
    size = QSize(width, max(view.height_for(width), 160))
    document = light_palette()

    def draw(painter: QPainter, area: QSize) -> None:
        view.paint_timeline(painter, float(area.width()), float(area.height()), document)

    return captioned(size, draw, translate("timeline_view", "BRI Desktop timeline"), caption, QFont(view.font()))

"""The timeline itself: lanes of records over a time axis, each date drawn at its precision (a
day a diamond, a month or a year a span over it), inferred dates hatched and explained on hover.
Many records are drawn as counts per month until zoomed in far enough to draw them one by one.

Mouse: drag to pan, wheel to zoom about the pointer, click a record to open it, click a count to
list its records. Keys: Left/Right pan, +/- zoom, 0 shows everything. Painted with QPainter, on
screen and for pictures alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from bri_desktop.core import palette
from bri_desktop.core.dates import to_years
from bri_desktop.core.timeline import (
    Bin,
    Item,
    Overview,
    Tick,
    pack,
    ticks,
    visible,
    year_text,
)
from bri_desktop.ui.image_export import Picture, captioned
from bri_desktop.ui.theme import light_palette

GUTTER = 128  # the lane labels
AXIS = 24  # the time axis at the top
ROW = 18  # one row of records
BAR = 14  # a span's height: room for its label inside
DIAMOND = 6  # half a day's diamond
LEGEND = 22  # the colours of the kinds, under lanes by country
HISTOGRAM = 40  # a lane's counts
MAX_ROWS = 8  # rows of records in a lane; the rest are counted in a "+N" row
LANE_GAP = 10
MIN_SPAN = 2 / 366  # the deepest zoom: two days across the view
MAX_SPAN = 80.0


@dataclass(frozen=True)
class Hit:
    """Something under the pointer: a record, or a count of records over a stretch of time."""

    rect: QRectF
    item: Item | None = None
    lane: str = ""
    start: float = 0.0
    end: float = 0.0
    count: int = 0


class TimelineView(QWidget):
    item_clicked = Signal(str, str)  # kind, record id
    range_clicked = Signal(str, float, float)  # lane, start, end: list the records counted there
    range_changed = Signal(float, float)  # the stretch of time in view

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Timeline chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.overview: Overview | None = None
        self.items: list[Item] = []  # drawn one by one (all of them, or those of the view's stretch)
        self._starts: list[float] = []
        self._longest = 0.0
        self.counted: tuple[str, ...] = ("year", "month", "day")  # precisions drawn as counts
        self.start, self.end = 2013.0, 2027.0
        self.selected: tuple[str, str] | None = None
        self.hits: list[Hit] = []
        self.item_rects: dict[tuple[str, str], QRectF] = {}  # as last painted
        self._press: QPointF | None = None
        self._press_range = (self.start, self.end)
        self._dragged = False
        self._rows: dict[str, tuple[list[int], int]] = {}
        self._rows_key: tuple = ()
        self._shapes: dict[tuple[int, str], tuple[list[tuple[Bin, float, float]], float]] = {}

    # -- content

    def set_overview(self, overview: Overview) -> None:
        self.overview = overview
        self._shapes = {}
        self.set_items(overview.items or [], () if overview.items is not None else ("year", "month", "day"))
        self.show_all()

    def set_items(self, items: list[Item], counted: tuple[str, ...]) -> None:
        """Records drawn one by one; ``counted`` the precisions left to the bins."""
        self.items = sorted(items, key=lambda i: i.start)
        self._starts = [i.start for i in self.items]
        self._longest = max((i.end - i.start for i in self.items), default=0.0)
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
        span = min(max(end - start, MIN_SPAN), MAX_SPAN)
        middle = (start + end) / 2
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

    # -- geometry

    def lane_rows(self, width: float) -> dict[str, tuple[list[int], int]]:
        """Per lane: the row of each record in view (indexes into self.items) and its row count."""
        key = (round(self.start, 6), round(self.end, 6), round(width), id(self.items))
        if key == self._rows_key:
            return self._rows
        years_per_px = (self.end - self.start) / max(width - GUTTER - 8, 10)
        by_lane: dict[str, list[int]] = {}  # the records in view: rows follow what is shown
        for i in visible(self.items, self._starts, self.start, self.end, self._longest):
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
        height = min(count, MAX_ROWS) * ROW + (ROW if count > MAX_ROWS else 0)
        if self.counted:
            height += HISTOGRAM
        return max(height, ROW * 1.5) + LANE_GAP

    def height_for(self, width: float) -> int:
        if self.overview is None:
            return 120
        rows = self.lane_rows(width)
        legend = LEGEND if self.overview.lanes_by != "kind" else 0
        return int(AXIS + sum(self.lane_height(k, rows) for k, _ in self.overview.lanes) + legend + 8)

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
        ink = pal.color(QPalette.ColorRole.WindowText)
        base = pal.color(QPalette.ColorRole.Base)
        faint = QColor(ink)
        faint.setAlpha(40)
        painter.fillRect(QRectF(0, 0, width, height), base)
        painter.setPen(ink)
        if self.overview is None:
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, "Loading the timeline…")
            return []
        if not self.overview.lanes:
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter,
                             "No dated records match the filters.")
            return []
        rows = self.lane_rows(width)
        self._paint_axis(painter, width, height, ink, faint)
        hits: list[Hit] = []
        top = float(AXIS)
        for lane, label in self.overview.lanes:
            lane_h = self.lane_height(lane, rows)
            painter.setPen(ink)
            painter.drawText(QRectF(6, top, GUTTER - 12, ROW * 1.2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(0, top + lane_h - LANE_GAP / 2), QPointF(width, top + lane_h - LANE_GAP / 2))
            y = top
            painter.save()
            painter.setClipRect(QRectF(GUTTER, 0, width - GUTTER, height))  # nothing over the labels
            before = len(hits)
            if self.counted:
                hits += self._paint_bins(painter, lane, width, y, ink)
                y += HISTOGRAM
            hits += self._paint_items(painter, lane, rows.get(lane, ([], 0))[0], width, y, ink)
            if len(hits) == before:
                painter.setPen(_alpha(ink, 150))
                painter.drawText(QRectF(GUTTER + 6, top, width - GUTTER - 12, ROW * 1.2),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 "none in this stretch of time")
            painter.restore()
            top += lane_h
        if self.overview.lanes_by != "kind":
            self._paint_legend(painter, top + 4, ink)
        return hits

    def _paint_legend(self, painter: QPainter, top: float, ink: QColor) -> None:
        """Lanes by country: which colour is which kind."""
        assert self.overview is not None
        x = float(GUTTER)
        metrics = painter.fontMetrics()
        for kind in self.overview.counts:
            painter.fillRect(QRectF(x, top + 4, 12, 12), QColor(palette.KINDS.get(kind, palette.NEUTRAL)))
            painter.setPen(ink)
            label = kind.capitalize()
            painter.drawText(QPointF(x + 16, top + 4 + metrics.ascent() - 1), label)
            x += 16 + metrics.horizontalAdvance(label) + 18

    def _paint_axis(self, painter: QPainter, width: float, height: float, ink: QColor, faint: QColor) -> None:
        px_per_year = (width - GUTTER - 8) / (self.end - self.start)
        metrics = painter.fontMetrics()
        tick: Tick
        for tick in ticks(self.start, self.end, px_per_year):
            x = self.x_of(tick.at, width)
            painter.setPen(QPen(faint if not tick.major else _alpha(ink, 70), 1))
            painter.drawLine(QPointF(x, AXIS - (6 if tick.major else 3)), QPointF(x, height))
            if x + 3 + metrics.horizontalAdvance(tick.label) <= width:  # no label cut at the edge
                painter.setPen(ink if tick.major else _alpha(ink, 160))
                painter.drawText(QPointF(x + 3, AXIS - 8), tick.label)
        now = to_years(date.today())
        if self.start <= now <= self.end:
            x = self.x_of(now, width)
            painter.setPen(QPen(_alpha(ink, 140), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, AXIS), QPointF(x, height))
            painter.drawText(QPointF(x + 3, AXIS + metrics.ascent() + 1), "today")

    def _bin_shapes(self, lane: str) -> tuple[list[tuple[Bin, float, float]], float]:
        """A lane's bins as a stacked histogram, in shares of its height: (bin, bottom, height),
        and the most records a month holds. Height is records per month, so a year's count
        spread over its months has the same area; a month's records stack on the year's. Worked
        out once per overview, not at each redraw."""
        assert self.overview is not None
        key = (id(self.overview), lane)
        if key in self._shapes:
            return self._shapes[key]
        bins = [b for b in self.overview.bins if b.lane == lane]
        months = {id(b): range(round(b.start * 12), max(round(b.end * 12), round(b.start * 12) + 1)) for b in bins}
        density = {id(b): b.count / len(months[id(b)]) for b in bins}
        per_month: dict[int, float] = {}
        for b in bins:
            for m in months[id(b)]:
                per_month[m] = per_month.get(m, 0.0) + density[id(b)]
        top_value = max(per_month.values(), default=0.0) or 1.0
        stacked: dict[int, float] = {}
        shapes = []
        order = {"year": 0, "month": 1, "day": 2}
        for b in sorted(bins, key=lambda b: (order.get(b.precision, 3), b.start)):
            under = max(stacked.get(m, 0.0) for m in months[id(b)])
            for m in months[id(b)]:
                stacked[m] = under + density[id(b)]
            shapes.append((b, under / top_value, density[id(b)] / top_value))
        self._shapes[key] = (shapes, top_value)
        return shapes, top_value

    def _paint_bins(self, painter: QPainter, lane: str, width: float, top: float, ink: QColor) -> list[Hit]:
        shapes, top_value = self._bin_shapes(lane)
        height = HISTOGRAM - 6
        base = top + HISTOGRAM - 4
        colour = QColor(palette.KINDS.get(lane, palette.NEUTRAL))
        scale = (width - GUTTER - 8) / (self.end - self.start)
        rects: dict[bool, list[QRectF]] = {True: [], False: []}  # by "dated to the year"
        hits = []
        for b, bottom, share in shapes:
            if b.precision not in self.counted or b.end <= self.start or b.start >= self.end:
                continue
            x0 = GUTTER + (b.start - self.start) * scale
            h = max(share * height, 1.0)
            rect = QRectF(x0, base - bottom * height - h, max((b.end - b.start) * scale - 0.5, 1.0), h)
            rects[b.precision == "year"].append(rect)
            hits.append(Hit(rect, None, lane, b.start, b.end, b.count))
        if not hits:
            return []
        painter.setPen(Qt.PenStyle.NoPen)
        for yearly, alpha in ((True, 110), (False, 200)):
            if rects[yearly]:
                painter.setBrush(_alpha(colour, alpha))
                painter.drawRects(rects[yearly])
        # zoomed in, a count wide and tall enough says how many records it holds
        metrics = painter.fontMetrics()
        painter.setPen(ink)
        for hit in hits:
            text = f"{hit.count:,}"
            if hit.rect.width() >= metrics.horizontalAdvance(text) + 40 and hit.rect.height() >= metrics.height():
                left, right = max(hit.rect.left(), GUTTER), min(hit.rect.right(), width)
                painter.drawText(QRectF(left, hit.rect.top(), right - left, hit.rect.height()),
                                 Qt.AlignmentFlag.AlignCenter, text)
        painter.save()
        painter.setClipping(False)
        painter.setPen(_alpha(ink, 170))
        painter.drawText(QRectF(6, top + ROW * 1.2, GUTTER - 12, ROW),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"≤ {top_value:,.{0 if top_value >= 10 else 1}f} a month")
        painter.restore()
        return hits

    def _paint_items(self, painter: QPainter, lane: str, rows: list[int], width: float, top: float,
                     ink: QColor) -> list[Hit]:
        hits: list[Hit] = []
        overflow: list[Item] = []
        metrics = painter.fontMetrics()
        label_end: dict[int, float] = {}
        for i in visible(self.items, self._starts, self.start, self.end, self._longest):
            item = self.items[i]
            if item.lane != lane or item.end <= self.start:
                continue
            row = rows[i]
            if row >= MAX_ROWS:
                overflow.append(item)
                continue
            y = top + row * ROW + ROW / 2
            colour = QColor(palette.KINDS.get(item.kind, palette.NEUTRAL))
            x0, x1 = self.x_of(item.start, width), self.x_of(item.end, width)
            chosen = self.selected == item.key
            if item.is_day:
                x = (x0 + x1) / 2
                rect = QRectF(x - DIAMOND, y - DIAMOND, 2 * DIAMOND, 2 * DIAMOND)
                shape = QPolygonF([QPointF(x, y - DIAMOND), QPointF(x + DIAMOND, y),
                                   QPointF(x, y + DIAMOND), QPointF(x - DIAMOND, y)])
                self._fill(painter, colour, item.inferred, chosen, ink)
                painter.drawPolygon(shape)
                text_x = x + DIAMOND + 3
            else:
                rect = QRectF(x0, y - BAR / 2, max(x1 - x0, 3.0), BAR)
                self._fill(painter, colour, item.inferred, chosen, ink)
                painter.drawRect(rect)
                text_x = rect.right() + 3
                inside = QRectF(max(rect.left(), GUTTER) + 4, rect.top(),
                                min(rect.right(), width) - max(rect.left(), GUTTER) - 8, BAR)
                if not item.inferred and inside.width() >= 60:  # a wide solid span holds its label
                    painter.setPen(QColor(_text_on(colour)))
                    painter.drawText(inside, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                     metrics.elidedText(item.title, Qt.TextElideMode.ElideRight,
                                                        int(inside.width())))
                    label_end[row] = rect.right()
                    hits.append(Hit(rect, item))
                    continue
            hits.append(Hit(rect, item))
            # a label where the row has room for it before the next record
            text_x = max(text_x, GUTTER + 2.0)
            if text_x > label_end.get(row, -1.0) and text_x < width - 40:
                room = self._room(i, rows, row, lane, width) - text_x - 4
                if room > 40:
                    painter.setPen(ink)
                    text = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, int(room))
                    painter.drawText(QPointF(text_x, y + metrics.ascent() / 2 - 1), text)
                    label_end[row] = text_x + metrics.horizontalAdvance(text)
        if overflow:
            hits += self._paint_overflow(painter, overflow, lane, width, top + MAX_ROWS * ROW, ink)
        return hits

    def _room(self, index: int, rows: list[int], row: int, lane: str, width: float) -> float:
        """Where the next record in the same row starts (or the edge)."""
        for j in range(index + 1, len(self.items)):
            other = self.items[j]
            if other.start > self.end:
                break
            if other.lane == lane and rows[j] == row:
                return self.x_of(other.start, width) - (DIAMOND if other.is_day else 0)
        return width - 8

    @staticmethod
    def _fill(painter: QPainter, colour: QColor, inferred: bool, chosen: bool, ink: QColor) -> None:
        if inferred:  # hatched, with a dashed outline: a date the curator inferred
            painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(colour, 1.4, Qt.PenStyle.DashLine))
        else:
            painter.setBrush(colour)
            painter.setPen(QPen(colour.darker(130), 1))
        if chosen:
            painter.setPen(QPen(ink, 2.4))

    def _paint_overflow(self, painter: QPainter, items: list[Item], lane: str, width: float, top: float,
                        ink: QColor) -> list[Hit]:
        """Records past the lane's last row: "+N" over the stretch they cover, merged where close."""
        groups: list[list[Item]] = []
        for item in sorted(items, key=lambda i: i.start):
            if groups and self.x_of(item.start, width) - self.x_of(max(i.end for i in groups[-1]), width) < 30:
                groups[-1].append(item)
            else:
                groups.append([item])
        hits = []
        painter.setPen(ink)
        for group in groups:
            start, end = min(i.start for i in group), max(i.end for i in group)
            x0 = max(self.x_of(start, width), GUTTER)
            rect = QRectF(x0, top + 1, max(self.x_of(end, width) - x0, 30.0), ROW - 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(_alpha(ink, 120), 1, Qt.PenStyle.DotLine))
            painter.drawRect(rect)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{len(group)}")
            hits.append(Hit(rect, None, lane, start, end, len(group)))
        return hits

    # -- interaction

    def hit_at(self, pos: QPointF) -> Hit | None:
        for hit in reversed(self.hits):  # the last drawn is on top
            if hit.rect.adjusted(-2, -2, 2, 2).contains(pos):
                return hit
        return None

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
            if not self._dragged:
                hit = self.hit_at(event.position())
                if hit is not None and hit.item is not None:
                    self.select(hit.item.key)
                    self.item_clicked.emit(*hit.item.key)
                elif hit is not None:
                    self.range_clicked.emit(hit.lane, hit.start, hit.end)
            self._press = None
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
        else:
            super().keyPressEvent(event)

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
    if hit.item is None:
        what = "records" if hit.count != 1 else "record"
        return (f"<b>{hit.count:,} {what}</b>, {escape(year_text(hit.start))} to {escape(year_text(hit.end))}"
                "<br>Click to list them in the table.")
    item = hit.item
    lines = [f"<b>{escape(item.title)}</b>", f"{escape(item.kind[:-1].capitalize())} · {escape(item.when)}"
             f" ({'a day' if item.is_day else 'a ' + item.precision if item.precision != 'period' else 'a period'})"]
    if item.status:
        lines.append(f"Status: {escape(item.status.replace('_', ' '))}")
    if item.inferred:
        lines.append(f"<i>Date inferred:</i> {escape(item.note)}")
    elif item.note:
        lines.append(escape(item.note))
    return "<br>".join(lines)


def _text_on(colour: QColor) -> str:
    """Black or white, whichever reads better on ``colour``."""
    background = colour.name()
    return "#000000" if palette.contrast("#000000", background) >= palette.contrast("#ffffff", background) \
        else "#ffffff"


def _alpha(colour: QColor, alpha: int) -> QColor:
    out = QColor(colour)
    out.setAlpha(alpha)
    return out



def timeline_picture(view: TimelineView, caption: str, width: int = 960) -> Picture:
    """The timeline as it is in view (lanes, stretch of time), for documents: on white, whatever
    the theme, with its caption under it."""
    size = QSize(width, max(view.height_for(width), 160))
    document = light_palette()

    def draw(painter: QPainter, area: QSize) -> None:
        view.paint_timeline(painter, float(area.width()), float(area.height()), document)

    return captioned(size, draw, "BRI Desktop timeline", caption, QFont(view.font()))

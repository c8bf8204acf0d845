"""Drawing the timeline (on screen and for pictures alike): the time axis, each lane's counts and
records, the "+N" of a full lane, the legend. Returns what was drawn where, for clicks and
tooltips. The view (timeline_view) holds the state; this module only paints it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPolygonF

from bri_desktop.core import palette
from bri_desktop.core.dates import to_years
from bri_desktop.core.i18n import number, translate
from bri_desktop.core.timeline import Bin, Item, ticks, visible
from bri_desktop.db.kinds import KINDS

if TYPE_CHECKING:
    from bri_desktop.ui.widgets.timeline_view import TimelineView

GUTTER = 128  # the lane labels
AXIS = 24  # the time axis at the top
ROW = 18  # one row of records
BAR = 14  # a span's height: room for its label inside
DIAMOND = 6  # half a day's diamond
HISTOGRAM = 40  # a lane's counts
MAX_ROWS = 8  # rows of records in a lane; the rest are counted in a "+N" row (a click shows them all)
LANE_GAP = 10
LEGEND = 22  # the colours of the kinds, under lanes by country


@dataclass(frozen=True)
class Hit:
    """Something drawn that a click or a hover can find: a record, a count of records over a
    stretch of time ("zoom": a click zooms into it), or a lane's "+N" ("more") or "fewer" mark."""

    rect: QRectF
    item: Item | None = None
    lane: str = ""
    start: float = 0.0
    end: float = 0.0
    count: int = 0
    action: str = ""


def alpha(colour: QColor, value: int) -> QColor:
    out = QColor(colour)
    out.setAlpha(value)
    return out


def shade(painter: QPainter, colour: QColor, value: int) -> QColor:
    """``colour`` at opacity ``value`` (0-255) over the picture's background, as one opaque colour:
    blending each pixel costs twenty times as much as painting it, and a redraw has many."""
    back, share = painter.background().color(), value / 255
    return QColor(round(colour.red() * share + back.red() * (1 - share)),
                  round(colour.green() * share + back.green() * (1 - share)),
                  round(colour.blue() * share + back.blue() * (1 - share)))


def text_on(colour: QColor) -> str:
    """Black or white, whichever reads better on ``colour``."""
    background = colour.name()
    return "#000000" if palette.contrast("#000000", background) >= palette.contrast("#ffffff", background) \
        else "#ffffff"


def paint(view: TimelineView, painter: QPainter, width: float, height: float, pal: QPalette) -> list[Hit]:
    ink = pal.color(QPalette.ColorRole.WindowText)
    base = pal.color(QPalette.ColorRole.Base)
    painter.fillRect(QRectF(0, 0, width, height), base)
    painter.setBackground(base)  # what shade() mixes with
    painter.setPen(ink)
    overview = view.overview
    if overview is None or not overview.lanes or not overview.total:
        message = (view.failure or translate("timeline_paint", "Loading the timeline…")) if overview is None \
            else translate("timeline_paint", "No dated records match the filters.")
        painter.drawText(QRectF(20, 0, width - 40, height), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         message)
        return []
    rows = view.lane_rows(width)
    bottom = AXIS + sum(view.lane_height(k, rows) for k, _ in overview.lanes)
    _axis(view, painter, width, bottom, ink)
    hits: list[Hit] = []
    top = float(AXIS)
    for lane, label in overview.lanes:
        lane_h = view.lane_height(lane, rows)
        painter.setPen(ink)
        painter.drawText(QRectF(6, top, GUTTER - 12, ROW * 1.2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(shade(painter, ink, 40), 1))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        line_y = round(top + lane_h - LANE_GAP / 2) + 0.5
        painter.drawLine(QPointF(0, line_y), QPointF(width, line_y))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        y, before = top, len(hits)
        painter.save()
        painter.setClipRect(QRectF(GUTTER, 0, width - GUTTER, height))  # nothing over the labels
        if view.has_bins(lane):
            hits += _bins(view, painter, lane, width, y, ink)
            y += HISTOGRAM
        hits += _items(view, painter, lane, rows.get(lane, ([], 0)), width, y, ink, base)
        if len(hits) == before:
            painter.setPen(shade(painter, ink, 150))
            painter.drawText(QRectF(GUTTER + 6, top, width - GUTTER - 12, ROW * 1.2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             translate("timeline_paint", "none in this stretch of time"))
        painter.restore()
        top += lane_h
    if overview.lanes_by != "kind":
        _legend(view, painter, top + 4, ink)
    _today(view, painter, width, bottom, ink, bottom + (LEGEND if overview.lanes_by != "kind" else 0))
    return hits


def _axis(view: TimelineView, painter: QPainter, width: float, bottom: float, ink: QColor) -> None:
    px_per_year = (width - GUTTER - 8) / (view.end - view.start)
    metrics = painter.fontMetrics()
    for tick in ticks(view.start, view.end, px_per_year):
        x = round(view.x_of(tick.at, width)) + 0.5  # on a pixel: crisp, and drawn without smoothing
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(shade(painter, ink, 70 if tick.major else 40), 1))
        painter.drawLine(QPointF(x, AXIS - (6 if tick.major else 3)), QPointF(x, bottom))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if x + 3 + metrics.horizontalAdvance(tick.label) <= width:  # no label cut at the edge
            painter.setPen(ink if tick.major else shade(painter, ink, 160))
            painter.drawText(QPointF(x + 3, AXIS - 8), tick.label)


def _today(view: TimelineView, painter: QPainter, width: float, bottom: float, ink: QColor,
           label_top: float) -> None:
    """A dashed line at today, labelled under the lanes and the legend (clear of any label)."""
    now = to_years(date.today())
    if view.start <= now <= view.end:
        x = view.x_of(now, width)
        painter.setPen(QPen(shade(painter, ink, 140), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, AXIS), QPointF(x, bottom))
        today = translate("timeline_paint", "today")
        advance = painter.fontMetrics().horizontalAdvance(today)
        left = min(max(x - advance / 2, 2.0), width - advance - 2)  # whole, even at the edge
        painter.drawText(QPointF(left, label_top + painter.fontMetrics().ascent()), today)


def _bins(view: TimelineView, painter: QPainter, lane: str, width: float, top: float, ink: QColor) -> list[Hit]:
    shapes, top_value = view.bin_shapes(lane)
    height = HISTOGRAM - 6
    floor = top + HISTOGRAM - 4
    scale = (width - GUTTER - 8) / (view.end - view.start)
    rects: dict[tuple[str, bool], list[QRectF]] = {}  # by kind (its colour) and "dated to the year"
    hits, kinds = [], []
    for b, bottom, share in shapes:
        if b.precision not in view.counted or b.end <= view.start or b.start >= view.end:
            continue
        x0 = GUTTER + (b.start - view.start) * scale
        h = max(share * height, 1.0)
        rect = QRectF(x0, floor - bottom * height - h, max((b.end - b.start) * scale - 0.5, 1.0), h)
        rects.setdefault((b.kind, b.precision == "year"), []).append(rect)
        hits.append(Hit(rect, None, lane, b.start, b.end, b.count, "zoom"))
        kinds.append(b.kind)
    if not hits:
        return []
    painter.setPen(Qt.PenStyle.NoPen)
    for (kind, yearly), group in rects.items():
        painter.setBrush(shade(painter, QColor(palette.KINDS.get(kind, palette.NEUTRAL)), 110 if yearly else 200))
        painter.drawRects(group)
    metrics = painter.fontMetrics()  # zoomed in, a count wide and tall enough says how many
    tall = metrics.height()
    for hit, kind in zip(hits, kinds, strict=True):
        if hit.rect.width() < 60 or hit.rect.height() < tall:
            continue
        text = number(hit.count, 0)
        if hit.rect.width() >= metrics.horizontalAdvance(text) + 40:
            left, right = max(hit.rect.left(), GUTTER), min(hit.rect.right(), width)
            painter.setPen(QColor(text_on(QColor(palette.KINDS.get(kind, palette.NEUTRAL)))))
            painter.drawText(QRectF(left, hit.rect.top(), right - left, hit.rect.height()),
                             Qt.AlignmentFlag.AlignCenter, text)
    painter.save()
    painter.setClipping(False)
    painter.setPen(shade(painter, ink, 170))
    painter.drawText(QRectF(6, top + ROW * 1.2, GUTTER - 12, ROW),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     translate("timeline_paint", "≤ {count} a month").format(
                         count=number(top_value, 0 if top_value >= 10 else 1)))
    painter.restore()
    return hits


def _items(view: TimelineView, painter: QPainter, lane: str, lane_rows: tuple[list[int], int], width: float,
           top: float, ink: QColor, base: QColor) -> list[Hit]:
    rows, count = lane_rows
    limit = count if lane in view.expanded else MAX_ROWS
    hits: list[Hit] = []
    overflow: list[Item] = []
    metrics = painter.fontMetrics()
    label_end: dict[int, float] = {}
    for i in visible(view.items, view.starts, view.start, view.end, view.longest):
        item = view.items[i]
        if item.lane != lane or item.end <= view.start:
            continue
        row = rows[i]
        if row >= limit:
            overflow.append(item)
            continue
        y = top + row * ROW + ROW / 2
        colour = QColor(palette.KINDS.get(item.kind, palette.NEUTRAL))
        x0, x1 = view.x_of(item.start, width), view.x_of(item.end, width)
        _fill(painter, colour, item.inferred, view.selected == item.key, ink)
        if item.is_day:
            x = (x0 + x1) / 2
            rect = QRectF(x - DIAMOND, y - DIAMOND, 2 * DIAMOND, 2 * DIAMOND)
            painter.drawPolygon(QPolygonF([QPointF(x, y - DIAMOND), QPointF(x + DIAMOND, y),
                                           QPointF(x, y + DIAMOND), QPointF(x - DIAMOND, y)]))
        else:
            rect = QRectF(x0, y - BAR / 2, max(x1 - x0, 3.0), BAR)
            painter.drawRect(rect)
        hits.append(Hit(rect, item))
        inside = QRectF(max(rect.left(), GUTTER) + 4, rect.top(),
                        min(rect.right(), width) - max(rect.left(), GUTTER) - 8, BAR)
        if not item.is_day and inside.width() >= 60:  # a wide span holds its label
            text = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, int(inside.width()))
            if item.inferred:  # on the hatching, a patch of the background under the words
                patch = QRectF(inside.left() - 2, inside.top() + 1, metrics.horizontalAdvance(text) + 4, BAR - 2)
                painter.fillRect(patch, alpha(base, 225))
                painter.setPen(ink)
            else:
                painter.setPen(QColor(text_on(colour)))
            painter.drawText(inside, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            label_end[row] = rect.right()
            continue
        # beside it, where the row has room before its next record
        text_x = max(rect.right() + 3, GUTTER + 2.0)
        if text_x > label_end.get(row, -1.0) and text_x < width - 40:
            room = _room(view, i, rows, row, lane, width) - text_x - 4
            if room > 40:
                painter.setPen(ink)
                text = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, int(room))
                painter.drawText(QPointF(text_x, y + metrics.ascent() / 2 - 1), text)
                label_end[row] = text_x + metrics.horizontalAdvance(text)
    if overflow:
        hits += _overflow(view, painter, overflow, lane, width, top + limit * ROW, ink)
    elif lane in view.expanded and count > MAX_ROWS:
        fewer = translate("timeline_paint", "Show fewer")
        rect = QRectF(GUTTER + 4, top + count * ROW + 1, metrics.horizontalAdvance(fewer) + 12, ROW - 2)
        painter.setPen(QPen(shade(painter, ink, 120), 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, fewer)
        hits.append(Hit(rect, None, lane, action="fewer"))
    return hits


def _room(view: TimelineView, index: int, rows: list[int], row: int, lane: str, width: float) -> float:
    """Where the next record in the same row starts (or the edge)."""
    for j in range(index + 1, len(view.items)):
        other = view.items[j]
        if other.start > view.end:
            break
        if other.lane == lane and rows[j] == row:
            return view.x_of(other.start, width) - (DIAMOND if other.is_day else 0)
    return width - 8


def _fill(painter: QPainter, colour: QColor, inferred: bool, chosen: bool, ink: QColor) -> None:
    if inferred:  # hatched, with a dashed outline: a date the curator inferred
        painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(colour, 1.4, Qt.PenStyle.DashLine))
    else:
        painter.setBrush(colour)
        painter.setPen(QPen(colour.darker(130), 1))
    if chosen:
        painter.setPen(QPen(ink, 2.4))


def _overflow(view: TimelineView, painter: QPainter, items: list[Item], lane: str, width: float, top: float,
              ink: QColor) -> list[Hit]:
    """Records past the lane's last row: "+N" over the stretch they cover, merged where close; a
    click shows the lane's every row."""
    groups: list[list[Item]] = []
    for item in sorted(items, key=lambda i: i.start):
        if groups and view.x_of(item.start, width) - view.x_of(max(i.end for i in groups[-1]), width) < 30:
            groups[-1].append(item)
        else:
            groups.append([item])
    hits = []
    for group in groups:
        start, end = min(i.start for i in group), max(i.end for i in group)
        x0 = max(view.x_of(start, width), GUTTER)
        rect = QRectF(x0, top + 1, max(view.x_of(end, width) - x0, 30.0), ROW - 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(shade(painter, ink, 120), 1, Qt.PenStyle.DotLine))
        painter.drawRect(rect)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"+{len(group)}")
        hits.append(Hit(rect, None, lane, start, end, len(group), "more"))
    return hits


def _legend(view: TimelineView, painter: QPainter, top: float, ink: QColor) -> None:
    """Lanes by country: which colour is which kind (the kinds with records)."""
    assert view.overview is not None
    x = float(GUTTER)
    metrics = painter.fontMetrics()
    for kind, count in view.overview.counts.items():
        if not count:
            continue
        painter.fillRect(QRectF(x, top + 4, 12, 12), QColor(palette.KINDS.get(kind, palette.NEUTRAL)))
        painter.setPen(ink)
        label = KINDS[kind].label if kind in KINDS else kind.capitalize()
        painter.drawText(QPointF(x + 16, top + 4 + metrics.ascent() - 1), label)
        x += 16 + metrics.horizontalAdvance(label) + 18


def bin_shapes(bins: list[Bin]) -> tuple[list[tuple[Bin, float, float]], float]:
    """A lane's bins as a stacked histogram, in shares of its height: (bin, bottom, height), and
    the most records a month holds. Height is records per month, so a year's count spread over
    its months has the same area; a month's records stack on the year's."""
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
    return shapes, top_value

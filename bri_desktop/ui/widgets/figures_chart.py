"""The Figures view's chart: one dot per figure of a measure on a value axis (its shape says its
qualifier), and, where two figures or more have a period, the figures over time (a period
drawn as a span, from its start to its end). Painted with QPainter, on screen and for pictures
alike; a click on a dot opens the figure's record."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from bri_desktop.core.figures import SHAPE_TEXT, figure_text, period_span, shape_of
from bri_desktop.core.i18n import translate
from bri_desktop.ui.image_export import Picture, captioned
from bri_desktop.ui.theme import light_palette

ROW = 26  # pixels per figure in the dot chart
DOT = 6  # a dot's radius
TIME_HEIGHT = 170  # the over-time chart, when drawn
SIDE_BY_SIDE = 820  # from this width, the over-time chart is drawn beside the dots


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top``."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return [i * step for i in range(math.ceil(top / step) + 1)]


class FiguresChart(QWidget):
    figure_clicked = Signal(str)  # indicator id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(translate("FiguresChart", "Figures chart"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.figures: list[dict] = []
        self.selected = ""
        self.dots: dict[str, QRectF] = {}  # where each figure's dot is, as last painted on screen
        self.spans: dict[str, QRectF] = {}  # each dated figure's period in the over-time chart

    def set_figures(self, figures: list[dict]) -> None:
        self.figures = list(figures)
        self.setMinimumHeight(self.height_for(self.width()))
        self.updateGeometry()
        self.update()

    def select(self, figure_id: str) -> None:
        self.selected = figure_id
        self.update()

    def dated(self) -> list[dict]:
        return [f for f in self.figures if period_span(f) is not None]

    def shows_time(self) -> bool:
        return len(self.dated()) >= 2

    def sizeHint(self) -> QSize:
        return QSize(480, self.height_for(self.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.height_for(self.width()))

    def side_by_side(self, width: float) -> bool:
        """The over-time chart beside the dots (a wide view) rather than below them."""
        return self.shows_time() and width >= SIDE_BY_SIDE

    def height_for(self, width: float) -> int:
        dots = len(self.figures) * ROW + 3 * ROW
        if not self.shows_time():
            return dots
        return max(dots, TIME_HEIGHT + 2 * ROW) if self.side_by_side(width) else dots + TIME_HEIGHT + ROW

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self.height_for(self.width()))

    # -- painting

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self.dots, self.spans = self.paint_chart(painter, float(self.width()), float(self.height()),
                                                     self.palette())
        finally:
            painter.end()

    def paint_chart(self, painter: QPainter, width: float, height: float,
                    palette: QPalette) -> tuple[dict[str, QRectF], dict[str, QRectF]]:
        """Draw the chart in a ``width`` × ``height`` box; return where the dots and spans are."""
        ink = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        grid = QColor(ink)
        grid.setAlpha(50)
        painter.fillRect(QRectF(0, 0, width, height), palette.color(QPalette.ColorRole.Base))
        painter.setPen(ink)
        if not self.figures:
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter,
                             translate("FiguresChart", "Choose a measure to compare its figures."))
            return {}, {}
        metrics = painter.fontMetrics()
        labels = [self._label(f) for f in self.figures]
        beside = self.side_by_side(width)
        full = width
        if beside:
            width = width * 0.5
        left = min(max(metrics.horizontalAdvance(t) for t in labels) + 16, width * 0.4)
        right = width - 16
        top_value = max(float(f["value"]) for f in self.figures)
        ticks = nice_ticks(top_value * 1.15, 4)
        end = ticks[-1] or 1.0

        def x_of(value: float) -> float:
            return left + (right - left - 90) * value / end  # room for the last dot's label

        dots: dict[str, QRectF] = {}
        y = ROW * 0.5
        for figure, label in zip(self.figures, labels, strict=True):
            mid = y + ROW / 2
            painter.setPen(ink)
            painter.drawText(QRectF(4, y, left - 12, ROW), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, int(left - 12)))
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(left, mid), QPointF(x_of(float(figure["value"])), mid))
            x = x_of(float(figure["value"]))
            colour = self._colour(figure, accent, ink)
            dots[figure["id"]] = self._dot(painter, QPointF(x, mid), shape_of(figure), colour)
            painter.setPen(colour)
            painter.drawText(QPointF(x + DOT + 6, mid + metrics.ascent() / 2 - 1), figure_text(figure))
            y += ROW
        axis_y = y + 4
        painter.setPen(ink)
        painter.drawLine(QPointF(left, axis_y), QPointF(x_of(end), axis_y))
        self._value_ticks(painter, ticks, x_of, axis_y)
        y = axis_y + ROW
        shapes = dict.fromkeys(shape_of(f) for f in self.figures)
        painter.setPen(ink)
        painter.drawText(QRectF(4, y, width - 8, ROW), Qt.AlignmentFlag.AlignVCenter,
                         "   ".join(SHAPE_TEXT[s] for s in shapes))
        spans: dict[str, QRectF] = {}
        if beside:
            box = QRectF(width + 70, ROW * 1.5, full - width - 70 - 60, TIME_HEIGHT - ROW)
            spans = self._paint_time(painter, box, ink, accent, grid)
        elif self.shows_time():
            spans = self._paint_time(painter, QRectF(max(left, 70), y + ROW * 1.5,
                                                     right - max(left, 70) - 90, TIME_HEIGHT - ROW),
                                     ink, accent, grid)
        return dots, spans

    def _value_ticks(self, painter: QPainter, ticks: list[float], x_of, axis_y: float) -> None:
        """Tick labels under the value axis, the unit on the last; a label that would overlap
        the one before it is left out."""
        unit = str(self.figures[0].get("unit") or "")
        metrics = painter.fontMetrics()
        shown_to = -1e9
        for i, tick in enumerate(ticks):
            x = x_of(tick)
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 4))
            text = tick_text(tick, unit, last=i == len(ticks) - 1)
            half = metrics.horizontalAdvance(text) / 2 + 3
            if x - half < shown_to:
                continue
            shown_to = x + half
            painter.drawText(QRectF(x - half, axis_y + 4, 2 * half, ROW - 6), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_time(self, painter: QPainter, box: QRectF, ink: QColor, accent: QColor,
                    grid: QColor) -> dict[str, QRectF]:
        dated = self.dated()
        spans = [period_span(f) for f in dated]
        first = math.floor(min(s[0] for s in spans if s))
        last = math.ceil(max(s[1] for s in spans if s))
        last = max(last, first + 1)
        top = nice_ticks(max(float(f["value"]) for f in dated) * 1.15)
        painter.setPen(ink)
        painter.drawText(QRectF(box.left(), box.top() - ROW, box.width(), ROW), Qt.AlignmentFlag.AlignVCenter,
                         metrics_elided(painter, translate("FiguresChart", "Over time: each period drawn from its "
                                                                           "start to its end"), box.width()))

        def x_of(year: float) -> float:
            return box.left() + box.width() * (year - first) / (last - first)

        def y_of(value: float) -> float:
            return box.bottom() - box.height() * value / top[-1]

        painter.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()))
        painter.drawLine(QPointF(box.left(), box.top()), QPointF(box.left(), box.bottom()))
        unit = str(dated[0].get("unit") or "")
        for i, tick in enumerate(top):
            painter.drawText(QRectF(box.left() - 58, y_of(tick) - ROW / 2, 52, ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             tick_text(tick, unit, last=i == len(top) - 1))
        every = max(1, math.ceil((painter.fontMetrics().horizontalAdvance("2024") + 8)
                                 / max(box.width() / (last - first), 1)))
        for year in range(first, last + 1):
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x_of(year), box.top()), QPointF(x_of(year), box.bottom()))
            painter.setPen(ink)
            if (year < last or last - first <= 1) and (year - first) % every == 0:
                painter.drawText(QRectF(x_of(year), box.bottom() + 2, max(x_of(year + 1) - x_of(year), 40), ROW - 6),
                                 Qt.AlignmentFlag.AlignHCenter, str(year))
        found: dict[str, QRectF] = {}
        taken: list[QRectF] = []  # labels drawn: the next one moves down clear of them
        metrics = painter.fontMetrics()
        for figure, span in sorted(zip(dated, spans, strict=True), key=lambda fs: -float(fs[0]["value"])):
            if span is None:
                continue
            colour = self._colour(figure, accent, ink)
            y = y_of(float(figure["value"]))
            rect = QRectF(QPointF(x_of(span[0]), y - 3), QPointF(x_of(span[1]), y + 3))
            painter.fillRect(rect, colour)
            found[figure["id"]] = rect
            painter.setPen(colour)
            text = figure_text(figure)
            spot = QRectF(rect.right() + 4, y - metrics.height() - 1, metrics.horizontalAdvance(text) + 2,
                          metrics.height())
            while any(spot.intersects(other) for other in taken) or any(
                    spot.intersects(r) for r in found.values()):
                spot.translate(0, metrics.height())
            taken.append(spot)
            painter.drawText(spot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        return found

    def _colour(self, figure: dict, accent: QColor, ink: QColor) -> QColor:
        """The selected figure in the accent; one the filters hide faded (shown for comparison)."""
        if figure["id"] == self.selected:
            return accent
        if not figure.get("kept", True):
            faded = QColor(ink)
            faded.setAlpha(110)
            return faded
        return ink

    @staticmethod
    def _dot(painter: QPainter, at: QPointF, shape: str, colour: QColor) -> QRectF:
        painter.setPen(QPen(colour, 2))
        painter.setBrush(colour)
        r = DOT
        if shape in ("above", "below"):
            sign = 1 if shape == "above" else -1
            path = QPainterPath(QPointF(at.x() + sign * r, at.y()))
            path.lineTo(at.x() - sign * r, at.y() - r)
            path.lineTo(at.x() - sign * r, at.y() + r)
            path.closeSubpath()
            painter.drawPath(path)
        else:
            if shape == "about":
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(at, r, r)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r)

    @staticmethod
    def _label(figure: dict) -> str:
        """"Akorda.kz — 2024": the first source's publisher (or title) and the period."""
        cite = (figure.get("citations") or [{}])[0]
        who = cite.get("publisher") or cite.get("title") or cite.get("source") or ""
        return f"{who} — {figure['period_label']}"

    # -- interaction

    def figure_at(self, pos: QPointF) -> str:
        for figure_id, rect in [*self.dots.items(), *self.spans.items()]:
            if rect.adjusted(-4, -6, 4, 6).contains(pos):
                return figure_id
        return ""

    def mousePressEvent(self, event) -> None:
        figure_id = self.figure_at(event.position())
        if figure_id:
            self.figure_clicked.emit(figure_id)

    def mouseMoveEvent(self, event) -> None:
        hit = bool(self.figure_at(event.position()))
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)


def tick_text(value: float, unit: str, last: bool) -> str:
    """"2.5", and on the axis's last tick the unit too ("12.5 Mt")."""
    if not value:
        return "0"
    return figure_text({"value": value, "unit": unit}) if last else figure_text({"value": value, "unit": "count"})


def metrics_elided(painter: QPainter, text: str, width: float) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))


def figures_picture(chart: FiguresChart, caption: str, width: int = 960) -> Picture:
    """The dot chart (and the figures over time) for documents: on white, with its caption."""
    size = QSize(width, chart.height_for(width))
    document = light_palette()

    def draw(painter: QPainter, area: QSize) -> None:
        chart.paint_chart(painter, float(area.width()), float(area.height()), document)

    return captioned(size, draw, translate("figures_chart", "BRI Desktop figures compared"), caption,
                     QFont(chart.font()))

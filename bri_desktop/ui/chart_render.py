"""A chart drawn for a document: title, bars, axis, legend, notes and caption, with QPainter.

PNG, SVG, the clipboard and briefings all use this drawing, at a size of their own (not the
size of the pane on screen), in dark ink on white paper whatever the screen's theme. It draws
plain rectangles and text only, so every SVG renderer (Qt's, librsvg, browsers, Word) shows the
same picture as the PNG.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from bri_desktop.core.charts import ChartData, nice_ticks, no_bars_text, packages_heading
from bri_desktop.core.i18n import number
from bri_desktop.core.money import format_usd
from bri_desktop.ui.image_export import Picture, render_image

INK = QColor("#1a1a1a")
SOFT = QColor("#555555")  # 7:1 on white
GRID = QColor("#dddddd")
PAPER = QColor("#ffffff")
WIDTH = 960
ROW = 30  # pixels per bar
MARGIN = 16
LABEL_WIDTH = 230


def _font(points: float, bold: bool = False) -> QFont:
    """Sized in pixels (points at 96 dpi): the same on screen, in a PNG and in an SVG."""
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(round(points * 96 / 72))
    font.setBold(bold)
    return font


def _value_text(chart: ChartData, value: float) -> str:
    return format_usd(value) if chart.measure == "investment" else number(value, 0)


def _notes(chart: ChartData) -> list[str]:
    if chart.error:
        return [chart.error]
    lines = []
    if chart.packages:
        lines.append(packages_heading(chart.dimension))
        lines += [f"  • {p}" for p in chart.packages]
    return lines + chart.notes


def _legend(chart: ChartData) -> list[tuple[str, str]]:
    seen: dict[object, tuple[str, str]] = {}
    if chart.breakdown:
        for bar in chart.bars:
            for key, label, _value, colour in bar.parts:
                seen.setdefault(key, (label, colour))
    return list(seen.values())


def _wrapped_height(metrics: QFontMetricsF, lines: list[str], width: float) -> float:
    flags = int(Qt.TextFlag.TextWordWrap)
    return sum(metrics.boundingRect(QRectF(0, 0, width, 10000), flags, line).height() for line in lines)


def chart_size(chart: ChartData, caption: str, width: int = WIDTH) -> QSize:
    """Room for every bar, the legend, the notes and the caption at ``width``."""
    body = _font(8.5)
    metrics = QFontMetricsF(body)
    text_width = width - 2 * MARGIN
    legend_rows = (len(_legend(chart)) + 3) // 4
    height: float = MARGIN + 28  # title
    height += max(len(chart.bars), 1) * ROW + 30  # bars and axis
    height += legend_rows * (metrics.height() + 6) + (8 if legend_rows else 0)
    height += _wrapped_height(metrics, _notes(chart), text_width) + 10
    height += _wrapped_height(QFontMetricsF(_font(8)), [caption], text_width) + MARGIN
    return QSize(width, int(height + 0.5))


def draw_chart(painter: QPainter, size: QSize, chart: ChartData, caption: str) -> None:
    """Draw ``chart`` on ``painter`` over ``size`` (see ``chart_size``)."""
    width = size.width()
    painter.fillRect(QRectF(0, 0, width, size.height()), PAPER)
    painter.setPen(INK)
    painter.setFont(_font(11, bold=True))
    painter.drawText(QRectF(MARGIN, MARGIN, width - 2 * MARGIN, 24), Qt.AlignmentFlag.AlignLeft,
                     chart.title)
    y: float = MARGIN + 28
    y = _draw_bars(painter, chart, y, width)
    y = _draw_legend(painter, chart, y, width)
    body = _font(8.5)
    painter.setFont(body)
    painter.setPen(SOFT)
    flags = int(Qt.TextFlag.TextWordWrap)
    metrics = QFontMetricsF(body)
    for line in _notes(chart):
        rect = metrics.boundingRect(QRectF(MARGIN, y, width - 2 * MARGIN, 10000), flags, line)
        painter.drawText(QRectF(MARGIN, y, width - 2 * MARGIN, rect.height()), flags, line)
        y += rect.height()
    y += 10
    painter.setFont(_font(8))
    painter.setPen(INK)
    painter.drawText(QRectF(MARGIN, y, width - 2 * MARGIN, size.height() - y), flags, caption)


def _draw_bars(painter: QPainter, chart: ChartData, top: float, width: int) -> float:
    plot_left = MARGIN + LABEL_WIDTH
    plot_right = width - MARGIN - 150  # room for the value labels
    plot_width = plot_right - plot_left
    bars = chart.bars
    rows = max(len(bars), 1)
    bottom = top + rows * ROW
    biggest = max((b.total for b in bars), default=0.0)
    ticks = nice_ticks(biggest, whole=chart.measure != "investment")
    scale = plot_width / ticks[-1] if ticks[-1] else 0.0
    small = _font(8)
    painter.setFont(small)
    for tick in ticks:  # grid and axis labels
        x = plot_left + tick * scale
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(int(x), int(top), int(x), int(bottom))
        painter.setPen(SOFT)
        text = _value_text(chart, tick) if tick else "0"
        painter.drawText(QRectF(x - 50, bottom + 4, 100, 16), Qt.AlignmentFlag.AlignHCenter, text)
    painter.setPen(QPen(INK, 1))
    painter.drawLine(int(plot_left), int(top), int(plot_left), int(bottom))
    label_font = _font(8.5)
    metrics = QFontMetricsF(label_font)
    if not bars:
        painter.setFont(label_font)
        painter.setPen(SOFT)
        painter.drawText(QRectF(plot_left, top, plot_width, ROW), Qt.AlignmentFlag.AlignCenter,
                         chart.error or no_bars_text())
    for i, bar in enumerate(bars):
        y = top + i * ROW
        painter.setFont(label_font)
        painter.setPen(INK)
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 10)
        painter.drawText(QRectF(MARGIN, y, LABEL_WIDTH - 10, ROW),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        x = plot_left
        for _key, _label, value, colour in bar.parts:
            w = value * scale
            painter.fillRect(QRectF(x, y + ROW * 0.18, w, ROW * 0.64), QColor(colour))
            x += w
        painter.setFont(small)
        painter.setPen(INK)
        painter.drawText(QRectF(x + 6, y, width - x - MARGIN, ROW), Qt.AlignmentFlag.AlignVCenter,
                         bar.text)
    return bottom + 26


def _draw_legend(painter: QPainter, chart: ChartData, top: float, width: int) -> float:
    entries = _legend(chart)
    if not entries:
        return top
    font = _font(8.5)
    painter.setFont(font)
    line = QFontMetricsF(font).height() + 6
    column = (width - 2 * MARGIN) / 4
    for i, (label, colour) in enumerate(entries):
        x = MARGIN + (i % 4) * column
        y = top + (i // 4) * line
        painter.fillRect(QRectF(x, y + 2, 12, 12), QColor(colour))
        painter.setPen(INK)
        painter.drawText(QRectF(x + 18, y, column - 22, line), Qt.AlignmentFlag.AlignLeft,
                         QFontMetricsF(font).elidedText(label, Qt.TextElideMode.ElideRight, column - 22))
    return top + ((len(entries) + 3) // 4) * line + 8


def chart_picture(chart: ChartData, caption: str, width: int = WIDTH) -> Picture:
    return Picture(chart_size(chart, caption, width), lambda p, size: draw_chart(p, size, chart, caption),
                   chart.title, caption)


def chart_image(chart: ChartData, caption: str, scale: float = 2.0, width: int = WIDTH) -> QImage:
    return render_image(chart_picture(chart, caption, width), scale)

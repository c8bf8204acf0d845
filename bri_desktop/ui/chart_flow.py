"""The chart's background work and its exports (PNG at 2x, SVG, clipboard), with a caption."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette

from bri_desktop.core.charts import ChartData, build_chart, caption
from bri_desktop.core.filters import Filter
from bri_desktop.db import aggregates
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui.image_export import export_image, render_image
from bri_desktop.ui.workers import TaskState

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow
    from bri_desktop.ui.widgets.chart_panel import ChartPanel


def load_chart(state: TaskState, dataset: Dataset, measure: str, dimension: str,
               breakdown: str | None, flt: Filter) -> ChartData:
    """Worker function: SQL aggregates, then the chart's bars and notes."""
    import numpy  # noqa: F401  (pyqtgraph's largest import, and no Qt: safe off the GUI thread)

    conn = state.watch(dataset.connection())
    agg = aggregates.aggregate(conn, dimension, flt, breakdown)
    state.check()
    return build_chart(agg, measure, dataset.labels)


def load_top(state: TaskState, dataset: Dataset, dimension: str, key: object,
             flt: Filter) -> list[dict]:
    conn = state.watch(dataset.connection())
    return aggregates.top_records(conn, dimension, key, flt)


CAPTION_HEIGHT = 44


def render(panel: ChartPanel, paint_device_size: QSize, painter: QPainter, text: str) -> None:
    """Draw the title, the plot and the caption onto ``painter``."""
    width = paint_device_size.width()
    palette = panel.palette()
    painter.fillRect(QRect(QPoint(0, 0), paint_device_size), palette.color(QPalette.ColorRole.Base))
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    title_font = painter.font()
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.drawText(QRect(8, 4, width - 16, 20), Qt.AlignmentFlag.AlignLeft, panel.title.text())
    title_font.setBold(False)
    painter.setFont(title_font)
    plot = panel.plot_widget
    plot.render(painter, QRectF(0, 26, plot.width(), plot.height()), plot.viewport().rect())
    top = 26 + plot.height()
    painter.drawText(QRect(8, top + 4, width - 16, CAPTION_HEIGHT - 4),
                     Qt.TextFlag.TextWordWrap, text)


def export_size(panel: ChartPanel) -> QSize:
    return QSize(panel.plot_widget.width(), panel.plot_widget.height() + 26 + CAPTION_HEIGHT)


def chart_image(panel: ChartPanel, text: str, scale: float = 2.0) -> QImage:
    panel.draw()
    return render_image(export_size(panel), lambda p, size: render(panel, size, p, text), scale)


def export_chart(window: MainWindow, how: str, target: Path | None = None) -> Path | None:
    panel = window.chart
    panel.draw()
    if panel.chart is None or panel.plot_widget is None:
        window.statusBar().showMessage("The chart is not ready yet.", 5000)
        return None
    labels = {"country": window.dataset.vocabulary.get("countries", {})}
    text = caption(panel.chart, window.filter.describe(labels), window.dataset.version)
    return export_image(window, "chart", how, export_size(panel),
                        lambda p, size: render(panel, size, p, text), panel.title.text(), text,
                        target)

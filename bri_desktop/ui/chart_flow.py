"""The chart's background work and its exports (PNG at 2x, SVG, clipboard), with a caption."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bri_desktop.core.charts import ChartData, build_chart, caption
from bri_desktop.core.filters import Filter
from bri_desktop.db import aggregates
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui import settings as keys
from bri_desktop.ui.workers import TaskState

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow
    from bri_desktop.ui.widgets.chart_panel import ChartPanel


def load_chart(state: TaskState, dataset: Dataset, measure: str, dimension: str,
               breakdown: str | None, flt: Filter) -> ChartData:
    """Worker function: SQL aggregates, then the chart's bars and notes."""
    import pyqtgraph  # noqa: F401  (loaded here, off the GUI thread, before the panel needs it)

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
    size = export_size(panel)
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        render(panel, size, painter, text)
    finally:
        painter.end()
    return image


def write_svg(panel: ChartPanel, text: str, target: Path) -> None:
    size = export_size(panel)
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setSize(size)
    generator.setViewBox(QRect(QPoint(0, 0), size))
    generator.setTitle(panel.title.text())
    generator.setDescription(text)
    painter = QPainter(generator)
    try:
        render(panel, size, painter, text)
    finally:
        painter.end()


def export_chart(window: MainWindow, how: str, target: Path | None = None) -> Path | None:
    panel = window.chart
    if panel.chart is None or panel.plot_widget is None:
        window.statusBar().showMessage("The chart is not ready yet.", 5000)
        return None
    labels = {"country": window.dataset.vocabulary.get("countries", {})}
    text = caption(panel.chart, window.filter.describe(labels), window.dataset.version)
    if how == "copy":
        QGuiApplication.clipboard().setImage(chart_image(panel, text))
        window.statusBar().showMessage("Chart copied to the clipboard.", 5000)
        return None
    if target is None:
        folder = window.settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            window, f"Export chart as {how.upper()}", str(Path(folder) / f"bri-chart.{how}"),
            "PNG image (*.png)" if how == "png" else "SVG drawing (*.svg)")
        if not name:
            return None
        target = Path(name).with_suffix(f".{how}")
    window.settings.set(keys.LAST_EXPORT_DIR, str(target.parent))
    try:
        if how == "png":
            if not chart_image(panel, text).save(str(target), "PNG"):
                raise OSError(f"could not write {target}")
        else:
            if not target.parent.is_dir():
                raise OSError(f"folder {target.parent} does not exist")
            write_svg(panel, text, target)
    except OSError as exc:
        QMessageBox.warning(window, "Export failed", f"{exc}. Nothing was written.")
        return None
    window.statusBar().showMessage(f"Chart written to {target}", 8000)
    return target

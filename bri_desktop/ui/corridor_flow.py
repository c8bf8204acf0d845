"""The corridor map's background loading and its exports (PNG at 2x, SVG, clipboard)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bri_desktop import paths
from bri_desktop.core.geo import geographic_model, load_outlines, schematic_model
from bri_desktop.db.corridors import corridor_network
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui import settings as keys
from bri_desktop.ui.workers import TaskState

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow
    from bri_desktop.ui.widgets.corridor_view import CorridorView

CAPTION_HEIGHT = 40
EXPORT_SIZE = QSize(1200, 800)


def load_maps(state: TaskState, dataset: Dataset) -> tuple[dict, str]:
    """Worker function: both layouts of the corridor network, and the outlines' attribution."""
    network = corridor_network(state.watch(dataset.connection()))
    outlines, attribution = load_outlines(paths.outlines())
    return {"geographic": geographic_model(network, outlines),
            "schematic": schematic_model(network)}, attribution


def caption_text(window: MainWindow) -> str:
    panel = window.corridors
    return (f"BRI Desktop corridor map ({panel.current_mode()}) · approximate routes · "
            f"Dataset {window.dataset.version} · {panel.attribution}")


def _draw(view: CorridorView, painter: QPainter, size: QSize, caption: str) -> None:
    map_height = size.height() - CAPTION_HEIGHT
    view.paint_map(painter, size.width(), map_height)
    painter.fillRect(QRectF(0, map_height, size.width(), CAPTION_HEIGHT), QColor("#ffffff"))
    painter.setPen(QColor("#222222"))
    painter.drawText(QRectF(8, map_height + 4, size.width() - 16, CAPTION_HEIGHT - 6),
                     Qt.TextFlag.TextWordWrap, caption)


def map_image(view: CorridorView, caption: str, scale: float = 2.0,
              size: QSize = EXPORT_SIZE) -> QImage:
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    try:
        _draw(view, painter, size, caption)
    finally:
        painter.end()
    return image


def write_map_svg(view: CorridorView, caption: str, target: Path, size: QSize = EXPORT_SIZE) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle("BRI Desktop corridor map")
    generator.setDescription(caption)
    painter = QPainter(generator)
    try:
        _draw(view, painter, size, caption)
    finally:
        painter.end()


def export_map(window: MainWindow, how: str, target: Path | None = None) -> Path | None:
    view = window.corridors.view
    if view.model is None:
        window.statusBar().showMessage("The corridor map is not ready yet.", 5000)
        return None
    caption = caption_text(window)
    if how == "copy":
        QGuiApplication.clipboard().setImage(map_image(view, caption))
        window.statusBar().showMessage("Corridor map copied to the clipboard.", 5000)
        return None
    if target is None:
        folder = window.settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            window, f"Export corridor map as {how.upper()}", str(Path(folder) / f"bri-corridors.{how}"),
            "PNG image (*.png)" if how == "png" else "SVG drawing (*.svg)")
        if not name:
            return None
        target = Path(name).with_suffix(f".{how}")
    window.settings.set(keys.LAST_EXPORT_DIR, str(target.parent))
    try:
        if not target.parent.is_dir():
            raise OSError(f"folder {target.parent} does not exist")
        if how == "png":
            if not map_image(view, caption).save(str(target), "PNG"):
                raise OSError(f"could not write {target}")
        else:
            write_map_svg(view, caption, target)
    except OSError as exc:
        QMessageBox.warning(window, "Export failed", f"{exc}. Nothing was written.")
        return None
    window.statusBar().showMessage(f"Corridor map written to {target}", 8000)
    return target

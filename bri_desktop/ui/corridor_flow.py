"""The corridor map's background loading and its exports (PNG at 2x, SVG, clipboard)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from bri_desktop import paths
from bri_desktop.core.geo import geographic_model, load_outlines, schematic_model
from bri_desktop.db.corridors import corridor_network
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui.image_export import export_image, render_image
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
    return render_image(size, lambda p, sz: _draw(view, p, sz, caption), scale)


def export_map(window: MainWindow, how: str, target: Path | None = None) -> Path | None:
    view = window.corridors.view
    if view.model is None:
        window.statusBar().showMessage("The corridor map is not ready yet.", 5000)
        return None
    caption = caption_text(window)
    return export_image(window, "corridor map", how, EXPORT_SIZE,
                        lambda p, size: _draw(view, p, size, caption),
                        "BRI Desktop corridor map", caption, target)

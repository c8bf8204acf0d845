"""Images of a view for briefings: PNG at 2x, SVG, or the clipboard. The chart and the corridor
map each supply a size and a ``draw(painter, size)``; this module does the rest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bri_desktop.ui import settings as keys

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow

Draw = Callable[[QPainter, QSize], None]


def _paint(device, size: QSize, draw: Draw) -> None:
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter, size)
    finally:
        painter.end()


def render_image(size: QSize, draw: Draw, scale: float = 2.0) -> QImage:
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    _paint(image, size, draw)
    return image


def render_svg(target: Path, size: QSize, draw: Draw, title: str, description: str) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setResolution(96)  # CSS pixels: the SVG's width in mm is its width in pixels
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    _paint(generator, size, draw)


def export_image(window: MainWindow, what: str, how: str, size: QSize, draw: Draw, title: str,
                 caption: str, target: Path | None = None) -> Path | None:
    """Copy to the clipboard, or ask for a file (unless ``target`` is given) and write it.
    A failure says why in a message box and leaves nothing half-written."""
    if how == "copy":
        QGuiApplication.clipboard().setImage(render_image(size, draw))
        window.statusBar().showMessage(f"{what.capitalize()} copied to the clipboard.", 5000)
        return None
    if target is None:
        folder = window.settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
        stem = f"bri-{what.replace(' ', '-')}"
        name, _ = QFileDialog.getSaveFileName(
            window, f"Export {what} as {how.upper()}", str(Path(folder) / f"{stem}.{how}"),
            "PNG image (*.png)" if how == "png" else "SVG drawing (*.svg)")
        if not name:
            return None
        target = Path(name).with_suffix(f".{how}")
    window.settings.set(keys.LAST_EXPORT_DIR, str(target.parent))
    try:
        if not target.parent.is_dir():
            raise OSError(f"folder {target.parent} does not exist")
        if how == "png":
            if not render_image(size, draw).save(str(target), "PNG"):
                raise OSError(f"could not write {target}")
        else:
            render_svg(target, size, draw, title, caption)
    except OSError as exc:
        QMessageBox.warning(window, "Export failed", f"{exc}. Nothing was written.")
        return None
    window.statusBar().showMessage(f"{what.capitalize()} written to {target}", 8000)
    return target

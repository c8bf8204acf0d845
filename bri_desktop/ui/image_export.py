"""Images of a view for briefings: PNG at 2x, SVG, or the clipboard. The chart and the corridor
map each supply a ``Picture`` (a size and a ``draw(painter, size)``); this module does the rest.
Files are written whole or not at all, where the user meant (see core.safe_write)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.core.safe_write import replacing
from bri_desktop.ui import settings as keys
from bri_desktop.ui.file_choice import confirmed_path
from bri_desktop.ui.settings import Settings

Draw = Callable[[QPainter, QSize], None]
WRAP = Qt.TextFlag.TextWordWrap
COPIED = {  # what each view's copy says; shown with translate("image_export", ...)
    "chart": QT_TRANSLATE_NOOP("image_export", "Chart copied to the clipboard."),
    "corridor map": QT_TRANSLATE_NOOP("image_export", "Corridor map copied to the clipboard."),
    "timeline": QT_TRANSLATE_NOOP("image_export", "Timeline copied to the clipboard."),
    "figures": QT_TRANSLATE_NOOP("image_export", "Figures copied to the clipboard."),
}
WRITTEN = {  # what the status bar says of a file written
    "chart": QT_TRANSLATE_NOOP("image_export", "Chart written to {file}"),
    "corridor map": QT_TRANSLATE_NOOP("image_export", "Corridor map written to {file}"),
    "timeline": QT_TRANSLATE_NOOP("image_export", "Timeline written to {file}"),
    "figures": QT_TRANSLATE_NOOP("image_export", "Figures written to {file}"),
}
TITLES = {  # the save dialog's title
    "chart": QT_TRANSLATE_NOOP("image_export", "Export chart as {format}"),
    "corridor map": QT_TRANSLATE_NOOP("image_export", "Export corridor map as {format}"),
    "timeline": QT_TRANSLATE_NOOP("image_export", "Export timeline as {format}"),
    "figures": QT_TRANSLATE_NOOP("image_export", "Export figures as {format}"),
}


def breakable(text: str, longest: int = 40) -> str:
    """``text`` with a zero-width space in every run of ``longest`` letters without one: a caption
    breaks between words, and a 500-letter search still breaks somewhere."""
    return re.sub(rf"\S{{{longest},}}", lambda m: "\u200b".join(
        m.group(0)[i:i + longest] for i in range(0, len(m.group(0)), longest)), text)


@dataclass(frozen=True)
class Picture:
    size: QSize
    draw: Draw
    title: str
    caption: str


def captioned(size: QSize, draw: Draw, title: str, caption: str, font: QFont) -> Picture:
    """A picture for documents: ``draw`` over ``size`` and its caption under it, on white."""
    metrics = QFontMetrics(font)
    shown = breakable(caption)
    text_height = metrics.boundingRect(QRect(0, 0, size.width() - 16, 100_000),
                                       WRAP, shown).height() + 12 if caption else 0

    def paint(painter: QPainter, area: QSize) -> None:
        draw(painter, QSize(area.width(), size.height()))
        if caption:
            painter.fillRect(QRectF(0, size.height(), area.width(), text_height), QColor("#ffffff"))
            painter.setPen(QColor("#222222"))
            painter.setFont(font)
            painter.drawText(QRectF(8, size.height() + 5, area.width() - 16, text_height - 6), WRAP, shown)

    return Picture(QSize(size.width(), size.height() + text_height), paint, title, caption)


def _paint(device, size: QSize, draw: Draw) -> None:
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter, size)
    finally:
        painter.end()


def render_image(picture: Picture, scale: float = 2.0) -> QImage:
    image = QImage(picture.size * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))  # a new image holds whatever memory held: nothing left undrawn
    image.setDevicePixelRatio(scale)
    _paint(image, picture.size, picture.draw)
    return image


def render_svg(target: Path, picture: Picture) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setResolution(96)  # CSS pixels: the SVG's width in mm is its width in pixels
    generator.setSize(picture.size)
    generator.setViewBox(QRect(0, 0, picture.size.width(), picture.size.height()))
    generator.setTitle(picture.title)
    generator.setDescription(picture.caption)
    _paint(generator, picture.size, picture.draw)


def save_picture(picture: Picture, how: str, target: Path) -> None:
    """Write ``picture`` as PNG (2x) or SVG to ``target``; raise OSError, leaving it as it was."""
    with replacing(target) as tmp:
        if how == "png":
            if not render_image(picture).save(str(tmp), "PNG"):  # type: ignore[call-overload]
                raise OSError(translate("image_export", "could not write {file}").format(file=target))
        else:
            render_svg(tmp, picture)
            if not tmp.stat().st_size:
                raise OSError(translate("image_export", "could not write {file}").format(file=target))


def export_image(parent: QWidget, settings: Settings, what: str, how: str, picture: Picture,
                 target: Path | None = None) -> tuple[Path | None, str]:
    """Copy to the clipboard, or ask for a file (unless ``target`` is given) and write it.
    Returns the file written (None when none was) and a line for the status bar; a failure
    says why in a message box."""
    if how == "copy":
        QGuiApplication.clipboard().setImage(render_image(picture))
        return None, translate("image_export", COPIED[what])
    if target is None:
        folder = settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
        stem = f"bri-{what.replace(' ', '-')}"
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("image_export", TITLES[what]).format(format=how.upper()),
            str(Path(folder) / f"{stem}.{how}"),
            translate("image_export", "PNG image (*.png)") if how == "png" else
            translate("image_export", "SVG drawing (*.svg)"))
        if not name:
            return None, ""
        target = confirmed_path(parent, name, how)
        if target is None:
            return None, ""
    settings.set(keys.LAST_EXPORT_DIR, str(target.parent))
    try:
        save_picture(picture, how, target)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        QMessageBox.warning(parent, translate("image_export", "Export failed"),
                            translate("image_export", "{file} cannot be written: {reason}. Nothing was written.")
                            .format(file=target, reason=reason))
        return None, ""
    return target, translate("image_export", WRITTEN[what]).format(file=target)

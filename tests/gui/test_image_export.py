"""Pictures drawn for documents: a part the drawing leaves alone is transparent, never whatever the
memory held (a map's caption band once came out different on each run)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor

from bri_desktop.ui.image_export import Picture, render_image


def test_what_a_picture_does_not_draw_is_transparent(qapp):
    def draw(painter, size):
        painter.fillRect(QRectF(0, 0, size.width(), size.height() / 2), QColor("#336699"))

    for _ in range(5):  # fresh images, each from memory another image may have used
        image = render_image(Picture(QSize(301, 203), draw, "t", "c"), scale=5 / 3)
        lower = {image.pixel(x, y) for x in range(0, image.width(), 7)
                 for y in range(image.height() // 2 + 2, image.height())}
        assert lower == {0}, "undrawn pixels hold leftover memory"
        big = render_image(Picture(QSize(301, 203), lambda p, s: p.fillRect(0, 0, 301, 203, QColor("#ff0000")),
                                   "t", "c"), scale=5 / 3)
        assert big.pixel(10, 10) == QColor("#ff0000").rgba()

"""The Qt binding must not corrupt Python's reference counts.

PySide6-Essentials 6.12.0 on Python 3.11 returns None from every void method without counting
the reference: each call (a repaint makes hundreds) lowers None's count by one, until Python
aborts with "deallocating None". pyproject.toml pins a release without the fault; this test
fails if a binding with it comes back.
"""

from __future__ import annotations

import gc
import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_methods_keep_none_alive(qapp):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        painter.setPen(QColor("#123456"))
        painter.drawLine(QPointF(0, 0), QPointF(5, 5))
    painter.end()
    gc.collect()
    assert sys.getrefcount(None) - before > -100

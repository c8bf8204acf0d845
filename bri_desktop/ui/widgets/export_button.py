"""One "Export" button with a menu: PNG (2x), SVG, copy to the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

CHOICES = (("png", "Export as PNG (2x)…"), ("svg", "Export as SVG…"),
           ("copy", "Copy image to clipboard"))


class ExportButton(QToolButton):
    chosen = Signal(str)  # "png", "svg" or "copy"

    def __init__(self, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setText("Export")
        self.setAccessibleName(f"Export the {what}")
        self.setToolTip(f"Export the {what} as PNG or SVG, or copy it")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for key, label in CHOICES:
            action = menu.addAction(label)
            action.setObjectName(f"export_{key}")
            action.triggered.connect(lambda _c=False, k=key: self.chosen.emit(k))
        self.setMenu(menu)

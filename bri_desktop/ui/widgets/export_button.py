"""One "Export" button with a menu: PNG (2x), SVG, copy to the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CHOICES = (("png", QT_TRANSLATE_NOOP("ExportButton", "Export as PNG (2x)…")),
           ("svg", QT_TRANSLATE_NOOP("ExportButton", "Export as SVG…")),
           ("copy", QT_TRANSLATE_NOOP("ExportButton", "Copy image to clipboard")))
# What the button exports (the ``what`` its panel gives) -> its accessible name and tooltip, whole
WHAT = {
    "chart": (QT_TRANSLATE_NOOP("ExportButton", "Export the chart"),
              QT_TRANSLATE_NOOP("ExportButton", "Export the chart as PNG or SVG, or copy it")),
    "figures": (QT_TRANSLATE_NOOP("ExportButton", "Export the figures"),
                QT_TRANSLATE_NOOP("ExportButton", "Export the figures as PNG or SVG, or copy it")),
    "timeline": (QT_TRANSLATE_NOOP("ExportButton", "Export the timeline"),
                 QT_TRANSLATE_NOOP("ExportButton", "Export the timeline as PNG or SVG, or copy it")),
    "corridor map": (QT_TRANSLATE_NOOP("ExportButton", "Export the corridor map"),
                     QT_TRANSLATE_NOOP("ExportButton", "Export the corridor map as PNG or SVG, or copy it")),
}
ANY = (QT_TRANSLATE_NOOP("ExportButton", "Export"),
       QT_TRANSLATE_NOOP("ExportButton", "Export as PNG or SVG, or copy it"))


class ExportButton(QToolButton):
    chosen = Signal(str)  # "png", "svg" or "copy"

    def __init__(self, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        name, tip = WHAT.get(what, ANY)
        self.setText(translate("ExportButton", "Export"))
        self.setAccessibleName(translate("ExportButton", name))
        self.setToolTip(translate("ExportButton", tip))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for key, label in CHOICES:
            action = menu.addAction(translate("ExportButton", label))
            action.setObjectName(f"export_{key}")
            action.triggered.connect(lambda _c=False, k=key: self.chosen.emit(k))
        self.setMenu(menu)

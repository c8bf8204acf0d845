"""The corridor map with its toolbar: geographic or schematic, reset, related records, export."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from bri_desktop.core.geo import MapModel
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.ui.image_export import Picture
from bri_desktop.ui.theme import set_tone
from bri_desktop.ui.widgets.corridor_view import CorridorView
from bri_desktop.ui.widgets.export_button import ExportButton

EXPORT_SIZE = QSize(1200, 800)
CAPTION_HEIGHT = 40


def map_picture(view: CorridorView, caption: str, size: QSize = EXPORT_SIZE) -> Picture:
    """The map for a document: at a size of its own, with its caption under it."""

    def draw(painter: QPainter, area: QSize) -> None:
        map_height = area.height() - CAPTION_HEIGHT
        view.paint_map(painter, area.width(), map_height)
        painter.fillRect(QRectF(0, map_height, area.width(), CAPTION_HEIGHT), QColor("#ffffff"))
        painter.setPen(QColor("#222222"))
        painter.setFont(QFont(view.font()))  # the view's font, not whatever the map drew last
        painter.drawText(QRectF(8, map_height + 4, area.width() - 16, CAPTION_HEIGHT - 6),
                         Qt.TextFlag.TextWordWrap, caption)

    return Picture(size, draw, translate("CorridorPanel", "BRI Desktop corridor map"), caption)


OUTLINES_CREDIT = QT_TRANSLATE_NOOP(
    "CorridorPanel", "Country outlines: Natural Earth 1:110m admin-0 (public domain), naturalearthdata.com")


class CorridorPanel(QWidget):
    mode_changed = Signal(str)  # "geographic" or "schematic"
    related_requested = Signal(str)  # corridor id
    export_requested = Signal(str)  # "png", "svg" or "copy"
    pin_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.models: dict[str, MapModel] = {}
        self.attribution = ""
        self.view = CorridorView(self)
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(translate("CorridorPanel", "Map layout"))
        self.mode.addItem(translate("CorridorPanel", "Geographic"), "geographic")
        self.mode.addItem(translate("CorridorPanel", "Schematic"), "schematic")
        self.reset = QToolButton(self)
        self.reset.setText(translate("CorridorPanel", "Reset"))
        self.reset.setToolTip(translate("CorridorPanel", "Show the whole map again (0)"))
        self.related = QToolButton(self)
        self.related.setObjectName("show_related")
        self.related.setText(translate("CorridorPanel", "Related records"))
        self.related.setAccessibleName(translate("CorridorPanel", "Show related records"))
        self.related.setToolTip(translate("CorridorPanel", "Filter the tables to the projects and agreements "
                                          "linked to the selected corridor"))
        self.related.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.mode)
        bar.addWidget(self.reset)
        bar.addWidget(self.related)
        bar.addStretch(1)
        self.pin_button = QToolButton(self)
        self.pin_button.setText(translate("CorridorPanel", "Pin"))
        self.pin_button.setAccessibleName(translate("CorridorPanel", "Pin the map view"))
        self.pin_button.setToolTip(translate("CorridorPanel", "Pin this map view (layout, selected corridor, "
                                             "filters)"))
        self.pin_button.clicked.connect(self.pin_requested)
        bar.addWidget(self.pin_button)
        self.export_button = ExportButton("corridor map", self)
        self.export_button.chosen.connect(self.export_requested)
        bar.addWidget(self.export_button)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        set_tone(self.note, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.reset.clicked.connect(self.view.reset_view)
        self.related.clicked.connect(lambda: self.related_requested.emit(self.view.selected))
        self.view.corridor_selected.connect(lambda _cid: self.show_related_count(None))

    def show_related_count(self, count: int | None) -> None:
        """How many agreements and projects name the selected corridor (None: not known yet)."""
        self.related.setEnabled(bool(count))
        if count == 0:
            self.related.setToolTip(translate("CorridorPanel", "No agreement or project in the dataset names this "
                                              "corridor"))
        else:
            self.related.setToolTip(translate("CorridorPanel", "Filter the tables to the projects and agreements "
                                              "linked to the selected corridor"))

    def focusables(self) -> list[QWidget]:
        return [self.mode, self.reset, self.related, self.pin_button, self.export_button, self.view]

    def set_models(self, models: dict[str, MapModel], attribution: str) -> None:
        self.models = models
        # the outlines' credit, as the data file writes it, in the interface language
        self.attribution = translate("CorridorPanel", attribution) if attribution == OUTLINES_CREDIT else attribution
        self.note.setText(translate("CorridorPanel", "Routes and stations are approximate: positions are the "
                                    "curator's. Grey stations are the curator's too: no article names them as "
                                    "points of the route.") + " " + self.attribution)
        self._on_mode()

    def caption(self, version: str) -> str:
        if self.current_mode() == "schematic":
            text = translate("CorridorPanel", "BRI Desktop corridor map (schematic) · approximate routes · "
                             "Dataset {version} · {attribution}")
        else:
            text = translate("CorridorPanel", "BRI Desktop corridor map (geographic) · approximate routes · "
                             "Dataset {version} · {attribution}")
        return text.format(version=version, attribution=self.attribution)

    def picture(self, version: str) -> Picture | None:
        """The map as it is now, for an image file; None until the corridors are loaded."""
        if self.view.model is None:
            return None
        return map_picture(self.view, self.caption(version))

    def current_mode(self) -> str:
        return self.mode.currentData()

    def _on_mode(self) -> None:
        model = self.models.get(self.current_mode())
        if model is not None:
            self.view.set_model(model)
        self.mode_changed.emit(self.current_mode())

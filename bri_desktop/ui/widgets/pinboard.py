"""The Pinboard: what the user pinned (records, charts, map views, saved views), in their order.

Drag to reorder; Enter or double-click opens a pin (a chart or a map view is drawn again from its
settings and filter); Delete removes it (Edit > Undo puts it back).
"""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from bri_desktop import paths
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.ui.theme import set_tone
from bri_desktop.workspace.store import Pin

PinRole = Qt.ItemDataRole.UserRole + 1
ICONS = {"record": "record.svg", "chart": "chart.svg", "map": "map.svg", "timeline": "timeline.svg",
         "figures": "figures.svg", "view": "view.svg"}
WHAT = {"record": QT_TRANSLATE_NOOP("Pinboard", "Record"), "chart": QT_TRANSLATE_NOOP("Pinboard", "Chart"),
        "map": QT_TRANSLATE_NOOP("Pinboard", "Map view"), "timeline": QT_TRANSLATE_NOOP("Pinboard", "Timeline"),
        "figures": QT_TRANSLATE_NOOP("Pinboard", "Figures compared"),
        "view": QT_TRANSLATE_NOOP("Pinboard", "Saved view")}  # English: translate("Pinboard", ...) shows one


def what_label(what: str) -> str:
    """"Chart": what a pin holds, in the interface language."""
    return translate("Pinboard", WHAT[what]) if what in WHAT else what


_icons: dict[str, QIcon] = {}


def _icon(what: str) -> QIcon:
    """Drawn icons, not emoji: every desktop shows them (an emoji needs a colour font)."""
    if what not in _icons:
        _icons[what] = QIcon(str(paths.resource(f"icons/{ICONS.get(what, 'record.svg')}")))
    return _icons[what]


PIN_MIME = "application/x-bri-desktop-pins"  # a JSON list of pin ids


class PinList(QListWidget):
    open_requested = Signal(int)
    remove_requested = Signal(int)
    briefing_requested = Signal(int)  # add the pin to the briefing
    order_changed = Signal(list)  # pin ids in the new order

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pins")
        self.setAccessibleName(translate("PinList", "Pins"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.itemActivated.connect(lambda item: self.open_requested.emit(item.data(PinRole)))
        self.model().rowsMoved.connect(lambda *_: self.order_changed.emit(self.pin_ids()))

    def pin_ids(self) -> list[int]:
        return [self.item(i).data(PinRole) for i in range(self.count())]

    def mimeData(self, items) -> QMimeData:  # type: ignore[override]
        """A drag carries the pins' ids: the Briefing pane takes them (the list itself moves them)."""
        data = super().mimeData(items)
        data.setData(PIN_MIME, QByteArray(json.dumps([i.data(PinRole) for i in items]).encode()))
        return data

    def current_pin(self) -> int | None:
        item = self.currentItem()
        return item.data(PinRole) if item is not None else None

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.current_pin() is not None:
            self.remove_requested.emit(self.current_pin())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_pin() is not None:
            self.open_requested.emit(self.current_pin())
            return
        super().keyPressEvent(event)

    def _menu(self, pos) -> None:
        item = self.itemAt(pos)
        if item is None:
            return
        pin_id = item.data(PinRole)
        menu = QMenu(self)
        menu.addAction(translate("PinList", "Open"), lambda: self.open_requested.emit(pin_id))
        menu.addAction(translate("PinList", "Add to briefing"), lambda: self.briefing_requested.emit(pin_id))
        menu.addAction(translate("PinList", "Remove from the Pinboard"), lambda: self.remove_requested.emit(pin_id))
        menu.exec(self.viewport().mapToGlobal(pos))


class Pinboard(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("Pinboard", "Pinboard"), parent)
        self.setObjectName("pinboard")
        self.setAccessibleName(translate("Pinboard", "Pinboard"))
        body = QWidget(self)
        self.list = PinList(body)
        self.hint = QLabel(translate("Pinboard", "Nothing pinned yet. Pin a record with Ctrl+D, a chart or a map "
                                     "view with its Pin button."), body)
        self.hint.setWordWrap(True)
        set_tone(self.hint, "muted")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        self.setWidget(body)

    def show_pins(self, pins: list[Pin], missing: dict[int, str] | None = None) -> None:
        """``missing``: pin id -> why its record is not in the dataset now."""
        missing = missing or {}
        current = self.list.current_pin()
        self.list.blockSignals(True)
        self.list.clear()
        for pin in pins:
            detail = what_label(pin.what)
            if pin.id in missing:
                detail = missing[pin.id]
            item = QListWidgetItem(f"{pin.title}\n{detail}", self.list)
            item.setIcon(_icon(pin.what))
            item.setData(PinRole, pin.id)
            item.setToolTip(f"<p>{escape(pin.title)}<br>{escape(detail)}</p>")
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         translate("Pinboard", "{what}: {title}. {detail}").format(
                             what=what_label(pin.what) if pin.what in WHAT else "", title=pin.title, detail=detail))
            if pin.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.hint.setVisible(not pins)

    def focusables(self) -> list[QWidget]:
        return [self.list]

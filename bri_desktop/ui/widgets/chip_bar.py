"""Active filters as removable chips, with "Clear all"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from bri_desktop.core.i18n import translate
from bri_desktop.ui.theme import set_tone

CHIP_CHARS = 60  # longer chip texts are cut, in full in the tooltip
CHIP_STYLE = ("QToolButton { border: 1px solid palette(mid); border-radius: 10px; "
              "padding: 2px 8px; background: palette(alternate-base); }")


class ChipBar(QWidget):
    """``set_chips([(key, text), ...])``; emits ``remove_requested(key)`` or ``clear_requested``."""

    remove_requested = Signal(object)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(translate("ChipBar", "Active filters"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._empty = QLabel(translate("ChipBar", "No filters: showing every record."), self)
        set_tone(self._empty, "muted")
        self.notice = QLabel(self)  # what the app changed for the user, e.g. filters it lifted
        self.notice.setObjectName("filter_notice")
        self.notice.setAccessibleName(translate("ChipBar", "Filter notice"))
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notice.hide()
        self.clear_button = QPushButton(translate("ChipBar", "Clear all"), self)
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.setAccessibleName(translate("ChipBar", "Clear all filters"))
        self.clear_button.clicked.connect(self.clear_requested)
        self.chips: list[QToolButton] = []
        self._shown: list[tuple[object, str]] | None = None
        # One height with or without chips, so adding a chip never moves the panes below it.
        probe = QToolButton()  # never shown: only measured
        probe.setStyleSheet(CHIP_STYLE)
        probe.setText("Probe")
        self.setFixedHeight(max(probe.sizeHint().height(), self.clear_button.sizeHint().height()) + 2)
        self.set_chips([])

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # style sheets resolve palette() once
            for chip in self.chips:
                chip.setStyleSheet(CHIP_STYLE)

    def focusables(self) -> list:
        return [*self.chips, self.clear_button]

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setToolTip(f"<p>{escape(text)}</p>" if text else "")
        self.notice.setVisible(bool(text))

    def set_chips(self, chips: list[tuple[object, str]]) -> None:
        if chips == self._shown:
            return  # unchanged: no relayout, no repaint
        self._shown = list(chips)
        for chip in self.chips:
            self._layout.removeWidget(chip)
            chip.hide()  # gone from the screen now, deleted when the event loop next runs
            chip.deleteLater()
        self.chips = []
        while self._layout.count():
            self._layout.takeAt(0)
        for key, text in chips:
            chip = QToolButton(self)
            shown = text if len(text) <= CHIP_CHARS else text[:CHIP_CHARS - 1] + "…"
            chip.setText(f"{shown}  ✕")
            tip = translate("ChipBar", "Remove this filter: {filter}").format(filter=text[:2000])
            chip.setToolTip(f"<p>{escape(tip)}</p>")
            chip.setAccessibleName(translate("ChipBar", "Remove filter {filter}").format(filter=text[:200]))
            chip.setStyleSheet(CHIP_STYLE)
            chip.clicked.connect(lambda _checked=False, k=key: self.remove_requested.emit(k))
            self._layout.addWidget(chip)
            self.chips.append(chip)
        self._empty.setVisible(not chips)
        if not chips:
            self._layout.addWidget(self._empty)
        self._layout.addWidget(self.notice, 1)
        self._layout.addStretch(1)
        self._layout.addWidget(self.clear_button)
        self.clear_button.setEnabled(bool(chips))

"""The search box: full-text search with a short message under it when a query is malformed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from bri_desktop.core.i18n import translate
from bri_desktop.core.search import SearchSyntaxError
from bri_desktop.ui.theme import set_tone


class SearchBox(QWidget):
    """Emits ``search_changed`` with a query the index can run; a bad one keeps the last result."""

    search_changed = Signal(str)

    def __init__(self, check: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._check = check
        self._last_good = ""
        self.edit = QLineEdit(self)
        self.edit.setObjectName("search")
        self.edit.setAccessibleName(translate("SearchBox", "Search"))
        self.edit.setAccessibleDescription(
            translate("SearchBox", "Full-text search over titles, summaries, parties and their aliases, and quotes"))
        self.edit.setPlaceholderText(
            translate("SearchBox", 'Search: Sinopec, sino*, "Shymkent refinery", KMG NOT CNPC  (Ctrl+F)'))
        self.edit.setClearButtonEnabled(True)
        self.message = QLabel(self)
        self.message.setObjectName("search_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(translate("SearchBox", "Search message"))
        set_tone(self.message, "error")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply)
        self.edit.textEdited.connect(lambda _text: self._debounce.start())
        self.edit.returnPressed.connect(self.apply)
        self.edit.textChanged.connect(self._on_text_changed)

    def _on_text_changed(self, text: str) -> None:
        if not text:  # the clear button, or Esc
            self._debounce.stop()
            self.apply()

    def apply(self) -> None:
        self._debounce.stop()
        text = self.edit.text().strip()
        try:
            self._check(text)
        except SearchSyntaxError as exc:
            self.message.setText(translate("SearchBox", "{error}. Showing the results for the last valid search.")
                                 .format(error=exc))
            self.message.show()
            return
        self.message.hide()
        if text != self._last_good:
            self._last_good = text
            self.search_changed.emit(text)

    def set_text(self, text: str) -> None:
        """Show ``text`` (e.g. after a chip was removed) without emitting."""
        self._last_good = text
        self.edit.setText(text)
        self.message.hide()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.edit.text():
            self.edit.clear()
            return
        super().keyPressEvent(event)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

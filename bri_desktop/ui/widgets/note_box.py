"""The user's note and tags on the open record, under its details: saved as they are typed.

The note is plain text with a little markup (**bold**, *italic*, lines starting "- " as a list),
saved a moment after typing stops, when the box loses the focus and before another record opens.
A save that fails says why beside the box and keeps the text in it. A note that an import found
edited in two places shows both, and the user chooses.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bri_desktop.core.i18n import translate
from bri_desktop.ui.theme import set_tone

SAVE_AFTER_MS = 700


class NoteEdit(QPlainTextEdit):
    """Tab leaves the note (Ctrl+Tab is not needed to get out); focus-out saves."""

    left = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class NoteBox(QWidget):
    note_changed = Signal(str)  # the text to save (debounced)
    tag_added = Signal(str)
    tag_removed = Signal(str)
    conflict_resolved = Signal(str)  # the text the user chose

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("note_box")
        self.setAccessibleName(translate("NoteBox", "Your note and tags"))
        self.title = QLabel("<b>" + translate("NoteBox", "Your note") + "</b>", self)
        self.edit = NoteEdit(self)
        self.edit.setObjectName("note")
        self.edit.setAccessibleName(translate("NoteBox", "Your note"))
        self.edit.setPlaceholderText(translate("NoteBox", "Write a note on this record (saved as you type; **bold**, "
                                               "*italic*, - lists). Search finds records by their notes."))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.status = QLabel(self)
        self.status.setObjectName("note_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        set_tone(self.status, "muted")
        self.conflict = QLabel(self)
        self.conflict.setObjectName("note_conflict")
        self.conflict.setWordWrap(True)
        self.conflict.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_mine = QPushButton(translate("NoteBox", "Keep this text"), self)
        self.keep_other = QPushButton(translate("NoteBox", "Keep the other"), self)
        self.keep_both = QPushButton(translate("NoteBox", "Keep both"), self)
        conflict_row = QHBoxLayout()
        for button in (self.keep_mine, self.keep_other, self.keep_both):
            conflict_row.addWidget(button)
        conflict_row.addStretch(1)
        self.tags = QLabel(self)
        self.tags.setObjectName("record_tags")
        self.tags.setAccessibleName(translate("NoteBox", "Tags of this record"))
        self.tags.setTextFormat(Qt.TextFormat.RichText)
        self.tags.setWordWrap(True)
        self.tags.linkActivated.connect(lambda href: self.tag_removed.emit(unquote(href[len("untag:"):])))
        self.add_tag = QLineEdit(self)
        self.add_tag.setObjectName("add_tag")
        self.add_tag.setAccessibleName(translate("NoteBox", "Add a tag"))
        self.add_tag.setPlaceholderText(translate("NoteBox", "Add a tag… (Enter)"))
        self.add_tag.setMaxLength(200)
        self.add_tag.returnPressed.connect(self._on_tag_entered)
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.add_tag.setCompleter(self._completer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(self.conflict)
        layout.addLayout(conflict_row)
        layout.addWidget(self.tags)
        layout.addWidget(self.add_tag)
        self._saved = ""  # what the workspace holds
        self._other = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._on_typed)
        self.edit.left.connect(self.flush)
        self.keep_mine.clicked.connect(lambda: self.conflict_resolved.emit(self.edit.toPlainText()))
        self.keep_other.clicked.connect(lambda: self.conflict_resolved.emit(self._other))
        self.keep_both.clicked.connect(lambda: self.conflict_resolved.emit(
            self.edit.toPlainText().rstrip() + "\n\n" + translate("NoteBox", "--- the other version ---")
            + "\n" + self._other))
        self._loading = False
        self.show_for(None)

    def focusables(self) -> list[QWidget]:
        return [self.edit, self.keep_mine, self.keep_other, self.keep_both, self.add_tag]

    def show_for(self, key: tuple[str, str] | None, text: str = "", when: str = "",
                 tags: list[str] | None = None, all_tags: list[str] | None = None,
                 conflict: str | None = None, read_only: bool = False) -> None:
        """Show the note and tags of ``key`` (None: no record, the box is disabled)."""
        self.flush()
        self._loading = True
        self.edit.setPlainText(text)
        self._loading = False
        self._saved = text
        self.setEnabled(key is not None)
        self.edit.setReadOnly(read_only)
        self.add_tag.setEnabled(not read_only)
        self.status.setText(translate("NoteBox", "Saved {when}").format(when=when) if text and when else "")
        set_tone(self.status, "muted")
        self._other = conflict or ""
        for widget in (self.conflict, self.keep_mine, self.keep_other, self.keep_both):
            widget.setVisible(bool(conflict))
        if conflict:
            self.conflict.setText(translate("NoteBox", "This note was changed in two places. The other version:")
                                  + f"\n{conflict}")
        self.show_tags(tags or [], all_tags or [])

    def show_tags(self, tags: list[str], all_tags: list[str]) -> None:
        if tags:
            links = " ".join(f"{escape(t)} <a href='untag:{quote(t, safe='')}'>✕</a>" for t in tags)
            self.tags.setText(translate("NoteBox", "<b>Tags:</b> {tags}").format(tags=links))
        else:
            self.tags.setText(translate("NoteBox", "<b>Tags:</b> none yet"))
        self._completer.model().setStringList(all_tags)  # type: ignore[attr-defined]

    def _on_typed(self) -> None:
        if not self._loading:
            self.status.setText(translate("NoteBox", "Not saved yet…"))
            self._timer.start()

    def flush(self) -> None:
        """Save now what is typed, if it differs from what is saved."""
        self._timer.stop()
        text = self.edit.toPlainText()
        if self.isEnabled() and not self.edit.isReadOnly() and text.rstrip() != self._saved.rstrip():
            self.note_changed.emit(text)

    def saved(self, text: str, when: str) -> None:
        self._saved = text
        self.status.setText(translate("NoteBox", "Saved {when}").format(when=when) if text
                            else translate("NoteBox", "Note removed"))
        set_tone(self.status, "muted")

    def failed(self, message: str) -> None:
        """The save failed: say why; the text stays in the box, to try again."""
        self.status.setText(translate("NoteBox", "{message} Your text is still here.").format(message=message))
        set_tone(self.status, "error")

    def _on_tag_entered(self) -> None:
        name = " ".join(self.add_tag.text().split())
        if name:
            self.tag_added.emit(name)
        self.add_tag.clear()

"""Every field of the open record, its parties and links, and its sources with quotes.

The pane shows a record the table's filters keep, or says plainly that the filters now hide it
(with a link that lifts exactly the filters in the way); it never leaves a hidden record's
citation one keystroke away.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.core.record_text import citations_text, details_html, link
from bri_desktop.db.kinds import KINDS
from bri_desktop.ui.theme import muted_colour
from bri_desktop.ui.widgets.note_box import NoteBox

# translate("DetailsPane", EMPTY) shows it
EMPTY = QT_TRANSLATE_NOOP("DetailsPane", "Select a record to see its fields, parties and sources.")


class DetailsPane(QWidget):
    link_activated = Signal(QUrl)  # bri:filter/FACET/VALUE, bri:record/KIND/ID, bri:related/...

    def __init__(self, version: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.version = version
        self.record: dict | None = None
        self._vocab: dict = {}
        self._message = translate("DetailsPane", EMPTY)  # shown when there is no record
        self._hidden: tuple[str, str, str, list[str]] = ("", "", "", [])
        self._html_override = ""
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("details")
        self.browser.setAccessibleName(translate("DetailsPane", "Details"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.link_activated)
        self.copy_citation = QPushButton(translate("DetailsPane", "Copy citation"), self)
        self.copy_citation.setObjectName("copy_citation")
        self.copy_citation.setAccessibleName(translate("DetailsPane", "Copy citation"))
        self.copy_citation.setToolTip(translate("DetailsPane", "Copy the record's title, sources and quotes for a "
                                                "briefing"))
        self.copy_citation.clicked.connect(self.copy_citations)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_citation)
        buttons.addStretch(1)
        self.note_box = NoteBox(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note_box)
        self._render()

    def focusables(self) -> list[QWidget]:
        return [self.browser, self.copy_citation, *self.note_box.focusables()]

    # -- what the pane shows

    def show_record(self, record: dict | None, vocab: dict) -> None:
        self.record = record
        self._vocab = vocab
        self._message = translate("DetailsPane", EMPTY)
        self._html_override = ""
        self._render()

    def show_missing(self, kind: str, record_id: str) -> None:
        """The record is not in this dataset (an old link or pin)."""
        self.record = None
        self._message = translate("DetailsPane", "There is no {kind} “{id}” in dataset {version}.").format(
            kind=_noun(kind), id=record_id, version=self.version)
        self._html_override = ""
        self._render()

    def show_snapshot(self, title: str, snapshot: dict, why: str) -> None:
        """A pinned record this dataset no longer has: what the pin kept of it."""
        self.record = None
        self._message = ""
        lines = "".join(f"<tr><td>{escape(k.replace('_', ' '))}</td><td>{escape(str(v))}</td></tr>"
                        for k, v in snapshot.items() if k not in ("title", "name"))
        said = translate("DetailsPane", "This pinned record is {why}. What the pin kept of it:").format(why=why)
        self._html_override = f"<p><b>{escape(title)}</b></p><p>{escape(said)}</p><table>{lines}</table>"
        self._render()

    def show_hidden(self, title: str, kind: str, record_id: str, lifted: list[str]) -> None:
        """The record open until now is hidden by the filters just set."""
        self.record = None
        self._message = ""
        self._hidden = (title, kind, record_id, lifted)
        self._html_override = ""
        self._render()

    def set_checking(self, checking: bool) -> None:
        """While the window checks that the open record still passes the filters, its citation
        cannot be copied."""
        self.copy_citation.setEnabled(not checking and bool(self.record and self.record.get("citations")))

    def _render(self) -> None:
        muted = muted_colour(self.browser.palette(), QPalette.ColorRole.Base)
        if self._html_override:
            html = self._html_override
        elif self.record:
            html = details_html(self.record, self._vocab, muted)
        elif self._message:
            html = f"<p style='color:{muted}'>{escape(self._message)}</p>"
        else:
            title, kind, record_id, lifted = self._hidden
            said = translate("DetailsPane", "This {kind} is hidden by the filters you set ({filters}), so it is no "
                             "longer shown here.").format(kind=_noun(kind), filters=", ".join(lifted))
            again = translate("DetailsPane", "<a href='{link}'>Show it again</a> (lifts only the filters that hide "
                              "it; Back or Undo restores them).").format(link=link(kind, record_id))
            html = f"<p><b>{escape(title)}</b></p><p>{escape(said)}</p><p>{again}</p>"
        self.browser.setHtml(html)
        self.copy_citation.setEnabled(bool(self.record and self.record.get("citations")))

    def refresh(self) -> None:
        """Render again (the theme changed: secondary text takes its readable colour)."""
        self._render()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()  # secondary text takes the new theme's readable colour

    # -- copy

    def copy_citations(self) -> str:
        if not self.record or not self.copy_citation.isEnabled():
            return ""
        text = citations_text(self.record, self.version)
        QGuiApplication.clipboard().setText(text)
        return text

    def plain_text(self) -> str:
        return self.browser.toPlainText()


def _noun(kind: str) -> str:
    """"agreement": a record's kind in a sentence."""
    return KINDS[kind].singular if kind in KINDS else kind

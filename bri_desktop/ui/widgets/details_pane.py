"""Every field of the selected record, its parties and links, and its sources with quotes."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from bri_desktop.core.record_text import citations_text, details_html

EMPTY = "<p style='color:gray'>Select a record to see its fields, parties and sources.</p>"


class DetailsPane(QWidget):
    link_activated = Signal(QUrl)  # bri:filter/FACET/VALUE or bri:record/KIND/ID

    def __init__(self, version: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.version = version
        self.record: dict | None = None
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("details")
        self.browser.setAccessibleName("Details")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.link_activated)
        self.copy_citation = QPushButton("Copy citation", self)
        self.copy_citation.setObjectName("copy_citation")
        self.copy_citation.setAccessibleName("Copy citation")
        self.copy_citation.setToolTip("Copy the record's title, sources and quotes for a briefing")
        self.copy_citation.clicked.connect(self.copy_citations)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_citation)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.show_record(None, {})

    def show_record(self, record: dict | None, vocab: dict) -> None:
        self.record = record
        self.browser.setHtml(details_html(record, vocab) if record else EMPTY)
        self.copy_citation.setEnabled(bool(record and record.get("citations")))

    def copy_citations(self) -> str:
        if not self.record:
            return ""
        text = citations_text(self.record, self.version)
        QGuiApplication.clipboard().setText(text)
        return text

    def plain_text(self) -> str:
        return self.browser.toPlainText()

"""The Article view: a source article's text with every quoted passage highlighted (a click opens
the record that quotes it), and the records citing the article, by kind."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from bri_desktop.core.record_text import KIND_SINGULAR, link
from bri_desktop.ui.theme import set_tone

RecordRole = Qt.ItemDataRole.UserRole + 1


class ArticlePanel(QWidget):
    link_activated = Signal(QUrl)  # bri:record/KIND/ID

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("article")
        self.setAccessibleName("Article")
        self.heading = QLabel("Open a source, or “Show in article” under a record's sources.", self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        set_tone(self.status, "muted")
        self.citing = QListWidget(self)
        self.citing.setAccessibleName("Records citing this article")
        self.text = QTextBrowser(self)
        self.text.setAccessibleName("Article text")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self.link_activated)
        self.citing.itemActivated.connect(
            lambda item: self.link_activated.emit(QUrl(link(*item.data(RecordRole)))))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.text)
        split.addWidget(self.citing)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.article = None

    def show_article(self, article, focus: tuple[str, str] | None = None) -> None:
        """``article``: a tasks.Article; ``focus``: (kind, id) of a record whose quote to scroll to."""
        from bri_desktop.core.article import passage_of

        self.article = article
        source = article.source
        who = ", ".join(x for x in (source.get("author"), source.get("publisher")) if x)
        self.heading.setText(f"<b>{escape(str(source['title']))}</b>"
                             + (f"<br><span>{escape(who)}</span>" if who else ""))
        self.text.setHtml(article.html or f"<p>{escape(article.problem)}</p>")
        found = len(article.cites) - len(article.missing)
        lines = [f"{len(article.passages)} passages quoted by {found} citations."] if article.html else []
        if article.missing:
            lines.append(f"{len(article.missing)} quotes are not found in this text: "
                         + "; ".join(c.title for c in article.missing[:5]))
        if article.more:
            lines.append(f"… and {article.more:,} more records cite it (the first "
                         f"{len(article.cites):,} are listed and highlighted).")
        self.status.setText(" ".join(lines))
        self.citing.clear()
        for kind in dict.fromkeys(c.kind for c in article.cites):
            group = [c for c in article.cites if c.kind == kind]
            head = QListWidgetItem(f"{kind.capitalize()} ({len(group)})", self.citing)
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            for cite in dict.fromkeys((c.kind, c.record_id, c.title) for c in group):
                item = QListWidgetItem(str(cite[2]), self.citing)
                item.setData(RecordRole, (cite[0], cite[1]))
                item.setToolTip(f"{KIND_SINGULAR.get(cite[0], cite[0])}: {cite[2]}")
        number = passage_of(article.passages, *focus) if focus else None
        if number is not None:
            self.text.scrollToAnchor(f"q{number}")
        else:
            self.text.verticalScrollBar().setValue(0)

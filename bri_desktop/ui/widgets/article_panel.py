"""The Article view: a source article's text with every quoted passage highlighted (a click opens
the record that quotes it), and the records citing the article, by kind."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from bri_desktop.core.i18n import number as number_text
from bri_desktop.core.i18n import translate
from bri_desktop.core.record_text import link
from bri_desktop.db.kinds import KINDS
from bri_desktop.ui.theme import set_tone

RecordRole = Qt.ItemDataRole.UserRole + 1


def _kind_of(kind: str) -> str:
    """"Agreement": a record's kind, as a tooltip names it."""
    return KINDS[kind].singular.capitalize() if kind in KINDS else kind


class ArticlePanel(QWidget):
    link_activated = Signal(QUrl)  # bri:record/KIND/ID

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("article")
        self.setAccessibleName(translate("ArticlePanel", "Article"))
        self.heading = QLabel(translate("ArticlePanel", "Open a source, or “Show in article” under a record's "
                                        "sources."), self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        set_tone(self.status, "muted")
        self.citing = QListWidget(self)
        self.citing.setAccessibleName(translate("ArticlePanel", "Records citing this article"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(translate("ArticlePanel", "Article text"))
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
        self._status_text = ""
        self._kept: set[tuple[str, str]] | None = None
        self._top = 0  # the text position at the top of the view
        self._width = -1  # the view's width the text was last laid out for
        self._anchor = ""  # the quote the article was opened at
        self._restoring = False
        self.text.verticalScrollBar().valueChanged.connect(lambda _v: self._remember_top())
        self.text.viewport().installEventFilter(self)

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
        passages, missing = len(article.passages), len(article.missing)  # lupdate reads a count by name only
        lines = [translate("ArticlePanel", "%n passage(s) quoted by {citations}.", None, passages)
                 .format(citations=translate("ArticlePanel", "%n citation(s)", None, found))] if article.html else []
        if article.missing:
            lines.append(translate("ArticlePanel", "%n quote(s) not found in this text: {titles}", None,
                                   missing).format(titles="; ".join(c.title for c in article.missing[:5])))
        if article.more:
            more = article.more
            lines.append(translate("ArticlePanel", "… and %n more record(s) cite it (the first {listed} are listed "
                                   "and highlighted).", None, more).format(listed=number_text(len(article.cites), 0)))
        self.status.setText(" ".join(lines))
        self.citing.clear()
        for kind in dict.fromkeys(c.kind for c in article.cites):
            group = [c for c in article.cites if c.kind == kind]
            label = KINDS[kind].label if kind in KINDS else kind.capitalize()
            head = QListWidgetItem(f"{label} ({len(group)})", self.citing)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not chosen, yet not greyed
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            for cite in dict.fromkeys((c.kind, c.record_id, c.title) for c in group):
                item = QListWidgetItem(str(cite[2]), self.citing)
                item.setData(RecordRole, (cite[0], cite[1]))
                item.setToolTip(translate("ArticlePanel", "{kind}: {title}").format(kind=_kind_of(cite[0]),
                                                                                   title=cite[2]))
        self._status_text = " ".join(lines)
        number = passage_of(article.passages, *focus) if focus else None
        self._anchor = f"q{number}" if number is not None else ""
        self._scroll_to_focus()
        QTimer.singleShot(0, self._scroll_to_focus)  # again once the tab is in view and laid out

    def _scroll_to_focus(self) -> None:
        self._restoring = True
        try:
            if self._anchor:
                self.text.scrollToAnchor(self._anchor)
            else:
                self.text.verticalScrollBar().setValue(0)
        finally:
            self._restoring = False
        self._width = self.text.viewport().width()
        self._remember_top()

    def keys(self) -> list[tuple[str, str]]:
        """The records listed as citing the article."""
        return [item.data(RecordRole) for item in self._record_items()]

    def _record_items(self) -> list[QListWidgetItem]:
        items = (self.citing.item(i) for i in range(self.citing.count()))
        return [item for item in items if item.data(RecordRole)]

    def mark_kept(self, kept: set[tuple[str, str]] | None) -> None:
        """Grey the records the filters hide (None: no filters, none greyed); kept records keep
        the theme's own text colour."""
        self._kept = kept
        hidden = 0
        grey = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)  # (the list's
        # own palette may not have the new theme yet when this runs on a theme change)
        for item in self._record_items():
            key = tuple(item.data(RecordRole))
            shown = kept is None or key in kept
            hidden += not shown
            item.setData(Qt.ItemDataRole.ForegroundRole, None if shown else grey)
            tip = translate("ArticlePanel", "{kind}: {title}").format(kind=_kind_of(key[0]), title=item.text())
            item.setToolTip(tip if shown else tip + "\n" + translate("ArticlePanel", "(The filters hide it: opening "
                                                                      "it lifts them.)"))
        text = self._status_text
        if hidden:
            listed = len(self._record_items())  # lupdate reads a count by name only
            text += " " + translate("ArticlePanel", "The filters hide {hidden} of the %n record(s) listed (greyed).",
                                    None, listed).format(hidden=number_text(hidden, 0))
        self.status.setText(text)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.article is not None:
            self.mark_kept(self._kept)  # the grey of the new theme

    # -- the passage in view stays in view when the text is laid out again (a resize)

    def _remember_top(self) -> None:
        """The text at the top of the view, as the user scrolls (not while the text is laid out
        again for a new width: then the scroll bar moves on its own)."""
        if not self._restoring and self.text.viewport().width() == self._width:
            self._top = self.text.cursorForPosition(QPoint(0, 0)).position()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.text.viewport() and event.type() == QEvent.Type.Resize and self.article is not None \
                and event.size().width() != self._width and not self._restoring:
            self._restoring = True  # once laid out for the new width, the same text back at the top
            QTimer.singleShot(0, self._restore_top)
        return super().eventFilter(obj, event)

    def _restore_top(self) -> None:
        try:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(max(0, min(self._top, self.text.document().characterCount() - 1)))
            bar = self.text.verticalScrollBar()
            bar.setValue(bar.value() + self.text.cursorRect(cursor).top())
        finally:
            self._restoring = False
            self._width = self.text.viewport().width()

"""What a user reads on a window: every visible widget's texts (labels, buttons, titles,
placeholders, tooltips, combo items, tab names, table headers) and its menus', for the tests
that look for text left in English."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Words that are the same in every language: names of formats, programs, datasets and
# organizations, and units of measure written the international way.
KEPT = {
    "BRI", "Desktop", "USD", "CSV", "XLSX", "DOCX", "PDF", "PNG", "SVG", "JSON", "HTML", "SQLite",
    "PostgreSQL", "AidData", "CGIT", "AEI", "Markdown", "UTC", "URL", "Ctrl", "Shift", "Alt",
    "Esc", "Del", "Tab", "Enter", "Return", "Backspace", "Qt", "PySide", "Python", "Word", "Excel", "GCDF",
    "BRI_WORKSPACE_URL", "English",
    # the search box's examples: searches of the records, which are in English
    "Sinopec", "sino", "Shymkent", "refinery", "KMG", "NOT", "CNPC",
    "MW", "Mt", "bcm", "km", "ha", "sslmode", "postgresql", "Noto", "WenQuanYi",
    "Natural", "Earth", "admin", "naturalearthdata",
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")


def english_words(text: str) -> list[str]:
    """Latin-script words of three letters or more, other than the kept names."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\x00").replace("&", "")  # markup, accelerators
    text = re.sub(r"\S+@\S+|\S+://\S+|\S*[/\\]\S*|\S+\.(?:csv|xlsx|docx|pdf|png|svg|md|json|sqlite|com|org)\b",
                  " ", text)  # addresses, web sites, paths and file names
    text = re.sub(r"%\w+|\{\w+\}", " ", text)
    return [w for w in LATIN_WORD.findall(text) if w.strip("'’-") not in KEPT]


def widget_texts(root: QWidget, data: tuple[QWidget, ...] = (),
                 data_items: tuple[QWidget, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) for what ``root`` and its visible children show, but not inside ``data``
    (widgets that show records: their words are the sources'), nor the items of the views in
    ``data_items`` (their headers are read)."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__} {widget.objectName()}".strip(), text))

    def inside_data(widget: QWidget) -> bool:
        parent: QWidget | None = widget
        while parent is not None:
            if parent in data:
                return True
            parent = parent.parentWidget()
        return False

    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget is root or widget.isVisibleTo(root)) or inside_data(widget):
            continue
        if widget.isWindow():
            add(widget, widget.windowTitle())
        add(widget, widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
                add(widget, widget.tabToolTip(i))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(_columns(model)):
                add(widget, str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            items = widget not in data_items and not isinstance(widget, QHeaderView)
            for row in range(min(model.rowCount(), 60)) if items else ():
                add(widget, str(model.index(row, 0).data() or ""))  # a list of choices, an empty state
    return found


def _columns(model) -> int:  # type: ignore[no-untyped-def]
    try:
        return model.columnCount()
    except TypeError:  # a list model: one column (its columnCount is not Python's to call)
        return 1


def menu_texts(menus: list[QMenu]) -> list[tuple[str, str]]:
    found = []
    todo = list(menus)
    while todo:
        menu = todo.pop()
        found.append((f"menu {menu.objectName()}", menu.title()))
        for action in menu.actions():
            if action.menu() is not None:
                todo.append(action.menu())
            for text in (action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "")
                         else "", action.statusTip()):
                if text:
                    found.append((f"action {action.objectName()}", text))
    return found


def untranslated(found: list[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    return [(where, text, words) for where, text in found if (words := english_words(text))]


def clipped(root: QWidget) -> list[tuple[str, str, int, int]]:
    """Labels and buttons narrower than their text needs (a label that wraps, or that is
    made to elide its text, is left out): (where, text, width, width needed)."""
    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisibleTo(root) or not widget.text().strip():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.property("elides")):
            continue
        needed = widget.sizeHint().width()
        if widget.width() + 1 < needed:
            found.append((f"{type(widget).__name__} {widget.objectName()}".strip(), widget.text(),
                          widget.width(), needed))
    return found

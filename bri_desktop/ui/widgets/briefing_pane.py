"""The Briefing pane: which briefing, its title block, its sections and items (drag to reorder,
Delete removes), and the pages as they will print. It holds no dataset and no workspace: it shows a
spec and says when the user changed it (``changed``)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bri_desktop.briefing.spec import PAGE_SIZES, Briefing, Item, Section
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.ui.theme import set_tone
from bri_desktop.ui.widgets.pinboard import PIN_MIME

ItemRole = Qt.ItemDataRole.UserRole + 1
# English: translate("briefing_pane", ...) shows one
WHAT = {"record": QT_TRANSLATE_NOOP("briefing_pane", "Record"), "chart": QT_TRANSLATE_NOOP("briefing_pane", "Chart"),
        "map": QT_TRANSLATE_NOOP("briefing_pane", "Map"), "table": QT_TRANSLATE_NOOP("briefing_pane", "Table"),
        "note": QT_TRANSLATE_NOOP("briefing_pane", "Note"),
        "indicator": QT_TRANSLATE_NOOP("briefing_pane", "Indicator"),
        "timeline": QT_TRANSLATE_NOOP("briefing_pane", "Timeline"),
        "figures": QT_TRANSLATE_NOOP("briefing_pane", "Figures compared")}
PAGE_SIZE_LABELS = {"Letter": QT_TRANSLATE_NOOP("briefing_pane", "Letter")}  # a page size's name; A4 is A4


def describe(item: Item) -> str:
    s = item.settings
    if item.type == "note":
        text = " ".join(str(s.get("text", "")).split())
        return translate("briefing_pane", "Note: {text}").format(text=f"{text[:80]}{'…' if len(text) > 80 else ''}")
    if item.type == "table":
        return translate("briefing_pane", "Table: {name}").format(name=s.get("name") or s.get("kind"))
    what = translate("briefing_pane", WHAT[item.type])
    if item.type in ("record", "indicator"):
        return translate("briefing_pane", "{what}: {title}").format(what=what, title=s.get("title") or s.get("id"))
    return translate("briefing_pane", "{what}: {title}").format(what=what, title=s.get("title") or item.type)


class ContentsTree(QTreeWidget):
    """Sections at the top level, their items under them; drag moves items between sections."""

    moved = Signal()
    remove_requested = Signal()
    pins_dropped = Signal(list)  # pin ids dragged from the Pinboard

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(translate("ContentsTree", "Briefing contents"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)

    def top(self, index: int) -> QTreeWidgetItem:
        item = self.topLevelItem(index)
        assert item is not None
        return item

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(PIN_MIME):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(PIN_MIME):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        if event.mimeData().hasFormat(PIN_MIME):
            try:
                ids = json.loads(bytes(event.mimeData().data(PIN_MIME).data()).decode())
            except ValueError:
                ids = []
            target = self.itemAt(event.position().toPoint())
            if target is not None:
                self.setCurrentItem(target)  # the pins go into the section dropped on
            event.acceptProposedAction()
            self.pins_dropped.emit([i for i in ids if isinstance(i, int)])
            return
        super().dropEvent(event)
        # an item dropped at the top level goes into the section above it; a section stays top-level
        for i in reversed(range(self.topLevelItemCount())):
            top = self.top(i)
            if top.data(0, ItemRole) is not None and i > 0:
                self.takeTopLevelItem(i)
                self.top(i - 1).addChild(top)
        for i in range(self.topLevelItemCount()):
            section = self.top(i)
            for j in reversed(range(section.childCount())):
                child = section.child(j)
                if child is not None and child.data(0, ItemRole) is None:  # a section dropped into another
                    section.takeChild(j)
                    self.insertTopLevelItem(i + 1, child)
        self.expandAll()
        self.moved.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class BriefingPane(QDockWidget):
    changed = Signal()  # the user edited the briefing: save it and redraw the preview
    chosen = Signal(str)  # another briefing picked
    new_requested = Signal()
    rename_requested = Signal()
    delete_requested = Signal()
    export_requested = Signal(str)  # "docx", "pdf" or "md"
    print_requested = Signal()
    add_note_requested = Signal()
    pins_dropped = Signal(list)  # pin ids, dragged from the Pinboard onto the contents

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("BriefingPane", "Briefing"), parent)
        self.setObjectName("briefing")
        self.setAccessibleName(translate("BriefingPane", "Briefing"))
        body = QWidget(self)
        self.choice = QComboBox(body)
        self.choice.setAccessibleName(translate("BriefingPane", "Briefing to edit"))
        self.new_button = QPushButton(translate("BriefingPane", "New"), body)
        self.rename_button = QPushButton(translate("BriefingPane", "Rename…"), body)
        self.delete_button = QPushButton(translate("BriefingPane", "Delete"), body)
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            top.addWidget(button)
        self.title = QLineEdit(body)
        self.subtitle = QLineEdit(body)
        self.author = QLineEdit(body)
        self.date = QLineEdit(body)
        self.date.setPlaceholderText(translate("BriefingPane", "the day it is written"))
        self.page_size = QComboBox(body)
        for size in PAGE_SIZES:  # the size itself is the item's data: its text is in the interface language
            self.page_size.addItem(translate("briefing_pane", PAGE_SIZE_LABELS[size]) if size in PAGE_SIZE_LABELS
                                   else size, size)
        form = QFormLayout()
        for text, widget in ((translate("BriefingPane", "&Title"), self.title),
                             (translate("BriefingPane", "&Subtitle"), self.subtitle),
                             (translate("BriefingPane", "&Author"), self.author),
                             (translate("BriefingPane", "&Date"), self.date),
                             (translate("BriefingPane", "Pa&ge"), self.page_size)):
            label = QLabel(text, body)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            if isinstance(widget, QLineEdit):
                widget.setMaxLength(500)
            form.addRow(label, widget)
        self.tree = ContentsTree(body)
        self.add_section_button = QPushButton(translate("BriefingPane", "Add section"), body)
        self.add_note_button = QPushButton(translate("BriefingPane", "Add note…"), body)
        self.remove_button = QPushButton(translate("BriefingPane", "Remove"), body)
        self.up_button = QPushButton(translate("BriefingPane", "Up"), body)
        self.down_button = QPushButton(translate("BriefingPane", "Down"), body)
        edit = QHBoxLayout()
        for button in (self.add_section_button, self.add_note_button, self.up_button, self.down_button,
                       self.remove_button):
            edit.addWidget(button)
        self.export_docx = QPushButton(translate("BriefingPane", "Word…"), body)
        self.export_pdf = QPushButton(translate("BriefingPane", "PDF…"), body)
        self.export_md = QPushButton(translate("BriefingPane", "Markdown…"), body)
        self.print_button = QPushButton(translate("BriefingPane", "Print…"), body)
        out = QHBoxLayout()
        out.addWidget(QLabel(translate("BriefingPane", "Export:"), body))
        for button in (self.export_docx, self.export_pdf, self.export_md, self.print_button):
            out.addWidget(button)
        out.addStretch(1)
        self.hint = QLabel(translate("BriefingPane", "Add pins from the Pinboard (right-click: Add to briefing), or "
                                     "a note."), body)
        self.hint.setWordWrap(True)
        set_tone(self.hint, "muted")
        self.status = QLabel("", body)
        self.status.setWordWrap(True)
        set_tone(self.status, "muted")
        self.lock = QLabel("", body)  # a team's briefing: who may edit it now
        self.lock.setObjectName("briefing_lock")
        self.lock.setWordWrap(True)
        self.lock.hide()
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview = QScrollArea(body)
        self.preview.setAccessibleName(translate("BriefingPane", "Briefing preview"))
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(self.pages)
        editor = QWidget(body)
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.lock)
        column.addLayout(form)
        column.addWidget(self.hint)
        column.addWidget(self.tree, 1)
        column.addLayout(edit)
        column.addLayout(out)
        column.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical, body)
        split.addWidget(editor)
        split.addWidget(self.preview)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 0)  # the contents at their smallest: the pages get the rest
        split.setStretchFactor(1, 1)
        split.setSizes([1, 10_000])
        self.tree.setMinimumHeight(110)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.setWidget(body)
        self._loading = False

        for widget in (self.title, self.subtitle, self.author, self.date):
            widget.textEdited.connect(lambda _t: self._edited())
        self.page_size.currentIndexChanged.connect(lambda _i: self._edited())
        self.tree.itemChanged.connect(lambda *_a: self._edited())
        self.tree.moved.connect(self._edited)
        self.tree.remove_requested.connect(self.remove_current)
        self.tree.pins_dropped.connect(self.pins_dropped)
        self.add_section_button.clicked.connect(self.add_section)
        self.add_note_button.clicked.connect(self.add_note_requested)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.choice.activated.connect(lambda _i: self.chosen.emit(self.choice.currentText()))
        self.new_button.clicked.connect(self.new_requested)
        self.rename_button.clicked.connect(self.rename_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.export_docx.clicked.connect(lambda: self.export_requested.emit("docx"))
        self.export_pdf.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.export_md.clicked.connect(lambda: self.export_requested.emit("md"))
        self.print_button.clicked.connect(self.print_requested)
        QShortcut(QKeySequence("Alt+Up"), self.tree, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Alt+Down"), self.tree, lambda: self.move_current(1))

    # -- showing

    def set_locked(self, message: str, mine: str = "") -> None:
        """``message``: someone else is editing this briefing: it is shown read-only (it can
        still be exported and printed). ``mine``: the user holds the lock (said, not locked)."""
        for line in (self.title, self.subtitle, self.author, self.date):
            line.setReadOnly(bool(message))
        for widget in (self.page_size, self.add_section_button, self.add_note_button, self.remove_button,
                       self.up_button, self.down_button, self.rename_button, self.delete_button):
            widget.setEnabled(not message)
        self.tree.setEnabled(not message)
        self.tree.setAcceptDrops(not message)
        self.lock.setText(message or mine)
        set_tone(self.lock, "error" if message else "muted")
        self.lock.setVisible(bool(message or mine))

    def show_names(self, names: list[str], current: str) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItems(names)
        self.choice.setCurrentText(current)
        self.choice.blockSignals(False)
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(bool(names))

    def show_briefing(self, briefing: Briefing) -> None:
        self._loading = True
        try:
            for widget, text in ((self.title, briefing.title), (self.subtitle, briefing.subtitle),
                                 (self.author, briefing.author), (self.date, briefing.date)):
                if widget.text() != text:
                    widget.setText(text)
            size = self.page_size.findData(briefing.page_size)
            if size >= 0:
                self.page_size.setCurrentIndex(size)
            self.tree.clear()
            for section in briefing.sections:
                top = self._section_item(section.name)
                for item in section.items:
                    self._item(top, item)
            self.tree.expandAll()
            self.hint.setVisible(not briefing.items())
        finally:
            self._loading = False

    def show_pages(self, images: list[QImage]) -> None:
        while self.pages_layout.count():
            taken = self.pages_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        for number, image in enumerate(images, 1):
            page = QLabel(self.pages)
            page.setPixmap(QPixmap.fromImage(image))
            page.setAccessibleName(translate("BriefingPane", "Page {number} of {count}").format(
                number=number, count=len(images)))
            page.setStyleSheet("border: 1px solid #999; background: white")
            self.pages_layout.addWidget(page)

    def _section_item(self, name: str) -> QTreeWidgetItem:
        top = QTreeWidgetItem(self.tree, [name or translate("BriefingPane", "Untitled section")])
        flags = top.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDropEnabled
        top.setFlags(flags)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        return top

    def _item(self, parent: QTreeWidgetItem, item: Item) -> QTreeWidgetItem:
        node = QTreeWidgetItem(parent, [describe(item)])
        node.setData(0, ItemRole, item.to_dict())
        node.setFlags((node.flags() | Qt.ItemFlag.ItemIsDragEnabled) & ~Qt.ItemFlag.ItemIsDropEnabled)
        return node

    # -- reading back

    def briefing(self) -> Briefing:
        sections = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.top(i)
            items = []
            for j in range(top.childCount()):
                child = top.child(j)
                data = dict((child.data(0, ItemRole) if child is not None else None) or {})
                kind = data.pop("type", "note")
                items.append(Item(kind, data))
            sections.append(Section(top.text(0), items))
        return Briefing(self.title.text() or translate("BriefingPane", "Briefing"), self.subtitle.text(),
                        self.author.text(), self.date.text(), str(self.page_size.currentData()), sections)

    # -- editing

    def _edited(self) -> None:
        if not self._loading:
            self.hint.setVisible(not self.briefing().items())
            self.changed.emit()

    def add_section(self, name: str = "") -> None:
        top = self._section_item(name or translate("BriefingPane", "Section {number}").format(
            number=self.tree.topLevelItemCount() + 1))
        self.tree.setCurrentItem(top)
        self._edited()

    def add_item(self, item: Item) -> None:
        """Into the current section (the last one; a first section is made when there is none)."""
        current = self.tree.currentItem()
        if current is not None and current.parent() is not None:
            current = current.parent()
        if current is None:
            count = self.tree.topLevelItemCount()
            current = self.tree.top(count - 1) if count else self._section_item(
                translate("BriefingPane", "Section {number}").format(number=1))
        node = self._item(current, item)
        current.setExpanded(True)
        self.tree.setCurrentItem(node)
        self._edited()

    def remove_current(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(current))
        else:
            parent.removeChild(current)
        self._edited()

    def move_current(self, step: int) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            index = self.tree.indexOfTopLevelItem(current)
            target = index + step
            if 0 <= target < self.tree.topLevelItemCount():
                self.tree.takeTopLevelItem(index)
                self.tree.insertTopLevelItem(target, current)
        else:
            index = parent.indexOfChild(current)
            target = index + step
            if 0 <= target < parent.childCount():
                parent.takeChild(index)
                parent.insertChild(target, current)
        current.setExpanded(True)
        self.tree.setCurrentItem(current)
        self._edited()

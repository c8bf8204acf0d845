# mypy: disable-error-code="misc"
# (the methods take self: MainWindow, whose part they are: see collections_flow)
"""The window's side of briefings: the Briefing pane kept in step with the workspace (saved as
edited), pins added from the Pinboard, the preview drawn page by page after each change, and the
exports (Word, PDF, Markdown) and printing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from bri_desktop.briefing.spec import MAX_TEXT, Briefing, BriefingError, Item, Section, briefing_from_dict
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, number, translate
from bri_desktop.ui import settings as keys
from bri_desktop.ui import tasks
from bri_desktop.ui.file_choice import confirmed_path
from bri_desktop.ui.widgets.briefing_pane import BriefingPane
from bri_desktop.workspace import briefings as store

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow
    from bri_desktop.workspace.store import Pin

PREVIEW_DELAY_MS = 600  # after the last keystroke
FILTERS = {"docx": QT_TRANSLATE_NOOP("briefing_flow", "Word document (*.docx)"),
           "pdf": QT_TRANSLATE_NOOP("briefing_flow", "PDF document (*.pdf)"),
           "md": QT_TRANSLATE_NOOP("briefing_flow", "Markdown (*.md)")}


def item_of_pin(pin: Pin, views: dict[str, dict]) -> Item | None:
    """What a pin becomes in a briefing."""
    s = dict(pin.settings)
    if pin.what == "record" and pin.record_kind and pin.record_id:
        if pin.record_kind == "indicators":
            return Item("indicator", {"id": pin.record_id, "title": pin.title})
        return Item("record", {"kind": pin.record_kind, "id": pin.record_id, "title": pin.title})
    if pin.what == "chart":
        return Item("chart", {"measure": s.get("measure", "investment"), "dimension": s.get("dimension", "country"),
                              "breakdown": s.get("breakdown") or "", "filter": s.get("filter", {}),
                              "title": pin.title})
    if pin.what == "map":
        return Item("map", {"mode": s.get("mode", "geographic"), "selected": s.get("selected") or "",
                            "filter": s.get("filter", {}), "title": pin.title})
    if pin.what == "timeline":
        return Item("timeline", {k: s[k] for k in ("lanes", "start", "end", "filter") if k in s} | {"title": pin.title})
    if pin.what == "figures":
        return Item("figures", {"measure": s.get("measure", ""), "filter": s.get("filter", {}), "title": pin.title})
    if pin.what == "view":
        state = views.get(str(s.get("view", pin.title)))
        if state is None:
            return None
        return Item("table", {"kind": state.get("kind", "agreements"), "filter": state.get("filter", {}),
                              "name": pin.title, "title": pin.title})
    return None


class BriefingMixin:
    def _init_briefing(self: MainWindow) -> None:
        self.briefing_pane = BriefingPane(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.briefing_pane)
        self.briefing_pane.hide()
        self.briefing_name = ""
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        pane = self.briefing_pane
        pane.changed.connect(self._briefing_edited)
        pane.chosen.connect(self.open_briefing)
        pane.new_requested.connect(self.new_briefing)
        pane.rename_requested.connect(self.rename_briefing)
        pane.delete_requested.connect(self.delete_briefing)
        pane.export_requested.connect(self.export_briefing)
        pane.print_requested.connect(self.print_briefing)
        pane.add_note_requested.connect(self.add_briefing_note)
        pane.pins_dropped.connect(self.add_pins_to_briefing)
        pane.visibilityChanged.connect(lambda shown: shown and self._preview_timer.start())
        pane.visibilityChanged.connect(lambda _shown: self.lock_briefing(self.briefing_name))

    # -- which briefing

    def load_briefings(self: MainWindow) -> None:
        """After the workspace opens: show the first briefing (or none yet)."""
        if self.workspace is None:
            return
        saved = store.briefings(self.workspace)
        names = [b.name for b in saved]
        if self.briefing_name not in names:
            self.briefing_name = names[0] if names else ""
        self.briefing_pane.show_names(names, self.briefing_name)
        found = next((b for b in saved if b.name == self.briefing_name), None)
        try:
            briefing = briefing_from_dict(found.spec) if found else Briefing()
        except BriefingError as exc:  # kept as it is: what the user adds now is a briefing of its own
            self.statusBar().showMessage(translate(
                "BriefingMixin", "The briefing “{name}” cannot be read ({error}): it is left as it is, and what you "
                "add now goes into a new briefing.").format(name=self.briefing_name, error=exc), 20000)
            self.briefing_name = ""
            briefing = Briefing()
        self.briefing_pane.show_briefing(briefing)
        self._preview_timer.start()
        self.lock_briefing(self.briefing_name)  # a team's briefing: one editor at a time

    def open_briefing(self: MainWindow, name: str) -> None:
        self.briefing_name = name
        self.load_briefings()

    def _ensure_briefing(self: MainWindow) -> bool:
        if self.briefing_name:
            return True
        names = {b.name for b in store.briefings(self.workspace)} if self.workspace else set()
        count = 1
        while translate("BriefingMixin", "Briefing {number}").format(number=count) in names:
            count += 1
        self.briefing_name = translate("BriefingMixin", "Briefing {number}").format(number=count)
        return self._save_briefing()

    def _save_briefing(self: MainWindow) -> bool:
        spec = self.briefing_pane.briefing().to_dict()

        def save(ws) -> list[str]:
            store.save_briefing(ws, self.briefing_name, spec)
            return [b.name for b in store.briefings(ws)]

        names = self._workspace_call(save)
        if names is not None:
            self.briefing_pane.show_names(names, self.briefing_name)
        return names is not None

    def _briefing_edited(self: MainWindow) -> None:
        refused = self.workspace.opened.message if self.workspace is not None and self.workspace.read_only \
            else translate("BriefingMixin", "{name} is editing this briefing.").format(name=self.briefing_locked_by) \
            if self.briefing_locked_by else ""
        if refused:
            self.briefing_pane.status.setText(translate("BriefingMixin", "Not saved: {reason}").format(reason=refused))
            self.load_briefings()  # back to what is saved
            return
        try:  # what cannot be read back is not saved: the last good version stays
            briefing_from_dict(self.briefing_pane.briefing().to_dict())
        except BriefingError as exc:
            self.briefing_pane.status.setText(translate("BriefingMixin", "Not saved: {reason}").format(reason=exc))
            return
        if self._ensure_briefing():
            self._save_briefing()
        self._preview_timer.start()

    def new_briefing(self: MainWindow) -> None:
        self.briefing_name = ""
        self.briefing_pane.show_briefing(Briefing(sections=[Section(translate("BriefingMixin", "Section 1"))]))
        self._briefing_edited()

    def rename_briefing(self: MainWindow) -> None:
        if not self.briefing_name:
            return
        new, ok = QInputDialog.getText(self, translate("BriefingMixin", "Rename briefing"),
                                       translate("BriefingMixin", "New name:"), text=self.briefing_name)
        if ok and new.strip():
            renamed = self._workspace_call(lambda ws: store.rename_briefing(ws, self.briefing_name, new))
            if renamed:
                self.briefing_name = renamed
                self.load_briefings()

    def delete_briefing(self: MainWindow) -> None:
        if not self.briefing_name:
            return
        answer = QMessageBox.question(self, translate("BriefingMixin", "Delete briefing"), translate(
            "BriefingMixin", "Delete the briefing “{name}”? Its pins stay on the Pinboard.").format(
                name=self.briefing_name))
        if answer == QMessageBox.StandardButton.Yes:
            self._workspace_call(lambda ws: store.delete_briefing(ws, self.briefing_name))
            self.briefing_name = ""
            self.load_briefings()

    # -- contents

    def add_pins_to_briefing(self: MainWindow, pin_ids: list[int]) -> None:
        for pin_id in pin_ids:
            self.add_pin_to_briefing(pin_id)

    def add_pin_to_briefing(self: MainWindow, pin_id: int) -> None:
        pin = next((p for p in self.workspace.pins() if p.id == pin_id), None) if self.workspace else None
        if pin is None:
            return
        views = {v.name: v.state for v in self.workspace.views()} if self.workspace else {}
        item = item_of_pin(pin, views)
        if item is None:
            self.statusBar().showMessage(translate("BriefingMixin", "“{title}” cannot go into a briefing: its saved "
                                                   "view is gone.").format(title=pin.title), 8000)
            return
        self.briefing_pane.show()
        self.briefing_pane.raise_()
        self.briefing_pane.add_item(item)
        self.statusBar().showMessage(translate("BriefingMixin", "Added to the briefing “{name}”.").format(
            name=self.briefing_name), 5000)

    def add_briefing_note(self: MainWindow) -> None:
        text, ok = QInputDialog.getMultiLineText(self, translate("BriefingMixin", "Add a note"), translate(
            "BriefingMixin", "Your note (not cited; blank lines start new paragraphs):"))
        if ok and len(text.strip()) > MAX_TEXT:
            QMessageBox.information(self, translate("BriefingMixin", "Add a note"), translate(
                "BriefingMixin", "A note holds at most {most} characters; this one has {count}. Split it into "
                "several notes.").format(most=number(MAX_TEXT, 0), count=number(len(text.strip()), 0)))
        elif ok and text.strip():
            self.briefing_pane.add_item(Item("note", {"text": text.strip()}))

    # -- preview, export, print

    def _compose(self: MainWindow, then) -> None:
        spec = self.briefing_pane.briefing().to_dict()
        self.runner.submit("briefing", tasks.compose_briefing, self.dataset, spec, dt.date.today(),
                           on_result=then, on_error=self._failed("briefing"))

    def refresh_preview(self: MainWindow) -> None:
        if not self.briefing_pane.isVisible():
            return

        def show(document) -> None:
            from bri_desktop.ui.briefing_render import draw_figures, page_images

            draw_figures(document)
            images = page_images(document, dpi=64)
            self.briefing_pane.show_pages(images)
            cited, pages = len(document.endnotes), len(images)
            self.briefing_pane.status.setText(translate("BriefingMixin", "%n page(s), {sources} cited.", None,
                                                        pages).format(
                sources=translate("BriefingMixin", "%n source(s)", None, cited)))

        self._compose(show)

    def export_briefing(self: MainWindow, fmt: str, target: Path | None = None) -> None:
        if target is None:
            folder = self.settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
            stem = "".join(c if c.isalnum() or c in "-_ " else "-" for c in self.briefing_pane.briefing().title)
            title = translate("BriefingMixin", "Export briefing as {format}").format(format=fmt.upper())
            name, _ = QFileDialog.getSaveFileName(self, title,
                                                  str(Path(folder) / f"{stem.strip() or 'briefing'}.{fmt}"),
                                                  translate("briefing_flow", FILTERS[fmt]))
            if not name:
                return
            target = confirmed_path(self, name, fmt)
            if target is None:
                return
        self.settings.set(keys.LAST_EXPORT_DIR, str(target.parent))
        self.statusBar().showMessage(translate("BriefingMixin", "Writing the briefing to {file}…").format(file=target))

        def write(document) -> None:
            from bri_desktop.briefing import docx_out, markdown_out
            from bri_desktop.ui.briefing_render import draw_figures, write_pdf

            draw_figures(document)
            try:
                if fmt == "docx":
                    docx_out.write(document, target, dt.datetime.now().replace(microsecond=0))
                elif fmt == "md":
                    markdown_out.write(document, target)
                else:
                    write_pdf(document, target)
            except OSError as exc:
                QMessageBox.warning(self, translate("BriefingMixin", "Export failed"), translate(
                    "BriefingMixin", "{file}: {error}. Nothing was written.").format(file=target,
                                                                                     error=exc.strerror or exc))
                self.statusBar().clearMessage()
                return
            self.statusBar().showMessage(translate("BriefingMixin", "Briefing written to {file}").format(file=target),
                                         10000)

        self._compose(write)

    def print_briefing(self: MainWindow) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return

        def send(document) -> None:
            from bri_desktop.ui.briefing_render import draw_figures, print_to

            draw_figures(document)
            pages = print_to(document, printer)
            self.statusBar().showMessage(translate("BriefingMixin", "Briefing sent to the printer (%n page(s)).",
                                                   None, pages), 8000)

        self._compose(send)

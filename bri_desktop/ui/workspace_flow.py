# mypy: disable-error-code="misc"
# (the methods take self: MainWindow, whose part they are: mypy asks a mixin's self type to be
# a supertype of the mixin; it is the class it is mixed into)
"""The user's own layer in the window: pins and the Pinboard, notes and tags in the details
pane, saved views and view links, and carrying the workspace between laptops. A part of
MainWindow (a mixin), kept apart by responsibility.

The workspace is opened off the GUI thread at start-up (SQLAlchemy's import and the file's
upgrade stay off the start-up path); until it is open, pinning and notes wait. Its reads and
writes are single rows in a local SQLite file and run where the user acts, so a note saved is
saved before anything else happens; a failure says why and loses nothing typed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from bri_desktop import paths
from bri_desktop.core.filters import Filter, WorkspaceMarks
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.core.views import LinkError, ViewState, parse_link, view_from_dict, view_link, view_to_dict
from bri_desktop.db.kinds import VIEWS
from bri_desktop.ui import settings as keys
from bri_desktop.ui import tasks
from bri_desktop.ui.view_pins import VIEW_PINS
from bri_desktop.workspace.store import Marks, Pin, WorkspaceError
from bri_desktop.workspace.transfer import export_workspace, import_workspace

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow
    from bri_desktop.workspace.store import Workspace


# What Saved views > Manage… offers to do with a view (shown in the user's language)
VIEW_CHOICES = {"open": QT_TRANSLATE_NOOP("WorkspaceMixin", "Open"),
                "update": QT_TRANSLATE_NOOP("WorkspaceMixin", "Update with the current view"),
                "rename": QT_TRANSLATE_NOOP("WorkspaceMixin", "Rename…"),
                "delete": QT_TRANSLATE_NOOP("WorkspaceMixin", "Delete"),
                "pin": QT_TRANSLATE_NOOP("WorkspaceMixin", "Pin")}


class PinRemoval(QUndoCommand):
    """Removing a pin, undoable: Undo puts it back at its place."""

    def __init__(self, window: MainWindow, pin: Pin):
        super().__init__(translate("PinRemoval", "remove the pin “{title}”").format(title=pin.title[:40]))
        self.window, self.pin = window, pin

    def redo(self) -> None:
        self.window._workspace_call(lambda ws: ws.remove_pin(self.pin.id))
        self.window.refresh_pins()

    def undo(self) -> None:
        self.window._workspace_call(lambda ws: ws.restore_pin(self.pin))
        self.window.refresh_pins()


def snapshot_of(record: dict) -> dict:
    """What a pin keeps of its record, to show if a later dataset no longer has it."""
    keep = ("title", "name", "country", "date_text", "value_usd", "value_qualifier",
            "investment_usd", "investment_qualifier", "total_usd", "value", "unit", "period_label")
    return {k: record[k] for k in keep if record.get(k) not in (None, "")}


class WorkspaceMixin:
    workspace: Workspace | None
    _ws_marks: Marks

    # -- opening

    def _init_workspace(self: MainWindow) -> None:
        """Nothing open yet: the window works without a workspace until it is."""
        self.workspace = None
        self._ws_marks = Marks()
        self._note_key: tuple[str, str] | None = None
        self._missing_pins: dict[int, str] = {}

    def _open_workspace(self: MainWindow) -> None:
        text = self.team_address_text()
        if not (text and self._open_team_workspace(text)):
            self._open_own_workspace()

    def _open_own_workspace(self: MainWindow) -> None:
        self.runner.submit("workspace-open", tasks.open_workspace, paths.workspace_file(),
                           time_limit=0, on_result=self._on_workspace_opened,
                           on_error=self._failed("workspace-open"))

    def _on_workspace_opened(self: MainWindow, ws: Workspace) -> None:
        self.workspace = ws
        if ws.opened.message:
            self.statusBar().showMessage(ws.opened.message, 30000)
        self._ws_marks = ws.marks()
        self.refresh_pins()
        self._remark()
        self._show_note()
        self._update_workspace_actions()
        self.load_briefings()

    def _workspace_call(self: MainWindow, change):
        """Run ``change(workspace)``; a failure goes to the status bar, None returned."""
        if self.workspace is None:
            self.statusBar().showMessage(translate("WorkspaceMixin", "Your workspace is still opening: try again in "
                                                   "a moment."), 5000)
            return None
        try:
            result = change(self.workspace)
        except WorkspaceError as exc:
            self.statusBar().showMessage(str(exc), 15000)
            return None
        self.team_changed_here()
        return result

    def _update_workspace_actions(self: MainWindow) -> None:
        ready = self.workspace is not None and not self.workspace.read_only
        for name in ("pin", *(f"pin_{what}" for what in VIEW_PINS), "save_view", "import_workspace"):
            if name in self.acts:
                self.acts[name].setEnabled(ready)

    # -- marks: what the filters read of the workspace

    def _marks_for(self: MainWindow, flt: Filter) -> WorkspaceMarks:
        marks = self._ws_marks
        hits = frozenset(self.workspace.notes_matching(flt.search)) \
            if self.workspace is not None and flt.search else frozenset()
        return WorkspaceMarks(frozenset(marks.noted),
                              tuple((name, frozenset(keys)) for name, keys in sorted(marks.tagged.items())),
                              hits)

    def _marks_changed(self: MainWindow) -> None:
        """Notes or tags changed: the filters that read them are worked out again."""
        if self.workspace is not None:
            self._ws_marks = self.workspace.marks()
        self._remark()

    def _remark(self: MainWindow) -> None:
        marked = self.filter.with_marks(self._marks_for(self.filter))
        if marked != self.filter:
            self._apply_filter(marked)

    # -- pins

    def refresh_pins(self: MainWindow, reveal: bool = False) -> None:
        """Show the pins as stored; ``reveal`` opens the Pinboard (the user just pinned)."""
        if self.workspace is None:
            return
        pins = self.workspace.pins()
        if reveal:
            self.pinboard.show()
        self.pinboard.show_pins(pins, self._missing_pins)
        pinned = self.workspace.pinned_records()
        self.model.set_pinned({i for (k, i) in pinned if k == self.kind})
        self._update_pin_action()
        self.runner.submit("pins-check", tasks.missing_pins, self.dataset, pins,
                           on_result=self._on_missing_pins)

    def _on_missing_pins(self: MainWindow, missing: dict[int, str]) -> None:
        if missing != self._missing_pins:
            self._missing_pins = missing
            if self.workspace is not None:
                self.pinboard.show_pins(self.workspace.pins(), missing)

    def _update_pin_action(self: MainWindow) -> None:
        self.acts["pin"].setText(translate("WorkspaceMixin", "Un&pin this record") if self._open_pin_id()
                                 else translate("WorkspaceMixin", "&Pin this record"))

    def _open_pin_id(self: MainWindow) -> int | None:
        record = self.details.record
        if self.workspace is None or not record:
            return None
        return self.workspace.pinned_records().get((record["kind"], record["id"]))

    def toggle_pin(self: MainWindow) -> None:
        """Ctrl+D: pin the open record, or take it off the Pinboard."""
        record = self.details.record
        if not record:
            self.statusBar().showMessage(translate("WorkspaceMixin", "Open a record first: then Ctrl+D pins it."), 5000)
            return
        pin_id = self._open_pin_id()
        if pin_id is not None:
            pin = next((p for p in self._workspace_call(lambda ws: ws.pins()) or [] if p.id == pin_id), None)
            if pin is not None:
                self.undo_stack.push(PinRemoval(self, pin))
            return
        title = str(record.get("title") or record.get("name") or record["id"])
        self._workspace_call(lambda ws: ws.add_pin("record", title, (record["kind"], record["id"]),
                                                   snapshot=snapshot_of(record),
                                                   dataset_version=self.dataset.version))
        self.refresh_pins(reveal=True)
        self.statusBar().showMessage(translate("WorkspaceMixin", "Pinned “{title}”.").format(title=title[:60]), 5000)

    def pin_view(self: MainWindow, name: str) -> None:
        self._workspace_call(lambda ws: ws.add_pin("view", name, settings={"view": name},
                                                   dataset_version=self.dataset.version))
        self.refresh_pins(reveal=True)

    def remove_pin(self: MainWindow, pin_id: int) -> None:
        pin = next((p for p in self._workspace_call(lambda ws: ws.pins()) or [] if p.id == pin_id), None)
        if pin is not None:
            self.undo_stack.push(PinRemoval(self, pin))

    def reorder_pins(self: MainWindow, pin_ids: list[int]) -> None:
        self._workspace_call(lambda ws: ws.reorder_pins(pin_ids))

    def open_pin(self: MainWindow, pin_id: int) -> None:
        pin = next((p for p in self._workspace_call(lambda ws: ws.pins()) or [] if p.id == pin_id), None)
        if pin is None:
            return
        settings = pin.settings
        if pin.what == "record" and pin.key:
            if pin.id in self._missing_pins:
                self.details.show_snapshot(pin.title, pin.snapshot, self._missing_pins[pin.id])
                return
            self.open_record(*pin.key)
        elif pin.what in VIEW_PINS:
            self.open_view_pin(pin)
        elif pin.what == "view":
            self.open_saved_view(str(settings.get("view", pin.title)))

    # -- notes and tags

    def _show_note(self: MainWindow) -> None:
        record = self.details.record
        key = (record["kind"], record["id"]) if record else None
        ws = self.workspace
        if key is None or ws is None:
            self.details.note_box.show_for(None)
            self._note_key = None
            return
        note = ws.note(key)
        self.details.note_box.show_for(key, note.text if note else "",
                                       _when(note.updated_at) if note else "", ws.tags_of(key),
                                       ws.tags(), note.conflict_text if note else None, ws.read_only)
        self._note_key = key
        self._update_pin_action()

    def save_note(self: MainWindow, text: str) -> None:
        key, ws = self._note_key, self.workspace
        if key is None or ws is None:
            return
        try:
            note = ws.set_note(key, text)
        except WorkspaceError as exc:
            self.details.note_box.failed(str(exc))
            return
        self.details.note_box.saved(note.text if note else "", _when(note.updated_at) if note else "")
        self._marks_changed()
        self.team_changed_here()

    def resolve_note(self: MainWindow, text: str) -> None:
        key = self._note_key
        if key is None:
            return
        if self._workspace_call(lambda ws: ws.resolve_note(key, text) or True):
            self._show_note()
            self._marks_changed()

    def add_tag(self: MainWindow, name: str) -> None:
        key = self._note_key
        if key is not None and self._workspace_call(lambda ws: ws.tag(key, name) or True):
            self._after_tags_changed(key)

    def remove_tag(self: MainWindow, name: str) -> None:
        key = self._note_key
        if key is not None and self._workspace_call(lambda ws: ws.untag(key, name) or True):
            self._after_tags_changed(key)

    def _after_tags_changed(self: MainWindow, key: tuple[str, str]) -> None:
        ws = self.workspace
        if ws is not None:
            self.details.note_box.show_tags(ws.tags_of(key), ws.tags())
        self._marks_changed()

    def rename_tag(self: MainWindow) -> None:
        """Edit > Rename tag: renaming to a tag's name merges the two."""
        ws = self.workspace
        if ws is None or not ws.tags():
            self.statusBar().showMessage(translate("WorkspaceMixin", "There are no tags yet: add one in the details "
                                                   "pane."), 5000)
            return
        old, ok = QInputDialog.getItem(self, translate("WorkspaceMixin", "Rename tag"),
                                       translate("WorkspaceMixin", "Tag:"), ws.tags(), 0, False)
        if not ok:
            return
        new, ok = QInputDialog.getText(self, translate("WorkspaceMixin", "Rename tag"), translate(
            "WorkspaceMixin", "New name for “{tag}” (the name of another tag merges the two):").format(tag=old),
            text=old)
        if ok and self._workspace_call(lambda w: w.rename_tag(old, new) or True):
            if self.filter.tags & {old}:
                self.set_filter(self.filter.with_values("tag", (self.filter.tags - {old}) | {new}))
            self._marks_changed()
            self._show_note()

    # -- saved views and links

    def current_view(self: MainWindow) -> ViewState:
        query = self.model.query
        columns = tuple(self.model.kind.columns[i].key for i in self.table.visible_columns())
        measure, dimension, breakdown = self.chart.current()
        record = self.open_ref[1] if self.open_ref and self.open_ref[0] == self.kind else ""
        return ViewState(self.kind, self.filter, query.sort if query else None,
                         query.descending if query else None, columns,
                         (measure, dimension, breakdown or ""), self.corridors.current_mode(),
                         self.views.currentIndex(), record)

    def apply_view(self: MainWindow, view: ViewState) -> None:
        self._navigate(view.kind, view.filter.with_marks(self._marks_for(view.filter)),
                       view.record or "", translate("WorkspaceMixin", "open a saved view"))
        if view.sort:
            self.model.set_query(view.kind, self.filter, view.sort, view.descending)
        if view.columns:
            self.table.show_columns(list(view.columns))
        for box, value in ((self.chart.measure, view.chart[0]), (self.chart.dimension, view.chart[1]),
                           (self.chart.breakdown, view.chart[2] or None)):
            index = box.findData(value)
            if index >= 0:
                box.setCurrentIndex(index)
        index = self.corridors.mode.findData(view.map_mode)
        if index >= 0:
            self.corridors.mode.setCurrentIndex(index)
        self.views.setCurrentIndex(view.tab if view.tab < self.views.count() else 0)

    def save_view_as(self: MainWindow) -> None:
        name, ok = QInputDialog.getText(self, translate("WorkspaceMixin", "Save view"), translate(
            "WorkspaceMixin", "Name of this view (the kind, search, filters, sort, columns, chart and map):"))
        if ok and name.strip():
            self.save_view(name)

    def save_view(self: MainWindow, name: str) -> None:
        saved = self._workspace_call(lambda ws: ws.save_view(name, view_to_dict(self.current_view())))
        if saved is not None:
            self.saved_views.show_views([v.name for v in self.workspace.views()] if self.workspace else [])
            self.statusBar().showMessage(translate("WorkspaceMixin", "Saved the view “{name}”.").format(
                name=saved.name), 5000)

    def open_saved_view(self: MainWindow, name: str) -> None:
        views = self._workspace_call(lambda ws: ws.views()) or []
        found = next((v for v in views if v.name == name), None)
        if found is None:
            self.statusBar().showMessage(translate("WorkspaceMixin", "There is no saved view “{name}” any "
                                                   "more.").format(name=name), 8000)
            return
        try:
            self.apply_view(view_from_dict(found.state, set(VIEWS)))
        except LinkError as exc:
            self.statusBar().showMessage(translate("WorkspaceMixin", "The saved view “{name}” cannot be opened: "
                                                   "{error}").format(name=name, error=exc), 10000)

    def manage_views(self: MainWindow) -> None:
        views = self._workspace_call(lambda ws: ws.views()) or []
        if not views:
            self.statusBar().showMessage(translate("WorkspaceMixin", "No saved views yet: View > Saved views > Save "
                                                   "this view."), 6000)
            return
        names = [v.name for v in views]
        name, ok = QInputDialog.getItem(self, translate("WorkspaceMixin", "Saved views"),
                                        translate("WorkspaceMixin", "View:"), names, 0, False)
        if not ok:
            return
        texts = [translate("WorkspaceMixin", text) for text in VIEW_CHOICES.values()]
        shown, ok = QInputDialog.getItem(self, translate("WorkspaceMixin", "Saved view “{name}”").format(name=name),
                                         translate("WorkspaceMixin", "Do:"), texts, 0, False)
        if not ok or shown not in texts:
            return
        choice = list(VIEW_CHOICES)[texts.index(shown)]  # by its place: the text is in the user's language
        if choice == "open":
            self.open_saved_view(name)
        elif choice == "update":
            self.save_view(name)
        elif choice == "rename":
            new, ok = QInputDialog.getText(self, translate("WorkspaceMixin", "Rename saved view"),
                                           translate("WorkspaceMixin", "New name:"), text=name)
            if ok:
                self._workspace_call(lambda ws: ws.rename_view(name, new))
        elif choice == "delete":
            self._workspace_call(lambda ws: ws.delete_view(name))
        elif choice == "pin":
            self.pin_view(name)
        self.saved_views.show_views([v.name for v in self.workspace.views()] if self.workspace else [])

    def copy_view_link(self: MainWindow) -> str:
        link = view_link(self.current_view())
        QGuiApplication.clipboard().setText(link)
        self.statusBar().showMessage(translate("WorkspaceMixin", "A link to this view is on the clipboard: paste it "
                                               "into an e-mail; it opens with File > Open link."), 8000)
        return link

    def open_link(self: MainWindow, text: str | None = None) -> None:
        if text is None:
            text, ok = QInputDialog.getText(self, translate("WorkspaceMixin", "Open link"),
                                            translate("WorkspaceMixin", "Paste a BRI Desktop view link:"),
                                            text=QGuiApplication.clipboard().text()[:20000])
            if not ok:
                return
        try:
            view = parse_link(text, set(VIEWS))
        except LinkError as exc:
            QMessageBox.warning(self, translate("WorkspaceMixin", "Open link"), str(exc))
            return
        self.apply_view(view)

    # -- the workspace file

    def export_workspace_file(self: MainWindow, target: Path | None = None) -> None:
        if self.workspace is None:
            return
        if target is None:
            folder = self.settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
            name, _ = QFileDialog.getSaveFileName(self, translate("WorkspaceMixin", "Export workspace"),
                                                  str(Path(folder) / "workspace.briws.json"),
                                                  _workspace_filter())
            if not name:
                return
            target = Path(name)
        try:
            export_workspace(self.workspace, target)
        except (OSError, WorkspaceError) as exc:
            QMessageBox.warning(self, translate("WorkspaceMixin", "Export workspace"),
                                translate("WorkspaceMixin", "Could not write {file}: {error}").format(
                                    file=target, error=exc))
            return
        self.statusBar().showMessage(translate("WorkspaceMixin", "Workspace written to {file}").format(
            file=target), 8000)

    def import_workspace_file(self: MainWindow, source: Path | None = None) -> None:
        if self.workspace is None:
            return
        if source is None:
            folder = self.settings.get(keys.LAST_EXPORT_DIR) or str(Path.home())
            name, _ = QFileDialog.getOpenFileName(self, translate("WorkspaceMixin", "Import workspace"), folder,
                                                  _workspace_filter())
            if not name:
                return
            source = Path(name)
        try:
            report = import_workspace(self.workspace, source)
        except WorkspaceError as exc:
            QMessageBox.warning(self, translate("WorkspaceMixin", "Import workspace"),
                                translate("WorkspaceMixin", "{error} Your workspace is as it was.").format(error=exc))
            return
        self._marks_changed()
        self.refresh_pins()
        self.saved_views.show_views([v.name for v in self.workspace.views()])
        self._show_note()
        self.statusBar().showMessage(report.text(), 15000)


def _workspace_filter() -> str:
    return translate("workspace_flow", "BRI Desktop workspace (*.briws.json *.json)")


def _when(stamp: str) -> str:
    """"2 Dec 2026, 14:05" (local time) from a UTC stamp."""
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone()
    except ValueError:
        return stamp
    return f"{moment.day} {moment.strftime('%b %Y, %H:%M')}"

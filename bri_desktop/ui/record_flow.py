# mypy: disable-error-code="misc"
# (the methods take self: MainWindow, whose part they are: mypy asks a mixin's self type to be
# a supertype of the mixin; it is the class it is mixed into)
"""The open record and the way back: what the details pane shows, how links are followed, and
Back/Forward and Undo over filters. A part of MainWindow (a mixin), kept apart by responsibility.

- The details pane shows a record the filters keep: after every filter change the open record
  is checked, and when the filters now hide it the pane says so instead of showing it (and the
  record comes back when the filters keep it again).
- Following a link to a record that the filters hide lifts exactly the filters in the way, and
  says which; Back or Undo restores them.
- A filter change the user makes is an undoable command (Edit > Undo); a change of kind or
  filter, or a followed link, is a place in the Back/Forward history.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QUrl
from PySide6.QtGui import QUndoCommand

from bri_desktop.core.filters import FACET_LABELS, Filter, facet_label
from bri_desktop.core.history import Place, describe_change
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.db.kinds import KINDS, VIEWS
from bri_desktop.db.queries import lacking
from bri_desktop.ui import tasks

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow

CRITERION_LABELS = {"search": QT_TRANSLATE_NOOP("record_flow", "Search"),  # beside FACET_LABELS: see _criteria
                    "value": QT_TRANSLATE_NOOP("record_flow", "Value"),
                    "date": QT_TRANSLATE_NOOP("record_flow", "Date")}


def _criteria(names: Iterable[str]) -> list[str]:
    """The filter criteria ``names`` as the chips name them, in the interface language."""
    return [translate("record_flow", CRITERION_LABELS[c]) if c in CRITERION_LABELS else facet_label(c)
            for c in names]


class FilterChange(QUndoCommand):
    """One filter change, undoable. Consecutive edits of the search text merge into one."""

    def __init__(self, window: MainWindow, old: Filter, new: Filter, text: str):
        super().__init__(text)
        self.window, self.old, self.new = window, old, new

    def _search_only(self) -> bool:
        return self.old.with_search("") == self.new.with_search("") and self.old.search != self.new.search

    def id(self) -> int:
        return 1 if self._search_only() else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FilterChange) or other.id() != 1 or other.old != self.new:
            return False
        self.new = other.new
        self.setText(other.text())
        return True

    def redo(self) -> None:
        self.window._apply_filter(self.new)

    def undo(self) -> None:
        self.window._apply_filter(self.old)



class RecordsMixin:
    open_ref: tuple[str, str] | None  # (kind, id) of the record in the details
    hidden_ref: tuple[str, str, str] | None  # (kind, id, title) of one the filters hid
    # ------------------------------------------------------------------ the open record

    def on_record_selected(self: MainWindow, record_id: str) -> None:
        """The table's current row changed (by click or keys): open it in the details."""
        if not record_id:
            return
        kind = self.kind
        if kind == "everything":  # its rows are "kind/id": each opens as its kind shows it
            kind, record_id = record_id.split("/", 1)
        if self.open_ref == (kind, record_id):
            return
        self._open(kind, record_id)
        if kind == self.kind:
            self.history.replace_record(record_id)

    def show_details(self: MainWindow, kind: str, record_id: str) -> None:
        """Open one record in the details pane (loaded off the GUI thread)."""
        self._open(kind, record_id)

    def _open(self: MainWindow, kind: str, record_id: str) -> None:
        self.open_ref = (kind, record_id)
        self.timeline.view.select((kind, record_id))
        self.hidden_ref = None
        self.details.set_checking(True)
        self.runner.submit("details", tasks.load_details, self.dataset, kind, record_id,
                           on_result=lambda record: self._on_details(kind, record_id, record),
                           on_error=self._failed("details"))

    def _on_details(self: MainWindow, kind: str, record_id: str, record: dict | None) -> None:
        if self.open_ref != (kind, record_id):
            return
        if record is None:
            self.details.show_missing(kind, record_id)
            self.open_ref = None
            return
        self.details.show_record(record, self.dataset.vocabulary)
        self._show_note()

    def _close_record(self: MainWindow) -> None:
        self.open_ref = None
        self.timeline.view.select(None)
        self.hidden_ref = None
        self.runner.cancel("details")
        self.details.show_record(None, {})
        self._show_note()

    def _check_open_record(self: MainWindow) -> None:
        """After a filter change: is the open record still one the filters keep? And does a
        record they hid until now pass them again (then it comes back)?"""
        if self.open_ref is None:
            if self.hidden_ref is not None:
                kind, record_id, _title = self.hidden_ref
                self.runner.submit("locate", tasks.locate, self.dataset, kind, record_id,
                                   self.filter, on_result=self._on_hidden_located,
                                   on_error=self._failed("locate"))
            return
        kind, record_id = self.open_ref
        self.details.set_checking(True)
        self.runner.submit("locate", tasks.locate, self.dataset, kind, record_id, self.filter,
                           on_result=self._on_located, on_error=self._failed("locate"))

    def _on_located(self: MainWindow, found: tasks.Located) -> None:
        if self.open_ref != (found.kind, found.record_id) or found.filter != self.filter:
            return
        if not found.failing:
            self.details.set_checking(False)
            return
        record = self.details.record or {}
        title = str(record.get("title") or record.get("name") or found.record_id)
        self.details.show_hidden(title, found.kind, found.record_id, _criteria(found.failing))
        self.open_ref = None
        self.hidden_ref = (found.kind, found.record_id, title)
        self._show_note()
        self.history.replace_record("")

    def _on_hidden_located(self: MainWindow, found: tasks.Located) -> None:
        hidden = self.hidden_ref
        if hidden is None or hidden[:2] != (found.kind, found.record_id) or found.filter != self.filter:
            return
        if found.failing:  # still hidden: say by what now
            self.details.show_hidden(hidden[2], found.kind, found.record_id, _criteria(found.failing))
            return
        self._open(found.kind, found.record_id)  # the filters keep it again: it comes back
        self._select_row(found.record_id)
        if found.kind == self.kind:
            self.history.replace_record(found.record_id)

    def open_record(self: MainWindow, kind: str, record_id: str) -> None:
        """Follow a link to a record: lift the filters that hide it, show it, select its row."""
        self.runner.submit("open", tasks.locate, self.dataset, kind, record_id, self.filter,
                           on_result=self._on_open_located, on_error=self._failed("open"))

    def _on_open_located(self: MainWindow, found: tasks.Located) -> None:
        if not found.exists:
            self.details.show_missing(found.kind, found.record_id)
            return
        if found.filter != self.filter:  # the filter changed meanwhile: check again
            self.open_record(found.kind, found.record_id)
            return
        lifted = ", ".join(_criteria(found.failing))
        noun = KINDS[found.kind].singular if found.kind in KINDS else found.kind
        text = translate("RecordsMixin", "show the {record}: lift {filters}").format(
            record=noun, filters=lifted) if lifted else ""
        self._navigate(found.kind, self.filter.without_criteria(list(found.failing)), found.record_id,
                       text)
        if lifted:
            if len(found.failing) == 1:
                notice = translate("RecordsMixin", "Lifted {filters} to show this {record}. "
                                                   "Back (Alt+Left) or Undo restores it.")
            else:
                notice = translate("RecordsMixin", "Lifted {filters} to show this {record}. "
                                                   "Back (Alt+Left) or Undo restores them.")
            self.chips.set_notice(notice.format(filters=lifted, record=noun))

    def _navigate(self: MainWindow, kind: str, flt: Filter, record_id: str | None, text: str = "") -> None:
        """Go to one place (kind, filter, record) as one step of the history. ``record_id``
        None keeps the details pane as it is; "" closes it."""
        self._restoring = True
        try:
            if kind != self.kind:
                self._switch_kind(kind)
            if flt != self.filter:
                label = text or describe_change(self.filter, flt, self._label_of)
                self.undo_stack.push(FilterChange(self, self.filter, flt, label))
            if record_id:
                self._open(kind, record_id)
                self._select_row(record_id)
            elif record_id == "":
                self._close_record()
        finally:
            self._restoring = False
        self._visit()

    def _select_row(self: MainWindow, record_id: str) -> None:
        row = self.model.row_of(record_id) if self.model.query and \
            self.model.query.filter == self.filter and self.model.kind.name == self.kind else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # ------------------------------------------------------------------ links

    def on_details_link(self: MainWindow, url: QUrl) -> None:
        """A bri: link in the details, the article or the empty table: a record, a filter, a kind,
        related records, an article, or Clear all."""
        parts = url.toString().removeprefix("bri:").split("/")
        action = parts[0]
        if action == "clear":
            self.clear_filters()
        elif action == "kind" and len(parts) == 2 and parts[1] in VIEWS:
            self.set_kind(parts[1])
        elif action == "filter" and len(parts) == 3 and parts[1] in FACET_LABELS:
            self.set_filter(self.filter.with_values(parts[1], {unquote(parts[2])}))
        elif action == "record" and len(parts) == 3 and parts[1] in KINDS:
            self.open_record(parts[1], unquote(parts[2]))
        elif action == "article" and len(parts) in (2, 4):
            focus = (parts[2], unquote(parts[3])) if len(parts) == 4 and parts[2] in KINDS else None
            self.show_article(unquote(parts[1]), focus)
        elif action == "figures" and len(parts) == 2:
            self.show_measure(unquote(parts[1]))
        elif action == "related" and len(parts) == 4 and parts[1] in KINDS and parts[2] in FACET_LABELS:
            flt = Filter().with_values(parts[2], {unquote(parts[3])})
            self._navigate(parts[1], flt, "")

    # ------------------------------------------------------------------ history

    def _visit(self: MainWindow) -> None:
        if self._restoring or not self.kind:
            return
        record = self.open_ref[1] if self.open_ref and self.open_ref[0] == self.kind else ""
        self.history.visit(Place(self.kind, self.filter, record))
        self._update_actions()

    def go_back(self: MainWindow) -> None:
        place = self.history.back()
        if place is not None:
            self._restore_place(place)

    def go_forward(self: MainWindow) -> None:
        place = self.history.forward()
        if place is not None:
            self._restore_place(place)

    def _restore_place(self: MainWindow, place: Place) -> None:
        self._restoring = True
        try:
            self.chips.set_notice("")
            if place.kind != self.kind:
                self._switch_kind(place.kind)
            if place.filter.with_marks(self.filter.marks) != self.filter:  # Undo can undo it
                self.undo_stack.push(FilterChange(self, self.filter, place.filter,
                                                  describe_change(self.filter, place.filter, self._label_of)))
            if place.record:
                self._open(place.kind, place.record)
                self._select_row(place.record)
            else:
                self._close_record()
        finally:
            self._restoring = False
        self._update_actions()

    def _update_actions(self: MainWindow) -> None:
        if not hasattr(self, "acts"):
            return
        self.acts["back"].setEnabled(self.history.can_go_back())
        self.acts["forward"].setEnabled(self.history.can_go_forward())

    def _show_empty_state(self: MainWindow) -> None:
        """An empty table says so, and where the filters do find records."""
        query = self.model.query
        if query is None or query.filter != self.filter or self.model.matched or self.model.rowCount():
            self.table.show_empty("")
            return
        parts = [translate("RecordsMixin", "No records match the filters.") if self.kind == "everything" else
                 translate("RecordsMixin", "No {records} match the filters.").format(
                     records=VIEWS[self.kind].label.lower())]
        # only kinds the whole filter applies to: no "matches" that only ignore a filter
        others = [(k, n) for k, n in self.kind_counts.items()
                  if n and k != self.kind and not lacking(KINDS[k], self.filter)]
        if others:
            links = ", ".join(f"<a href='bri:kind/{k}'>{KINDS[k].count_text(n)}</a>" for k, n in others[:4])
            parts.append(translate("RecordsMixin", "They do match {links}.").format(links=links))
        if not self.filter.is_empty():
            parts.append(translate("RecordsMixin", "<a href='bri:clear'>Clear all filters</a> or Undo (Ctrl+Z)."))
        self.table.show_empty(" ".join(parts))

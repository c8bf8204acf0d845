"""Back and Forward over what the user looked at: the kind, the filter and the record (no Qt).

A new place is visited when the kind or the filter changes or a link is followed; moving the
selection within one table only updates the record of the current place, so Back returns to
the previous filter or kind with the record that was open there.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bri_desktop.core.filters import FACET_LABELS, Filter, facet_label
from bri_desktop.core.i18n import translate


@dataclass(frozen=True)
class Place:
    kind: str
    filter: Filter = field(default_factory=Filter)
    record: str = ""  # the record open in the details pane, of ``kind``


class History:
    def __init__(self, limit: int = 200):
        self.limit = limit
        self.current: Place | None = None
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def visit(self, place: Place) -> None:
        if place == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[:-self.limit]
        self._forward.clear()
        self.current = place

    def replace_record(self, record: str) -> None:
        if self.current is not None:
            self.current = replace(self.current, record=record)

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> Place | None:
        if not self._back or self.current is None:
            return None
        self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> Place | None:
        if not self._forward or self.current is None:
            return None
        self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current


def describe_change(old: Filter, new: Filter, label_of=lambda facet, value: str(value)) -> str:
    """What a filter change did, for Edit > Undo: "add Country: Kazakhstan", "search “Huawei”"."""
    if new.is_empty() and not old.is_empty():
        return translate("history", "clear all filters")
    changes: list[str] = []
    if old.search != new.search:
        changes.append(translate("history", "search “{text}”").format(text=new.search) if new.search
                       else translate("history", "clear the search"))
    for facet in FACET_LABELS:
        added = new.selected(facet) - old.selected(facet)
        removed = old.selected(facet) - new.selected(facet)
        add, remove = translate("history", "add {facet}: {value}"), translate("history", "remove {facet}: {value}")
        changes += [add.format(facet=facet_label(facet), value=label_of(facet, v)) for v in sorted(added, key=str)]
        changes += [remove.format(facet=facet_label(facet), value=label_of(facet, v))
                    for v in sorted(removed, key=str)]
    if (old.value_min, old.value_max) != (new.value_min, new.value_max):
        changes.append(translate("history", "change the value range"))
    if (old.date_from, old.date_to) != (new.date_from, new.date_to):
        changes.append(translate("history", "change the date range"))
    if not changes:
        return translate("history", "change filters")
    if len(changes) == 1:
        return changes[0]
    more = len(changes) - 1
    return translate("history", "{change} and %n more", None, more).format(change=changes[0])

"""Back and Forward over what the user looked at: the kind, the filter and the record (no Qt).

A new place is visited when the kind or the filter changes or a link is followed; moving the
selection within one table only updates the record of the current place, so Back returns to
the previous filter or kind with the record that was open there.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bri_desktop.core.filters import FACET_LABELS, Filter


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
        return "clear all filters"
    changes: list[str] = []
    if old.search != new.search:
        changes.append(f"search “{new.search}”" if new.search else "clear the search")
    for facet, label in FACET_LABELS.items():
        added = new.selected(facet) - old.selected(facet)
        removed = old.selected(facet) - new.selected(facet)
        changes += [f"add {label}: {label_of(facet, v)}" for v in sorted(added, key=str)]
        changes += [f"remove {label}: {label_of(facet, v)}" for v in sorted(removed, key=str)]
    if (old.value_min, old.value_max) != (new.value_min, new.value_max):
        changes.append("change the value range")
    if (old.date_from, old.date_to) != (new.date_from, new.date_to):
        changes.append("change the date range")
    if not changes:
        return "change filters"
    return changes[0] if len(changes) == 1 else f"{changes[0]} and {len(changes) - 1} more"

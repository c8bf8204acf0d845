"""The sums and counts a chart is drawn from, as the db layer hands them over (no SQL, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bri_desktop.core.filters import Filter


@dataclass(frozen=True)
class Group:
    kind: str  # "agreements" or "projects"
    key: object  # dimension value (None: not stated)
    part: object  # breakdown value, or None
    records: int
    with_value: int
    value: float
    qualified: int = 0  # values stated with a qualifier (over, about, ...)
    collection: str = "curated"  # where the records come from: never summed with another
    not_summed: int = 0  # records with a value listed but never summed (troubled, not for aggregates)


@dataclass
class Aggregate:
    dimension: str
    breakdown: str | None
    filter: Filter
    groups: list[Group] = field(default_factory=list)
    packages: list[dict] = field(default_factory=list)
    totals: dict[str, dict[str, int]] = field(default_factory=dict)  # kind -> records, with_value
    not_applied: dict[str, list[str]] = field(default_factory=dict)  # kind -> facets it lacks
    counted: float = 1.0  # the share of the matches counted so far (1: exact; see db.slices)

    @property
    def exact(self) -> bool:
        return self.counted >= 1.0

    def add(self, more: Aggregate) -> None:
        """Add the sums and counts of another slice of the same filter's matches."""
        by_key = {(g.kind, g.key, g.part, g.collection): g for g in self.groups}
        for g in more.groups:
            key = (g.kind, g.key, g.part, g.collection)
            old = by_key.get(key)
            by_key[key] = g if old is None else replace(
                old, records=old.records + g.records, with_value=old.with_value + g.with_value,
                value=old.value + g.value, qualified=old.qualified + g.qualified,
                not_summed=old.not_summed + g.not_summed)
        self.groups = list(by_key.values())
        for kind, totals in more.totals.items():
            mine = self.totals.setdefault(kind, dict.fromkeys(totals, 0))
            for name, number in totals.items():
                mine[name] = mine.get(name, 0) + number
        self.not_applied = more.not_applied
        self.packages = more.packages
        self.counted = more.counted

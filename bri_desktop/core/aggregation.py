"""The sums and counts a chart is drawn from, as the db layer hands them over (no SQL, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

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

"""The one value object that describes what the user is looking at."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

# Facet name -> the Filter field holding its selected values.
FACETS = {
    "country": "countries",
    "sector": "sectors",
    "doc_type": "doc_types",
    "event": "events",
    "year": "years",
    "status": "statuses",
    "organization": "organizations",
    "kind": "kinds",
    "mode": "modes",
    "corridor": "corridors",
}
FACET_LABELS = {
    "country": "Country",
    "sector": "Sector",
    "doc_type": "Document type",
    "event": "Event",
    "year": "Year",
    "status": "Status",
    "organization": "Organization",
    "kind": "Kind",
    "mode": "Mode",
    "corridor": "Corridor",
}


@dataclass(frozen=True)
class Filter:
    """Selections combine with OR inside a facet and with AND across facets."""

    search: str = ""
    countries: frozenset[str] = field(default_factory=frozenset)
    sectors: frozenset[str] = field(default_factory=frozenset)
    doc_types: frozenset[str] = field(default_factory=frozenset)
    events: frozenset[str] = field(default_factory=frozenset)
    years: frozenset[int] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)
    organizations: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    modes: frozenset[str] = field(default_factory=frozenset)
    corridors: frozenset[str] = field(default_factory=frozenset)
    value_min: float | None = None
    value_max: float | None = None
    date_from: str | None = None  # ISO day, inclusive
    date_to: str | None = None

    def selected(self, facet: str) -> frozenset:
        return getattr(self, FACETS[facet])

    def with_values(self, facet: str, values: frozenset | set) -> Filter:
        changes: dict[str, Any] = {FACETS[facet]: frozenset(values)}
        return replace(self, **changes)

    def toggled(self, facet: str, value: object) -> Filter:
        current = set(self.selected(facet))
        current ^= {value}
        return self.with_values(facet, current)

    def without(self, facet: str) -> Filter:
        return self.with_values(facet, frozenset())

    def with_search(self, text: str) -> Filter:
        return replace(self, search=text.strip())

    def with_value_range(self, low: float | None, high: float | None) -> Filter:
        return replace(self, value_min=low, value_max=high)

    def with_date_range(self, start: str | None, end: str | None) -> Filter:
        return replace(self, date_from=start or None, date_to=end or None)

    def is_empty(self) -> bool:
        return self == Filter()

    def criteria(self) -> list[str]:
        """The parts of the filter in use: "search", facet names, "value" and "date"."""
        found = ["search"] if self.search else []
        found += [facet for facet in FACETS if self.selected(facet)]
        if self.value_min is not None or self.value_max is not None:
            found.append("value")
        if self.date_from or self.date_to:
            found.append("date")
        return found

    def without_criteria(self, names: list[str] | set[str]) -> Filter:
        """This filter with the named parts (see ``criteria``) lifted."""
        flt = self
        for name in names:
            if name == "search":
                flt = flt.with_search("")
            elif name == "value":
                flt = flt.with_value_range(None, None)
            elif name == "date":
                flt = flt.with_date_range(None, None)
            else:
                flt = flt.without(name)
        return flt

    def only(self, name: str) -> Filter:
        """A filter holding just the named part of this one."""
        return self.without_criteria([c for c in self.criteria() if c != name])

    def describe(self, labels: dict[str, dict] | None = None) -> str:
        """A plain-text summary for export stamps: 'country = KZ; sector = Energy'."""
        labels = labels or {}
        parts = []
        if self.search:
            parts.append(f'search = "{self.search}"')
        for facet in FACETS:
            values = self.selected(facet)
            if values:
                names = [str(labels.get(facet, {}).get(v, v)) for v in sorted(values, key=str)]
                parts.append(f"{facet} = {' or '.join(names)}")
        if self.value_min is not None or self.value_max is not None:
            parts.append(f"value USD {self.value_min or 0:g} to {self.value_max or 'any'}")
        if self.date_from or self.date_to:
            parts.append(f"date {self.date_from or '…'} to {self.date_to or '…'}")
        return "; ".join(parts) if parts else "none"

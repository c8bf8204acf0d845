"""The one value object that describes what the user is looking at."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from bri_desktop.core import i18n
from bri_desktop.core.dates import format_partial
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate, vocabulary_label
from bri_desktop.core.money import format_usd

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
    "tag": "tags",
    "note": "notes",
    "collection": "collections",
}
NOTE_VALUE = "with note"  # the one value of the "note" facet
# English; facet_label gives a facet's name in the interface language
FACET_LABELS = {
    "country": QT_TRANSLATE_NOOP("filters", "Country"),
    "sector": QT_TRANSLATE_NOOP("filters", "Sector"),
    "doc_type": QT_TRANSLATE_NOOP("filters", "Document type"),
    "event": QT_TRANSLATE_NOOP("filters", "Event"),
    "year": QT_TRANSLATE_NOOP("filters", "Year"),
    "status": QT_TRANSLATE_NOOP("filters", "Status"),
    "organization": QT_TRANSLATE_NOOP("filters", "Organization"),
    "kind": QT_TRANSLATE_NOOP("filters", "Kind"),
    "mode": QT_TRANSLATE_NOOP("filters", "Mode"),
    "corridor": QT_TRANSLATE_NOOP("filters", "Corridor"),
    "tag": QT_TRANSLATE_NOOP("filters", "Tag"),
    "note": QT_TRANSLATE_NOOP("filters", "Note"),
    "collection": QT_TRANSLATE_NOOP("filters", "Collection"),
}


def facet_label(facet: str) -> str:
    """"Country", "Sector"...: a facet's name in the interface language."""
    return translate("filters", FACET_LABELS.get(facet, facet))


Key = tuple[str, str]  # (record kind, record id)


@dataclass(frozen=True)
class WorkspaceMarks:
    """What the user's workspace says of records, for the filters that read it: which have a
    note, which carry each tag, and whose note the current search finds. Filled in by the
    window from the workspace; part of the filter's identity, so counts cached for old notes
    or tags are not reused."""

    noted: frozenset[Key] = frozenset()
    tagged: tuple[tuple[str, frozenset[Key]], ...] = ()
    note_hits: frozenset[Key] = frozenset()

    def ids(self, kind: str, keys: frozenset[Key]) -> list[str]:
        return sorted(i for k, i in keys if k == kind)

    def tag_names(self) -> list[str]:
        return [name for name, _keys in self.tagged]

    def tagged_ids(self, kind: str, names: frozenset[str]) -> list[str]:
        return sorted({i for name, keys in self.tagged if name in names for k, i in keys if k == kind})


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
    tags: frozenset[str] = field(default_factory=frozenset)
    notes: frozenset[str] = field(default_factory=frozenset)  # {NOTE_VALUE}: records with a note
    collections: frozenset[str] = field(default_factory=frozenset)  # "curated", or an import's id
    marks: WorkspaceMarks = field(default_factory=WorkspaceMarks)

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
        return not self.criteria()

    def with_marks(self, marks: WorkspaceMarks) -> Filter:
        return replace(self, marks=marks)

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
        """A plain-text summary for export stamps and captions: 'country = KZ; sector = Energy'
        (in another interface language, its words: 'Страна = Казахстан; Отрасль = Энергетика')."""
        labels = labels or {}
        english = i18n.language() == "en"  # English keeps the facets' own names, as stamps always had
        parts = []
        if self.search:
            parts.append(translate("filters", 'search = "{text}"').format(text=self.search))
        for facet in FACETS:
            values = self.selected(facet)
            if values:
                # a value with no label of its own (a sector) is the vocabulary's word
                names = [str(labels.get(facet, {}).get(v) or vocabulary_label(str(v))) for v in sorted(values, key=str)]
                parts.append(translate("filters", "{facet} = {values}").format(
                    facet=facet if english else facet_label(facet), values=translate("filters", " or ").join(names)))
        if self.value_min is not None or self.value_max is not None:
            high = format_usd(self.value_max) if self.value_max else translate("filters", "any")
            parts.append(translate("filters", "value {low} to {high}").format(low=format_usd(self.value_min or 0),
                                                                           high=high))
        if self.date_from or self.date_to:
            parts.append(translate("filters", "date {start} to {end}").format(
                start=format_partial(self.date_from) if self.date_from else "…",
                end=format_partial(self.date_to) if self.date_to else "…"))
        return "; ".join(parts) if parts else translate("filters", "none")


def filter_to_dict(flt: Filter) -> dict:
    """The filter as JSON-ready data (the workspace's marks are not part of it)."""
    out: dict[str, Any] = {}
    if flt.search:
        out["search"] = flt.search
    for facet, name in FACETS.items():
        values = flt.selected(facet)
        if values:
            out[name] = sorted(values, key=str)
    for name in ("value_min", "value_max", "date_from", "date_to"):
        if getattr(flt, name) is not None:
            out[name] = getattr(flt, name)
    return out


def filter_from_dict(data: object) -> Filter:
    """A filter from ``filter_to_dict``'s data; anything not understood is left out, never an
    error (a link or a saved view from another version still opens)."""
    if not isinstance(data, dict):
        return Filter()
    flt = Filter(search=str(data.get("search", ""))[:500])
    for facet, name in FACETS.items():
        values = data.get(name)
        if isinstance(values, list):
            kept = [v for v in values if isinstance(v, str | int) and not isinstance(v, bool)]
            if facet == "year":
                kept = [int(v) for v in kept if str(v).isdigit()]
            flt = flt.with_values(facet, frozenset(kept))
    low, high = data.get("value_min"), data.get("value_max")
    numbers = [v if isinstance(v, int | float) and not isinstance(v, bool) else None for v in (low, high)]
    flt = flt.with_value_range(*numbers)
    start, end = data.get("date_from"), data.get("date_to")
    return flt.with_date_range(start if isinstance(start, str) else None,
                               end if isinstance(end, str) else None)

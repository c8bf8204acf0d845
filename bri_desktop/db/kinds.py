"""What each record kind looks like to a query: its table, columns, facets and ranges.

Declared once here; the queries, the table models and the exports all read these specs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.core.kind_texts import COUNTS, OF_COUNTS


@dataclass(frozen=True)
class Column:
    key: str
    english: str  # the column's title in English (``label``: in the interface language)
    sql: str  # expression over the kind's table, aliased ``t``
    fmt: str = "text"  # how core.formatting shows it: text, usd, date, number, vocab:GROUP, ...
    sort_sql: str = ""  # expression to sort by when it differs from ``sql``
    default: bool = True  # shown unless the user hides it
    width: int = 120
    # Fields of ``t`` that the column's text needs beside its value (see core.formatting):
    qualifier: str = ""
    low: str = ""
    unit: str = ""
    end: str = ""
    context: str = "kinds"  # where its title is translated ("Value" of money and of a figure differ)

    @property
    def label(self) -> str:
        return translate(self.context, self.english)

    @property
    def extras(self) -> tuple[str, ...]:
        return tuple(f for f in (self.qualifier, self.low, self.unit, self.end) if f)

    @property
    def order_by(self) -> str:
        return self.sort_sql or self.sql


@dataclass(frozen=True)
class Facet:
    name: str
    sql: str = ""  # a column of ``t``; or empty for a link facet
    link_table: str = ""  # values held in a link table: link_key is the record's seq
    link_key: str = ""
    link_value: str = ""
    labels: str = ""  # vocabulary group, or "events" / "organizations" for names
    rollup_table: str = ""  # table with the kind's filter columns, one row per link value
    listed: bool = True  # shown with counts in the filter panel (False: a filter and a chip only)
    workspace: bool = False  # the values are the user's (tags, notes): see Filter.marks


@dataclass(frozen=True)
class Kind:
    name: str
    english: str  # plural, for the navigator: "Agreements" (``label``: in the interface language)
    singular_english: str
    table: str
    title_sql: str
    columns: tuple[Column, ...]
    facets: tuple[Facet, ...] = ()
    value_sql: str = ""  # USD column for the value range filter
    date_start_sql: str = ""
    date_end_sql: str = ""
    default_sort: str = ""

    @property
    def label(self) -> str:
        return translate("kinds", self.english)

    @property
    def singular(self) -> str:
        return translate("kinds", self.singular_english)

    def count_text(self, n: int) -> str:
        """"%n agreement(s)" in the interface language (its plural forms for ``n``)."""
        return translate("kinds", COUNTS.get(self.name, "%n record(s)"), None, n)

    def of_count_text(self, matched: str, n: int) -> str:
        """"15 of 42 agreements": ``matched`` (written) of ``n`` of the kind, the noun in the
        form each language gives it after "of" (Russian: "15 из 42 соглашений")."""
        return translate("kinds", OF_COUNTS.get(self.name, OF_COUNTS["everything"]), None, n).format(matched=matched)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def facet(self, name: str) -> Facet | None:
        return next((f for f in self.facets if f.name == name), None)


def _col(key: str, label: str, sql: str | None = None, **kw: object) -> Column:
    return Column(key, label, sql or f"t.{key}", **kw)  # type: ignore[arg-type]


_COUNTRY = Facet("country", "t.country", labels="countries")
_YEAR = Facet("year", "t.year")

KINDS: dict[str, Kind] = {}


# Every kind can be tagged and noted: these facets read the user's workspace (Filter.marks).
WORKSPACE_FACETS = (Facet("tag", workspace=True), Facet("note", workspace=True))
# Where a record comes from: the curated articles, or an imported dataset. Imports bring
# projects, organizations and their sources; every other kind is curated only, so selecting an
# import there leaves none (a constant, never listed with counts: nothing to count).
COLLECTION_KINDS = ("projects", "organizations", "sources")
COLLECTION = Facet("collection", "t.collection", labels="collections")
CURATED_ONLY = Facet("collection", "'curated'", labels="collections", listed=False)


def _register(kind: Kind) -> None:
    collection = COLLECTION if kind.name in COLLECTION_KINDS else CURATED_ONLY
    KINDS[kind.name] = replace(kind, facets=(collection, *kind.facets, *WORKSPACE_FACETS))


_register(Kind(
    "agreements", QT_TRANSLATE_NOOP("kinds", "Agreements"), QT_TRANSLATE_NOOP("kinds", "agreement"),
    "agreements", "t.title",
    columns=(
        _col("title", QT_TRANSLATE_NOOP("kinds", "Title"), width=420),
        _col("parties", QT_TRANSLATE_NOOP("kinds", "Parties"), "t.parties_text", width=260),
        _col("doc_type", QT_TRANSLATE_NOOP("kinds", "Document type"), fmt="vocab:doc_types", width=150),
        _col("country", QT_TRANSLATE_NOOP("kinds", "Country"), fmt="vocab:countries", width=100),
        _col("sector", QT_TRANSLATE_NOOP("kinds", "Sector"), fmt="label", width=100),
        _col("subsector", QT_TRANSLATE_NOOP("kinds", "Subsector"), fmt="label", default=False),
        _col("event", QT_TRANSLATE_NOOP("kinds", "Event"), "t.event_name", width=200),
        _col("date", QT_TRANSLATE_NOOP("kinds", "Date"), "t.date_text", fmt="date",
             sort_sql="t.date_start", width=90),
        _col("value", QT_TRANSLATE_NOOP("kinds", "Value"), "t.value_usd", fmt="usd", width=90,
             qualifier="value_qualifier"),
        _col("status", QT_TRANSLATE_NOOP("kinds", "Status"), fmt="vocab:agreement_statuses", width=80),
        _col("binding", QT_TRANSLATE_NOOP("kinds", "Commitment"), fmt="binding", default=False),
        _col("id", QT_TRANSLATE_NOOP("kinds", "Id"), default=False),
    ),
    facets=(
        _COUNTRY,
        Facet("sector", "t.sector"),
        Facet("doc_type", "t.doc_type", labels="doc_types"),
        Facet("event", "t.event_id", labels="events"),
        _YEAR,
        Facet("status", "t.status", labels="agreement_statuses"),
        Facet("organization", link_table="agreement_parties", link_key="agreement_seq",
              link_value="org_id", labels="organizations", rollup_table="agreement_orgs"),
        Facet("corridor", "t.corridor_id", labels="corridors", listed=False),
    ),
    value_sql="t.value_usd", date_start_sql="t.date_start", date_end_sql="t.date_end",
    default_sort="date",
))

_register(Kind(
    "projects", QT_TRANSLATE_NOOP("kinds", "Projects"), QT_TRANSLATE_NOOP("kinds", "project"),
    "projects", "t.name",
    columns=(
        _col("name", QT_TRANSLATE_NOOP("kinds", "Name"), width=320),
        _col("country", QT_TRANSLATE_NOOP("kinds", "Country"), fmt="vocab:countries", width=100),
        _col("sector", QT_TRANSLATE_NOOP("kinds", "Sector"), fmt="label", width=100),
        _col("subsector", QT_TRANSLATE_NOOP("kinds", "Subsector"), fmt="label", width=130),
        _col("status", QT_TRANSLATE_NOOP("kinds", "Status"), fmt="vocab:project_statuses", width=120),
        _col("investment", QT_TRANSLATE_NOOP("kinds", "Investment"), "t.investment_usd", fmt="usd", width=100,
             qualifier="investment_qualifier"),
        _col("capacity", QT_TRANSLATE_NOOP("kinds", "Capacity"), "t.capacity_value", fmt="capacity", width=120,
             low="capacity_value_low", unit="capacity_unit"),
        _col("partners", QT_TRANSLATE_NOOP("kinds", "Partners"), "t.partners_text", width=220),
        _col("place", QT_TRANSLATE_NOOP("kinds", "Place"), "coalesce(t.city, t.region)", width=120),
        _col("year", QT_TRANSLATE_NOOP("kinds", "Year"), fmt="int", width=60),
        _col("collection", QT_TRANSLATE_NOOP("kinds", "Collection"), fmt="vocab:collections", width=150),
        _col("flow", QT_TRANSLATE_NOOP("kinds", "Flow"), fmt="vocab:flows", default=False, width=150),
        _col("id", QT_TRANSLATE_NOOP("kinds", "Id"), default=False),
    ),
    facets=(
        _COUNTRY, Facet("sector", "t.sector"), _YEAR,
        Facet("status", "t.status", labels="project_statuses"),
        Facet("organization", link_table="project_partners", link_key="project_seq",
              link_value="org_id", labels="organizations"),
        Facet("corridor", link_table="corridor_projects", link_key="project_seq",
              link_value="corridor_id", labels="corridors", listed=False),
    ),
    value_sql="t.investment_usd", default_sort="name",
))

_register(Kind(
    "packages", QT_TRANSLATE_NOOP("kinds", "Packages"), QT_TRANSLATE_NOOP("kinds", "package"),
    "packages", "t.name",
    columns=(
        _col("name", QT_TRANSLATE_NOOP("kinds", "Name"), width=360),
        _col("country", QT_TRANSLATE_NOOP("kinds", "Country"), fmt="vocab:countries", width=100),
        _col("event", QT_TRANSLATE_NOOP("kinds", "Event"), "t.event_name", width=220),
        _col("date", QT_TRANSLATE_NOOP("kinds", "Date"), "t.date_text", fmt="date",
             sort_sql="t.date_start", width=90),
        _col("total", QT_TRANSLATE_NOOP("kinds", "Announced total"), "t.total_usd", fmt="usd", width=120,
             qualifier="total_qualifier"),
        _col("count", QT_TRANSLATE_NOOP("kinds", "Documents or projects"), "t.count", fmt="count", width=120,
             qualifier="count_qualifier"),
        _col("id", QT_TRANSLATE_NOOP("kinds", "Id"), default=False),
    ),
    facets=(_COUNTRY, Facet("event", "t.event_id", labels="events"), _YEAR),
    value_sql="t.total_usd", date_start_sql="t.date_start", date_end_sql="t.date_end",
    default_sort="name",
))

_register(Kind(
    "corridors", QT_TRANSLATE_NOOP("kinds", "Corridors"), QT_TRANSLATE_NOOP("kinds", "corridor"),
    "corridors", "t.name",
    columns=(
        _col("name", QT_TRANSLATE_NOOP("kinds", "Name"), width=340),
        _col("mode", QT_TRANSLATE_NOOP("kinds", "Mode"), fmt="vocab:corridor_modes", width=90),
        _col("countries", QT_TRANSLATE_NOOP("kinds", "Countries"), "t.countries_text", width=120),
        _col("length", QT_TRANSLATE_NOOP("kinds", "Length"), "t.length_km", fmt="km", width=80,
             qualifier="length_qualifier"),
        _col("capacity", QT_TRANSLATE_NOOP("kinds", "Capacity"), "t.capacity_value", fmt="capacity", width=120,
             low="capacity_value_low", unit="capacity_unit"),
        _col("status", QT_TRANSLATE_NOOP("kinds", "Status"), fmt="vocab:project_statuses", width=120),
        _col("id", QT_TRANSLATE_NOOP("kinds", "Id"), default=False),
    ),
    facets=(
        Facet("country", link_table="corridor_countries", link_key="corridor_seq",
              link_value="country", labels="countries"),
        Facet("status", "t.status", labels="project_statuses"),
        Facet("mode", "t.mode", labels="corridor_modes"),
    ),
    default_sort="name",
))

_register(Kind(
    "indicators", QT_TRANSLATE_NOOP("kinds", "Indicators"), QT_TRANSLATE_NOOP("kinds", "indicator"),
    "indicators", "t.name",
    columns=(
        _col("name", QT_TRANSLATE_NOOP("kinds", "Indicator"), width=320),
        _col("value", QT_TRANSLATE_NOOP("kinds: indicator", "Value"), "t.value", fmt="indicator", width=130,
             qualifier="value_qualifier", unit="unit", context="kinds: indicator"),  # a figure, not money
        _col("period", QT_TRANSLATE_NOOP("kinds", "Period"), "t.period_label", sort_sql="t.period_end", width=140),
        _col("scope", QT_TRANSLATE_NOOP("kinds", "Scope"), width=200),
        _col("kind", QT_TRANSLATE_NOOP("kinds", "Kind"), fmt="vocab:indicator_kinds", width=90),
        _col("countries", QT_TRANSLATE_NOOP("kinds", "Countries"), "t.countries_text", width=100),
        _col("id", QT_TRANSLATE_NOOP("kinds", "Id"), default=False),
    ),
    facets=(
        Facet("country", link_table="indicator_countries", link_key="indicator_seq",
              link_value="country", labels="countries"),
        _YEAR,
        Facet("kind", "t.kind", labels="indicator_kinds"),
    ),
    # a figure "as of" a day states only the end of its period: that day is its date
    date_start_sql="coalesce(t.period_start, t.period_end)",
    date_end_sql="coalesce(t.period_end, t.period_start)", default_sort="name",
))

_register(Kind(
    "organizations", QT_TRANSLATE_NOOP("kinds", "Organizations"), QT_TRANSLATE_NOOP("kinds", "organization"),
    "organizations", "t.name",
    columns=(
        _col("name", QT_TRANSLATE_NOOP("kinds", "Name"), width=260),
        _col("full_name", QT_TRANSLATE_NOOP("kinds", "Full name"), width=260),
        _col("country", QT_TRANSLATE_NOOP("kinds", "Country"), fmt="vocab:countries", width=100),
        _col("kind", QT_TRANSLATE_NOOP("kinds", "Kind"), fmt="vocab:organization_kinds", width=140),
        _col("aliases", QT_TRANSLATE_NOOP("kinds", "Aliases"), "t.aliases_text", width=260),
        _col("agreements", QT_TRANSLATE_NOOP("kinds", "Agreements"),
             "(SELECT count(*) FROM agreement_parties ap WHERE ap.org_id = t.id)", fmt="int",
             width=90),
        _col("id", QT_TRANSLATE_NOOP("kinds", "Id"), default=False),
    ),
    facets=(_COUNTRY, Facet("kind", "t.kind", labels="organization_kinds")),
    default_sort="name",
))

_register(Kind(
    "events", QT_TRANSLATE_NOOP("kinds", "Events"), QT_TRANSLATE_NOOP("kinds", "event"),
    "events", "t.name",
    columns=(
        _col("name", QT_TRANSLATE_NOOP("kinds", "Name"), width=360),
        _col("kind", QT_TRANSLATE_NOOP("kinds", "Kind"), fmt="vocab:event_kinds", width=110),
        _col("place", QT_TRANSLATE_NOOP("kinds", "Place"), width=100),
        _col("country", QT_TRANSLATE_NOOP("kinds", "Country"), fmt="vocab:countries", width=100),
        _col("date", QT_TRANSLATE_NOOP("kinds", "Date"), "t.date_text", fmt="date_range",
             sort_sql="t.date_start", width=130, end="end_text"),
        _col("id", QT_TRANSLATE_NOOP("kinds", "Id"), default=False),
    ),
    facets=(_COUNTRY, Facet("kind", "t.kind", labels="event_kinds"), _YEAR),
    date_start_sql="t.date_start", date_end_sql="t.date_end", default_sort="date",
))

_register(Kind(
    "sources", QT_TRANSLATE_NOOP("kinds", "Sources"), QT_TRANSLATE_NOOP("kinds", "source"),
    "sources", "t.title",
    columns=(
        _col("title", QT_TRANSLATE_NOOP("kinds", "Title"), width=420),
        _col("publisher", QT_TRANSLATE_NOOP("kinds", "Publisher"), width=220),
        _col("author", QT_TRANSLATE_NOOP("kinds", "Author"), width=140),
        _col("published", QT_TRANSLATE_NOOP("kinds", "Published"), fmt="date", width=100),
        _col("id", QT_TRANSLATE_NOOP("kinds", "Id"), default=False),
    ),
    default_sort="title",
))

KIND_ORDER = tuple(KINDS)
# The search index's rowid is KIND_BASE[kind] + the record's seq, so a search narrows to one
# kind by rowid range and joins back by seq through the covering indexes.
KIND_BASE = {kind: (i + 1) << 32 for i, kind in enumerate(KIND_ORDER)}

# "Everything": the matches of the search (and of each kind's own filters) across all kinds in
# one list (db.everything runs it). Not a kind of record: the loops over KINDS never see it.
EVERYTHING = Kind(
    "everything", QT_TRANSLATE_NOOP("kinds", "Everything"), QT_TRANSLATE_NOOP("kinds", "record"),
    "", "title",
    columns=(
        Column("kind", QT_TRANSLATE_NOOP("kinds", "Kind"), "kind", fmt="kind", width=110),
        Column("title", QT_TRANSLATE_NOOP("kinds", "Title"), "title", width=460),
        Column("country", QT_TRANSLATE_NOOP("kinds", "Country"), "country", fmt="vocab:countries", width=110),
        Column("date", QT_TRANSLATE_NOOP("kinds", "Date"), "date", fmt="date", width=100),
    ),
    default_sort="title",
)
VIEWS: dict[str, Kind] = {**KINDS, "everything": EVERYTHING}  # what the navigator lists


def number_sql(column: str) -> str:
    """``column`` where it holds a finite number, else NULL: what a sum, a chart or an order by
    amount may use. A foreign or damaged file's text ('lots'), blob or infinity is left out (SQLite
    would add 'lots' as 0 and '2,100,000,000' as 2). SQLite orders every number before any text or
    blob, so a range test says it (at a fifth of the cost of asking each value's type)."""
    return f"CASE WHEN {column} BETWEEN -{_LARGEST} AND {_LARGEST} THEN {column} END"


_LARGEST = "1.7976931348623157e308"  # the largest finite double

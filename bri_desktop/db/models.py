"""SQLAlchemy models of the bundled database. The build writes them; the app reads them read-only.

Display columns that every listing needs (party names, event name, year) are denormalised at build
time, so a table of a million agreements pages without joins.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bri_desktop.db.required import SCHEMA_VERSION  # noqa: F401  (the build writes it)


class Base(DeclarativeBase):
    pass


def _seq() -> Mapped[int]:
    """A record's number, in build order: the search index and link tables refer to it."""
    return mapped_column(Integer, unique=True, nullable=False)


def _fk(target: str, nullable: bool = True) -> Mapped:
    return mapped_column(String, ForeignKey(target), nullable=nullable, index=True)


class Meta(Base):
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Vocabulary(Base):
    """Labels of controlled values: (group, code) -> label, e.g. ("doc_type", "addendum")."""

    __tablename__ = "vocabulary"
    group: Mapped[str] = mapped_column(String, primary_key=True)
    code: Mapped[str] = mapped_column(String, primary_key=True)
    label: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)


class Source(Base):
    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = _seq()
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String)
    author: Mapped[str | None] = mapped_column(String)
    published: Mapped[str | None] = mapped_column(String)
    published_note: Mapped[str | None] = mapped_column(Text)
    file: Mapped[str] = mapped_column(String)
    collection: Mapped[str] = mapped_column(String, index=True, default="curated")
    imported: Mapped[bool] = mapped_column(Boolean, default=False)  # a dataset file, not an article


class Organization(Base):
    __tablename__ = "organizations"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = _seq()
    name: Mapped[str] = mapped_column(String, index=True)
    full_name: Mapped[str | None] = mapped_column(String)
    aliases_text: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String, index=True)
    # Who states the country: "article", "curator" (no article states it) or "none" (XX).
    country_source: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String, index=True)
    parent_id: Mapped[str | None] = _fk("organizations.id")
    collection: Mapped[str] = mapped_column(String, index=True, default="curated")


class OrgAlias(Base):
    __tablename__ = "org_aliases"
    org_id: Mapped[str] = mapped_column(String, ForeignKey("organizations.id"), primary_key=True)
    alias: Mapped[str] = mapped_column(String, primary_key=True)
    # True for a spelling the curator added for search; false for one the articles use.
    curator: Mapped[bool] = mapped_column(Boolean, default=False)


class Event(Base):
    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = _seq()
    name: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String, index=True)
    place: Mapped[str | None] = mapped_column(String)
    country: Mapped[str | None] = mapped_column(String, index=True)
    date_text: Mapped[str | None] = mapped_column(String)
    end_text: Mapped[str | None] = mapped_column(String)
    date_start: Mapped[str | None] = mapped_column(String, index=True)
    date_end: Mapped[str | None] = mapped_column(String, index=True)
    date_precision: Mapped[str | None] = mapped_column(String)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    date_note: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)


class Package(Base):
    __tablename__ = "packages"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = _seq()
    name: Mapped[str] = mapped_column(String)
    country: Mapped[str | None] = mapped_column(String, index=True)
    event_id: Mapped[str | None] = _fk("events.id")
    event_name: Mapped[str | None] = mapped_column(String)
    date_text: Mapped[str | None] = mapped_column(String)
    date_start: Mapped[str | None] = mapped_column(String, index=True)
    date_end: Mapped[str | None] = mapped_column(String, index=True)
    date_precision: Mapped[str | None] = mapped_column(String)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    date_note: Mapped[str | None] = mapped_column(Text)
    total_usd: Mapped[float | None] = mapped_column(Float, index=True)
    total_qualifier: Mapped[str | None] = mapped_column(String)
    count: Mapped[int | None] = mapped_column(Integer)
    count_qualifier: Mapped[str | None] = mapped_column(String)
    summary: Mapped[str] = mapped_column(Text)


class PackageComponent(Base):
    __tablename__ = "package_components"
    package_id: Mapped[str] = mapped_column(String, ForeignKey("packages.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String)
    count: Mapped[int | None] = mapped_column(Integer)
    value_usd: Mapped[float | None] = mapped_column(Float)
    value_qualifier: Mapped[str | None] = mapped_column(String)


class Project(Base):
    __tablename__ = "projects"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = _seq()
    name: Mapped[str] = mapped_column(String)
    country: Mapped[str] = mapped_column(String, index=True)
    location_country: Mapped[str] = mapped_column(String)
    region: Mapped[str | None] = mapped_column(String)
    city: Mapped[str | None] = mapped_column(String)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    approx: Mapped[bool] = mapped_column(Boolean, default=True)
    sector: Mapped[str] = mapped_column(String, index=True)
    subsector: Mapped[str | None] = mapped_column(String)
    investment_usd: Mapped[float | None] = mapped_column(Float, index=True)
    investment_qualifier: Mapped[str | None] = mapped_column(String)
    investment_note: Mapped[str | None] = mapped_column(Text)
    capacity_value: Mapped[float | None] = mapped_column(Float)
    capacity_value_low: Mapped[float | None] = mapped_column(Float)
    capacity_unit: Mapped[str | None] = mapped_column(String)
    capacity_note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String, index=True)
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    date_note: Mapped[str | None] = mapped_column(Text)
    partners_text: Mapped[str] = mapped_column(Text, default="")
    package_id: Mapped[str | None] = _fk("packages.id")
    summary: Mapped[str] = mapped_column(Text)
    identification_note: Mapped[str | None] = mapped_column(Text)
    collection: Mapped[str] = mapped_column(String, index=True, default="curated")
    flow: Mapped[str | None] = mapped_column(String)  # what an imported record is (vocab flows)
    in_totals: Mapped[bool] = mapped_column(Boolean, default=True)  # False: listed, never summed
    source_urls: Mapped[str | None] = mapped_column(Text)  # an imported row's own sources


class ProjectPartner(Base):
    __tablename__ = "project_partners"
    project_id: Mapped[str] = mapped_column(String, ForeignKey("projects.id"), primary_key=True)
    org_id: Mapped[str] = mapped_column(String, ForeignKey("organizations.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    project_seq: Mapped[int] = mapped_column(Integer, index=True)
    __table_args__ = (Index("ix_project_partners_org", "org_id", "project_seq"),)


class Corridor(Base):
    __tablename__ = "corridors"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = _seq()
    name: Mapped[str] = mapped_column(String)
    mode: Mapped[str] = mapped_column(String, index=True)
    parent_id: Mapped[str | None] = _fk("corridors.id")
    countries_text: Mapped[str] = mapped_column(String)
    length_km: Mapped[float | None] = mapped_column(Float)
    length_qualifier: Mapped[str | None] = mapped_column(String)
    capacity_value: Mapped[float | None] = mapped_column(Float)
    capacity_value_low: Mapped[float | None] = mapped_column(Float)
    capacity_unit: Mapped[str | None] = mapped_column(String)
    capacity_note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String, index=True)
    status_note: Mapped[str | None] = mapped_column(Text)
    route_note: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)


class CorridorCountry(Base):
    __tablename__ = "corridor_countries"
    corridor_id: Mapped[str] = mapped_column(String, ForeignKey("corridors.id"), primary_key=True)
    country: Mapped[str] = mapped_column(String, primary_key=True, index=True)
    corridor_seq: Mapped[int] = mapped_column(Integer, index=True)


class CorridorNode(Base):
    __tablename__ = "corridor_nodes"
    corridor_id: Mapped[str] = mapped_column(String, ForeignKey("corridors.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    country: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    approx: Mapped[bool] = mapped_column(Boolean, default=True)
    named_in_source: Mapped[bool] = mapped_column(Boolean, default=True)
    mode: Mapped[str | None] = mapped_column(String)


class CorridorProject(Base):
    __tablename__ = "corridor_projects"
    corridor_id: Mapped[str] = mapped_column(String, ForeignKey("corridors.id"), primary_key=True)
    project_id: Mapped[str] = mapped_column(String, ForeignKey("projects.id"), primary_key=True)
    project_seq: Mapped[int] = mapped_column(Integer, index=True)


AGREEMENT_FACET_COLUMNS = ("country", "sector", "doc_type", "event_id", "year", "status")
_RANGE_COLUMNS = ("value_usd", "value_in_totals", "value_qualifier", "date_start", "date_end", "seq")


def _covering_indexes(table: str) -> tuple[Index, ...]:
    """One index per facet column holding every other filter column: facet counts and match
    counts over a million agreements read these narrow indexes, never the wide table. The date
    comes second, so that one facet value's records are already in date order (the table's
    default sort: a year's newest first without sorting 144,000 of them). The last, led by seq,
    serves filters that start from a set of search hits. The title's gives a page sorted by title
    without sorting every record."""
    return (*(
        Index(f"ix_{table}_facet_{col}", col, "date_start",
              *[c for c in AGREEMENT_FACET_COLUMNS if c != col],
              *[c for c in _RANGE_COLUMNS if c != "date_start"])
        for col in AGREEMENT_FACET_COLUMNS
    ), Index(f"ix_{table}_by_seq", "seq", *AGREEMENT_FACET_COLUMNS, *_RANGE_COLUMNS[:-1]),
        Index(f"ix_{table}_title", "title"))


class Agreement(Base):
    __tablename__ = "agreements"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = _seq()
    title: Mapped[str] = mapped_column(Text)
    doc_type: Mapped[str] = mapped_column(String)
    binding: Mapped[bool] = mapped_column(Boolean)
    country: Mapped[str] = mapped_column(String)
    sector: Mapped[str] = mapped_column(String)
    subsector: Mapped[str | None] = mapped_column(String)
    event_id: Mapped[str | None] = mapped_column(String, ForeignKey("events.id"))
    event_name: Mapped[str | None] = mapped_column(String)
    date_text: Mapped[str | None] = mapped_column(String)
    date_start: Mapped[str | None] = mapped_column(String, index=True)
    date_end: Mapped[str | None] = mapped_column(String, index=True)
    date_precision: Mapped[str | None] = mapped_column(String)
    year: Mapped[int | None] = mapped_column(Integer)
    date_note: Mapped[str | None] = mapped_column(Text)
    value_usd: Mapped[float | None] = mapped_column(Float, index=True)
    value_qualifier: Mapped[str | None] = mapped_column(String)
    # The value where sums may count it: empty when a project the agreement concerns already
    # discloses its investment, so that no money is counted twice.
    value_in_totals: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String)
    summary: Mapped[str] = mapped_column(Text)
    parties_text: Mapped[str] = mapped_column(Text, default="")
    project_id: Mapped[str | None] = _fk("projects.id")
    corridor_id: Mapped[str | None] = _fk("corridors.id")
    package_id: Mapped[str | None] = _fk("packages.id")
    __table_args__ = _covering_indexes("agreements")


class AgreementParty(Base):
    __tablename__ = "agreement_parties"
    agreement_id: Mapped[str] = mapped_column(String, ForeignKey("agreements.id"), primary_key=True)
    org_id: Mapped[str] = mapped_column(String, ForeignKey("organizations.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    agreement_seq: Mapped[int] = mapped_column(Integer, index=True)
    __table_args__ = (Index("ix_agreement_parties_org", "org_id", "agreement_seq"),)


class AgreementOrg(Base):
    """One row per agreement and party organization, with the agreement's filter columns: the
    organization facet counts from here without joining a million agreements."""

    __tablename__ = "agreement_orgs"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_id: Mapped[str] = mapped_column(String, primary_key=True)
    country: Mapped[str] = mapped_column(String)
    sector: Mapped[str] = mapped_column(String)
    doc_type: Mapped[str] = mapped_column(String)
    event_id: Mapped[str | None] = mapped_column(String)
    year: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String)
    value_usd: Mapped[float | None] = mapped_column(Float)
    value_in_totals: Mapped[float | None] = mapped_column(Float)
    value_qualifier: Mapped[str | None] = mapped_column(String)
    date_start: Mapped[str | None] = mapped_column(String)
    date_end: Mapped[str | None] = mapped_column(String)
    corridor_id: Mapped[str | None] = mapped_column(String)
    __table_args__ = (Index("ix_agreement_orgs_facet", "org_id", *AGREEMENT_FACET_COLUMNS,
                            *_RANGE_COLUMNS),)


class Indicator(Base):
    __tablename__ = "indicators"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = _seq()
    name: Mapped[str] = mapped_column(String)
    value: Mapped[float] = mapped_column(Float, index=True)
    unit: Mapped[str] = mapped_column(String, index=True)
    value_qualifier: Mapped[str | None] = mapped_column(String)
    period_start: Mapped[str | None] = mapped_column(String, index=True)
    period_end: Mapped[str | None] = mapped_column(String, index=True)
    period_label: Mapped[str] = mapped_column(String)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String, index=True)
    # the curated measure (vocabulary 'measures') other figures of the same thing share
    measure: Mapped[str | None] = mapped_column(String, index=True)
    scope: Mapped[str] = mapped_column(String)
    countries_text: Mapped[str] = mapped_column(String)
    corridor_id: Mapped[str | None] = _fk("corridors.id")
    project_id: Mapped[str | None] = _fk("projects.id")
    # The organization the article gives as the figure's source ("according to ...").
    reported_by_id: Mapped[str | None] = _fk("organizations.id")
    note: Mapped[str | None] = mapped_column(Text)


class IndicatorCountry(Base):
    __tablename__ = "indicator_countries"
    indicator_id: Mapped[str] = mapped_column(String, ForeignKey("indicators.id"), primary_key=True)
    country: Mapped[str] = mapped_column(String, primary_key=True, index=True)
    indicator_seq: Mapped[int] = mapped_column(Integer, index=True)


class Citation(Base):
    __tablename__ = "citations"
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    record_id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(String, ForeignKey("sources.id"), index=True)
    quote: Mapped[str] = mapped_column(Text)


class Collection(Base):
    """The curated records and each imported dataset: where every record comes from."""

    __tablename__ = "collections"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    format: Mapped[str] = mapped_column(String)  # curated, cgit, aiddata, table
    file: Mapped[str | None] = mapped_column(String)
    sha256: Mapped[str | None] = mapped_column(String)
    sheet: Mapped[str | None] = mapped_column(String)
    imported_at: Mapped[str | None] = mapped_column(String)
    importer_version: Mapped[str | None] = mapped_column(String)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    basis: Mapped[str | None] = mapped_column(Text)  # what its amounts are: "USD millions, current"
    note: Mapped[str | None] = mapped_column(Text)  # rows left out, and why
    position: Mapped[int] = mapped_column(Integer, default=0)


class Provenance(Base):
    """Where an imported record came from: its file's row, with the row as it was."""

    __tablename__ = "provenance"
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    record_id: Mapped[str] = mapped_column(String, primary_key=True)
    collection_id: Mapped[str] = mapped_column(String, ForeignKey("collections.id"), index=True)
    sheet: Mapped[str | None] = mapped_column(String)
    row: Mapped[int] = mapped_column(Integer)
    original: Mapped[str] = mapped_column(Text)  # JSON: the row's values under its headers


class PossibleMatch(Base):
    """An imported record that may be the same project as a curated one: a suggestion shown in
    both records' details, never a merge."""

    __tablename__ = "possible_matches"
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    record_id: Mapped[str] = mapped_column(String, primary_key=True)
    other_kind: Mapped[str] = mapped_column(String, primary_key=True)
    other_id: Mapped[str] = mapped_column(String, primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    __table_args__ = (Index("ix_possible_matches_other", "other_kind", "other_id"),)


FTS_DDL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "kind UNINDEXED, record_id UNINDEXED, title, summary, parties, quotes, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)

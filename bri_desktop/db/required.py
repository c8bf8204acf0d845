"""What this version of BRI Desktop needs of a dataset file: its schema version, and the
tables and columns its queries read. Checked when a file is opened (``connection.open_readonly``);
a test keeps this in step with ``db.models``, so the build and the check cannot drift apart."""

from __future__ import annotations

SCHEMA_VERSION = 4

REQUIRED: dict[str, tuple[str, ...]] = {
    "agreement_orgs": ("seq", "org_id", "country", "sector", "doc_type", "event_id", "year", "status",
        "value_usd", "value_in_totals", "value_qualifier", "date_start", "date_end", "corridor_id",),
    "agreement_parties": ("agreement_id", "org_id", "role", "position", "agreement_seq",),
    "agreements": ("id", "seq", "title", "doc_type", "binding", "country", "sector", "subsector", "event_id",
        "event_name", "date_text", "date_start", "date_end", "date_precision", "year", "date_note",
        "value_usd", "value_qualifier", "value_in_totals", "status", "summary", "parties_text",
        "project_id", "corridor_id", "package_id",),
    "citations": ("kind", "record_id", "position", "source_id", "quote",),
    "collections": ("id", "name", "format", "file", "sha256", "sheet", "imported_at", "importer_version",
        "rows", "basis", "note", "position",),
    "corridor_countries": ("corridor_id", "country", "corridor_seq",),
    "corridor_nodes": ("corridor_id", "position", "name", "country", "kind", "lat", "lon", "approx",
        "named_in_source", "mode",),
    "corridor_projects": ("corridor_id", "project_id", "project_seq",),
    "corridors": ("id", "seq", "name", "mode", "parent_id", "countries_text", "length_km", "length_qualifier",
        "capacity_value", "capacity_value_low", "capacity_unit", "capacity_note", "status", "status_note",
        "route_note", "summary",),
    "events": ("id", "seq", "name", "kind", "place", "country", "date_text", "end_text", "date_start",
        "date_end", "date_precision", "year", "date_note", "summary",),
    "indicator_countries": ("indicator_id", "country", "indicator_seq",),
    "indicators": ("id", "seq", "name", "value", "unit", "value_qualifier", "period_start", "period_end",
        "period_label", "year", "kind", "measure", "scope", "countries_text", "corridor_id", "project_id",
        "reported_by_id", "note",),
    "meta": ("key", "value",),
    "org_aliases": ("org_id", "alias", "curator",),
    "organizations": ("id", "seq", "name", "full_name", "aliases_text", "country", "country_source", "kind",
        "parent_id", "collection",),
    "package_components": ("package_id", "position", "label", "count", "value_usd", "value_qualifier",),
    "packages": ("id", "seq", "name", "country", "event_id", "event_name", "date_text", "date_start",
        "date_end", "date_precision", "year", "date_note", "total_usd", "total_qualifier", "count",
        "count_qualifier", "summary",),
    "possible_matches": ("kind", "record_id", "other_kind", "other_id", "reason",),
    "project_partners": ("project_id", "org_id", "role", "position", "project_seq",),
    "projects": ("id", "seq", "name", "country", "location_country", "region", "city", "lat", "lon", "approx",
        "sector", "subsector", "investment_usd", "investment_qualifier", "investment_note",
        "capacity_value", "capacity_value_low", "capacity_unit", "capacity_note", "status", "start_year",
        "end_year", "year", "date_note", "partners_text", "package_id", "summary", "identification_note",
        "collection", "flow", "in_totals", "source_urls",),
    "provenance": ("kind", "record_id", "collection_id", "sheet", "row", "original",),
    "sources": ("id", "seq", "title", "publisher", "author", "published", "published_note", "file",
        "collection", "imported",),
    "vocabulary": ("group", "code", "label", "position",),
    "search_index": ("kind", "record_id", "title", "summary", "parties", "quotes"),
}

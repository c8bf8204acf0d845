"""The fields each kind of record may carry, and what each field must hold.

A field spec is (type, required, extra): type is one of the names checked in ``validate.py``;
``extra`` names the vocabulary group or the kind a reference points to.
"""

from __future__ import annotations

from typing import NamedTuple


class Field(NamedTuple):
    type: str
    required: bool = False
    extra: str = ""


def req(type_: str, extra: str = "") -> Field:
    return Field(type_, True, extra)


def opt(type_: str, extra: str = "") -> Field:
    return Field(type_, False, extra)


CITATIONS = req("citations")

FIELDS: dict[str, dict[str, Field]] = {
    "sources": {
        "id": req("id"),
        "title": req("text"),
        "publisher": opt("text"),
        "author": opt("text"),
        "published": opt("date"),
        "published_note": opt("text"),
        "file": req("source_file"),
        "url": opt("text"),
        "imported": opt("bool"),  # a dataset file whose lines are the rows imported from it
    },
    "events": {
        "id": req("id"),
        "name": req("text"),
        "kind": req("vocab", "event_kinds"),
        "place": opt("text"),
        "country": opt("vocab", "countries"),
        "start": opt("date"),
        "end": opt("date"),
        "date_note": opt("text"),
        "summary": opt("text"),
        "citations": CITATIONS,
    },
    "organizations": {
        "id": req("id"),
        "name": req("text"),
        "full_name": opt("article_spelling"),
        "aliases": opt("article_spellings"),
        "curator_aliases": opt("text_list"),
        "country": req("vocab", "countries"),
        "country_source": req("vocab", "country_sources"),
        "kind": req("vocab", "organization_kinds"),
        "parent": opt("ref", "organizations"),
        "note": opt("text"),
        "citations": CITATIONS,
    },
    "agreements": {
        "id": req("id"),
        "title": req("text"),
        "doc_type": req("vocab", "doc_types"),
        "country": req("vocab", "countries"),
        "sector": req("sector"),
        "subsector": opt("subsector"),
        "parties": req("roles", "organizations"),
        "event": opt("ref", "events"),
        "date": opt("date"),
        "date_note": opt("text"),
        "value_usd": opt("positive"),
        "value_qualifier": opt("qualifier"),
        "status": req("vocab", "agreement_statuses"),
        "summary": req("text"),
        "project": opt("ref", "projects"),
        "corridor": opt("ref", "corridors"),
        "package": opt("ref", "packages"),
        "note": opt("text"),
        "citations": CITATIONS,
    },
    "projects": {
        "id": req("id"),
        "name": req("text"),
        "country": req("vocab", "countries"),
        "location_country": opt("vocab", "countries"),
        "region": opt("text"),
        "city": opt("text"),
        "lat": opt("latitude"),
        "lon": opt("longitude"),
        "approx": opt("bool"),
        "sector": req("sector"),
        "subsector": opt("subsector"),
        "investment_usd": opt("positive"),
        "investment_qualifier": opt("qualifier"),
        "investment_note": opt("text"),
        "capacity_value": opt("positive"),
        "capacity_value_low": opt("positive"),
        "capacity_unit": opt("text"),
        "capacity_note": opt("text"),
        "status": req("vocab", "project_statuses"),
        "start_year": opt("year"),
        "end_year": opt("year"),
        "date_note": opt("text"),
        "summary": req("text"),
        "identification_note": opt("text"),
        "partners": opt("roles", "organizations"),
        "package": opt("ref", "packages"),
        "flow": opt("vocab", "flows"),  # imported records: what the row is in its dataset
        "in_totals": opt("bool"),  # false: listed, counted, never summed
        "source_urls": opt("text_list"),
        "citations": CITATIONS,
    },
    "packages": {
        "id": req("id"),
        "name": req("text"),
        "country": opt("vocab", "countries"),
        "event": opt("ref", "events"),
        "date": opt("date"),
        "date_note": opt("text"),
        "total_usd": opt("positive"),
        "total_qualifier": opt("qualifier"),
        "count": opt("positive_int"),
        "count_qualifier": opt("qualifier"),
        "summary": req("text"),
        "components": opt("components"),
        "citations": CITATIONS,
    },
    "corridors": {
        "id": req("id"),
        "name": req("text"),
        "mode": req("vocab", "corridor_modes"),
        "countries": req("country_list"),
        "parent": opt("ref", "corridors"),
        "length_km": opt("positive"),
        "length_qualifier": opt("qualifier"),
        "capacity_value": opt("positive"),
        "capacity_value_low": opt("positive"),
        "capacity_unit": opt("text"),
        "capacity_note": opt("text"),
        "status": req("vocab", "project_statuses"),
        "status_note": opt("text"),
        "route_note": opt("text"),
        "summary": req("text"),
        "nodes": req("nodes"),
        "projects": opt("ref_list", "projects"),
        "citations": CITATIONS,
    },
    "indicators": {
        "id": req("id"),
        "name": req("text"),
        "value": req("positive"),
        "unit": req("vocab", "units"),
        "value_qualifier": opt("qualifier"),
        "period_start": opt("date"),
        "period_end": opt("date"),
        "period_label": req("text"),
        "kind": req("vocab", "indicator_kinds"),
        # the curated measure it is one figure of, beside other articles' figures for it
        "measure": opt("vocab", "measures"),
        "scope": req("text"),
        "countries": req("country_list"),
        "corridor": opt("ref", "corridors"),
        "project": opt("ref", "projects"),
        "reported_by": opt("ref", "organizations"),
        "note": opt("text"),
        "citations": CITATIONS,
    },
}

NODE_FIELDS = {"name", "country", "kind", "lat", "lon", "named_in_source", "approx", "mode"}
COMPONENT_FIELDS = {"label", "count", "value_usd", "value_qualifier"}
QUALIFIERS = {"over", "about", "nearly", "up to", "at least", "more than", "approximately"}
PARTY_ROLES = {
    "party", "signatory", "lender", "borrower", "buyer", "seller", "supplier", "distributor",
    "investor", "operator", "contractor", "partner", "owner", "financier", "guarantor", "brand",
}

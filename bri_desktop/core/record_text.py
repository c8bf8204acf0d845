"""A record's details as HTML for the details pane, and citations as text for briefings.

Every piece of record text is escaped: a record containing ``<img src=...>`` shows those
characters; it is never rendered.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from urllib.parse import quote

from bri_desktop.core.dates import format_partial, format_range
from bri_desktop.core.export import citation_text
from bri_desktop.core.formatting import SHOWN_CHARS, format_capacity, shorten
from bri_desktop.core.geo import node_kind
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate, vocabulary_label
from bri_desktop.core.money import format_number, format_usd, is_number

# The English of this module's labels (KIND_SINGULAR, NOT_SUMMED, FIELD_LABELS, RELATIONS, MORE):
# translate("record_text", ...) shows one in the interface language.
KIND_SINGULAR = {"agreements": QT_TRANSLATE_NOOP("record_text", "Agreement"),
                 "projects": QT_TRANSLATE_NOOP("record_text", "Project"),
                 "packages": QT_TRANSLATE_NOOP("record_text", "Package"),
                 "corridors": QT_TRANSLATE_NOOP("record_text", "Corridor"),
                 "indicators": QT_TRANSLATE_NOOP("record_text", "Indicator"),
                 "organizations": QT_TRANSLATE_NOOP("record_text", "Organization"),
                 "events": QT_TRANSLATE_NOOP("record_text", "Event"),
                 "sources": QT_TRANSLATE_NOOP("record_text", "Source")}
_HIDDEN = {"id", "seq", "value_in_totals", "kind", "citations", "roles", "links", "related", "related_more",
           "nodes", "components",
           "aliases", "parties_text", "partners_text", "date_start", "date_end", "year",
           "binding", "title", "name", "summary", "value_qualifier", "investment_qualifier",
           "total_qualifier", "count_qualifier", "length_qualifier", "capacity_value_low",
           "capacity_unit", "unit", "end_text", "event_name", "countries_text", "aliases_text",
           "period_start", "period_end", "approx", "lat", "lon", "file", "event_id",
           "project_id", "corridor_id", "package_id", "parent_id", "date_precision",
           "curator_aliases", "country_source", "reported_by_id", "collection", "flow", "in_totals",
           "source_urls", "imported", "collection_info", "provenance", "possible_matches",
           "measure", "measure_others"}
# Why an imported record is listed but never summed, by what it is in its dataset.
NOT_SUMMED = {
    "troubled": QT_TRANSLATE_NOOP("record_text", "CGIT lists it among troubled transactions (deals that failed or "
                                  "were cancelled): kept apart, never added to investment totals."),
    "official_finance": QT_TRANSLATE_NOOP("record_text", "AidData does not recommend this row for aggregates (an "
                                          "umbrella agreement, a pledge, or finance counted in another row): listed "
                                          "and counted, never summed."),
}
FIELD_LABELS = {"doc_type": QT_TRANSLATE_NOOP("record_text", "Document type"),
                "parties_text": QT_TRANSLATE_NOOP("record_text", "Parties"),
                "partners_text": QT_TRANSLATE_NOOP("record_text", "Partners"),
                "countries_text": QT_TRANSLATE_NOOP("record_text", "Countries"),
                "kind": QT_TRANSLATE_NOOP("record_text", "Kind"), "name": QT_TRANSLATE_NOOP("record_text", "Name"),
                "kind_value": QT_TRANSLATE_NOOP("record_text", "Kind"),
                "title": QT_TRANSLATE_NOOP("record_text", "Title"),
                "date_text": QT_TRANSLATE_NOOP("record_text", "Date"),
                "value_usd": QT_TRANSLATE_NOOP("record_text", "Value"),
                "investment_usd": QT_TRANSLATE_NOOP("record_text", "Investment"),
                "total_usd": QT_TRANSLATE_NOOP("record_text", "Announced total"),
                "count": QT_TRANSLATE_NOOP("record_text", "Count"),
                "capacity_value": QT_TRANSLATE_NOOP("record_text", "Capacity"),
                "length_km": QT_TRANSLATE_NOOP("record_text", "Length"),
                "period_label": QT_TRANSLATE_NOOP("record_text", "Period"),
                "full_name": QT_TRANSLATE_NOOP("record_text", "Full name"),
                "location_country": QT_TRANSLATE_NOOP("record_text", "Located in"),
                "date_note": QT_TRANSLATE_NOOP("record_text", "Date note"),
                "status_note": QT_TRANSLATE_NOOP("record_text", "Status note"),
                "route_note": QT_TRANSLATE_NOOP("record_text", "Route"),
                "capacity_note": QT_TRANSLATE_NOOP("record_text", "Capacity note"),
                "investment_note": QT_TRANSLATE_NOOP("record_text", "Investment note"),
                "identification_note": QT_TRANSLATE_NOOP("record_text", "Identification"),
                "start_year": QT_TRANSLATE_NOOP("record_text", "Start year"),
                "end_year": QT_TRANSLATE_NOOP("record_text", "Completion year"),
                "published_note": QT_TRANSLATE_NOOP("record_text", "Date note"),
                "value": QT_TRANSLATE_NOOP("record_text: indicator", "Value"),  # a figure, not money
                "subsector": QT_TRANSLATE_NOOP("record_text", "Subsector"),
                # as "country" would read without a label of its own
                "country": QT_TRANSLATE_NOOP("record_text", "Country"),
                "sector": QT_TRANSLATE_NOOP("record_text", "Sector"),
                "status": QT_TRANSLATE_NOOP("record_text", "Status"),
                "region": QT_TRANSLATE_NOOP("record_text", "Region"),
                "city": QT_TRANSLATE_NOOP("record_text", "City"),
                "mode": QT_TRANSLATE_NOOP("record_text", "Mode"),
                "scope": QT_TRANSLATE_NOOP("record_text", "Scope"),
                "note": QT_TRANSLATE_NOOP("record_text", "Note"),
                "place": QT_TRANSLATE_NOOP("record_text", "Place"),
                "publisher": QT_TRANSLATE_NOOP("record_text", "Publisher"),
                "author": QT_TRANSLATE_NOOP("record_text", "Author"),
                "published": QT_TRANSLATE_NOOP("record_text", "Published")}
# How a linked record relates to the one shown (db.details: a relation, or a column naming a record)
# An organization's role in an agreement or a project (data.schema.PARTY_ROLES), as a reader reads it.
ROLES = {
    "party": QT_TRANSLATE_NOOP("record_text", "party"), "signatory": QT_TRANSLATE_NOOP("record_text", "signatory"),
    "lender": QT_TRANSLATE_NOOP("record_text", "lender"), "borrower": QT_TRANSLATE_NOOP("record_text", "borrower"),
    "buyer": QT_TRANSLATE_NOOP("record_text", "buyer"), "seller": QT_TRANSLATE_NOOP("record_text", "seller"),
    "supplier": QT_TRANSLATE_NOOP("record_text", "supplier"),
    "distributor": QT_TRANSLATE_NOOP("record_text", "distributor"),
    "investor": QT_TRANSLATE_NOOP("record_text", "investor"), "operator": QT_TRANSLATE_NOOP("record_text", "operator"),
    "contractor": QT_TRANSLATE_NOOP("record_text", "contractor"),
    "partner": QT_TRANSLATE_NOOP("record_text", "partner"), "owner": QT_TRANSLATE_NOOP("record_text", "owner"),
    "financier": QT_TRANSLATE_NOOP("record_text", "financier"),
    "guarantor": QT_TRANSLATE_NOOP("record_text", "guarantor"), "brand": QT_TRANSLATE_NOOP("record_text", "brand"),
}
RELATIONS = {"agreement": QT_TRANSLATE_NOOP("record_text", "Agreement"),
             "figure": QT_TRANSLATE_NOOP("record_text", "Figure"),
             "project": QT_TRANSLATE_NOOP("record_text", "Project"),
             "corridor": QT_TRANSLATE_NOOP("record_text", "Corridor"),
             "package": QT_TRANSLATE_NOOP("record_text", "Package"),
             "event": QT_TRANSLATE_NOOP("record_text", "Event"),
             "parent": QT_TRANSLATE_NOOP("record_text", "Parent"),
             "reported by": QT_TRANSLATE_NOOP("record_text", "Reported by"),
             "branch": QT_TRANSLATE_NOOP("record_text", "Branch"),
             "member": QT_TRANSLATE_NOOP("record_text", "Member"),
             "party": QT_TRANSLATE_NOOP("record_text", "Party"),
             "partner": QT_TRANSLATE_NOOP("record_text", "Partner"),
             "brand made by": QT_TRANSLATE_NOOP("record_text", "Brand made by"),
             "source of figure": QT_TRANSLATE_NOOP("record_text", "Source of figure")}
# "… and 15 more agreements", with each language's plural forms
MORE = {"agreements": QT_TRANSLATE_NOOP("record_text", "… and %n more agreement(s)"),
        "projects": QT_TRANSLATE_NOOP("record_text", "… and %n more project(s)"),
        "packages": QT_TRANSLATE_NOOP("record_text", "… and %n more package(s)"),
        "corridors": QT_TRANSLATE_NOOP("record_text", "… and %n more corridor(s)"),
        "indicators": QT_TRANSLATE_NOOP("record_text", "… and %n more indicator(s)"),
        "organizations": QT_TRANSLATE_NOOP("record_text", "… and %n more organization(s)"),
        "events": QT_TRANSLATE_NOOP("record_text", "… and %n more event(s)"),
        "sources": QT_TRANSLATE_NOOP("record_text", "… and %n more source(s)")}
MORE_RECORDS = QT_TRANSLATE_NOOP("record_text", "… and %n more record(s)")  # of a kind not in MORE
_VOCAB = {"country": "countries", "location_country": "countries", "doc_type": "doc_types",
          "mode": "corridor_modes", "kind_value": ""}
_STATUS = {"agreements": "agreement_statuses", "projects": "project_statuses",
           "corridors": "project_statuses"}
_KIND = {"organizations": "organization_kinds", "events": "event_kinds",
         "indicators": "indicator_kinds"}


def not_summed(flow: str) -> str:
    """Why a project of ``flow`` is never summed, in the interface language ("" for none)."""
    return translate("record_text", NOT_SUMMED[flow]) if flow in NOT_SUMMED else ""


def kind_singular(kind: str) -> str:
    """"Agreement": a record's kind in the interface language."""
    return translate("record_text", KIND_SINGULAR[kind]) if kind in KIND_SINGULAR else kind


def field_label(key: str) -> str:
    """A field's name in the interface language (a field with none: its column, as it is)."""
    if key == "value":  # an indicator's figure
        return translate("record_text: indicator", FIELD_LABELS[key])
    return translate("record_text", FIELD_LABELS[key]) if key in FIELD_LABELS else key.replace("_", " ").capitalize()


def _role(role: str) -> str:
    """"party", "lender", "brand": a role in the interface language, as a word inside a line."""
    return translate("record_text", ROLES[role]) if role in ROLES else role


def _relation(relation: str) -> str:
    return translate("record_text", RELATIONS[relation]) if relation in RELATIONS else relation.capitalize()


def link(kind: str, ident: str) -> str:
    return f"bri:record/{kind}/{quote(str(ident), safe='')}"


def article_link(source_id: str, kind: str = "", record_id: str = "") -> str:
    """The Article view on a source; with a record, scrolled to its quote."""
    tail = f"/{kind}/{quote(str(record_id), safe='')}" if kind and record_id else ""
    return f"bri:article/{quote(str(source_id), safe='')}{tail}"


def filter_link(facet: str, value: str) -> str:
    return f"bri:filter/{facet}/{quote(str(value), safe='')}"


def field_text(key: str, record: Mapping, vocab: Mapping) -> str:
    """One field of a record as a reader sees it: vocabulary labels, dates, money with its qualifier.
    A value of the wrong type (text in a money column of a foreign or damaged file) is shown as
    stored: the rest of the record still shows."""
    try:
        text = _field_text(key, record, vocab)
    except (TypeError, ValueError, ArithmeticError):
        return str(record.get(key))
    return text if isinstance(text, str) else str(text)


def _field_text(key: str, record: Mapping, vocab: Mapping) -> str:
    value = record.get(key)
    kind = record.get("kind", "")
    if key == "status" and kind in _STATUS:
        return vocab.get(_STATUS[kind], {}).get(value, value)
    if key in ("kind", "kind_value") and kind in _KIND:
        return vocab.get(_KIND[kind], {}).get(value, value)
    if key == "country" and record.get("country_source") in ("article", "curator"):
        source = vocab.get("country_sources", {}).get(record["country_source"], record["country_source"])
        return f"{vocab.get('countries', {}).get(value, value)} — {source[:1].lower()}{source[1:]}"
    if _VOCAB.get(key):
        return vocab.get(_VOCAB[key], {}).get(value, value)
    if key == "date_text":
        return format_range(value, record.get("end_text")) if kind == "events" else format_partial(value)
    if key == "published":
        return format_partial(value)
    if key == "value_usd":
        return format_usd(value, record.get("value_qualifier"))
    if key == "investment_usd":
        return format_usd(value, record.get("investment_qualifier"))
    if key == "total_usd":
        return format_usd(value, record.get("total_qualifier"))
    if key == "count":
        return format_number(value, "count", record.get("count_qualifier"))
    if key == "length_km":
        return format_number(value, "km", record.get("length_qualifier"))
    if key == "capacity_value":
        return format_capacity(value, record.get("capacity_value_low"), record.get("capacity_unit"))
    if key == "value" and kind == "indicators":
        return format_number(value, record.get("unit"), record.get("value_qualifier"))
    if key in ("sector", "subsector"):
        return vocabulary_label(str(value))
    return str(value)


def related_link(kind: str, facet: str, value: str) -> str:
    """Show, in the table, every record of ``kind`` whose ``facet`` is ``value``."""
    return f"bri:related/{kind}/{facet}/{quote(str(value), safe='')}"


def _degrees(value: object) -> str:
    """A latitude or longitude to two decimals; anything else (a damaged file's text) as stored."""
    return f"{value:.2f}" if is_number(value) else "" if value is None else str(value)


def details_html(record: Mapping, vocab: Mapping, muted: str = "#595959") -> str:
    """``muted`` is the colour of secondary text: the theme gives one readable on its base."""
    kind = record["kind"]
    title = record.get("title") or record.get("name") or record["id"]
    out = [f"<h3>{escape(shorten(str(title), SHOWN_CHARS))}</h3>",
           f"<p style='color:{muted}'>"
           + escape(translate("record_text", "{kind} · id {id}").format(kind=kind_singular(kind), id=record["id"]))]
    if kind == "agreements":
        binding = translate("record_text", "binding document") if record.get("binding") else \
            translate("record_text", "non-binding (not a commitment)")
        out.append(f" · {binding}")
    collection = record.get("collection")
    if collection and collection != "curated":
        name = vocab.get("collections", {}).get(collection, collection)
        flow = vocab.get("flows", {}).get(record.get("flow"), "")
        imported = translate("record_text", "imported: {collection}").format(collection=name)
        out.append(f" · {escape(imported)}{' · ' + escape(flow) if flow else ''}")
    out.append("</p>")
    if kind == "sources" and str(record.get("file", "")).startswith("sources/"):
        out.append("<p>" + translate("record_text", "<a href='{link}'>Open the article</a>: its text, every passage "
                                     "the records quote highlighted").format(link=article_link(record["id"])) + "</p>")
    if record.get("in_totals") in (0, False):
        flow = str(record.get("flow"))
        reason = translate("record_text", NOT_SUMMED[flow]) if flow in NOT_SUMMED else \
            translate("record_text", "Listed and counted, never summed.")
        heading = translate("record_text", "Not in any total.")  # lupdate reads no call inside an f-string
        out.append(f"<p><b>{escape(heading)}</b> {escape(reason)}</p>")
    if record.get("summary"):
        out.append(f"<p>{escape(shorten(str(record['summary']), SHOWN_CHARS))}</p>")
    rows = [(field_label(k), field_text(k, record, vocab))
            for k in record if k not in _HIDDEN and record.get(k) not in (None, "")]
    if kind == "projects" and record.get("lat") is not None:
        rows.append((translate("record_text", "Map position"),
                     translate("record_text", "{lat}, {lon} (approximate, placed by the curator)").format(
                         lat=_degrees(record["lat"]), lon=_degrees(record.get("lon")))))
    if rows:
        out.append("<table cellspacing='0' cellpadding='2'>")
        out += [f"<tr><td style='color:{muted};padding-right:8px'>{escape(label)}</td>"
                f"<td>{escape(shorten(str(value), SHOWN_CHARS))}</td></tr>" for label, value in rows]
        out.append("</table>")
    out += _roles_html(record)
    if record.get("aliases"):
        heading = translate("record_text", "Also known as")
        out.append(f"<h4>{escape(heading)}</h4><p>" + escape("; ".join(record["aliases"])) + "</p>")
    if record.get("curator_aliases"):
        heading = translate("record_text", "Also searchable as (added by the curator; no article spells it so)")
        out.append(f"<h4>{escape(heading)}</h4><p>" + escape("; ".join(record["curator_aliases"])) + "</p>")
    out += _parts_html(record)
    out += _measure_html(record, vocab)
    links = list(record.get("links", [])) + [i for i in record.get("related", []) if not i.get("figure")]
    items = [f"<li>{escape(_relation(item['relation']))}: "
             f"<a href='{link(item['kind'], item['id'])}'>{escape(str(item['title']))}</a></li>"
             for item in links]
    items += [_more_item(more) for more in record.get("related_more", [])]
    if items:
        heading = translate("record_text", "Linked records")
        out.append(f"<h4>{escape(heading)}</h4><ul>{''.join(items)}</ul>")
    out += _matches_html(record)
    out += _sources_html(record, muted)
    out += _provenance_html(record.get("provenance"), record.get("collection_info"), muted)
    return "".join(out)


def _roles_html(record: Mapping) -> list[str]:
    """An agreement's parties, a project's partners (and brands)."""
    roles = record.get("roles")
    if not roles:
        return []
    brands = any(r["role"] == "brand" for r in roles)
    if record["kind"] == "agreements":
        heading = translate("record_text", "Parties and brands") if brands else translate("record_text", "Parties")
    else:
        heading = translate("record_text", "Partners and brands") if brands else translate("record_text", "Partners")
    details = escape(translate("record_text", "details"))
    items = [f"<li><a href='{filter_link('organization', r['org'])}'>{escape(r['name'])}</a>"
             f" — {escape(_role(r['role']))} · <a href='{link('organizations', r['org'])}'>{details}</a>"
             "</li>" for r in roles]
    return [f"<h4>{escape(heading)}</h4><ul>{''.join(items)}</ul>"]


def _parts_html(record: Mapping) -> list[str]:
    """A package's components, a corridor's route, a project's or a corridor's figures by period."""
    out = []
    if record.get("components"):
        items = [f"<li>{escape(c['label'])}: "
                 f"{escape(format_number(c['count'], 'count') if c.get('count') else '')}"
                 f"{escape(' · ' + format_usd(c['value_usd'], c.get('value_qualifier')) if c.get('value_usd') else '')}"
                 "</li>" for c in record["components"]]
        heading = translate("record_text", "Components (announced, not allocated to deals)")
        out.append(f"<h4>{escape(heading)}</h4><ul>{''.join(items)}</ul>")
    if record.get("nodes"):
        curators = " — " + translate("record_text", "placed by the curator; the articles do not name it as a "
                                     "point of this route")
        items = [f"<li>{escape(n['name'])} ({escape(n['country'])}, {escape(node_kind(n['kind']))})"
                 f"{'' if n['named_in_source'] else escape(curators)}</li>"
                 for n in record["nodes"]]
        heading = translate("record_text", "Route (approximate positions)")
        out.append(f"<h4>{escape(heading)}</h4><ol>{''.join(items)}</ol>")
    figures = [item for item in record.get("related", []) if item.get("figure")]
    if figures:
        items = [f"<li><b>{escape(item['figure'][0])}</b> — {escape(item['figure'][1])}: "
                 f"<a href='{link(item['kind'], item['id'])}'>{escape(str(item['title']))}</a></li>"
                 for item in figures]
        heading = translate("record_text", "Figures by period (each with its source)")
        out.append(f"<h4>{escape(heading)}</h4><ul>{''.join(items)}</ul>")
    return out


def _sources_html(record: Mapping, muted: str) -> list[str]:
    """Each source with its quote; the dataset's own sources of an imported record."""
    out = []
    if record.get("citations"):
        heading = translate("record_text", "Sources")
        out.append(f"<h4>{escape(heading)}</h4>")
        for cite in record["citations"]:
            who = ", ".join(escape(x) for x in (cite.get("author"), cite.get("publisher")) if x)
            when = escape(format_partial(cite.get("published")) if cite.get("published")
                          else translate("record_text", "undated"))
            show = (f" <a href='{article_link(cite['source'], record.get('kind', ''), record['id'])}'>"
                    + escape(translate("record_text", "Show in article")) + "</a>"
                    if str(cite.get("file", "")).startswith("sources/") else "")
            out.append(f"<p><b>{escape(cite['title'])}</b><br>"
                       f"<span style='color:{muted}'>{who}{' · ' if who else ''}{when}</span><br>"
                       f"<i>“{escape(shorten(cite['quote'], SHOWN_CHARS))}”</i>{show}</p>")
    if record.get("source_urls"):
        urls = [u for u in str(record["source_urls"]).split("\n") if u]
        heading = translate("record_text", "The dataset's own sources")
        out.append(f"<h4>{escape(heading, quote=False)}</h4><ul>"
                   + "".join(f"<li>{escape(shorten(u, 300))}</li>" for u in urls) + "</ul>")
    return out


def figures_link(measure: str) -> str:
    """The Figures view on a measure: its figures side by side."""
    return f"bri:figures/{quote(str(measure), safe='')}"


def _measure_html(record: Mapping, vocab: Mapping) -> list[str]:
    others = record.get("measure_others") or []
    if not record.get("measure"):
        return []
    label = vocab.get("measures", {}).get(record["measure"], record["measure"])
    items = [f"<li><b>{escape(o['figure'])}</b> — {escape(str(o['period']))}: "
             f"<a href='{link('indicators', o['id'])}'>{escape(str(o['name']))}</a></li>" for o in others]
    heading = translate("record_text", "Figures for this measure: {measure}").format(measure=label)
    count = len(others)  # lupdate reads a count by name only
    compared = translate("record_text", "<a href='{link}'>%n other figure(s) for this measure</a>, side by side "
                         "with this one (each from its source; not reconciled)", None, count)
    return [f"<h4>{escape(heading)}</h4><p>{compared.format(link=figures_link(record['measure']))}</p>",
            f"<ul>{''.join(items)}</ul>"]


def _matches_html(record: Mapping) -> list[str]:
    matches = record.get("possible_matches") or []
    if not matches:
        return []
    items = []
    for m in matches:
        if "more" in m:
            more = m["more"]
            items.append("<li>" + escape(translate("record_text", "… and %n more", None, more)) + "</li>")
            continue
        noun = kind_singular(m["kind"]).lower()
        where = translate("record_text", "({kind}, curated)") if m.get("collection") == "curated" else \
            translate("record_text", "({kind}, imported)")
        items.append(f"<li><a href='{link(m['kind'], m['id'])}'>{escape(str(m['title']))}</a> "
                     f"{escape(where.format(kind=noun))} — {escape(m['reason'])}</li>")
    heading = translate("record_text", "Possibly the same as")
    said = translate("record_text", "A suggestion from matching fields; the records are kept apart and never merged "
                     "or added together.")
    return [f"<h4>{escape(heading)}</h4><p>{escape(said)}</p><ul>", *items, "</ul>"]


def _provenance_html(prov: Mapping | None, info: Mapping | None, muted: str) -> list[str]:
    """The file, row and import an imported record comes from, and the row as it was."""
    def table(rows: list[tuple[str, object]]) -> str:
        cells = "".join(f"<tr><td style='color:{muted};padding-right:8px'>{escape(k)}</td>"
                        f"<td>{escape(shorten(str(v), SHOWN_CHARS))}</td></tr>" for k, v in rows if v not in (None, ""))
        return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"

    def heading(text: str) -> str:
        return f"<h4>{escape(text)}</h4>"

    collection, file, imported = (translate("record_text", "Collection"), translate("record_text", "File"),
                                  translate("record_text", "Imported"))
    version, amounts = translate("record_text", "Importer version"), translate("record_text", "Amounts")
    if prov:
        out = [heading(translate("record_text", "Imported from")), table([
            (collection, prov["collection"]), (file, prov["file"]), ("SHA-256", prov["sha256"]),
            (translate("record_text", "Sheet"), prov.get("sheet")), (translate("record_text", "Row"), prov["row"]),
            (imported, prov["imported_at"]), (version, prov["importer_version"]), (amounts, prov.get("basis"))])]
        if prov.get("original"):
            out += [heading(translate("record_text", "The row as it was in the file")),
                    table(list(prov["original"].items()))]
        return out
    if info and info.get("id") != "curated":
        return [heading(translate("record_text", "Imported collection")), table([
            (collection, info["name"]), (file, info.get("file")), ("SHA-256", info.get("sha256")),
            (translate("record_text", "Sheets"), info.get("sheet")), (imported, info.get("imported_at")),
            (version, info.get("importer_version")), (translate("record_text", "Records"), f"{info.get('rows', 0):,}"),
            (amounts, info.get("basis")), (translate("record_text", "Left out"), info.get("note"))])]
    return []


def _more_item(more: Mapping) -> str:
    """"… and 50,340 more agreements: show them in the table"."""
    text = translate("record_text", MORE.get(more["kind"], MORE_RECORDS), None, more["count"])
    if more.get("facet"):
        href = related_link(more["kind"], more["facet"], more["value"])
        return "<li>" + translate("record_text", "{more}: <a href='{link}'>show them in the table</a>").format(
            more=escape(text), link=href) + "</li>"
    return f"<li>{escape(text)}</li>"


def citations_text(record: Mapping, version: str = "") -> str:
    """What "Copy citation" puts on the clipboard: the record, then each source and quote."""
    title = record.get("title") or record.get("name") or record["id"]
    lines = [f"{title}"]
    lines += [translate("record_text", "Source: {citation}").format(citation=citation_text(c))
              for c in record.get("citations", [])]
    via = translate("record_text", "Via BRI Desktop dataset {version}, record {kind}/{id}") if version else \
        translate("record_text", "Via BRI Desktop dataset, record {kind}/{id}")
    lines.append(via.format(kind=record["kind"], id=record["id"], version=version))
    return "\n".join(lines)

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
from bri_desktop.core.money import format_number, format_usd

KIND_SINGULAR = {"agreements": "Agreement", "projects": "Project", "packages": "Package",
                 "corridors": "Corridor", "indicators": "Indicator",
                 "organizations": "Organization", "events": "Event", "sources": "Source"}
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
    "troubled": "CGIT lists it among troubled transactions (deals that failed or were cancelled): "
                "kept apart, never added to investment totals.",
    "official_finance": "AidData does not recommend this row for aggregates (an umbrella agreement, "
                        "a pledge, or finance counted in another row): listed and counted, never summed.",
}
FIELD_LABELS = {"doc_type": "Document type", "date_text": "Date", "value_usd": "Value",
           "investment_usd": "Investment", "total_usd": "Announced total", "count": "Count",
           "capacity_value": "Capacity", "length_km": "Length", "period_label": "Period",
           "full_name": "Full name", "location_country": "Located in", "date_note": "Date note",
           "status_note": "Status note", "route_note": "Route", "capacity_note": "Capacity note",
           "investment_note": "Investment note", "identification_note": "Identification",
           "start_year": "Start year", "end_year": "Completion year", "published_note": "Date note",
           "value": "Value", "subsector": "Subsector"}
_VOCAB = {"country": "countries", "location_country": "countries", "doc_type": "doc_types",
          "mode": "corridor_modes", "kind_value": ""}
_STATUS = {"agreements": "agreement_statuses", "projects": "project_statuses",
           "corridors": "project_statuses"}
_KIND = {"organizations": "organization_kinds", "events": "event_kinds",
         "indicators": "indicator_kinds"}


def link(kind: str, ident: str) -> str:
    return f"bri:record/{kind}/{quote(str(ident), safe='')}"


def article_link(source_id: str, kind: str = "", record_id: str = "") -> str:
    """The Article view on a source; with a record, scrolled to its quote."""
    tail = f"/{kind}/{quote(str(record_id), safe='')}" if kind and record_id else ""
    return f"bri:article/{quote(str(source_id), safe='')}{tail}"


def filter_link(facet: str, value: str) -> str:
    return f"bri:filter/{facet}/{quote(str(value), safe='')}"


def field_text(key: str, record: Mapping, vocab: Mapping) -> str:
    """One field of a record as a reader sees it: vocabulary labels, dates, money with its qualifier."""
    value = record.get(key)
    kind = record.get("kind", "")
    if key == "status" and kind in _STATUS:
        return vocab.get(_STATUS[kind], {}).get(value, value)
    if key == "kind" and kind in _KIND:
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
    return str(value)


def related_link(kind: str, facet: str, value: str) -> str:
    """Show, in the table, every record of ``kind`` whose ``facet`` is ``value``."""
    return f"bri:related/{kind}/{facet}/{quote(str(value), safe='')}"


def details_html(record: Mapping, vocab: Mapping, muted: str = "#595959") -> str:
    """``muted`` is the colour of secondary text: the theme gives one readable on its base."""
    kind = record["kind"]
    title = record.get("title") or record.get("name") or record["id"]
    out = [f"<h3>{escape(shorten(str(title), SHOWN_CHARS))}</h3>",
           f"<p style='color:{muted}'>{KIND_SINGULAR.get(kind, kind)} · id {escape(record['id'])}"]
    if kind == "agreements":
        binding = "binding document" if record.get("binding") else "non-binding (not a commitment)"
        out.append(f" · {binding}")
    collection = record.get("collection")
    if collection and collection != "curated":
        name = vocab.get("collections", {}).get(collection, collection)
        flow = vocab.get("flows", {}).get(record.get("flow"), "")
        out.append(f" · imported: {escape(name)}{' · ' + escape(flow) if flow else ''}")
    out.append("</p>")
    if kind == "sources" and str(record.get("file", "")).startswith("sources/"):
        out.append(f"<p><a href='{article_link(record['id'])}'>Open the article</a>: its text, every "
                   "passage the records quote highlighted</p>")
    if record.get("in_totals") in (0, False):
        reason = NOT_SUMMED.get(str(record.get("flow")), "Listed and counted, never summed.")
        out.append(f"<p><b>Not in any total.</b> {escape(reason)}</p>")
    if record.get("summary"):
        out.append(f"<p>{escape(shorten(str(record['summary']), SHOWN_CHARS))}</p>")
    rows = [(FIELD_LABELS.get(k, k.replace("_", " ").capitalize()), field_text(k, record, vocab))
            for k in record if k not in _HIDDEN and record.get(k) not in (None, "")]
    if kind == "projects" and record.get("lat") is not None:
        rows.append(("Map position", f"{record['lat']:.2f}, {record['lon']:.2f} "
                     "(approximate, placed by the curator)"))
    if rows:
        out.append("<table cellspacing='0' cellpadding='2'>")
        out += [f"<tr><td style='color:{muted};padding-right:8px'>{escape(label)}</td>"
                f"<td>{escape(shorten(str(value), SHOWN_CHARS))}</td></tr>" for label, value in rows]
        out.append("</table>")
    if record.get("roles"):
        heading = "Parties" if kind == "agreements" else "Partners"
        if any(r["role"] == "brand" for r in record["roles"]):
            heading += " and brands"
        items = [f"<li><a href='{filter_link('organization', r['org'])}'>{escape(r['name'])}</a>"
                 f" — {escape(r['role'])} · <a href='{link('organizations', r['org'])}'>details</a>"
                 "</li>" for r in record["roles"]]
        out.append(f"<h4>{heading}</h4><ul>{''.join(items)}</ul>")
    if record.get("aliases"):
        out.append("<h4>Also known as</h4><p>" + escape("; ".join(record["aliases"])) + "</p>")
    if record.get("curator_aliases"):
        out.append("<h4>Also searchable as (added by the curator; no article spells it so)</h4><p>"
                   + escape("; ".join(record["curator_aliases"])) + "</p>")
    if record.get("components"):
        items = [f"<li>{escape(c['label'])}: "
                 f"{escape(format_number(c['count'], 'count') if c.get('count') else '')}"
                 f"{escape(' · ' + format_usd(c['value_usd'], c.get('value_qualifier')) if c.get('value_usd') else '')}"
                 "</li>" for c in record["components"]]
        out.append("<h4>Components (announced, not allocated to deals)</h4>"
                   f"<ul>{''.join(items)}</ul>")
    if record.get("nodes"):
        curators = " — placed by the curator; the articles do not name it as a point of this route"
        items = [f"<li>{escape(n['name'])} ({escape(n['country'])}, {escape(n['kind'])})"
                 f"{'' if n['named_in_source'] else curators}</li>"
                 for n in record["nodes"]]
        out.append(f"<h4>Route (approximate positions)</h4><ol>{''.join(items)}</ol>")
    figures = [item for item in record.get("related", []) if item.get("figure")]
    if figures:
        items = [f"<li><b>{escape(item['figure'][0])}</b> — {escape(item['figure'][1])}: "
                 f"<a href='{link(item['kind'], item['id'])}'>{escape(str(item['title']))}</a></li>"
                 for item in figures]
        out.append(f"<h4>Figures by period (each with its source)</h4><ul>{''.join(items)}</ul>")
    out += _measure_html(record, vocab)
    links = list(record.get("links", [])) + [i for i in record.get("related", []) if not i.get("figure")]
    items = [f"<li>{escape(item['relation'].capitalize())}: "
             f"<a href='{link(item['kind'], item['id'])}'>{escape(str(item['title']))}</a></li>"
             for item in links]
    items += [_more_item(more) for more in record.get("related_more", [])]
    if items:
        out.append(f"<h4>Linked records</h4><ul>{''.join(items)}</ul>")
    out += _matches_html(record)
    if record.get("citations"):
        out.append("<h4>Sources</h4>")
        for cite in record["citations"]:
            who = ", ".join(escape(x) for x in (cite.get("author"), cite.get("publisher")) if x)
            when = escape(format_partial(cite.get("published"))) if cite.get("published") else "undated"
            show = (f" <a href='{article_link(cite['source'], record.get('kind', ''), record['id'])}'>"
                    "Show in article</a>" if str(cite.get("file", "")).startswith("sources/") else "")
            out.append(f"<p><b>{escape(cite['title'])}</b><br>"
                       f"<span style='color:{muted}'>{who}{' · ' if who else ''}{when}</span><br>"
                       f"<i>“{escape(shorten(cite['quote'], SHOWN_CHARS))}”</i>{show}</p>")
    if record.get("source_urls"):
        urls = [u for u in str(record["source_urls"]).split("\n") if u]
        out.append("<h4>The dataset's own sources</h4><ul>"
                   + "".join(f"<li>{escape(shorten(u, 300))}</li>" for u in urls) + "</ul>")
    out += _provenance_html(record.get("provenance"), record.get("collection_info"), muted)
    return "".join(out)


def figures_link(measure: str) -> str:
    """The Figures view on a measure: its figures side by side."""
    return f"bri:figures/{quote(str(measure), safe='')}"


def _measure_html(record: Mapping, vocab: Mapping) -> list[str]:
    others = record.get("measure_others") or []
    if not record.get("measure"):
        return []
    label = vocab.get("measures", {}).get(record["measure"], record["measure"])
    count = f"{len(others)} other figure{'s' if len(others) != 1 else ''}"
    items = [f"<li><b>{escape(o['figure'])}</b> — {escape(str(o['period']))}: "
             f"<a href='{link('indicators', o['id'])}'>{escape(str(o['name']))}</a></li>" for o in others]
    return [f"<h4>Figures for this measure: {escape(label)}</h4>"
            f"<p><a href='{figures_link(record['measure'])}'>{count} for this measure</a>, side by "
            "side with this one (each from its source; not reconciled)</p>", f"<ul>{''.join(items)}</ul>"]


def _matches_html(record: Mapping) -> list[str]:
    matches = record.get("possible_matches") or []
    if not matches:
        return []
    items = []
    for m in matches:
        if "more" in m:
            items.append(f"<li>… and {m['more']:,} more</li>")
            continue
        where = "curated" if m.get("collection") == "curated" else "imported"
        items.append(f"<li><a href='{link(m['kind'], m['id'])}'>{escape(str(m['title']))}</a> "
                     f"({KIND_SINGULAR.get(m['kind'], m['kind']).lower()}, {where}) — {escape(m['reason'])}</li>")
    return ["<h4>Possibly the same as</h4><p>A suggestion from matching fields; the records are kept "
            "apart and never merged or added together.</p><ul>", *items, "</ul>"]


def _provenance_html(prov: Mapping | None, info: Mapping | None, muted: str) -> list[str]:
    """The file, row and import an imported record comes from, and the row as it was."""
    def table(rows: list[tuple[str, object]]) -> str:
        cells = "".join(f"<tr><td style='color:{muted};padding-right:8px'>{escape(k)}</td>"
                        f"<td>{escape(shorten(str(v), SHOWN_CHARS))}</td></tr>" for k, v in rows if v not in (None, ""))
        return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"

    if prov:
        out = ["<h4>Imported from</h4>", table([
            ("Collection", prov["collection"]), ("File", prov["file"]), ("SHA-256", prov["sha256"]),
            ("Sheet", prov.get("sheet")), ("Row", prov["row"]), ("Imported", prov["imported_at"]),
            ("Importer version", prov["importer_version"]), ("Amounts", prov.get("basis"))])]
        if prov.get("original"):
            out += ["<h4>The row as it was in the file</h4>", table(list(prov["original"].items()))]
        return out
    if info and info.get("id") != "curated":
        return ["<h4>Imported collection</h4>", table([
            ("Collection", info["name"]), ("File", info.get("file")), ("SHA-256", info.get("sha256")),
            ("Sheets", info.get("sheet")), ("Imported", info.get("imported_at")),
            ("Importer version", info.get("importer_version")), ("Records", f"{info.get('rows', 0):,}"),
            ("Amounts", info.get("basis")), ("Left out", info.get("note"))])]
    return []


def _more_item(more: Mapping) -> str:
    """"… and 50,340 more agreements: show them in the table"."""
    noun = KIND_SINGULAR.get(more["kind"], more["kind"]).lower()
    noun = noun if more["count"] == 1 else more["kind"]
    text = f"… and {more['count']:,} more {noun}"
    if more.get("facet"):
        href = related_link(more["kind"], more["facet"], more["value"])
        return f"<li>{escape(text)}: <a href='{href}'>show them in the table</a></li>"
    return f"<li>{escape(text)}</li>"


def citations_text(record: Mapping, version: str = "") -> str:
    """What "Copy citation" puts on the clipboard: the record, then each source and quote."""
    title = record.get("title") or record.get("name") or record["id"]
    lines = [f"{title}"]
    lines += [f"Source: {citation_text(c)}" for c in record.get("citations", [])]
    dataset = f"BRI Desktop dataset {version}".strip()
    lines.append(f"Via {dataset}, record {record['kind']}/{record['id']}")
    return "\n".join(lines)

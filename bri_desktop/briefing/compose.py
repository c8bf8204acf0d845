"""A briefing composed from the dataset: each item becomes text whose facts are cited, figures to
draw, tables; the caveats are written here, never by the user:
- a package total is announced, not a sum of the projects beside it;
- a memorandum (any document that is not binding) is not a commitment;
- an indicator is shown with the other sources' figures for the same measure;
- an inferred date or an approximate map position says so;
- undisclosed values are counted ("26 of 30 projects disclose no value");
- an imported record that its dataset keeps out of totals says so.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Mapping

from bri_desktop.briefing.document import (
    CAVEAT,
    FACT,
    HEADING1,
    HEADING2,
    NOTE,
    PARA,
    Block,
    Citations,
    Document,
    Figure,
    Run,
    Table,
)
from bri_desktop.briefing.spec import Briefing, Item, shown_date
from bri_desktop.briefing.views import add_figures, add_timeline
from bri_desktop.core.charts import DIMENSIONS, MEASURES, build_chart
from bri_desktop.core.dates import is_inferred
from bri_desktop.core.export import citation_text
from bri_desktop.core.filters import filter_from_dict
from bri_desktop.core.formatting import shorten
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, number, translate
from bri_desktop.core.record_text import field_label, field_text, kind_singular, not_summed
from bri_desktop.db import aggregates, queries
from bri_desktop.db.corridors import corridor_network, matching_corridors
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.details import export_records, record_details
from bri_desktop.db.kinds import KINDS

TABLE_LIMIT = 50  # rows of a table item unless it says otherwise
# The columns of a table item unless it names its own.
TABLE_COLUMNS = {
    "agreements": ["title", "doc_type", "date_text", "value_usd", "status"],
    "projects": ["name", "country", "sector", "investment_usd", "status"],
    "packages": ["name", "country", "date_text", "total_usd", "count"],
    "corridors": ["name", "mode", "status"],
    "indicators": ["name", "value", "period_label"],
    "organizations": ["name", "kind", "country"],
    "events": ["name", "date_text"],
    "sources": ["title", "publisher", "published"],
}
# The facts of a record, in the order they are written, by kind.
FACTS = {
    "agreements": ["doc_type", "date_text", "parties_text", "value_usd", "status", "country", "sector"],
    "projects": ["country", "sector", "investment_usd", "capacity_value", "partners_text", "status",
                 "start_year", "end_year"],
    "packages": ["total_usd", "count", "date_text", "country"],
    "corridors": ["mode", "length_km", "countries_text", "status"],
    "indicators": ["value", "period_label", "scope", "countries_text"],
    "organizations": ["full_name", "kind_value", "country"],
    "events": ["date_text", "location_country"],
    "sources": ["publisher", "author", "published"],
}



class Composer:
    def __init__(self, dataset: Dataset, generated: dt.date):
        self.dataset = dataset
        self.conn: sqlite3.Connection = dataset.connection()
        self.generated = generated
        self.cites = Citations()
        self.blocks: list = []
        self.collections_used: set[str] = set()
        self._network: list[dict] | None = None  # the corridors, for the maps

    # -- citations

    def cite_record(self, record: Mapping) -> tuple[int, ...]:
        numbers = []
        prov = record.get("provenance")
        if prov:
            where = translate("Composer", "sheet {sheet}, row {row}: {title}") if prov.get("sheet") \
                else translate("Composer", "row {row}: {title}")
            urls = (record.get("source_urls") or "").split()
            title = record.get("name") or record.get("title") or record["id"]
            source = translate("Composer", "{collection} (imported collection): file {file}, SHA-256 {sha256}, "
                                           "imported {imported}")
            numbers.append(self.cites.cite(  # the key of the collection's source: one number with its rows
                f"source:{record.get('collection')}-file",
                source.format(collection=prov["collection"], file=prov["file"], sha256=prov["sha256"],
                              imported=prov["imported_at"]),
                where.format(sheet=prov.get("sheet"), row=prov["row"], title=title), urls[0] if urls else ""))
            self.collections_used.add(prov["collection"])
        for cite in record.get("citations", []):
            if prov and not str(cite.get("file", "")).startswith("sources/"):
                continue  # the collection's own file: cited above, with its sheet and row
            numbers.append(self.cites.cite(f"source:{cite['source']}", _source_line(cite), cite.get("quote", "")))
        if not numbers:  # no source of its own (should not happen): the dataset itself
            numbers.append(self.cite_dataset())
        return tuple(dict.fromkeys(numbers))

    def cite_dataset(self, what: str = "") -> int:
        return self.cites.cite("dataset", translate("Composer", "BRI Desktop dataset {version} (curated from the "
                                                                "articles listed in these notes; figures drawn from "
                                                                "its records)").format(version=self.dataset.version),
                               what)

    # -- items

    def add(self, item: Item) -> None:
        handlers: dict[str, Callable[[dict], object]] = {
            "record": self._record, "indicator": self._indicator, "chart": self._chart,
            "map": self._map, "table": self._table, "note": self._note,
            "timeline": lambda s: add_timeline(self, s), "figures": lambda s: add_figures(self, s)}
        handlers[item.type](item.settings)

    def _note(self, s: dict) -> None:
        for para in str(s["text"]).split("\n\n"):
            if para.strip():
                self.blocks.append(Block(NOTE, [Run(para.strip())]))

    def _record(self, s: dict, heading: bool = True) -> dict | None:
        kind, ident = s["kind"], s["id"]
        if kind not in KINDS:
            self.blocks.append(Block(CAVEAT, [Run(self._no_kind(kind))]))
            return None
        record = record_details(self.conn, kind, ident)
        if record is None:
            self.blocks.append(Block(CAVEAT, [Run(
                translate("Composer", "{kind} '{id}' is not in dataset {version}: left out.")
                .format(kind=kind_singular(kind), id=ident, version=self.dataset.version))]))
            return None
        vocab = self.dataset.vocabulary
        cites = self.cite_record(record)
        title = record.get("title") or record.get("name") or ident
        if heading:
            self.blocks.append(Block(HEADING2, [Run(str(title))]))
        if record.get("summary"):
            self.blocks.append(Block(PARA, [Run(str(record["summary"]), cites)]))
        for key in FACTS.get(kind, []):
            value = record.get(key)
            if value in (None, ""):
                continue
            text = field_text(key, record, vocab)
            if key == "countries_text":
                text = ", ".join(vocab.get("countries", {}).get(c, c) for c in sorted(_countries(value)))
            if key == "date_text" and is_inferred(record.get("date_note")):
                text = translate("Composer", "{date} (inferred)").format(date=text)
            self.blocks.append(Block(FACT, [Run(f"{field_label(key)}: {text}", cites)]))
        for caveat in self._caveats(kind, record):
            self.blocks.append(Block(CAVEAT, [Run(caveat)]))
        return record

    def _caveats(self, kind: str, record: Mapping) -> list[str]:
        out = []
        vocab = self.dataset.vocabulary
        if kind == "agreements" and not record.get("binding"):
            doc_type = str(record.get("doc_type") or "")
            doc = vocab.get("doc_types", {}).get(doc_type, doc_type)
            out.append(translate("Composer", "A {document} records intent: it is not a commitment, and its value "
                                             "(if any) is a pledge.").format(document=str(doc).lower()))
        if kind == "packages":
            out.append(translate("Composer", "The package total is an announced figure for the package as a whole: "
                                             "it is not a sum of the projects or agreements in this briefing, and is "
                                             "never added to them."))
        if is_inferred(record.get("date_note")):
            out.append(translate("Composer", "Date inferred: {note}").format(note=record["date_note"]))
        if kind == "projects" and record.get("approx") and record.get("lat") is not None:
            out.append(translate("Composer", "Its position on the map is approximate (the article names a place, "
                                             "not a site)."))
        if kind == "projects" and not record.get("in_totals", 1):
            out.append(not_summed(str(record.get("flow") or ""))
                       or translate("Composer", "Listed, never summed in totals."))
        if kind == "indicators" and record.get("note"):
            out.append(str(record["note"]))
        return out

    def _indicator(self, s: dict) -> None:
        record = self._record({"kind": "indicators", "id": s["id"]})
        if record is None:
            return
        siblings = self.siblings(record)
        if not siblings:
            return
        vocab = self.dataset.vocabulary
        self.blocks.append(Block(CAVEAT, [Run(
            translate("Composer", "The articles give other figures for the same measure ({count}); they are shown "
                                  "beside it, not reconciled:").format(count=len(siblings)))]))
        for other in siblings:
            cites = self.cite_record(other)
            self.blocks.append(Block(FACT, [Run(
                f"{other['name']}: {field_text('value', other, vocab)}, {other['period_label']}", cites)]))

    def siblings(self, record: Mapping) -> list[dict]:
        """The other figures of the indicator's curated measure (the records' 'measure'), in
        the measure's order: figures the curator has found to count the same thing."""
        if not record.get("measure"):
            return []
        rows = self.conn.execute("SELECT id FROM indicators WHERE measure = ? AND id != ? ORDER BY seq",
                                 (record["measure"], record["id"])).fetchall()
        return [other for (ident,) in rows if (other := record_details(self.conn, "indicators", ident))]

    def _chart(self, s: dict) -> None:
        measure, dimension = s["measure"], s["dimension"]
        breakdown = s.get("breakdown") or None
        if measure not in MEASURES or dimension not in DIMENSIONS:
            self.blocks.append(Block(CAVEAT, [Run(
                translate("Composer", "A chart of '{measure}' by '{dimension}' cannot be drawn: left out.")
                .format(measure=measure, dimension=dimension))]))
            return
        flt = filter_from_dict(s.get("filter", {}))
        agg = aggregates.aggregate(self.conn, dimension, flt, breakdown)
        chart = build_chart(agg, measure, self.dataset.labels)
        filters = self.dataset.describe(flt)
        caption = translate("Composer", "{title}. Filters: {filters}. Dataset {version}.").format(
            title=chart.title, filters=filters, version=self.dataset.version)
        cite = self.cite_dataset(translate("Composer", "Chart: {title}; filters: {filters}").format(
            title=chart.title, filters=filters))
        self.blocks.append(Figure("chart", caption, (cite,), chart))
        for note in chart.notes:
            self.blocks.append(Block(CAVEAT, [Run(note)]))
        if chart.packages and measure == "investment":
            self.blocks.append(Block(CAVEAT, [Run(
                translate("Composer", "Package totals, announced for packages as a whole, are not in the bars and "
                                      "are not a sum of them: {packages}.")
                .format(packages="; ".join(chart.packages)))]))

    def _map(self, s: dict) -> None:
        mode = str(s.get("mode")) if s.get("mode") in ("geographic", "schematic") else "geographic"
        selected = s.get("selected") or None
        flt = filter_from_dict(s.get("filter", {}))
        name = ""
        if selected:
            row = self.conn.execute("SELECT name FROM corridors WHERE id = ?", (selected,)).fetchone()
            name = row[0] if row else ""
        caption = translate("Composer", _MAP_CAPTIONS[(mode, bool(name))]).format(name=name,
                                                                                   version=self.dataset.version)
        cite = self.cite_dataset(translate("Composer", "Corridor map: routes and nodes of the dataset's corridors"))
        if self._network is None:  # read here, on the worker: drawing the map runs no SQL
            self._network = corridor_network(self.conn)
        matching = None if flt.is_empty() else matching_corridors(self.conn, flt)
        self.blocks.append(Figure("map", caption, (cite,), {"mode": mode, "selected": selected,
                                                             "network": self._network, "matching": matching}))
        if mode == "geographic":
            self.blocks.append(Block(CAVEAT, [Run(
                translate("Composer", "Positions marked as approximate on the map stand for a named place, not a "
                                      "surveyed site; routes are drawn between nodes, not along the track."))]))

    def _table(self, s: dict) -> None:
        kind = s["kind"]
        if kind not in KINDS:
            self.blocks.append(Block(CAVEAT, [Run(self._no_kind(kind))]))
            return
        flt = filter_from_dict(s.get("filter", {}))
        columns = [c for c in s.get("columns") or TABLE_COLUMNS.get(kind, ["id"])]
        limit = int(s.get("limit") or TABLE_LIMIT)
        vocab = self.dataset.vocabulary
        rows: list[list[str]] = []
        cites: list[tuple[int, ...]] = []
        memoranda = False  # a record of the table is a memorandum (by its document type's code)
        money = {"agreements": "value_usd", "projects": "investment_usd", "packages": "total_usd"}.get(kind)
        total = queries.count(self.conn, kind, flt)  # counted in SQL: a filter may keep a million
        undisclosed = queries.count_undisclosed(self.conn, kind, flt, money) if money else 0
        for record in export_records(self.conn, kind, flt, batch=min(limit, 1000)):
            if len(rows) >= limit:
                break
            record["kind"] = kind
            rows.append([shorten(field_text(c, record, vocab), 160) if record.get(c) not in (None, "") else ""
                         for c in columns])
            cites.append(self.cite_record(record))
            memoranda = memoranda or str(record.get("doc_type") or "").startswith("memorand")
        name = s.get("name") or KINDS[kind].label
        counted = KINDS[kind].count_text(total)  # "1,234 agreements"
        caption = (translate("Composer", "{name}: {shown} of {count}. Filters: {filters}. Dataset {version}.")
                   if total > len(rows) else
                   translate("Composer", "{name}: {count}. Filters: {filters}. Dataset {version}.")).format(
            name=name, shown=number(len(rows), 0), count=counted, filters=self.dataset.describe(flt),
            version=self.dataset.version)
        self.blocks.append(Table([field_label(c) for c in columns] + [translate("Composer", "Sources")], rows, caption,
                                 cites))
        if money and total and undisclosed:
            self.blocks.append(Block(CAVEAT, [Run(translate("Composer", "%n of {count} disclose no value.", None,
                                                            undisclosed).format(count=counted))]))
        if kind == "agreements" and "doc_type" in columns and memoranda:
            self.blocks.append(Block(CAVEAT, [Run(translate("Composer", "Memoranda in this table record intent, "
                                                                        "not commitments."))]))

    @staticmethod
    def _no_kind(kind: str) -> str:
        return translate("Composer", "Not in the briefing: '{kind}' is not a kind of record.").format(kind=kind)

    # -- the whole

    def compose(self, briefing: Briefing) -> Document:
        for section in briefing.sections:
            if section.name:
                self.blocks.append(Block(HEADING1, [Run(section.name)]))
            for item in section.items:
                self.add(item)
        collections = sorted(self.collections_used)
        footer = (translate("Composer", "BRI Desktop dataset {version} · imported collections: {collections} · "
                                        "generated {date}") if collections else
                  translate("Composer", "BRI Desktop dataset {version} · generated {date}")).format(
            version=self.dataset.version, collections=", ".join(collections), date=self.generated.isoformat())
        meta = " · ".join(x for x in (briefing.author, shown_date(briefing, self.generated)) if x)
        return Document(briefing.title, briefing.subtitle, meta, footer, briefing.page_size,
                        self.blocks, self.cites.endnotes())


_MAP_CAPTIONS = {
    ("geographic", False): QT_TRANSLATE_NOOP("Composer", "Corridor map (geographic). Dataset {version}."),
    ("geographic", True): QT_TRANSLATE_NOOP("Composer", "Corridor map (geographic) · {name}. Dataset {version}."),
    ("schematic", False): QT_TRANSLATE_NOOP("Composer", "Corridor map (schematic). Dataset {version}."),
    ("schematic", True): QT_TRANSLATE_NOOP("Composer", "Corridor map (schematic) · {name}. Dataset {version}."),
}


def compose(briefing: Briefing, dataset: Dataset, generated: dt.date | None = None) -> Document:
    return Composer(dataset, generated or dt.date.today()).compose(briefing)


def _source_line(cite: Mapping) -> str:
    """'Author, Publisher, "Title" (date)': the citation without its quote."""
    return citation_text({**cite, "quote": ""}).rsplit(": \"", 1)[0]


def _countries(text: str | None) -> set[str]:
    return {c.strip() for c in str(text or "").split(",") if c.strip()}

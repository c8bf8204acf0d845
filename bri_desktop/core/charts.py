"""What a chart shows, computed from the SQL aggregates (no Qt).

A ``ChartData`` holds the bars in order, their stacked parts, the label and tooltip of each bar,
and the notes that keep the chart honest: package totals shown apart, how many records disclose
no value, and filters that do not apply to a kind.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from bri_desktop.core.aggregation import Aggregate, Group
from bri_desktop.core.filters import Filter, facet_label
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, number, translate, vocabulary_label
from bri_desktop.core.money import format_number, format_usd
from bri_desktop.core.palette import colour

# What a chart measures, is by, and is stacked by: declared once, for the panel, the SQL and the
# titles. The names are English; the panel and the titles show the texts below, translated.
MEASURES = {"investment": QT_TRANSLATE_NOOP("charts", "Disclosed investment (USD)"),
            "agreements": QT_TRANSLATE_NOOP("charts", "Number of agreements"),
            "projects": QT_TRANSLATE_NOOP("charts", "Number of projects")}
DIMENSIONS = {"sector": "Sector", "country": "Country", "year": "Year", "event": "Event"}
BREAKDOWNS = {"country": "Country", "status": "Status"}
# The panel's choices, each a whole phrase (word order differs between languages)
DIMENSION_CHOICES = {"sector": QT_TRANSLATE_NOOP("charts", "by sector"),
                     "country": QT_TRANSLATE_NOOP("charts", "by country"),
                     "year": QT_TRANSLATE_NOOP("charts", "by year"),
                     "event": QT_TRANSLATE_NOOP("charts", "by event")}
BREAKDOWN_CHOICES = {"country": QT_TRANSLATE_NOOP("charts", "Stack by country"),
                     "status": QT_TRANSLATE_NOOP("charts", "Stack by status")}
TITLES = {
    ("investment", "sector"): QT_TRANSLATE_NOOP("charts", "Disclosed investment (USD) by sector"),
    ("investment", "country"): QT_TRANSLATE_NOOP("charts", "Disclosed investment (USD) by country"),
    ("investment", "year"): QT_TRANSLATE_NOOP("charts", "Disclosed investment (USD) by year"),
    ("investment", "event"): QT_TRANSLATE_NOOP("charts", "Disclosed investment (USD) by event"),
    ("agreements", "sector"): QT_TRANSLATE_NOOP("charts", "Number of agreements by sector"),
    ("agreements", "country"): QT_TRANSLATE_NOOP("charts", "Number of agreements by country"),
    ("agreements", "year"): QT_TRANSLATE_NOOP("charts", "Number of agreements by year"),
    ("agreements", "event"): QT_TRANSLATE_NOOP("charts", "Number of agreements by event"),
    ("projects", "sector"): QT_TRANSLATE_NOOP("charts", "Number of projects by sector"),
    ("projects", "country"): QT_TRANSLATE_NOOP("charts", "Number of projects by country"),
    ("projects", "year"): QT_TRANSLATE_NOOP("charts", "Number of projects by year"),
    ("projects", "event"): QT_TRANSLATE_NOOP("charts", "Number of projects by event"),
}
PACKAGES_HEADINGS = {  # over the package totals: what the chart is by
    "sector": QT_TRANSLATE_NOOP("charts", "Announced package totals, not allocated by sector and not in the bars:"),
    "country": QT_TRANSLATE_NOOP("charts", "Announced package totals, not allocated by country and not in the bars:"),
    "year": QT_TRANSLATE_NOOP("charts", "Announced package totals, not allocated by year and not in the bars:"),
    "event": QT_TRANSLATE_NOOP("charts", "Announced package totals, not allocated by event and not in the bars:"),
}
NOT_STATED = "Not stated"  # a vocabulary label (core.vocabulary_texts), translated where shown


def measure_text(measure: str) -> str:
    return translate("charts", MEASURES[measure])


def dimension_choice(dimension: str) -> str:
    return translate("charts", DIMENSION_CHOICES[dimension])


def breakdown_choice(breakdown: str) -> str:
    return translate("charts", BREAKDOWN_CHOICES[breakdown])


def packages_heading(dimension: str) -> str:
    return translate("charts", PACKAGES_HEADINGS[dimension])


def no_bars_text() -> str:
    return translate("charts", "No records match the filters with this measure.")


@dataclass
class Bar:
    key: object
    label: str
    total: float
    records: int  # records behind the bar (with a value, for the investment measure)
    qualified: int
    parts: list[tuple[object, str, float, str]] = field(default_factory=list)  # key, label, value, colour
    text: str = ""  # the label drawn at the end of the bar
    collection: str | None = None  # set when the chart draws each collection as its own bar


@dataclass
class ChartData:
    measure: str
    dimension: str
    breakdown: str | None
    bars: list[Bar]
    notes: list[str]
    packages: list[str]
    error: str = ""  # why the chart could not be made, instead of bars
    counted: float = 1.0  # share of a broad search's matches summed so far (1: exact)
    filter: Filter | None = None  # what the chart counts (None: not counted, an error)

    @property
    def title(self) -> str:
        title = title_of(self.measure, self.dimension)
        if self.counted >= 1:
            return title
        return translate("ChartData", "{title} (counting: {share} so far)").format(
            title=title, share=f"{self.counted:.0%}")


def title_of(measure: str, dimension: str) -> str:
    return translate("charts", TITLES[(measure, dimension)])


def build_chart(agg: Aggregate, measure: str, labels: Mapping[str, Mapping]) -> ChartData:
    """``labels`` maps a dimension ("country", "event", "status") to {code: label}."""
    kinds = {"investment": ("agreements", "projects"), "agreements": ("agreements",),
             "projects": ("projects",)}[measure]
    groups = [g for g in agg.groups if g.kind in kinds]
    collections = list(dict.fromkeys(g.collection for g in groups))
    if measure == "investment":
        groups = [g for g in groups if g.with_value > 0]
    split = len(collections) > 1
    bars = _bars(groups, agg.dimension, agg.breakdown, measure, labels, split)
    notes = _notes(agg, measure) + (_collection_notes(collections, labels) if split else [])
    if not agg.exact:  # every figure so far is a floor, and says so
        for bar in bars:
            bar.text = f"≥ {bar.text}" if bar.total > 0 else bar.text
        notes.insert(0, translate("charts", "Still counting: {share} of the search's matches so far. Each "
                                  "bar is a floor and grows until the chart is exact.").format(
                                      share=f"{agg.counted:.0%}"))
    return ChartData(measure, agg.dimension, agg.breakdown, bars, notes,
                     _package_lines(agg, labels), counted=agg.counted, filter=agg.filter)


def _collection_notes(collections: list[str], labels: Mapping[str, Mapping]) -> list[str]:
    names = labels.get("collection", {})
    order = list(names)
    ranked = sorted(collections, key=lambda c: order.index(c) if c in order else len(order))
    listed = ", ".join(str(names.get(c, c)) for c in ranked)
    return [translate("charts", "Each collection has its own bar ({collections}): figures from different "
                      "sources are never added together; the same deal may appear in more than one.")
            .format(collections=listed)]


def _label(dimension: str | None, key: object, labels: Mapping[str, Mapping]) -> str:
    if key is None:
        return vocabulary_label(NOT_STATED)
    found = labels.get(dimension or "", {}).get(key)
    return str(found) if found is not None else vocabulary_label(str(key))  # a sector: the vocabulary's word


def _bars(groups: list[Group], dimension: str, breakdown: str | None, measure: str,
          labels: Mapping[str, Mapping], split: bool = False) -> list[Bar]:
    """One bar per dimension key (and per collection, when ``split``), its parts per breakdown
    key. Keys stay as SQL gave them (a year is an int, "not stated" is None), so a click
    filters by the same value."""
    investment = measure == "investment"
    bars: dict[object, Bar] = {}
    parts: dict[object, dict[object, float]] = {}
    names = labels.get("collection", {})
    for g in groups:
        amount = g.value if investment else float(g.records)
        ident = (g.key, g.collection) if split else g.key
        bar = bars.get(ident)
        if bar is None:
            label = _label(dimension, g.key, labels)
            if split:
                label = f"{label} · {names.get(g.collection, g.collection)}"
            bar = bars[ident] = Bar(g.key, label, 0.0, 0, 0, collection=g.collection if split else None)
            parts[ident] = {}
        bar.total += amount
        bar.records += g.with_value if investment else g.records
        bar.qualified += g.qualified
        parts[ident][g.part] = parts[ident].get(g.part, 0.0) + amount
    order = list(names)
    for position, (ident, bar) in enumerate(bars.items()):
        if breakdown:
            ranked = sorted(parts[ident].items(), key=lambda item: -item[1])
            bar.parts = [(part, _label(breakdown, part, labels), value, colour(breakdown, part, i))
                         for i, (part, value) in enumerate(ranked)]
        elif split:  # one colour per collection, so each source reads apart
            place = order.index(bar.collection) if bar.collection in order else len(order)
            bar.parts = [(bar.key, bar.label, bar.total, colour("collection", bar.collection, place))]
        else:
            bar.parts = [(bar.key, bar.label, bar.total, colour(dimension, bar.key, position))]
        figure = format_usd(bar.total) if investment else number(int(bar.total), 0)
        records = bar.records  # lupdate reads a count only when it is a plain name
        bar.text = translate("charts", "{figure} · %n record(s)", None, records).format(figure=figure) \
            if investment else figure
    result = list(bars.values())

    def rank(bar: Bar) -> int:
        return order.index(bar.collection) if bar.collection in order else len(order)

    if dimension == "year":  # a timeline reads in time order, empty years included
        years = [b.key for b in result if type(b.key) is int]
        present = {b.key for b in result}
        if years and max(years) - min(years) <= MAX_YEARS_FILLED:  # (a damaged file's year 9e18: no)
            for year in range(min(years), max(years) + 1):
                if year not in present:
                    result.append(Bar(year, str(year), 0.0, 0, 0, [], "" if investment else "0"))
        # years in order; a year that is not a whole number (a foreign file's "twenty") after them
        result.sort(key=lambda b: (b.key is None, type(b.key) is not int,
                                   b.key if type(b.key) is int else 0, str(b.key), rank(b)))
    else:  # largest first; a key's collections side by side, in the collections' order
        size: dict[object, float] = {}
        for b in result:
            size[b.key] = size.get(b.key, 0.0) + b.total  # for the order of keys only
        result.sort(key=lambda b: (b.key is None, -size[b.key], _label(dimension, b.key, labels), rank(b)))
    return result


def _notes(agg: Aggregate, measure: str) -> list[str]:
    notes = []
    for kind in ("projects", "agreements"):
        if measure not in ("investment", kind):
            continue
        totals = agg.totals.get(kind, {"records": 0, "with_value": 0})
        apart = totals.get("not_summed", 0)
        missing = totals["records"] - totals["with_value"] - apart
        if measure == "investment" and totals["records"]:
            notes.append(_undisclosed_note(kind, missing, totals["records"]))
        if apart:
            notes.append(_apart_note(kind, apart))
    if measure == "investment":
        notes.append(translate("charts", "Each project's investment counts once; an agreement's value counts "
                                         "only when no project it concerns discloses an investment."))
    if agg.dimension == "year":
        notes.append(translate("charts", "Records count in the year of their date, whatever its precision "
                                         "(\"Oct 2023\" and \"2023\" both in 2023)."))
    notes += _not_applied_notes(agg, measure)
    return notes


def _undisclosed_note(kind: str, missing: int, records: int) -> str:
    if kind == "projects":
        text = translate("charts", "{missing} of %n project(s) disclose no value.", None, records)
    else:
        text = translate("charts", "{missing} of %n agreement(s) disclose no value.", None, records)
    return text.format(missing=number(missing, 0))


def _apart_note(kind: str, apart: int) -> str:
    if kind == "projects":
        return translate("charts", "%n projects with a value are listed but never summed (troubled "
                                   "transactions, and rows their dataset does not recommend for totals).",
                         None, apart)
    return translate("charts", "%n agreements with a value are listed but never summed (troubled "
                               "transactions, and rows their dataset does not recommend for totals).",
                     None, apart)


def _not_applied_notes(agg: Aggregate, measure: str) -> list[str]:
    """Say, in the words of the filter panel, which filters a kind in the chart cannot apply."""
    shown = ("agreements", "projects") if measure == "investment" else (measure,)
    notes = []
    for facet in dict.fromkeys(f for k in shown for f in agg.not_applied.get(k, [])):
        label = facet_label(facet)
        applying = [k for k in shown if facet not in agg.not_applied.get(k, [])]
        ignoring = tuple(k for k in shown if k not in applying)
        notes.append(_not_applied_note(ignoring, bool(applying)).format(facet=label, facet_lower=label.lower()))
    return notes


def _not_applied_note(ignoring: tuple[str, ...], others_apply: bool) -> str:
    """The note for a filter the ``ignoring`` kinds cannot apply (and the chart's other kind can,
    when ``others_apply``), each variant a whole sentence."""
    if others_apply and ignoring == ("projects",):
        return translate("charts", "{facet} applies to agreements only: projects are counted whatever "
                                   "their {facet_lower}.")
    if others_apply:
        return translate("charts", "{facet} applies to projects only: agreements are counted whatever "
                                   "their {facet_lower}.")
    if ignoring == ("projects",):
        return translate("charts", "{facet} does not apply to projects: the chart ignores it.")
    if ignoring == ("agreements",):
        return translate("charts", "{facet} does not apply to agreements: the chart ignores it.")
    return translate("charts", "{facet} does not apply to agreements and projects: the chart ignores it.")


MAX_YEARS_FILLED = 300  # empty years shown between the first and the last, up to this span


def _package_lines(agg: Aggregate, labels: Mapping[str, Mapping]) -> list[str]:
    lines = []
    for p in agg.packages:
        country = _label("country", p["country"], labels) if p["country"] \
            else translate("charts", "several countries")
        total = format_usd(p["total_usd"], p["total_qualifier"])
        if p["count"]:
            line = translate("charts", "{name} ({country}): {count} items, {total}").format(
                name=p["name"], country=country, total=total,
                count=format_number(p["count"], "count", p["count_qualifier"]))
        else:
            line = translate("charts", "{name} ({country}): {total}").format(
                name=p["name"], country=country, total=total)
        lines.append(line)
    return lines


def caption(chart: ChartData, filters: str, version: str) -> str:
    """The line under an exported chart."""
    return translate("charts", "{title} · Filters: {filters} · Dataset {version} · Source: BRI Desktop "
                               "dataset").format(title=chart.title, filters=filters, version=version)


def nice_ticks(top: float, most: int = 6, whole: bool = False) -> list[float]:
    """Round axis ticks from 0 to at least ``top``: 0, 5 bn, 10 bn … (``whole``: counts, so
    steps of 1, 2, 5, 10 … and never a fraction)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / max(most - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10)
    step = next(m * magnitude for m in steps if m * magnitude >= raw)
    if whole:
        step = max(1.0, round(step))
    count = math.ceil(top / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]

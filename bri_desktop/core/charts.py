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
from bri_desktop.core.filters import FACET_LABELS, Filter
from bri_desktop.core.money import format_usd
from bri_desktop.core.palette import colour

MEASURES = {"investment": "Disclosed investment (USD)", "agreements": "Number of agreements",
            "projects": "Number of projects"}
# What a chart can be by, and stacked by: declared once, for the panel, the SQL and the titles.
DIMENSIONS = {"sector": "Sector", "country": "Country", "year": "Year", "event": "Event"}
BREAKDOWNS = {"country": "Country", "status": "Status"}
NOT_STATED = "Not stated"


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
        counting = "" if self.counted >= 1 else f" (counting: {self.counted:.0%} so far)"
        return f"{title_of(self.measure, self.dimension)}{counting}"


def title_of(measure: str, dimension: str) -> str:
    return f"{MEASURES[measure]} by {DIMENSIONS[dimension].lower()}"


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
        notes.insert(0, f"Still counting: {agg.counted:.0%} of the search's matches so far. Each bar "
                        "is a floor and grows until the chart is exact.")
    return ChartData(measure, agg.dimension, agg.breakdown, bars, notes,
                     _package_lines(agg, labels), counted=agg.counted, filter=agg.filter)


def _collection_notes(collections: list[str], labels: Mapping[str, Mapping]) -> list[str]:
    names = labels.get("collection", {})
    order = list(names)
    ranked = sorted(collections, key=lambda c: order.index(c) if c in order else len(order))
    listed = ", ".join(str(names.get(c, c)) for c in ranked)
    return [f"Each collection has its own bar ({listed}): figures from different sources are never "
            "added together; the same deal may appear in more than one."]


def _label(dimension: str | None, key: object, labels: Mapping[str, Mapping]) -> str:
    if key is None:
        return NOT_STATED
    return str(labels.get(dimension or "", {}).get(key, key))


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
        noun = "record" if bar.records == 1 else "records"
        figure = format_usd(bar.total) if investment else f"{int(bar.total):,}"
        bar.text = f"{figure} · {bar.records:,} {noun}" if investment else figure
    result = list(bars.values())

    def rank(bar: Bar) -> int:
        return order.index(bar.collection) if bar.collection in order else len(order)

    if dimension == "year":  # a timeline reads in time order, empty years included
        years = [int(str(b.key)) for b in result if b.key is not None]
        present = {b.key for b in result}
        for year in range(min(years, default=0), max(years, default=-1) + 1):
            if year not in present:
                result.append(Bar(year, str(year), 0.0, 0, 0, [], "" if investment else "0"))
        result.sort(key=lambda b: (b.key is None, b.key if b.key is not None else 0, rank(b)))
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
            notes.append(f"{missing:,} of {totals['records']:,} {kind} disclose no value.")
        if apart:
            notes.append(f"{apart:,} {kind} with a value are listed but never summed (troubled "
                         "transactions, and rows their dataset does not recommend for totals).")
    if measure == "investment":
        notes.append("Each project's investment counts once; an agreement's value counts only when "
                     "no project it concerns discloses an investment.")
    if agg.dimension == "year":
        notes.append("Records count in the year of their date, whatever its precision "
                     "(\"Oct 2023\" and \"2023\" both in 2023).")
    notes += _not_applied_notes(agg, measure)
    return notes


def _not_applied_notes(agg: Aggregate, measure: str) -> list[str]:
    """Say, in the words of the filter panel, which filters a kind in the chart cannot apply."""
    shown = ("agreements", "projects") if measure == "investment" else (measure,)
    notes = []
    for facet in dict.fromkeys(f for k in shown for f in agg.not_applied.get(k, [])):
        label = FACET_LABELS.get(facet, facet)
        applying = [k for k in shown if facet not in agg.not_applied.get(k, [])]
        ignoring = [k for k in shown if k not in applying]
        if applying:
            notes.append(f"{label} applies to {' and '.join(applying)} only: "
                         f"{' and '.join(ignoring)} are counted whatever their {label.lower()}.")
        else:
            notes.append(f"{label} does not apply to {' and '.join(ignoring)}: the chart ignores it.")
    return notes


def _package_lines(agg: Aggregate, labels: Mapping[str, Mapping]) -> list[str]:
    lines = []
    for p in agg.packages:
        count = ""
        if p["count"]:
            count = f"{p['count_qualifier'] + ' ' if p['count_qualifier'] else ''}{p['count']} items, "
        country = _label("country", p["country"], labels) if p["country"] else "several countries"
        lines.append(f"{p['name']} ({country}): {count}{format_usd(p['total_usd'], p['total_qualifier'])}")
    return lines


def caption(chart: ChartData, filters: str, version: str) -> str:
    """The line under an exported chart."""
    return (f"{chart.title} · Filters: {filters} · Dataset {version} · "
            "Source: BRI Desktop dataset")


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

"""What a chart shows, computed from the SQL aggregates with a small pandas frame (no Qt).

A ``ChartData`` holds the bars in order, their stacked parts, the label and tooltip of each bar,
and the notes that keep the chart honest: package totals shown apart, how many records disclose
no value, and filters that do not apply to a kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bri_desktop.core.money import format_usd
from bri_desktop.core.palette import colour
from bri_desktop.db.aggregates import Aggregate

MEASURES = {"investment": "Disclosed investment (USD)", "agreements": "Number of agreements",
            "projects": "Number of projects"}
DIMENSION_LABELS = {"sector": "sector", "country": "country", "year": "year", "event": "event",
                    "status": "status"}
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


@dataclass
class ChartData:
    measure: str
    dimension: str
    breakdown: str | None
    bars: list[Bar]
    notes: list[str]
    packages: list[str]
    caption: str = ""

    @property
    def title(self) -> str:
        return f"{MEASURES[self.measure]} by {DIMENSION_LABELS[self.dimension]}"


def build_chart(agg: Aggregate, measure: str, labels: Mapping[str, Mapping]) -> ChartData:
    """``labels`` maps a dimension ("country", "event", "status") to {code: label}."""
    import pandas as pd

    kinds = {"investment": ("agreements", "projects"), "agreements": ("agreements",),
             "projects": ("projects",)}[measure]
    frame = pd.DataFrame(
        [(g.kind, g.key, g.part, g.records, g.with_value, g.value, g.qualified)
         for g in agg.groups if g.kind in kinds],
        columns=["kind", "key", "part", "records", "with_value", "value", "qualified"])
    if measure == "investment":
        frame = frame[frame["with_value"] > 0]
        frame = frame.assign(amount=frame["value"], behind=frame["with_value"])
    else:
        frame = frame.assign(amount=frame["records"].astype(float), behind=frame["records"])
    frame = frame.astype({"key": object, "part": object})
    frame["key"] = frame["key"].where(frame["key"].notna(), None)
    frame["part"] = frame["part"].where(frame["part"].notna(), None)
    bars = _bars(frame, agg.dimension, agg.breakdown, measure, labels)
    return ChartData(measure, agg.dimension, agg.breakdown, bars, _notes(agg, measure),
                     _package_lines(agg, labels))


def _label(dimension: str | None, key: object, labels: Mapping[str, Mapping]) -> str:
    if key is None:
        return NOT_STATED
    return str(labels.get(dimension or "", {}).get(key, key))


def _bars(frame, dimension: str, breakdown: str | None, measure: str,
          labels: Mapping[str, Mapping]) -> list[Bar]:
    if frame.empty:
        return []
    sums = frame.groupby("key", dropna=False, sort=False)[["amount", "behind", "qualified"]].sum()
    bars = []
    for key, row in sums.iterrows():
        key = None if key is None or key != key else key  # NaN -> None
        bar = Bar(key, _label(dimension, key, labels), float(row["amount"]), int(row["behind"]),
                  int(row["qualified"]))
        if breakdown:
            rows = frame[frame["key"].map(lambda k, key=key: k == key or (k is None and key is None))]
            parts = rows.groupby("part", dropna=False, sort=False)["amount"].sum()
            for position, (part, value) in enumerate(parts.sort_values(ascending=False).items()):
                part = None if part is None or part != part else part
                bar.parts.append((part, _label(breakdown, part, labels), float(value),
                                  colour(breakdown, part, position)))
        else:
            bar.parts.append((key, bar.label, bar.total, colour(dimension, key, len(bars))))
        noun = "record" if bar.records == 1 else "records"
        figure = format_usd(bar.total) if measure == "investment" else f"{int(bar.total):,}"
        bar.text = f"{figure} · {bar.records} {noun}" if measure == "investment" else figure
        bars.append(bar)
    if dimension == "year":  # a timeline reads in time order, empty years included
        years = [b.key for b in bars if b.key is not None]
        present = set(years)
        for year in range(min(years, default=0), max(years, default=-1) + 1):
            if year not in present:
                bars.append(Bar(year, str(year), 0.0, 0, 0, [], "0" if measure != "investment" else ""))
        bars.sort(key=lambda b: (b.key is None, b.key if b.key is not None else 0))
    else:
        bars.sort(key=lambda b: (b.key is None, -b.total, b.label))
    return bars


def _notes(agg: Aggregate, measure: str) -> list[str]:
    notes = []
    for kind in ("projects", "agreements"):
        if measure not in ("investment", kind):
            continue
        totals = agg.totals.get(kind, {"records": 0, "with_value": 0})
        missing = totals["records"] - totals["with_value"]
        if measure == "investment" and totals["records"]:
            notes.append(f"{missing} of {totals['records']} {kind} disclose no value.")
    if measure == "investment":
        notes.append("Each project's investment counts once; an agreement's value counts only when "
                     "no project it concerns discloses an investment.")
    if agg.dimension == "year":
        notes.append("Records count in the year of their date, whatever its precision "
                     "(\"Oct 2023\" and \"2023\" both in 2023).")
    applies = {"agreements": ("agreements",), "projects": ("projects",),
               "investment": ("agreements", "projects")}[measure]
    skipped = sorted({n for n in agg.not_applied if any(n.endswith(f"({k})") for k in applies)})
    if skipped:
        notes.append("Filters that do not apply here: " + ", ".join(skipped) + ".")
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

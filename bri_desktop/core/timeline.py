"""The timeline's content, apart from drawing it: records placed in time at the precision of their
dates, lanes, counts in bins for a large dataset, rows that keep spans from overlapping, the time
axis's ticks and the caption of a picture (no Qt).

Time is in fractional years (1 Jul 2024 is about 2024.5); a span ends where its last day ends, so
a year-only date covers its whole year, a month its month and a day one day.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from bri_desktop.core.dates import (
    format_partial,
    format_range,
    from_years,
    is_inferred,
    last_day_before,
    span_years,
    to_years,
)
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

FIRST_YEAR = 2013  # the initiative's first year: the axis starts there unless a record is older
EARLIEST, LATEST = 1900.0, 2101.0  # the dates a record can have (core.dates): the view stays within
LANES_BY = {"kind": QT_TRANSLATE_NOOP("timeline", "By kind"),  # English: translate("timeline", ...) shows one
            "country": QT_TRANSLATE_NOOP("timeline", "By country")}
CENTRAL_ASIA = ("KZ", "UZ", "KG", "TM", "TJ")
SEVERAL = "several"  # the lane of a record naming two or more Central Asian countries
OTHER = "other"  # the lane of a record naming none (China alone, or no country stated)


@dataclass(frozen=True)
class Item:
    """One record placed in time."""

    kind: str
    id: str
    title: str
    lane: str
    start: float  # fractional years
    end: float  # where the last day ends
    precision: str  # "day", "month", "year" or "period" (a stated period, from one day to another)
    when: str  # the date as the record gives it: "Oct 2023", "16–18 Jun 2025"
    inferred: bool
    note: str = ""
    status: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.id

    @property
    def is_day(self) -> bool:
        """A date given to one day: drawn as a point, not a span."""
        return self.precision == "day"


@dataclass(frozen=True)
class Bin:
    """How many records of one lane a stretch of time holds (a month, or a year for records dated
    only to the year: their count is spread over the year, as their spans are)."""

    lane: str
    start: float
    end: float
    count: int
    precision: str = "month"  # of its records: "year", "month" or "day" (a day or a stated period)
    kind: str = ""  # of its records


@dataclass
class Overview:
    lanes_by: str
    lanes: list[tuple[str, str]]  # (lane key, label), top to bottom
    items: list[Item]  # drawn one by one: every record of the kinds not counted
    bins: list[Bin] = field(default_factory=list)  # the counted kinds' records, per lane and month
    counted_kinds: tuple[str, ...] = ()  # kinds too large to draw one by one until zoomed in
    counts: dict[str, int] = field(default_factory=dict)  # records placed, by kind
    undated: dict[str, int] = field(default_factory=dict)  # records the filters keep, no date
    left_out: dict[str, list[str]] = field(default_factory=dict)  # kind -> criteria it lacks
    first: float = FIRST_YEAR
    last: float = FIRST_YEAR + 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def counted(self) -> bool:
        """Some records are counted in bins rather than drawn one by one."""
        return bool(self.counted_kinds)


def when_text(first: str, last: str, precision: str, label: str = "") -> str:
    if label:
        return label
    if precision == "year":
        return first[:4] if first[:4] == last[:4] else f"{first[:4]}–{last[:4]}"
    if precision == "month":
        return format_partial(first[:7])
    return format_range(first[:10], last[:10])


def make_item(kind: str, row: dict, lane: str) -> Item | None:
    """An item from a row of db.timeline (start, end as ISO days); None when it has no date."""
    first, last = row.get("start"), row.get("end") or row.get("start")
    if not first:
        return None
    try:
        start, end = span_years(str(first), str(last))
    except ValueError:
        return None  # a malformed date is left out, never drawn somewhere wrong
    precision = str(row.get("precision") or "day")
    if precision == "day" and end - start > 1.5 / 365:  # days, from one to another: a span
        precision = "period"
    note = str(row.get("note") or "")
    return Item(kind, str(row["id"]), str(row.get("title") or row["id"]), lane, start, end, precision,
                when_text(str(first), str(last), precision, str(row.get("label") or "")),
                is_inferred(note), note, str(row.get("status") or ""))


def country_lane(countries: str | None) -> str:
    """The lane of a record by its countries: one Central Asian country, several, or other."""
    named = {c.strip() for c in str(countries or "").replace(";", ",").split(",") if c.strip()}
    ours = [c for c in CENTRAL_ASIA if c in named]
    if len(ours) > 1:
        return SEVERAL
    return ours[0] if ours else OTHER


def country_lanes(used: set[str], labels: dict[str, str]) -> list[tuple[str, str]]:
    keys = [c for c in CENTRAL_ASIA if c in used] + [k for k in (SEVERAL, OTHER) if k in used]
    names = {SEVERAL: translate("timeline", "Several countries"), OTHER: translate("timeline", "China or not stated")}
    return [(k, names.get(k) or labels.get(k, k)) for k in keys]


def extent(items: list[Item], bins: list[Bin], today: date) -> tuple[float, float]:
    """The axis's range: from the initiative's first year (or an older record) to today (or a
    later record: a target year)."""
    starts = [i.start for i in items] + [b.start for b in bins]
    ends = [i.end for i in items] + [b.end for b in bins]
    first = min([FIRST_YEAR, *starts])
    last = max([to_years(today), *ends])
    return math.floor(first), math.ceil(last - 1e-9)


# -- rows: spans in one lane kept from overlapping


def pack(items: list[Item], years_per_px: float, min_px: float, gap_px: float = 4) -> list[int]:
    """The row of each item (in the order given) so that no two overlap at this zoom: each span at
    least ``min_px`` wide (a point's marker and its room), first fit from the earliest start."""
    def extent(item: Item) -> tuple[float, float]:  # a day is its marker, centred on the day
        if item.is_day:
            middle = (item.start + item.end) / 2
            return middle - min_px / 2 * years_per_px, middle + min_px / 2 * years_per_px
        return item.start, max(item.end, item.start + min_px * years_per_px)

    spans = [extent(item) for item in items]
    order = sorted(range(len(items)), key=lambda i: (spans[i][0], -spans[i][1]))
    row_ends: list[float] = []
    rows = [0] * len(items)
    pad = gap_px * years_per_px
    for i in order:
        first, end = spans[i][0], spans[i][1] + pad
        for r, last in enumerate(row_ends):
            if last <= first:
                rows[i] = r
                row_ends[r] = end
                break
        else:
            rows[i] = len(row_ends)
            row_ends.append(end)
    return rows


# -- the time axis


@dataclass(frozen=True)
class Tick:
    at: float
    label: str
    major: bool


_MONTHS = [QT_TRANSLATE_NOOP("timeline", "Jan"), QT_TRANSLATE_NOOP("timeline", "Feb"),
           QT_TRANSLATE_NOOP("timeline", "Mar"), QT_TRANSLATE_NOOP("timeline", "Apr"),
           QT_TRANSLATE_NOOP("timeline", "May"), QT_TRANSLATE_NOOP("timeline", "Jun"),
           QT_TRANSLATE_NOOP("timeline", "Jul"), QT_TRANSLATE_NOOP("timeline", "Aug"),
           QT_TRANSLATE_NOOP("timeline", "Sep"), QT_TRANSLATE_NOOP("timeline", "Oct"),
           QT_TRANSLATE_NOOP("timeline", "Nov"), QT_TRANSLATE_NOOP("timeline", "Dec")]  # an axis tick's month
_DAYS = [QT_TRANSLATE_NOOP("timeline", "{day} Jan"), QT_TRANSLATE_NOOP("timeline", "{day} Feb"),
         QT_TRANSLATE_NOOP("timeline", "{day} Mar"), QT_TRANSLATE_NOOP("timeline", "{day} Apr"),
         QT_TRANSLATE_NOOP("timeline", "{day} May"), QT_TRANSLATE_NOOP("timeline", "{day} Jun"),
         QT_TRANSLATE_NOOP("timeline", "{day} Jul"), QT_TRANSLATE_NOOP("timeline", "{day} Aug"),
         QT_TRANSLATE_NOOP("timeline", "{day} Sep"), QT_TRANSLATE_NOOP("timeline", "{day} Oct"),
         QT_TRANSLATE_NOOP("timeline", "{day} Nov"), QT_TRANSLATE_NOOP("timeline", "{day} Dec")]  # a day's tick
# "3 events" with each language's plural forms (the same texts as db.kinds: one translation)
_COUNTS = {"events": QT_TRANSLATE_NOOP("kinds", "%n event(s)"),
           "agreements": QT_TRANSLATE_NOOP("kinds", "%n agreement(s)"),
           "packages": QT_TRANSLATE_NOOP("kinds", "%n package(s)"),
           "projects": QT_TRANSLATE_NOOP("kinds", "%n project(s)"),
           "indicators": QT_TRANSLATE_NOOP("kinds", "%n indicator(s)")}


def _month(month: int) -> str:
    return translate("timeline", _MONTHS[month - 1])


def _day(day: date) -> str:
    return translate("timeline", _DAYS[day.month - 1]).format(day=day.day)


def ticks(start: float, end: float, px_per_year: float) -> list[Tick]:
    """Year ticks (every 1, 2, 5 or 10 years as room allows); months as well when a year is wide."""
    out: list[Tick] = []
    step = next((s for s in (1, 2, 5, 10, 20, 50) if s * px_per_year >= 56), 100)
    year = math.floor(start / step) * step
    while year <= end:
        out.append(Tick(float(year), str(year), True))
        if step == 1 and px_per_year >= 52 * 44:  # days: every day, or the 1st, 8th, 15th, 22nd
            every = 1 if px_per_year >= 366 * 44 else 7
            out += [Tick(to_years(d), _day(d), d.day == 1 and d.month == 1)
                    for d in _days(year, every) if not (d.day == 1 and d.month == 1)]
        elif step == 1 and px_per_year >= 12 * 34:  # on the 1st of each month, as records are placed
            out += [Tick(to_years(date(year, m + 1, 1)), _month(m + 1), False) for m in range(1, 12)]
        elif step == 1 and px_per_year >= 4 * 40:
            out += [Tick(to_years(date(year, m + 1, 1)), _month(m + 1), False) for m in (3, 6, 9)]
        year += step
    return [t for t in out if start <= t.at <= end]


def _days(year: int, every: int) -> list[date]:
    first = date(year, 1, 1)
    days = [first + timedelta(days=n) for n in range(366) if (first + timedelta(days=n)).year == year]
    return days if every == 1 else [d for d in days if d.day in (1, 8, 15, 22)]


# -- bins


def count_between(bins: list[Bin], start: float, end: float, precisions: tuple[str, ...]) -> int:
    """About how many records of these precisions a stretch of time holds, from the bins: enough
    to tell whether they can be drawn one by one. A record dated to a month or a year covers all
    of it, so such a bin counts whole wherever it overlaps; a bin of records dated to the day
    counts in the share of it that overlaps."""
    def share(b: Bin) -> float:
        if b.precision != "day":
            return 1.0
        return (min(b.end, end) - max(b.start, start)) / (b.end - b.start)

    return round(sum(b.count * share(b) for b in bins
                     if b.precision in precisions and b.end > start and b.start < end))


def drawable(bins: list[Bin], start: float, end: float, limit: int) -> tuple[str, ...]:
    """The precisions whose records in [start, end) are few enough to draw one by one, finest
    first: zoomed into a week, its days' records are drawn and those dated only to the month or
    the year stay counted."""
    chosen: tuple[str, ...] = ()
    for precision in ("day", "month", "year"):
        if count_between(bins, start, end, (*chosen, precision)) > limit:
            break
        chosen = (*chosen, precision)
    return chosen


def visible(items: list[Item], starts: list[float], start: float, end: float, longest: float) -> range:
    """The indexes of ``items`` (sorted by start, ``starts`` their starts) that may overlap the
    stretch [start, end): those starting before ``end`` and after ``start`` less the longest span."""
    return range(bisect_left(starts, start - longest), bisect_left(starts, end))


# -- pictures


def in_view(overview: Overview, items: list[Item], start: float, end: float) -> dict[str, int]:
    """How many records of each kind a stretch of time shows: those drawn one by one that overlap
    it, and (for kinds counted in bins) the bins' records that overlap it, each bin whole."""
    found: dict[str, int] = {}
    for item in items:
        if item.end > start and item.start < end:
            found[item.kind] = found.get(item.kind, 0) + 1
    for b in overview.bins:
        if b.end > start and b.start < end:
            found[b.kind] = found.get(b.kind, 0) + b.count
    return {k: found.get(k, 0) for k in overview.counts}


def caption(overview: Overview, shown: dict[str, int], describe: str, version: str, start: float, end: float,
            kind_labels: Mapping[str, str]) -> str:
    """A picture's caption: what it shows of which records, how to read it, the filters."""
    counts = ", ".join(_count_text(n, k) for k, n in shown.items() if n)
    stretch, total = stretch_text(start, end), overview.total
    if overview.lanes_by == "country":
        text = translate("timeline", "Timeline by country, {stretch}: {counts} in view, of %n dated record(s) the "
                         "filters keep.", None, total) if counts else \
            translate("timeline", "Timeline by country, {stretch}: no records in view, of %n dated record(s) the "
                      "filters keep.", None, total)
    else:
        text = translate("timeline", "Timeline by kind, {stretch}: {counts} in view, of %n dated record(s) the "
                         "filters keep.", None, total) if counts else \
            translate("timeline", "Timeline by kind, {stretch}: no records in view, of %n dated record(s) the "
                      "filters keep.", None, total)
    text = text.format(stretch=stretch, counts=counts)
    undated = ", ".join(_count_text(n, k) for k, n in overview.undated.items() if n)
    if undated:
        text += " " + translate("timeline", "No date, not placed: {counts}.").format(counts=undated)
    text += " " + translate("timeline", "Dates at the precision the sources give: a year-only date spans its year, "
                            "a month its month, a day is a point; hatched dates are inferred by the curator; "
                            "\"+N\" counts the records beyond a lane's eighth row.")
    if overview.counted:
        text += " " + translate("timeline", "Bars count records per month (a year-only date spread over its year).")
    if overview.left_out:
        names = ", ".join(kind_labels.get(k, k).lower() for k in overview.left_out)
        text += " " + translate("timeline", "Not shown: {kinds} (the filters cannot tell them apart).").format(
            kinds=names)
    return text + " " + translate("timeline", "Filters: {filters}. Dataset {version}.").format(
        filters=describe, version=version)


def _count_text(count: int, kind: str) -> str:
    """"1 event", "12 events", in the interface language."""
    return translate("kinds", _COUNTS.get(kind, "%n record(s)"), None, count)


def stretch_text(start: float, end: float) -> str:
    """A stretch of time at the precision that tells it apart: "2013 to 2031", "Mar 2024",
    "10 Mar 2024 to 14 Mar 2024"; ``end`` is where it ends (excluded)."""
    first, last = from_years(start), last_day_before(end)
    if end - start < 62 / 365:
        a, b = format_partial(first.isoformat()), format_partial(last.isoformat())
    elif (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        a, b = str(first.year), str(last.year)
    else:
        a, b = format_partial(first.isoformat()[:7]), format_partial(last.isoformat()[:7])
    return a if a == b else translate("timeline", "{first} to {last}").format(first=a, last=b)

"""The timeline's queries: the dated records of every kind the filters can tell apart, one by one
when they are few, counted per month and lane when they are many (no Qt).

A kind is on the timeline only when every part of the filter applies to it: with a sector chosen,
events (which have no sector) are left out and the overview says so, rather than showing all of
them as if they matched.
"""

from __future__ import annotations

import calendar
import sqlite3
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bri_desktop.core.dates import span_years
from bri_desktop.core.filters import Filter
from bri_desktop.core.i18n import TranslatedTexts
from bri_desktop.core.timeline import (
    Bin,
    Item,
    Overview,
    country_lane,
    country_lanes,
    extent,
    make_item,
)
from bri_desktop.db.kinds import KINDS
from bri_desktop.db.queries import lacking, search_hits, where_clause

ITEM_LIMIT = 1000  # more records than this in view: counted in bins, not drawn one by one
PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class Dates:
    """How one kind's table gives its dates, as SQL over ``t``."""

    start: str
    end: str
    precision: str
    note: str
    title: str
    countries: str
    status: str = "NULL"
    label: str = "NULL"


def _year(expr: str, month_day: str) -> str:
    return f"CASE WHEN {expr} IS NULL THEN NULL ELSE printf('%04d-{month_day}', {expr}) END"


_DATED = Dates("t.date_start", "t.date_end", "t.date_precision", "t.date_note", "", "t.country")
DATES = {
    "events": replace(_DATED, title="t.name"),
    "agreements": replace(_DATED, title="t.title", status="t.status"),
    "packages": replace(_DATED, title="t.name"),
    # a project's start and end years (either alone spans its year); an import's year otherwise
    "projects": Dates(_year("coalesce(t.start_year, t.end_year, t.year)", "01-01"),
                      _year("coalesce(t.end_year, t.start_year, t.year)", "12-31"),
                      "'year'", "t.date_note", "t.name", "t.country", "t.status"),
    # a stated period; "as of" a day when only its end is given
    "indicators": Dates("coalesce(t.period_start, t.period_end)", "coalesce(t.period_end, t.period_start)",
                        "CASE WHEN t.period_start IS NULL THEN 'day' ELSE 'period' END",
                        "t.period_label", "t.name", "t.countries_text", label="t.period_label"),
}
TIMELINE_KINDS = tuple(DATES)


# Each timeline kind's label ("Events"), for summaries: read in the interface language installed
# by then (a dict of labels made at import would keep the English).
KIND_LABELS: Mapping[str, str] = TranslatedTexts("kinds", {k: KINDS[k].english for k in TIMELINE_KINDS})


def kinds_shown(flt: Filter) -> tuple[list[str], dict[str, list[str]]]:
    """The kinds the filter can tell apart, and those it cannot with the criteria they lack."""
    shown, left_out = [], {}
    for kind in TIMELINE_KINDS:
        missing = lacking(KINDS[kind], flt)
        if missing:
            left_out[kind] = missing
        else:
            shown.append(kind)
    return shown, left_out


def _where(conn: sqlite3.Connection, kind: str, flt: Filter) -> tuple[str, list]:
    spec = KINDS[kind]
    return where_clause(spec, flt, hits=search_hits(conn, spec, flt))


def _lane(kind: str, lanes_by: str, countries: object) -> str:
    return kind if lanes_by == "kind" else country_lane(str(countries or ""))


def overview(conn: sqlite3.Connection, flt: Filter, lanes_by: str, labels: dict[str, str],
             today: date, limit: int | None = None) -> Overview:
    """What the timeline shows for ``flt``: every dated record when there are at most ``limit``
    (ITEM_LIMIT); else the kinds with many records are counted per lane and month and those with
    few (a fifth of the limit at most) are still drawn one by one."""
    limit = ITEM_LIMIT if limit is None else limit
    shown, left_out = kinds_shown(flt)
    counts, undated = {}, {}
    wheres = {kind: _where(conn, kind, flt) for kind in shown}
    for kind in shown:
        d, (where, params) = DATES[kind], wheres[kind]
        placed, missing = conn.execute(
            f"SELECT count({d.start}), count(*) - count({d.start}) FROM {KINDS[kind].table} t "
            f"WHERE {where}", params).fetchone()
        counts[kind], undated[kind] = placed, missing
    counted = () if sum(counts.values()) <= limit else tuple(k for k in shown if counts[k] > limit // 5)
    items: list[Item] = []
    bins: list[Bin] = []
    for kind in shown:
        if kind in counted:
            bins += _bins(conn, kind, wheres[kind], lanes_by)
        else:
            drawn = _items(conn, kind, wheres[kind], lanes_by)
            unreadable = counts[kind] - len(drawn)  # a date a damaged file spells 'next spring'
            counts[kind], undated[kind] = len(drawn), undated[kind] + unreadable
            items += drawn
    if lanes_by == "kind":
        lanes = [(k, KINDS[k].label) for k in shown]
    else:
        lanes = country_lanes({i.lane for i in items} | {b.lane for b in bins}, labels)
    first, last = extent(items, bins, today)
    return Overview(lanes_by, lanes, items, bins, counted_kinds=counted, counts=counts, undated=undated,
                    left_out=left_out, first=first, last=last)


def precision_sql(d: Dates) -> str:
    """A record's precision read from its first and last days (the covering indexes hold them):
    'day' for a day or a period of at most a month, 'month' for a month, 'year' for a whole year
    and any longer span. So no day or month record lasts more than 31 days, and the records of a
    stretch of time at those precisions start at most 31 days before it (a bounded index range)."""
    return (f"CASE WHEN {d.start} = {d.end} THEN 'day' "
            f"WHEN substr({d.start}, 6, 5) = '01-01' AND substr({d.end}, 6, 5) = '12-31' THEN 'year' "
            f"WHEN substr({d.start}, 1, 7) = substr({d.end}, 1, 7) THEN "
            f"CASE WHEN substr({d.start}, 9, 2) = '01' THEN 'month' ELSE 'day' END "
            f"WHEN {d.end} <= date({d.start}, '+31 days') THEN 'day' ELSE 'year' END")


def items_between(conn: sqlite3.Connection, flt: Filter, lanes_by: str, first: str, last: str,
                  precisions: tuple[str, ...] = PRECISIONS, limit: int | None = None,
                  kinds: tuple[str, ...] | None = None) -> list[Item] | None:
    """The dated records of the given precisions (and kinds, if given) overlapping the days
    ``first`` to ``last``; None when there are more than ``limit`` (ITEM_LIMIT)."""
    limit = ITEM_LIMIT if limit is None else limit
    shown, _left_out = kinds_shown(flt)
    out: list[Item] = []
    marks = ", ".join("?" * len(precisions))
    for kind in (k for k in shown if kinds is None or k in kinds):
        d = DATES[kind]
        where, params = _where(conn, kind, flt)
        where += f" AND {d.end} >= ? AND {d.start} <= ? AND {precision_sql(d)} IN ({marks})"
        bound = [first, last, *precisions]
        if "year" not in precisions:  # none of the rest lasts over 31 days: a bounded index range
            where += f" AND {d.start} >= ?"
            bound.append((date.fromisoformat(first) - timedelta(days=31)).isoformat())
        found = _items(conn, kind, (where, [*params, *bound]),
                       lanes_by, limit + 1 - len(out))
        out += found
        if len(out) > limit:
            return None
    return out


def _items(conn: sqlite3.Connection, kind: str, where: tuple[str, list], lanes_by: str,
           limit: int = -1) -> list[Item]:
    d = DATES[kind]
    sql = (f"SELECT t.id, {d.title}, {d.start}, {d.end}, {d.precision}, {d.note}, {d.status}, "
           f"{d.countries}, {d.label} FROM {KINDS[kind].table} t WHERE {where[0]} AND {d.start} IS NOT NULL "
           f"ORDER BY {d.start}, t.seq LIMIT ?")
    out = []
    for rid, title, start, end, precision, note, status, countries, label in conn.execute(
            sql, [*where[1], limit]):
        item = make_item(kind, {"id": rid, "title": title, "start": start, "end": end,
                                "precision": precision, "note": note, "status": status,
                                "label": label}, _lane(kind, lanes_by, countries))
        if item is not None:
            out.append(item)
    return out


def _bins(conn: sqlite3.Connection, kind: str, where: tuple[str, list], lanes_by: str) -> list[Bin]:
    """Counts per lane, precision and month (per year for records dated to the year)."""
    d = DATES[kind]
    lane_sql = "NULL" if lanes_by == "kind" else d.countries
    sql = (f"SELECT {lane_sql}, {precision_sql(d)}, substr({d.start}, 1, 7), count(*) "
           f"FROM {KINDS[kind].table} t WHERE {where[0]} AND {d.start} IS NOT NULL GROUP BY 1, 2, 3")
    merged: Counter = Counter()
    for countries, precision, month, n in conn.execute(sql, where[1]):
        lane = _lane(kind, lanes_by, countries)
        try:
            if precision == "year":
                start, end = span_years(f"{month[:4]}-01-01", f"{month[:4]}-12-31")
            else:
                days = calendar.monthrange(int(month[:4]), int(month[5:7]))[1]
                start, end = span_years(f"{month}-01", f"{month}-{days:02d}")
        except ValueError:
            continue
        merged[(lane, precision, start, end)] += n
    return [Bin(lane, start, end, n, p, kind) for (lane, p, start, end), n in sorted(merged.items())]

"""Counting a search's matches in slices adds up to counting them at once: every facet of every
kind and every chart, under a sweep of filters; no match counted twice or left out."""

from __future__ import annotations

import itertools
import sqlite3
from collections import Counter

import pytest

from bri_desktop import paths
from bri_desktop.core.aggregation import Aggregate
from bri_desktop.core.charts import BREAKDOWNS, DIMENSIONS
from bri_desktop.core.filters import Filter, WorkspaceMarks
from bri_desktop.core.formatting import floor_count
from bri_desktop.db import aggregates, queries, slices
from bri_desktop.db.kinds import KINDS

FILTERS = [Filter(search="china"), Filter(search="kazakhstan"), Filter(search="agreement"),
           Filter(search="china", countries=frozenset({"KZ"})),
           Filter(search="energy OR transport", sectors=frozenset({"Energy"})),
           Filter(search="china", years=frozenset({2023, 2024})),
           Filter(search="china", value_min=1e8), Filter(search="pipe*", date_from="2020")]
# the user's tags and notes, as the window fills them in from the workspace
_AGREEMENTS = sqlite3.connect(f"file:{paths.bundled_db()}?mode=ro", uri=True).execute(
    "SELECT id FROM agreements ORDER BY seq").fetchall()
MARKS = WorkspaceMarks(
    noted=frozenset(("agreements", i) for (i,) in _AGREEMENTS[::3]),
    tagged=(("energy-brief", frozenset(("agreements", i) for (i,) in _AGREEMENTS[::2])),
            ("later", frozenset(("agreements", i) for (i,) in _AGREEMENTS[5:9]))))
FILTERS += [Filter(search="china", marks=MARKS),
            Filter(search="china", tags=frozenset({"energy-brief"}), marks=MARKS)]


@pytest.mark.parametrize("first,last", [(1, 0), (1, 1), (1, 5), (3, 9), (1, 100), (1, 3), (0, 999_999)])
@pytest.mark.parametrize("matches", [5, 8, 25, 99, 1000])
def test_slices_cover_every_number_once(monkeypatch, db_conn, first, last, matches):
    monkeypatch.setattr(slices, "SLICE_ROWS", 4)
    monkeypatch.setattr(slices, "match_count", lambda *_args: matches)
    plan = slices.plan(db_conn, ("agreements",), Filter(search="china"))
    assert len(plan) == -(-matches // 4) + 1  # the first slice split in a quarter and the rest
    covered: Counter = Counter()
    for part in plan:
        lo, hi = part.rows(first, last)
        covered.update(range(lo, hi + 1))
    assert covered == Counter(range(first, last + 1))
    assert [p.share for p in plan] == sorted(p.share for p in plan) and plan[-1].share == 1.0


@pytest.mark.parametrize("count,text", [(0, "…"), (7, "≥ 7"), (99, "≥ 99"), (834, "≥ 830"),
                                        (12_345, "≥ 12,000"), (1_999_999, "≥ 1,900,000")])
def test_floor_counts_round_down(count, text):
    assert floor_count(count) == text


# slices as plan() makes them, of every filter (plan() slices a search alone; the others are
# counted in slices as well here, so that every filter's parts are known to add up)
MANUAL = [slices.Slice(0, 1, 12), slices.Slice(1, 4, 12), slices.Slice(4, 8, 12), slices.Slice(8, 12, 12)]


def test_plan_slices_a_broad_search_alone(db_conn, monkeypatch):
    monkeypatch.setattr(slices, "SLICE_ROWS", 2)
    assert len(slices.plan(db_conn, ("agreements",), Filter(search="china"))) > 2
    for flt in (Filter(), Filter(countries=frozenset({"KZ"})),
                Filter(search="china", countries=frozenset({"KZ"})),
                Filter(search="china", tags=frozenset({"nothing"})),
                Filter(search="china", marks=WorkspaceMarks(note_hits=frozenset({("agreements", "x")})))):
        assert slices.plan(db_conn, ("agreements",), flt) == [slices.WHOLE], flt
    monkeypatch.setattr(slices, "SLICE_ROWS", 10_000)
    assert slices.plan(db_conn, ("agreements",), Filter(search="china")) == [slices.WHOLE]


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: str(f.criteria()) + f.search)
def test_facets_counted_in_slices_equal_counted_whole(db_conn, flt):
    for kind in (k for k in KINDS.values() if k.name != "everything"):
        plan = MANUAL
        for facet in kind.facets:
            whole = queries.count_values(db_conn, kind, facet, flt)
            if flt.marks.tagged and facet.name in ("tag", "note") and kind.name == "agreements":
                assert any(whole.values())  # the user's marks are counted indeed
            summed: Counter = Counter()
            for part in plan:
                summed.update(queries.count_values(db_conn, kind, facet, flt,
                                                   slices.seq_range(db_conn, kind.name, part)))
            assert {k: v for k, v in summed.items() if v} == {k: v for k, v in whole.items() if v}, \
                (kind.name, facet.name)


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: str(f.criteria()) + f.search)
def test_charts_summed_in_slices_equal_summed_whole(db_conn, flt):
    plan = MANUAL
    for dimension, breakdown in itertools.product(DIMENSIONS, [None, *BREAKDOWNS]):
        if breakdown == dimension:
            continue
        whole = aggregates.aggregate(db_conn, dimension, flt, breakdown)
        summed = Aggregate(dimension, breakdown, flt, counted=0.0)
        for part in plan:
            summed.add(aggregates.aggregate(db_conn, dimension, flt, breakdown, part))
        assert summed.exact
        assert sorted(summed.groups, key=repr) == sorted(whole.groups, key=repr)
        assert summed.totals == whole.totals

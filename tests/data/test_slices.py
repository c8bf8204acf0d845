"""Counting a search's matches in slices adds up to counting them at once: every facet of every
kind and every chart, under a sweep of filters; no match counted twice or left out."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from bri_desktop.core.aggregation import Aggregate
from bri_desktop.core.charts import BREAKDOWNS, DIMENSIONS
from bri_desktop.core.filters import Filter
from bri_desktop.core.formatting import floor_count
from bri_desktop.db import aggregates, queries, slices
from bri_desktop.db.kinds import KINDS
from bri_desktop.db.slices import Slice

FILTERS = [Filter(search="china"), Filter(search="kazakhstan"), Filter(search="agreement"),
           Filter(search="china", countries=frozenset({"KZ"})),
           Filter(search="energy OR transport", sectors=frozenset({"Energy"})),
           Filter(search="china", years=frozenset({2023, 2024})),
           Filter(search="china", value_min=1e8), Filter(search="pipe*", date_from="2020")]


@pytest.mark.parametrize("total,parts", [(0, 1), (1, 1), (5, 2), (7, 3), (100, 7), (3, 4),
                                         (1_000_000, 10)])
def test_slices_cover_every_row_once(total, parts):
    covered = Counter()
    for i in range(parts):
        lo, hi = Slice(i, parts).rows(total)
        covered.update(range(lo, hi + 1))
    assert covered == Counter(range(1, total + 1))
    assert Slice(parts - 1, parts).share == 1.0


@pytest.mark.parametrize("count,text", [(0, "…"), (7, "≥ 7"), (99, "≥ 99"), (834, "≥ 830"),
                                        (12_345, "≥ 12,000"), (1_999_999, "≥ 1,900,000")])
def test_floor_counts_round_down(count, text):
    assert floor_count(count) == text


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: str(f.criteria()) + f.search)
def test_facets_counted_in_slices_equal_counted_whole(db_conn, monkeypatch, flt):
    monkeypatch.setattr(slices, "SLICE_ROWS", 3)
    for kind in (k for k in KINDS.values() if k.name != "everything"):
        plan = slices.plan(db_conn, (kind.name,), flt)
        for facet in (f for f in kind.facets if queries.sliceable(f)):
            whole = queries.count_values(db_conn, kind, facet, flt)
            summed: Counter = Counter()
            for part in plan:
                summed.update(queries.count_values(db_conn, kind, facet, flt,
                                                   slices.hit_rows(db_conn, kind.name, flt, part)))
            assert {k: v for k, v in summed.items() if v} == whole, (kind.name, facet.name)


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: str(f.criteria()) + f.search)
def test_charts_summed_in_slices_equal_summed_whole(db_conn, monkeypatch, flt):
    monkeypatch.setattr(slices, "SLICE_ROWS", 3)
    plan = slices.plan(db_conn, ("agreements", "projects"), flt)
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

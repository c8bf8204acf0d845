"""The cube of agreements by small facets answers what the indexes answer: every facet's counts
and every chart under a sweep of filters made of those facets, and nothing else."""

from __future__ import annotations

import itertools

import pytest

from bri_desktop.core.charts import BREAKDOWNS, DIMENSIONS
from bri_desktop.core.filters import Filter
from bri_desktop.db import aggregates, cube, queries
from bri_desktop.db.kinds import KINDS

AGREEMENTS = KINDS["agreements"]


def small_facet_filters(conn) -> list[Filter]:
    """No selection, each value of each small facet, two values of one, and pairs of facets."""
    values = {c: [r[0] for r in conn.execute(f"SELECT DISTINCT {c} FROM agreements WHERE {c} IS NOT NULL "
                                             f"ORDER BY count(*) OVER (PARTITION BY {c}) DESC")]
              for c in cube.COLUMNS}
    fields = {"country": "countries", "sector": "sectors", "doc_type": "doc_types", "year": "years",
              "status": "statuses"}
    filters = [Filter()]
    for column, found in values.items():
        filters += [Filter(**{fields[column]: frozenset({v})}) for v in found]
        filters.append(Filter(**{fields[column]: frozenset(found[:2])}))
    for a, b in itertools.combinations(cube.COLUMNS, 2):
        filters.append(Filter(**{fields[a]: frozenset(values[a][:1]), fields[b]: frozenset(values[b][:1])}))
    return filters


def everything_counted(conn, flt: Filter) -> tuple[dict, dict]:
    facets = {f.name: queries.count_values(conn, AGREEMENTS, f, flt) for f in AGREEMENTS.facets}
    charts = {}
    for dimension, breakdown in itertools.product(DIMENSIONS, [None, *BREAKDOWNS]):
        if breakdown != dimension:
            agg = aggregates.aggregate(conn, dimension, flt, breakdown)
            charts[dimension, breakdown] = (sorted(agg.groups, key=repr), agg.totals)
    return facets, charts


VALUED = "".join(
    f'[[agreements]]\nid = "test-deal-{i}"\ntitle = "Deal {i}"\ndoc_type = "agreement"\n'
    f'country = "{country}"\nsector = "{sector}"\nparties = [{{ org = "sinopec", role = "party" }}]\n'
    f'status = "signed"\nsummary = "A test deal."\nvalue_usd = {value}\n{more}'
    'citations = [{ source = "akorda-business-council", quote = "Akorda.kz" }]\n'
    for i, (country, sector, value, more) in enumerate([
        ("KZ", "Chemicals", 7.4e9, 'project = "atyrau-polyethylene"\nvalue_qualifier = "over"\n'),  # its project counts
        ("KZ", "Energy", 1.5e9, 'value_qualifier = "about"\n'),
        ("UZ", "Energy", 3e8, ""), ("KG", "Transport", 2.25e8, 'value_qualifier = "over"\n')]))


@pytest.fixture(params=["bundled", "with values"])
def conn(request, db_conn, data_copy):
    """The bundled records (none of whose agreements has a value), and the same with valued ones."""
    if request.param == "bundled":
        return db_conn
    from bri_desktop.data.build import build_database
    from bri_desktop.db.connection import open_readonly

    (data_copy / "records" / "zz_test.toml").write_text(VALUED, encoding="utf-8")
    build_database(data_copy, data_copy / "bri.sqlite")
    valued = open_readonly(data_copy / "bri.sqlite")
    request.addfinalizer(valued.close)
    return valued


def test_the_cube_counts_as_the_indexes_do(conn):
    cube.forget()
    filters = small_facet_filters(conn)
    assert len(filters) > 30
    before = {flt: everything_counted(conn, flt) for flt in filters}  # from the indexes
    valued = conn.execute("SELECT count(*) FROM agreements WHERE value_usd IS NOT NULL").fetchone()[0]
    if valued:  # the sums are tested too: money summed, one value left to its project
        groups = before[Filter()][1]["sector", None][0]
        assert sum(g.value for g in groups if g.kind == "agreements") == pytest.approx(1.5e9 + 3e8 + 2.25e8)
    cube.make(conn)
    for flt in filters:
        for column in cube.COLUMNS:
            assert cube.facet_counts(conn, "agreements", column, flt) is not None  # the cube answers
        facets, charts = everything_counted(conn, flt)
        assert facets == before[flt][0], flt
        for key, (groups, totals) in charts.items():
            old_groups, old_totals = before[flt][1][key]
            assert totals == old_totals, (flt, key)
            assert [(g.kind, g.key, g.part, g.records, g.with_value, g.qualified) for g in groups] == \
                [(g.kind, g.key, g.part, g.records, g.with_value, g.qualified) for g in old_groups]
            assert [g.value for g in groups] == pytest.approx([g.value for g in old_groups])


@pytest.mark.parametrize("flt", [
    Filter(search="china"), Filter(events=frozenset({"x"})), Filter(organizations=frozenset({"cnpc"})),
    Filter(value_min=1e8), Filter(date_from="2023"), Filter(tags=frozenset({"t"})),
    Filter(countries=frozenset({"KZ"}), corridors=frozenset({"c"})),
], ids=lambda f: "+".join(f.criteria()))
def test_the_cube_does_not_answer_other_filters(db_conn, flt):
    cube.make(db_conn)
    assert cube.facet_counts(db_conn, "agreements", "sector", flt) is None
    assert cube.groups(db_conn, flt, "sector", None) is None


def test_the_cube_does_not_answer_other_kinds_or_facets(db_conn):
    cube.make(db_conn)
    flt = Filter(countries=frozenset({"KZ"}))
    assert cube.facet_counts(db_conn, "projects", "sector", flt) is None
    assert cube.facet_counts(db_conn, "agreements", "event", flt) is None
    assert cube.groups(db_conn, flt, "event", None) is None
    assert cube.groups(db_conn, flt, "sector", "status") is not None

"""What a briefing analyst checks in the bundled dataset, asked of the database directly."""

from __future__ import annotations

import sqlite3

import pytest

from bri_desktop.core.filters import Filter
from bri_desktop.db import queries


def test_every_record_cites_a_source(db_conn):
    for table in ("agreements", "projects", "packages", "corridors", "indicators",
                  "organizations", "events"):
        kind = table
        uncited = db_conn.execute(
            f"SELECT id FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM citations c "
            "WHERE c.kind = ? AND c.record_id = t.id)", (kind,)).fetchall()
        assert not uncited, f"{table} without citations: {[r[0] for r in uncited]}"


def test_thirty_kazakhstan_contracts_of_the_third_forum(db_conn):
    rows = db_conn.execute(
        "SELECT a.id, count(p.org_id) FROM agreements a JOIN agreement_parties p "
        "ON p.agreement_id = a.id WHERE a.event_id = 'bri-forum-3' AND a.country = 'KZ' "
        "GROUP BY a.id").fetchall()
    assert len(rows) >= 30
    assert all(parties >= 2 for _, parties in rows), rows
    listed = {f"kz-bri3-{i:02d}" for i in range(1, 31)}
    assert listed <= {r[0] for r in rows}


def test_package_total_is_not_spread_over_its_members(db_conn):
    total, count = db_conn.execute(
        "SELECT total_usd, count FROM packages WHERE id = 'bri3-kz-contracts'").fetchone()
    assert total == pytest.approx(16.54e9) and count == 30
    members_with_value = db_conn.execute(
        "SELECT count(*) FROM agreements WHERE package_id = 'bri3-kz-contracts' "
        "AND value_usd IS NOT NULL").fetchone()[0]
    assert members_with_value == 0


def test_memoranda_are_not_commitments(db_conn):
    rows = db_conn.execute(
        "SELECT doc_type, binding FROM agreements WHERE doc_type LIKE 'memorandum%'").fetchall()
    assert rows and all(binding == 0 for _, binding in rows)


def test_conflicting_company_counts_stay_side_by_side(db_conn):
    rows = db_conn.execute(
        "SELECT i.value, i.value_qualifier, c.source_id FROM indicators i JOIN citations c "
        "ON c.kind = 'indicators' AND c.record_id = i.id "
        "WHERE i.unit = 'count' AND i.value IN (5000, 6000)").fetchall()
    found = {(v, q, s) for v, q, s in rows}
    assert (6000, "over", "akorda-business-council") in found
    assert (5000, "nearly", "iuvinale-china-kazakhstan") in found


def test_dates_carry_their_precision(db_conn):
    event = db_conn.execute(
        "SELECT date_precision, date_start, date_end, date_note FROM events "
        "WHERE id = 'astana-summit-2025'").fetchone()
    assert event[0] == "day" and event[1] == "2025-06-16" and event[2] == "2025-06-18"
    assert "inferred" in event[3]
    forum = db_conn.execute(
        "SELECT date_precision, date_start, date_end FROM events WHERE id = 'bri-forum-3'"
    ).fetchone()
    assert tuple(forum) == ("month", "2023-10-01", "2023-10-31")


def test_alias_search_finds_kazmunaygas_records(db_conn):
    by_alias = {r["id"] for r in queries.fetch_rows(db_conn, "agreements", Filter(search="KMG"),
                                                     limit=1000)}
    by_party = {r[0] for r in db_conn.execute(
        "SELECT agreement_id FROM agreement_parties WHERE org_id = 'kmg'")}
    assert by_party and by_party <= by_alias


def test_search_finds_sinopec_and_shymkent(db_conn):
    sinopec = queries.count(db_conn, "agreements", Filter(search="sino*"))
    assert sinopec >= 3
    shymkent = {r["id"] for r in queries.fetch_rows(db_conn, "projects", Filter(search="Shymkent"))}
    assert {"shymkent-refinery-expansion", "shymkent-refinery-reconstruction"} <= shymkent


def test_corridors_have_ordered_nodes_marked_approximate(db_conn):
    nodes = db_conn.execute(
        "SELECT name, approx FROM corridor_nodes WHERE corridor_id = 'cku-railway' "
        "ORDER BY position").fetchall()
    assert [n for n, _ in nodes] == ["Kashgar", "Torugart", "Makmal", "Jalal-Abad", "Andijan"]
    assert all(a == 1 for _, a in nodes)


def test_filter_columns_are_indexed(db_conn):
    for table, column in [("agreements", "country"), ("agreements", "sector"),
                          ("agreements", "doc_type"), ("agreements", "event_id"),
                          ("agreements", "year"), ("agreements", "status"),
                          ("agreements", "value_usd"), ("projects", "sector")]:
        indexed = {r[2] for idx in db_conn.execute(f"PRAGMA index_list({table})")
                   for r in db_conn.execute(f"PRAGMA index_info({idx[1]})")}
        assert column in indexed, f"{table}.{column} has no index"


def test_database_opens_read_only(db_conn):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db_conn.execute("DELETE FROM agreements")

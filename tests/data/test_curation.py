"""The fact-check rules of the curated records (issue 12), asked of the built database."""

from __future__ import annotations

from bri_desktop.core.filters import Filter
from bri_desktop.core.geo import geographic_model
from bri_desktop.core.record_text import details_html
from bri_desktop.db import queries
from bri_desktop.db.corridors import corridor_network
from bri_desktop.db.details import record_details


def _ids(conn, kind: str, search: str) -> set[str]:
    return {r["id"] for r in queries.fetch_rows(conn, kind, Filter(search=search), limit=1000)}


def test_every_organization_says_who_states_its_country(db_conn):
    rows = db_conn.execute("SELECT id, country, country_source FROM organizations").fetchall()
    assert rows
    assert all(source in ("article", "curator", "none") for _, _, source in rows), rows
    assert all((country == "XX") == (source == "none") for _, country, source in rows), rows
    sources = dict((oid, source) for oid, _, source in rows)
    assert sources["sibur"] == sources["crrc"] == sources["teld-new-energy"] == "curator"
    assert sources["cnpc"] == sources["kz-ministry-energy"] == "article"
    assert sources["sai-cheng-logistics"] == "none"


def test_country_source_is_shown_in_the_details(db_conn):
    vocab = queries.vocabulary(db_conn)
    sibur = details_html(record_details(db_conn, "organizations", "sibur"), vocab)
    assert "Russia — the curator&#x27;s; no article states it" in sibur
    cnpc = details_html(record_details(db_conn, "organizations", "cnpc"), vocab)
    assert "China — stated by an article" in cnpc


def test_curator_alias_is_found_by_search_and_marked(db_conn):
    assert "kmg" in _ids(db_conn, "organizations", "KMG")
    assert "cpih" in _ids(db_conn, "organizations", "CPIH")
    assert "cncec" in _ids(db_conn, "organizations", "CNCEC")
    kmg_deals = {r[0] for r in db_conn.execute(
        "SELECT agreement_id FROM agreement_parties WHERE org_id = 'kmg'")}
    assert kmg_deals and kmg_deals <= _ids(db_conn, "agreements", "KMG")
    marks = dict(db_conn.execute("SELECT alias, curator FROM org_aliases WHERE org_id = 'kmg'"))
    assert marks["KMG"] == 1 and marks["KazMunayGas JSC"] == 0
    details = record_details(db_conn, "organizations", "kmg")
    assert "KMG" in details["curator_aliases"] and "KMG" not in details["aliases"]
    html = details_html(details, queries.vocabulary(db_conn))
    assert "added by the curator" in html
    assert html.index("added by the curator") < html.index("KMG")
    aliases_column = db_conn.execute(
        "SELECT aliases_text FROM organizations WHERE id = 'kmg'").fetchone()[0]
    assert "KMG" not in aliases_column  # the Aliases column holds the articles' spellings


def test_corridor_points_the_articles_do_not_name_are_grey_and_the_route_is_drawn(db_conn):
    named = dict(db_conn.execute("SELECT name, named_in_source FROM corridor_nodes "
                                 "WHERE corridor_id = 'china-europe-transit-kz'"))
    assert named == {"Lianyungang": 0, "Xi'an": 0, "Dostyk": 1, "Moyynty": 1}
    model = geographic_model(corridor_network(db_conn), [])
    shape = next(c for c in model.corridors if c.id == "china-europe-transit-kz")
    assert len(shape.segments) == 3 and shape.approximate
    grey = {n.name for n in model.nodes if not n.named_in_source}
    assert {"Lianyungang", "Xi'an"} <= grey and "Dostyk" not in grey


def test_figures_name_the_source_the_article_gives(db_conn):
    reported = dict(db_conn.execute("SELECT id, reported_by_id FROM indicators "
                                    "WHERE reported_by_id IS NOT NULL"))
    assert reported == {"kz-cn-trade-jan-nov-2024": "cn-customs",
                        "kz-cn-trade-growth-jan-nov-2024": "cn-customs"}
    assert "cn-customs" in _ids(db_conn, "organizations", '"General Administration of Customs"')
    assert "halyk-finance-research" in _ids(db_conn, "organizations", "Halyk")
    period, note = db_conn.execute("SELECT period_end, note FROM indicators "
                                   "WHERE id = 'kz-companies-chinese-participation-2024'").fetchone()
    assert period is None and "inferred" in note  # not tied to the Dec. 20 report


def test_railway_company_dates_are_events(db_conn):
    rows = {r[0]: r[1:] for r in db_conn.execute(
        "SELECT id, kind, date_start, date_precision, date_note FROM events "
        "WHERE id LIKE 'cku-railway-%'")}
    assert rows["cku-railway-company-founded-2024"][:3] == ("milestone", "2024-07-26", "day")
    assert "inferred" in rows["cku-railway-company-founded-2024"][3]
    assert rows["cku-railway-construction-start-2024"][:3] == ("expected_milestone", "2024-12-27", "day")


def test_projects_merged_from_several_articles_say_why(db_conn):
    rows = db_conn.execute(
        "SELECT p.id, p.identification_note FROM projects p JOIN citations c "
        "ON c.kind = 'projects' AND c.record_id = p.id GROUP BY p.id "
        "HAVING count(DISTINCT c.source_id) > 1").fetchall()
    assert {"lianyungang-terminal", "kz-nuclear-power-plants"} <= {r[0] for r in rows}
    assert all(note for _, note in rows), rows


def test_one_kind_of_record_for_like_things(db_conn):
    pool = {r[0] for r in db_conn.execute(
        "SELECT id FROM indicators WHERE id LIKE '%-national-pool-projects-%'")}
    assert pool == {"cn-national-pool-projects-count-2024-07", "cn-national-pool-projects-value-2024-07",
                    "ru-national-pool-projects-count-2024-07", "ru-national-pool-projects-value-2024-07"}
    assert not db_conn.execute("SELECT id FROM packages WHERE name LIKE '%national%pool%'").fetchall()
    countries = {r[0] for r in db_conn.execute(
        "SELECT countries_text FROM indicators WHERE corridor_id = 'trans-caspian'")}
    assert countries == {"CN, KZ"}
    sectors = {r[0] for r in db_conn.execute(
        "SELECT DISTINCT a.sector || '/' || a.subsector FROM agreements a JOIN agreement_parties p "
        "ON p.agreement_id = a.id WHERE p.org_id = 'astana-motors'")}
    assert sectors == {"Trade/Distribution"}


def test_brands_are_not_partners(db_conn):
    roles = dict(db_conn.execute("SELECT org_id, role FROM project_partners "
                                 "WHERE project_id = 'almaty-multibrand-car-factory'"))
    assert roles == {"gwm": "brand", "chery": "brand", "changan": "brand"}


def test_kinds_and_countries_as_the_articles_give_them(db_conn):
    kind = db_conn.execute("SELECT kind FROM organizations "
                           "WHERE id = 'kz-institute-philosophy-political-science'").fetchone()[0]
    assert kind == "research"
    assert db_conn.execute("SELECT countries_text FROM corridors "
                           "WHERE id = 'altynkol-saryagash'").fetchone()[0] == "KZ"
    summary = db_conn.execute("SELECT summary FROM events WHERE id = 'xian-summit-2023'").fetchone()[0]
    assert "first" not in summary.lower()

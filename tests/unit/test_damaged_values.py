"""A foreign or damaged dataset: one value of the wrong type (text in an amount or a position,
text that is not UTF-8, bytes, control characters). What the user reads stays right: sums leave
the odd value out rather than reading 'lots' as 0, the map draws, every record exports."""

import datetime as dt
import json

import pytest

from bri_desktop.core.export import ExportStamp, write_export
from bri_desktop.core.filters import Filter
from bri_desktop.core.geo import geographic_model, line_width, schematic_model
from bri_desktop.db.aggregates import aggregate, top_records
from bri_desktop.db.connection import open_readonly
from bri_desktop.db.corridors import corridor_network
from bri_desktop.db.details import export_records, record_details, record_fields
from bri_desktop.db.queries import vocabulary

PLANT = "kg-national-fertilizer-plant"  # 260 m USD, in the totals, in Kyrgyzstan


@pytest.fixture
def damaged(altered_copy):
    return lambda *statements: open_readonly(altered_copy(*statements))


def _kyrgyz_bar(conn):
    chart = aggregate(conn, "country", Filter())
    return next(g for g in chart.groups if g.kind == "projects" and g.key == "KG")


def test_an_amount_in_words_is_left_out_of_the_sums_not_read_as_nought(damaged, bundled_db):
    before = _kyrgyz_bar(open_readonly(bundled_db))
    conn = damaged(f"UPDATE projects SET investment_usd = 'lots' WHERE id = '{PLANT}'")
    after = _kyrgyz_bar(conn)
    assert after.value == before.value - 260e6
    assert after.with_value == before.with_value - 1  # not counted as disclosing a value
    assert after.records == before.records


def test_an_amount_written_with_commas_is_not_summed_as_its_first_digits(damaged, bundled_db):
    before = _kyrgyz_bar(open_readonly(bundled_db))
    conn = damaged(f"UPDATE projects SET investment_usd = '2,100,000,000' WHERE id = '{PLANT}'")
    assert _kyrgyz_bar(conn).value == before.value - 260e6  # SQLite alone would add 2


def test_the_bars_largest_records_skip_an_amount_in_words(damaged):
    conn = damaged(f"UPDATE projects SET investment_usd = 'lots' WHERE id = '{PLANT}'")
    top = top_records(conn, "country", "KG", Filter())
    assert PLANT not in [r["id"] for r in top]
    assert all(isinstance(r["value"], float | int) for r in top)


def test_an_infinite_amount_is_left_out_of_the_sums(damaged, bundled_db):
    before = _kyrgyz_bar(open_readonly(bundled_db))
    conn = damaged(f"UPDATE projects SET investment_usd = 1e308 * 10 WHERE id = '{PLANT}'")
    assert _kyrgyz_bar(conn).value == before.value - 260e6


@pytest.mark.parametrize("place", ["lat = 'north', lon = 'x'", "lat = 1e308 * 10", "lon = 400"])
def test_a_station_with_no_place_on_earth_leaves_its_corridor_drawn_through_the_rest(damaged, place):
    conn = damaged(f"UPDATE corridor_nodes SET {place} WHERE corridor_id = 'cku-railway' AND position = 0")
    network = corridor_network(conn)
    for model in (geographic_model(network, []), schematic_model(network)):
        shape = next(c for c in model.corridors if c.id == "cku-railway")
        assert len(shape.segments) == 3  # Torugart - Makmal - Jalal-Abad - Andijan
        assert "Kashgar" not in {n.name for n in model.nodes if "cku-railway" in n.corridors}
        assert all(abs(v) < 1e6 for n in model.nodes for v in n.at)


def test_a_corridor_length_or_capacity_in_words_is_shown_as_stored(damaged):
    conn = damaged("UPDATE corridors SET length_km = 'long', capacity_value = 'big' WHERE id = 'cku-railway'")
    network = corridor_network(conn)
    shape = next(c for c in geographic_model(network, []).corridors if c.id == "cku-railway")
    assert shape.figure.startswith("long")
    corridor = next(c for c in network if c["id"] == "cku-railway")
    assert line_width(corridor) == 2.5
    assert line_width({**corridor, "capacity_value": -5}) == 2.5


INVALID_UTF8 = "CAST(X'41C328' AS TEXT)"  # 'A', then a lone lead byte and '('


def test_text_that_is_not_utf8_shows_with_a_replacement_character(damaged):
    conn = damaged(f"UPDATE agreements SET summary = {INVALID_UTF8} WHERE id = 'kmg-sinopec-berekovskoye'")
    record = record_details(conn, "agreements", "kmg-sinopec-berekovskoye")
    assert record["summary"] == "A\ufffd("
    assert record["title"]


def test_every_record_exports_past_text_that_is_not_utf8(damaged):
    conn = damaged(f"UPDATE agreements SET summary = {INVALID_UTF8} WHERE id = 'kmg-sinopec-berekovskoye'")
    records = list(export_records(conn, "agreements", Filter(), batch=5))  # the damage is past a batch
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 42
    assert next(r for r in records if r["id"] == "kmg-sinopec-berekovskoye")["summary"] == "A\ufffd("


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_bytes_where_a_number_belongs_export_in_every_format(damaged, tmp_path, fmt):
    conn = damaged("UPDATE agreements SET value_usd = X'6C6F7473' WHERE id = 'kmg-sinopec-berekovskoye'")
    records = export_records(conn, "agreements", Filter())
    target = tmp_path / f"out.{fmt}"
    written = write_export(fmt, target, "agreements", records, vocabulary(conn),
                           ExportStamp("test", "agreements", "", 42), fields=record_fields(conn, "agreements"))
    assert written == 42
    if fmt == "json":
        rows = json.loads(target.read_text(encoding="utf-8"))["records"]
        assert next(r for r in rows if r["id"] == "kmg-sinopec-berekovskoye")["value_usd"] == "lots"
    if fmt == "xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(target).worksheets[0]
        assert "lots" in [c.value for row in sheet.iter_rows() for c in row]


def test_control_characters_in_a_title_do_not_stop_the_word_briefing(tmp_path):
    from docx import Document as read_docx

    from bri_desktop.briefing import document as d
    from bri_desktop.briefing import docx_out

    doc = d.Document("Brief\x00ing", "sub\x07", "meta", "foot", "A4",
                     [d.Block(d.PARA, [d.Run("a\x1b[31mred", (1,))])],
                     [d.Endnote(1, "source\x01", "", ["quote\x02"])])
    target = tmp_path / "brief.docx"
    docx_out.write(doc, target, dt.datetime(2026, 1, 1))
    text = "\n".join(p.text for p in read_docx(target).paragraphs)
    assert "Brief\ufffding" in text and "a\ufffd[31mred" in text and "quote\ufffd" in text


def test_the_timeline_counts_a_date_it_cannot_read_as_not_placed(damaged, bundled_db):
    from bri_desktop.db.timeline import overview

    before = overview(open_readonly(bundled_db), Filter(), "kind", {}, dt.date(2026, 1, 1))
    conn = damaged("UPDATE agreements SET date_start = 'next spring', date_end = 'later' "
                   "WHERE id = 'kmg-sinopec-berekovskoye'")
    after = overview(conn, Filter(), "kind", {}, dt.date(2026, 1, 1))
    drawn = [i for i in after.items if i.kind == "agreements"]
    assert "kmg-sinopec-berekovskoye" not in {i.id for i in drawn}
    assert after.counts["agreements"] == len(drawn) == before.counts["agreements"] - 1
    assert after.undated["agreements"] == before.undated["agreements"] + 1


def test_an_infinite_figure_is_left_out_of_the_comparison(damaged, bundled_db):
    from bri_desktop.db.figures import measure_figures

    measure = open_readonly(bundled_db).execute(
        "SELECT measure FROM indicators WHERE id = 'cn-companies-in-kz-akorda'").fetchone()[0]
    before = [f["id"] for f in measure_figures(open_readonly(bundled_db), measure)]
    conn = damaged("UPDATE indicators SET value = 1e308 * 10 WHERE id = 'cn-companies-in-kz-akorda'")
    after = [f["id"] for f in measure_figures(conn, measure)]
    assert after == [i for i in before if i != "cn-companies-in-kz-akorda"]

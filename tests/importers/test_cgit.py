"""CGIT workbooks and CSV exports: every quirk of real releases, and the counts and sums checked
against pandas reading the same file on its own."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from tests.importers.conftest import CENTRAL_ASIA
from tests.importers.files import cgit_csv, cgit_workbook, deals


def _expected(frame: pd.DataFrame, entity: str, parse=float) -> tuple[int, float]:
    """Rows with a Chinese party in Central Asia, and their amounts' sum in USD, by pandas."""
    rows = frame[frame[entity].notna() & frame["Country"].isin(CENTRAL_ASIA)]
    return len(rows), float(rows["Quantity in Millions"].map(parse).sum()) * 1e6


def _imported(conn, cid: str, flow: str) -> tuple[int, float]:
    count, total = conn.execute(
        "SELECT count(*), coalesce(sum(investment_usd), 0) FROM projects WHERE collection = ? AND flow = ?",
        (cid, flow)).fetchone()
    return count, total


def test_a_workbook_imports_investments_and_construction_never_the_combined_sheet(importer, tmp_path):
    book = cgit_workbook(tmp_path / "cgit.xlsx", {
        "Dataset 1": deals(1, 60), "Dataset 2": deals(2, 40), "Dataset 1+2": deals(1, 60) + deals(2, 40),
        "Dataset 3": deals(3, 15)}, hidden=(2, 5, 7))
    prepared = importer.run(book, name="CGIT Fall 2023")
    conn = importer.conn()
    for sheet, flow, entity in (("Dataset 1", "investment", "Investor"), ("Dataset 2", "construction", "Contractor"),
                                ("Dataset 3", "troubled", "Chinese Entity")):
        frame = pd.read_excel(book, sheet_name=sheet, skiprows=3, engine="openpyxl")
        assert _imported(conn, prepared.collection_id, flow) == pytest.approx(_expected(frame, entity))
    # the combined sheet is not imported beside its parts, and the user is told
    assert conn.execute("SELECT count(*) FROM projects WHERE flow = 'investment_or_construction'").fetchone()[0] == 0
    assert any("Dataset 1+2" in n and "twice" in n for n in prepared.notes)
    # the SUBTOTAL row is not a deal; the hidden rows are imported like the others
    assert not conn.execute("SELECT count(*) FROM projects WHERE collection = ? AND name LIKE '%SUBTOTAL%'",
                            (prepared.collection_id,)).fetchone()[0]
    assert any("total" in n and "left out" in n for n in prepared.notes)
    assert any("3 rows hidden by a saved filter" in n for n in prepared.notes)


def test_troubled_transactions_are_kept_apart_and_never_summed(importer, tmp_path):
    book = cgit_workbook(tmp_path / "cgit.xlsx", {"Dataset 1": deals(1, 30), "Dataset 3": deals(3, 20)})
    prepared = importer.run(book)
    conn = importer.conn()
    flags = dict(conn.execute("SELECT flow, group_concat(DISTINCT in_totals) FROM projects WHERE collection = ? "
                              "GROUP BY flow", (prepared.collection_id,)).fetchall())
    assert flags == {"investment": "1", "troubled": "0"}
    assert prepared.not_summed == conn.execute(
        "SELECT count(*) FROM projects WHERE flow = 'troubled'").fetchone()[0] > 0


def test_the_combined_sheet_alone_is_imported_once(importer, tmp_path):
    both = deals(1, 30) + deals(2, 20)
    book = cgit_workbook(tmp_path / "cgit.xlsx", {"Dataset 1+2": both}, subtotal=False)
    prepared = importer.run(book)
    frame = pd.read_excel(book, sheet_name="Dataset 1+2", skiprows=3, engine="openpyxl")
    assert _imported(importer.conn(), prepared.collection_id, "investment_or_construction") == \
        pytest.approx(_expected(frame, "Investor"))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("form", ["dollar", "padded", "dot-thousands"])
def test_csv_exports_in_each_encoding_and_amount_form(importer, tmp_path, encoding, form):
    items = deals(5, 80, whole=True)
    items[0].party = "Société Générale – Kazakhstan"  # a character each encoding spells differently
    path = cgit_csv(tmp_path / f"cgit-{encoding}.csv", items, encoding=encoding, form=form)
    prepared = importer.run(path)
    frame = pd.read_csv(path, skiprows=3, encoding=encoding, dtype=str, keep_default_na=False)
    frame["Investor"] = frame["Investor"].replace("", None)

    def parse(text: str) -> float:  # the form's own rule, written apart from the importer's
        return float(re.sub(r"[^0-9.]", "", text.replace(",", "") if form != "dot-thousands"
                            else text.replace(".", "")))

    assert _imported(importer.conn(), prepared.collection_id, "investment") == \
        pytest.approx(_expected(frame, "Investor", parse))
    name = importer.conn().execute("SELECT name FROM projects WHERE id = ?",
                                   (f"{prepared.collection_id}-s1-5",)).fetchone()
    if items[0].country in CENTRAL_ASIA:
        assert name[0] == f"{items[0].entity} – Société Générale – Kazakhstan"
    label = {"utf-8-sig": "UTF-8 with BOM", "cp1252": "Windows-1252", "utf-16": "UTF-16"}[encoding]
    assert f"Read as {label}, cells separated by commas." in prepared.notes


def test_shares_with_a_non_breaking_space_are_read(importer, tmp_path):
    items = deals(8, 10, whole=True)
    for d in items:
        d.country, d.share = "Kazakhstan", "100%"
    path = cgit_csv(tmp_path / "cgit.csv", items, encoding="utf-8", form="dollar")
    prepared = importer.run(path)
    summaries = [r.project["summary"] for r in prepared.records]
    assert all("for a 100% share" in s for s in summaries)


def test_reimporting_a_newer_release_replaces_the_collection(importer, tmp_path):
    first = importer.run(cgit_workbook(tmp_path / "fall.xlsx", {"Dataset 1": deals(1, 40)}), name="CGIT")
    conn = importer.conn()
    before = conn.execute("SELECT count(*) FROM projects WHERE collection = ?", (first.collection_id,)).fetchone()[0]
    newer = cgit_workbook(tmp_path / "spring.xlsx", {"Dataset 1": deals(9, 25)})
    second = importer.run(newer, name="CGIT", collection_id=first.collection_id)
    conn = importer.conn()
    after = conn.execute("SELECT count(*) FROM projects WHERE collection = ?", (first.collection_id,)).fetchone()[0]
    frame = pd.read_excel(newer, sheet_name="Dataset 1", skiprows=3, engine="openpyxl")
    assert after == _expected(frame, "Investor")[0] != before
    assert [c.id for c in importer.store.collections()] == [first.collection_id]
    assert second.sha256 == conn.execute("SELECT sha256 FROM collections WHERE id = ?",
                                         (first.collection_id,)).fetchone()[0]


def test_a_bad_amount_is_named_by_file_row_and_column(importer, tmp_path):
    items = deals(4, 12, whole=True)
    for d in items:
        d.country = "Uzbekistan"
    path = cgit_csv(tmp_path / "cgit.csv", items, encoding="utf-8", form="dollar")
    text = path.read_text(encoding="utf-8").splitlines()
    cells = text[6].split(",")
    cells[3] = "about a billion"
    text[6] = ",".join(cells)
    path.write_text("\r\n".join(text) + "\r\n", encoding="utf-8")
    prepared = importer.prepare(path)
    assert [str(i) for i in prepared.issues] == [
        "cgit.csv:7:Quantity in Millions: 'about a billion' is not an amount (write it as 1740, 1,740 or $1,740)"]
    assert len(prepared.valid_records()) == len(items) - 1


def test_possible_matches_follow_the_rule(importer, tmp_path):
    prepared = importer.run(cgit_workbook(tmp_path / "cgit.xlsx", {"Dataset 1": deals(1, 200)}))
    conn = importer.conn()
    rows = conn.execute("SELECT record_id, other_kind, other_id, reason FROM possible_matches").fetchall()
    assert rows, "no imported row was suggested as the same project as a curated one"
    for own, other_kind, other, reason in rows:
        a = conn.execute("SELECT country, sector, year FROM projects WHERE id = ?", (own,)).fetchone()
        b = conn.execute(f"SELECT country, sector, year FROM {other_kind} WHERE id = ?", (other,)).fetchone()
        link = ("project_partners WHERE project_id" if other_kind == "projects"
                else "agreement_parties WHERE agreement_id")
        shared = {r[0] for r in conn.execute("SELECT org_id FROM project_partners WHERE project_id = ?", (own,))} & \
            {r[0] for r in conn.execute(f"SELECT org_id FROM {link} = ?", (other,))}
        assert own.startswith(prepared.collection_id) and a[:2] == b[:2] and shared
        assert a[2] is None or b[2] is None or abs(a[2] - b[2]) <= 1
        assert "in both" in reason

"""AidData GCDF files: the five countries kept, Recommended For Aggregates No listed but never
summed, Source URLs split, counts and sums checked against pandas."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.importers.conftest import CENTRAL_ASIA
from tests.importers.files import aiddata_csv, aiddata_xlsx


def _by_pandas(frame: pd.DataFrame) -> dict:
    kept = frame[frame["Recipient"].isin(CENTRAL_ASIA)]
    amount = pd.to_numeric(kept["Amount (Constant USD 2021)"], errors="coerce")
    summable = kept["Recommended For Aggregates"] == "Yes"
    return {"rows": len(kept), "not_summed": int((~summable).sum()),
            "sum": float(amount[summable].sum()), "left_out": len(frame) - len(kept),
            "kyrgyz": int((kept["Recipient"] == "Kyrgyz Republic").sum())}


def _in_app(conn, cid: str) -> dict:
    rows, not_summed, total = conn.execute(
        "SELECT count(*), sum(NOT in_totals), coalesce(sum(CASE WHEN in_totals THEN investment_usd END), 0) "
        "FROM projects WHERE collection = ?", (cid,)).fetchone()
    kyrgyz = conn.execute("SELECT count(*) FROM projects WHERE collection = ? AND country = 'KG'",
                          (cid,)).fetchone()[0]
    return {"rows": rows, "not_summed": not_summed, "sum": total, "kyrgyz": kyrgyz}


@pytest.mark.parametrize("maker", [aiddata_csv, aiddata_xlsx], ids=["csv", "xlsx"])
def test_counts_and_sums_match_pandas(importer, tmp_path, maker):
    path = maker(tmp_path / f"gcdf.{'csv' if maker is aiddata_csv else 'xlsx'}", count=400)
    prepared = importer.run(path, name="AidData GCDF 3.0")
    frame = pd.read_csv(path) if maker is aiddata_csv else pd.read_excel(path, engine="openpyxl")
    want = _by_pandas(frame)
    got = _in_app(importer.conn(), prepared.collection_id)
    assert got == pytest.approx({k: want[k] for k in got})
    assert want["kyrgyz"] > 0 and want["not_summed"] > 0
    assert prepared.left_out == {"the recipient is outside the five Central Asian countries BRI Desktop covers":
                                 want["left_out"]}
    lines = prepared.summary_lines()
    assert f"{want['not_summed']:,} of them are listed and counted but never summed" in " ".join(lines)


def test_source_urls_become_the_records_sources(importer, tmp_path):
    path = aiddata_csv(tmp_path / "gcdf.csv", count=120)
    prepared = importer.run(path)
    frame = pd.read_csv(path, keep_default_na=False)
    kept = frame[frame["Recipient"].isin(CENTRAL_ASIA)]
    conn = importer.conn()
    stored = dict(conn.execute("SELECT id, coalesce(source_urls, '') FROM projects WHERE collection = ?",
                               (prepared.collection_id,)).fetchall())
    for row_no, (_, row) in zip(kept.index + 2, kept.iterrows(), strict=True):
        urls = [u for u in row["Source URLs"].split("|") if u]
        assert stored[f"{prepared.collection_id}-s1-{row_no}"].split("\n") == (urls or [""])


def test_funders_are_matched_to_the_curated_organizations(importer, tmp_path):
    path = aiddata_csv(tmp_path / "gcdf.csv", count=200)
    prepared = importer.run(path)
    conn = importer.conn()
    cdb = conn.execute("SELECT id FROM organizations WHERE name = 'China Development Bank'").fetchone()[0]
    assert cdb == "china-development-bank"
    funded = conn.execute("SELECT count(*) FROM project_partners p JOIN projects t ON t.id = p.project_id "
                          "WHERE t.collection = ? AND p.org_id = ?", (prepared.collection_id, cdb)).fetchone()[0]
    assert funded > 0
    # one new organization per name, however many rows name it
    names = [r[0] for r in conn.execute("SELECT name FROM organizations WHERE collection = ?",
                                        (prepared.collection_id,))]
    assert len(names) == len(set(names)) and "Export-Import Bank of China" in names

"""`bri-desktop export KIND --format csv|json|xlsx` writes what the filters select, stamped."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from bri_desktop.cli import main

KINDS = ["agreements", "projects", "packages", "corridors", "indicators", "organizations",
         "events", "sources"]


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", KINDS)
def test_json_to_stdout_is_a_list_of_every_record(capsys, db_conn, kind):
    code, out, _ = _run(capsys, "export", kind, "--format", "json")
    assert code == 0
    records = json.loads(out)
    assert isinstance(records, list)
    assert len(records) == db_conn.execute(f"SELECT count(*) FROM {kind}").fetchone()[0]
    if kind != "sources":
        assert all(r["citations"] and r["citations"][0]["quote"] for r in records)


def test_csv_carries_version_filters_parties_and_quotes(capsys, db_conn):
    code, out, _ = _run(capsys, "export", "agreements", "--format", "csv", "--country", "Kazakhstan",
                        "--sector", "Energy")
    assert code == 0
    lines = out.splitlines()
    version = db_conn.execute("SELECT value FROM meta WHERE key='dataset_version'").fetchone()[0]
    assert lines[0] == f"# Dataset: BRI Desktop dataset {version}"
    assert "country = Kazakhstan" in lines[2] and "sector = Energy" in lines[2]
    rows = list(csv.DictReader(io.StringIO("\n".join(line for line in lines if not line.startswith("#")))))
    expected = db_conn.execute(
        "SELECT count(*) FROM agreements WHERE country='KZ' AND sector='Energy'").fetchone()[0]
    assert len(rows) == expected > 0
    assert all(r["country"] == "Kazakhstan" and r["sector"] == "Energy" for r in rows)
    kmg = next(r for r in rows if r["id"] == "kz-bri3-12")
    assert "KazMunayGas (party)" in kmg["parties"]
    assert "China National Offshore Oil Corporation" in kmg["citations"]


def test_xlsx_has_records_and_about_sheet(capsys, tmp_path):
    target = tmp_path / "projects.xlsx"
    code, _, err = _run(capsys, "export", "projects", "--format", "xlsx", "-o", str(target),
                        "--search", "Shymkent")
    assert code == 0 and "Wrote" in err
    book = load_workbook(target)
    sheet = book["Projects"]
    header = [c.value for c in sheet[1]]
    names = [row[header.index("name")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any("Shymkent" in n for n in names)
    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True)}
    assert about["Filters"] == 'search = "Shymkent"'
    assert about["Dataset"].startswith("BRI Desktop dataset ")


def test_json_file_is_stamped(capsys, tmp_path):
    target = tmp_path / "out.json"
    code, _, _ = _run(capsys, "export", "indicators", "--format", "json", "-o", str(target),
                      "--year", "2024")
    assert code == 0
    payload = json.loads(target.read_text(encoding="utf-8"))
    assert payload["filters"] == "year = 2024" and payload["count"] == len(payload["records"]) > 0
    assert all(r["year"] == 2024 for r in payload["records"])


def test_malformed_search_is_a_clear_error(capsys):
    code, out, err = _run(capsys, "export", "agreements", "--search", '"shymkent')
    assert code == 2 and out == ""
    assert "Unbalanced quote" in err


def test_unknown_country_is_a_clear_error(capsys):
    code, _, err = _run(capsys, "export", "agreements", "--country", "Atlantis")
    assert code == 2 and "unknown country 'Atlantis'" in err


def test_xlsx_needs_a_file(capsys):
    code, _, err = _run(capsys, "export", "agreements", "--format", "xlsx")
    assert code == 2 and "-o" in err


def test_a_write_failing_halfway_leaves_no_partial_file(capsys, tmp_path, monkeypatch):
    from bri_desktop.core import export

    real = export._write_csv

    def fills_the_disk(handle, rows, *args):
        real(handle, (row for i, row in enumerate(rows) if i < 3), *args)  # a few rows out...
        raise OSError(28, "No space left on device")  # ...then the disk is full

    monkeypatch.setitem(export._WRITERS, "csv", fills_the_disk)
    target = tmp_path / "out.csv"
    code, _, err = _run(capsys, "export", "agreements", "-o", str(target))
    assert code == 1 and "cannot write" in err and "No space left" in err
    assert list(tmp_path.iterdir()) == []  # neither the target nor a temporary file


def test_a_fault_while_exporting_is_said_in_one_line_and_logged(capsys, monkeypatch, tmp_path):
    """An exception nobody foresaw (here: the records failing to read) gives a clear line and a
    code, with the traceback in the log, not on the terminal; nothing is written."""
    from bri_desktop import paths

    def broken(*_args, **_kwargs):
        raise RuntimeError("a value nobody foresaw")

    monkeypatch.setattr("bri_desktop.db.details.export_records", broken)
    target = tmp_path / "out.csv"
    code, _, err = _run(capsys, "export", "agreements", "-o", str(target))
    assert code == 70
    assert "export failed because of a fault in BRI Desktop" in err and "a value nobody foresaw" in err
    assert "Traceback" not in err and str(paths.log_file()) in err
    assert "Traceback" in paths.log_file().read_text(encoding="utf-8")
    assert not target.exists()

"""Imports as a hostile tester tried them (each once a crash, a silent mistake or a misleading
message): odd cells, odd encodings, odd names, duplicate headers, damaged collections, files that
are not tables. Each gets a clear message naming what is wrong, or imports correctly."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import replace

import pytest

from bri_desktop import paths
from bri_desktop.cli import main
from bri_desktop.importers.read import ImportFileError, read_workbook, table_of, unique_headers
from bri_desktop.importers.store import CollectionStore
from bri_desktop.importers.values import ValueProblem, parse_amount, parse_year
from tests.importers.files import cgit_csv, cgit_workbook, deals


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(["import", *map(str, args)])
    return code, capsys.readouterr().err


def names() -> list[str]:
    return [c.name for c in CollectionStore(paths.collections_dir()).collections()]


def test_a_cell_larger_than_csvs_limit_is_read(tmp_path, capsys):
    items = deals(1, 10, whole=True)
    items[2] = replace(items[2], party="x" * 200_000)
    path = cgit_csv(tmp_path / "huge.csv", items, encoding="utf-8", form="dollar")
    book = read_workbook(path)
    assert max(len(str(c)) for row in book.sheet(None).rows for c in row) == 200_000
    code, err = run(capsys, path)
    assert code == 0, err


def test_utf16_chosen_for_a_file_without_its_mark_says_so(tmp_path):
    path = cgit_csv(tmp_path / "plain.csv", deals(1, 10, whole=True), encoding="utf-8", form="dollar")
    with pytest.raises(ImportFileError, match=r"cannot be read as .*Choose another encoding"):
        read_workbook(path, "utf-16")


@pytest.mark.parametrize(("content", "said"), [
    (b"SQLite format 3\x00" + b"\x00" * 200, "is a SQLite database, not a table"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "is a PNG image, not a table"),
    (b"%PDF-1.7\n" + b"x" * 200, "is a PDF document, not a table"),
])
def test_a_file_that_is_not_a_table_is_named_as_what_it_is(tmp_path, content, said):
    path = tmp_path / "picked-by-mistake.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=said):
        read_workbook(path)


def test_text_named_as_a_workbook_is_refused_as_not_a_workbook(tmp_path):
    path = tmp_path / "deals.xlsx"
    path.write_text("Name,Country\nA,Kazakhstan\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="named as an Excel workbook but is not one"):
        read_workbook(path)


def test_repeated_headers_are_each_their_own_column(tmp_path):
    assert unique_headers(["Name", "Name", "Name (2)", "Country", "Country", None]) == [
        "Name", "Name (3)", "Name (2)", "Country", "Country (2)", "Column F"]
    path = tmp_path / "dup.csv"
    path.write_text("Name,Name,Name (2),Country,Country,Amount\nA1,B1,C1,Kazakhstan,Uzbekistan,1\n"
                    "A2,B2,C2,Kazakhstan,Uzbekistan,2\n", encoding="utf-8")
    table = table_of(read_workbook(path))
    assert list(table.frame["Name (3)"]) == ["B1", "B2"] and list(table.frame["Name (2)"]) == ["C1", "C2"]
    code = main(["import", str(path), "--format", "table", "--map", "title=Name (3)", "--map",
                 "country=Country (2)", "--map", "amount=Amount", "--unit", "USD m"])
    assert code == 0
    conn = sqlite3.connect(paths.combined_db())
    assert sorted(conn.execute("SELECT name, country FROM projects WHERE collection != 'curated'")) == [
        ("B1", "UZ"), ("B2", "UZ")]


@pytest.mark.parametrize("text", ["-2015", "2015.5", "−2015"])
def test_a_negative_or_fractional_year_is_refused(text):
    with pytest.raises(ValueProblem, match="is not a year"):
        parse_year(text)
    assert parse_year("2015.0") == 2015 and parse_year("2015-05-01") == 2015 and parse_year("May 2015") == 2015


def test_an_impossible_amount_is_refused_and_an_accounting_zero_is_no_amount():
    with pytest.raises(ValueProblem, match="more than a trillion US dollars"):
        parse_amount("999999999999999999999999999999", scale=1e6)
    with pytest.raises(ValueProblem, match="million is more than a trillion"):
        parse_amount("2,000,000", scale=1e6)
    assert parse_amount("999,999", scale=1e6) == 999_999
    assert parse_amount("$ -") is None and parse_amount(" $-   ") is None


def test_the_same_name_twice_needs_replace_and_names_are_kept_plain(tmp_path, capsys):
    book = cgit_workbook(tmp_path / "deals.xlsx", {"Dataset 1": deals(1, 20)})
    other = cgit_csv(tmp_path / "deals.csv", deals(2, 10, whole=True), encoding="utf-8", form="dollar")
    assert run(capsys, book)[0] == 0
    code, err = run(capsys, other)  # its default name is the same: "CGIT deals"
    assert code == 2 and "already a collection called 'CGIT deals'" in err and "--replace" in err
    assert names() == ["CGIT deals"]
    code, err = run(capsys, other, "--replace")
    assert code == 0 and "Replaced the collection 'CGIT deals'" in err
    for name, said in (("   ", "needs a name"), ("curated", "curated records"),
                       ("Curated from articles", "curated records"), ("x" * 500, "at most 80")):
        code, err = run(capsys, book, "--name", name)
        assert code == 2 and said in err, name
    assert run(capsys, book, "--name", "Line one\nline two")[0] == 0
    assert sorted(names()) == ["CGIT deals", "Line one line two"]


def test_a_file_name_with_a_line_break_imports(tmp_path, capsys):
    path = cgit_workbook(tmp_path / "new\nline.xlsx", {"Dataset 1": deals(1, 20)})
    code, err = run(capsys, path)
    assert code == 0, err
    assert names() == ["CGIT new line"]


def test_a_file_with_a_header_and_no_rows_says_so(tmp_path, capsys):
    path = tmp_path / "empty.csv"
    path.write_text("Year,Month,Investor,Quantity in Millions,Share Size,Transaction Party,Sector,"
                    "Subsector,Country,Region,BRI\n", encoding="utf-8")
    code, err = run(capsys, path)
    assert code == 1 and "no rows below its header" in err


def test_a_damaged_collection_leaves_the_others_shown_and_names_its_line(tmp_path, capsys):
    assert run(capsys, cgit_workbook(tmp_path / "good.xlsx", {"Dataset 1": deals(1, 20)}))[0] == 0
    assert run(capsys, cgit_workbook(tmp_path / "bad.xlsx", {"Dataset 1": deals(2, 20)}))[0] == 0
    store = CollectionStore(paths.collections_dir())
    bad = store.get("CGIT bad")
    records = paths.collections_dir() / bad.id / "records.jsonl"
    lines = records.read_text(encoding="utf-8").splitlines()
    with open(records, "a", encoding="utf-8") as handle:
        handle.write("{this is not json\n")
    code, err = run(capsys, cgit_workbook(tmp_path / "third.xlsx", {"Dataset 1": deals(3, 20)}))
    assert code == 0, err
    assert "The collection 'CGIT bad' is left out" in err and f"line {len(lines) + 1} is damaged" in err
    conn = sqlite3.connect(paths.combined_db())
    shown = {name for (name,) in conn.execute("SELECT name FROM collections")}
    assert shown == {"Curated from articles", "CGIT good", "CGIT third"}
    assert main(["export", "projects", "--collection", "CGIT good", "-o", str(tmp_path / "p.csv")]) == 0


def test_the_leftover_of_a_killed_rebuild_is_cleaned(tmp_path, capsys):
    assert run(capsys, cgit_workbook(tmp_path / "a.xlsx", {"Dataset 1": deals(1, 20)}))[0] == 0
    leftover = paths.combined_db().with_name(".combined.sqlite.4242.tmp")
    leftover.write_bytes(b"half a dataset")
    young = paths.combined_db().with_name(".combined.sqlite.4243.tmp")
    young.write_bytes(b"another window's rebuild, still running")
    hour_ago = time.time() - 7200
    os.utime(leftover, (hour_ago, hour_ago))
    CollectionStore(paths.collections_dir()).clean_leftovers()
    assert not leftover.exists() and young.exists()


def test_collections_list_as_json_tells_two_collections_apart(tmp_path, capsys):
    assert run(capsys, cgit_workbook(tmp_path / "a.xlsx", {"Dataset 1": deals(1, 20)}))[0] == 0
    assert main(["collections", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["name"] for c in listed] == ["CGIT a"] and listed[0]["id"]


def test_a_new_release_cannot_take_another_collections_name(tmp_path, importer):
    from bri_desktop.importers.session import apply
    from bri_desktop.importers.store import StoreError

    alpha = importer.run(cgit_workbook(tmp_path / "a.xlsx", {"Dataset 1": deals(1, 20)}), name="Alpha")
    importer.run(cgit_workbook(tmp_path / "b.xlsx", {"Dataset 1": deals(2, 20)}), name="Beta")
    newer = importer.prepare(cgit_workbook(tmp_path / "a2.xlsx", {"Dataset 1": deals(3, 20)}), name="beta",
                             collection_id=alpha.collection_id)
    with pytest.raises(StoreError, match="Another collection is named 'Beta'"):
        apply(lambda store: store.save(newer, newer.valid_records()), paths.bundled_db())
    assert sorted(names()) == ["Alpha", "Beta"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "utf-16"])
@pytest.mark.parametrize("piece", [1, 2, 3, 7, 64])
def test_a_csv_read_in_pieces_has_the_rows_a_text_file_gives(tmp_path, monkeypatch, encoding, piece):
    """Lines end in \\n, \\r\\n or a lone \\r, a quoted cell holds line breaks, a cell holds
    characters other programs call line ends (\\x0c, \\u2028 where the encoding has it): wherever
    the pieces split the file, even between \\r and \\n, the rows are the ones a text file read
    line by line gives."""
    import csv

    from bri_desktop.importers import read

    other = "\u2028" if encoding.startswith("utf") else "\x85"
    text = ("name,amount\r\nA \"quoted\",1\n\"two\r\nlines\",2\rlone cr,3\r\n"
            f"form\x0cfeed,4\nother{other}end,5\n\"ends in cr\r\",6\r\nlast,7")
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode(encoding))
    with open(path, encoding=encoding, newline="") as handle:
        expected = list(csv.reader(handle))
    monkeypatch.setattr(read, "PIECE", piece)
    with open(path, "rb") as handle:
        assert list(csv.reader(read.lines_of(handle, encoding))) == expected
    assert read_workbook(path, encoding).sheets[0].rows == expected


@pytest.mark.parametrize("chunk", [16, 300, 1 << 22])
def test_hidden_and_total_rows_are_found_however_the_sheet_is_read_in_pieces(tmp_path, monkeypatch, chunk):
    """A workbook's sheet XML is scanned a few MB at a time; with pieces smaller than a row, or
    splitting a row tag or a formula, the same rows are still marked hidden and as totals."""
    from bri_desktop.importers import read

    book = cgit_workbook(tmp_path / "cgit.xlsx", {"Dataset 1": deals(1, 40), "Dataset 3": deals(3, 9)},
                         hidden=(0, 2, 5, 39))
    monkeypatch.setattr(read, "CHUNK", chunk)
    sheets = {s.name: s for s in read_workbook(book).sheets}
    one = sheets["Dataset 1"]
    header = 3  # three title rows above the header
    assert one.hidden == {header + 1 + i for i in (0, 2, 5, 39)}
    assert one.totals == {header + 41}  # the =SUBTOTAL row under the 40 deals
    assert sheets["Dataset 3"].hidden == one.hidden and sheets["Dataset 3"].totals == {header + 10}

"""Odd files get a message that says what is wrong; the store changes whole or not at all; any
table imports through a mapping that is remembered for the next file of its shape."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile

import pandas as pd
import pytest

from bri_desktop import paths
from bri_desktop.importers import table as tables
from bri_desktop.importers.combine import CombineError
from bri_desktop.importers.read import ImportFileError, read_workbook, table_of
from bri_desktop.importers.session import apply
from bri_desktop.importers.store import StoreError
from bri_desktop.importers.values import ValueProblem, parse_amount, parse_share, parse_year
from tests.importers.files import cgit_csv, cgit_workbook, deals


@pytest.mark.parametrize(("cell", "value"), [
    (1740, 1740.0), ("$1,740", 1740.0), (" $1,740 ", 1740.0), ("US$ 1,740.5", 1740.5), ("1740", 1740.0),
    ("12,5", 12.5), ("1.234,5", 1234.5), ("", None), ("n/a", None), ("$\u00a01,740", 1740.0)])
def test_amount_forms(cell, value):
    assert parse_amount(cell) == value


def test_a_dot_is_a_thousands_separator_only_where_the_column_says_so():
    assert parse_amount("$\t1.740", "dot-thousands") == 1740.0
    assert parse_amount("1.740") == 1.74
    for bad in ("about 5", "-20", "1,74,0"):
        with pytest.raises(ValueProblem):
            parse_amount(bad)


def test_shares_and_years():
    assert parse_share("100\u00a0%") == 100.0 and parse_share(0.49) == 49.0 and parse_share("8.33%") == 8.33
    assert parse_year("2013") == 2013 and parse_year(2013.0) == 2013 and parse_year("2019-05-01") == 2019
    for bad in ("next year", "1066", 2013.5):
        with pytest.raises(ValueProblem):
            parse_year(bad)


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old Excel file (.xls)"),
    (b"PK\x03\x04broken", "not a readable XLSX workbook"),
    (b"just one line of words and nothing else", "no header row"),
])
def test_odd_files_say_what_is_wrong(importer, tmp_path, content, message):
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=re.escape(message)):
        importer.prepare(path)
    assert not paths.collections_dir().exists() and not paths.combined_db().exists()


def test_a_folder_and_a_wrong_encoding_override(importer, tmp_path):
    with pytest.raises(ImportFileError, match="is a folder"):
        importer.prepare(tmp_path)
    path = cgit_csv(tmp_path / "cgit.csv", deals(1, 5), encoding="cp1252", form="dollar")
    path.write_bytes(path.read_bytes().replace(b"CNPC", b"CNPC \x96 KZ"))
    with pytest.raises(ImportFileError, match=r"cannot be read as UTF-8: byte 0x[0-9a-f]{2} on line \d+ is not valid"):
        importer.prepare(path, encoding="utf-8")
    assert importer.prepare(path).records  # detected as Windows-1252 when not overridden


def test_a_cancelled_or_failed_import_leaves_everything_as_it_was(importer, tmp_path, monkeypatch):
    from bri_desktop.importers.read import ImportCancelled

    first = importer.run(cgit_workbook(tmp_path / "a.xlsx", {"Dataset 1": deals(1, 30)}), name="First")
    before = {p.relative_to(paths.user_data_dir()): p.read_bytes()
              for p in paths.user_data_dir().rglob("*") if p.is_file()}
    # cancelled while reading
    with pytest.raises(ImportCancelled):
        importer.prepare(cgit_workbook(tmp_path / "b.xlsx", {"Dataset 1": deals(2, 30)}), cancelled=lambda: True)
    # the disk fills while the records are written
    prepared = importer.prepare(cgit_workbook(tmp_path / "c.xlsx", {"Dataset 1": deals(3, 30)}),
                                collection_id=first.collection_id)
    real_write = type(paths.user_data_dir()).write_text

    def full(self, *a, **kw):
        if self.name == "collection.json":  # the last file written: the others are there
            raise OSError(28, "No space left on device")
        return real_write(self, *a, **kw)

    with monkeypatch.context() as patch, pytest.raises(StoreError, match="No space left on device"):
        patch.setattr(type(paths.user_data_dir()), "write_text", full)
        importer.store.save(prepared, prepared.valid_records())
    # cancelled while the combined dataset is rebuilt: the stored collection is put back too
    with pytest.raises(ImportCancelled):
        apply(lambda store: store.save(prepared, prepared.valid_records()), paths.bundled_db(),
              cancelled=lambda: True)
    with pytest.raises(ImportCancelled):
        apply(lambda store: store.remove(first.collection_id), paths.bundled_db(), cancelled=lambda: True)
    # the disk fills while the combined dataset is written
    with monkeypatch.context() as patch, pytest.raises(CombineError, match="No space left"):
        patch.setattr("shutil.copyfile", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left on device")))
        apply(lambda store: store.rename(first.collection_id, "Renamed"), paths.bundled_db())
    after = {p.relative_to(paths.user_data_dir()): p.read_bytes()
             for p in paths.user_data_dir().rglob("*") if p.is_file()}
    assert after == before


def test_rename_and_remove(importer, tmp_path):
    a = importer.run(cgit_workbook(tmp_path / "a.xlsx", {"Dataset 1": deals(1, 20)}), name="CGIT A")
    importer.run(cgit_workbook(tmp_path / "b.xlsx", {"Dataset 1": deals(2, 20)}), name="CGIT B")
    with pytest.raises(StoreError, match="Another collection is named 'CGIT B'"):
        importer.store.rename(a.collection_id, "cgit b")
    apply(lambda store: store.rename(a.collection_id, "CGIT Fall 2023"), paths.bundled_db())
    apply(lambda store: store.remove("CGIT B"), paths.bundled_db())
    names = dict(importer.conn().execute("SELECT id, name FROM collections").fetchall())
    assert names == {"curated": "Curated from articles", a.collection_id: "CGIT Fall 2023"}


def test_a_damaged_collection_is_left_out_with_a_message(importer, tmp_path):
    a = importer.run(cgit_workbook(tmp_path / "a.xlsx", {"Dataset 1": deals(1, 20)}), name="Good")
    b = importer.run(cgit_workbook(tmp_path / "b.xlsx", {"Dataset 1": deals(2, 20)}), name="Broken")
    (paths.collections_dir() / b.collection_id / "collection.json").write_text("{not json", encoding="utf-8")
    assert [c.id for c in importer.store.collections()] == [a.collection_id]
    assert "Broken" not in importer.store.problems[0] and b.collection_id in importer.store.problems[0]


def test_a_table_imports_through_a_mapping_remembered_for_its_shape(importer, tmp_path):
    frame = pd.DataFrame({
        "Deal name": ["Turkistan solar park", "Tashkent metro cars", "Dushanbe plant", "Lima port"],
        "Host": ["Kazakhstan", "Uzbekistan", "Tajikistan", "Peru"],
        "Industry": ["Energy", "Transport", "Cement", "Transport"],
        "Signed": ["2019-05-01", "2021", "2018", "2020"],
        "USD bn": ["1.2", "0,35", "", "3"],
        "Who": ["Sinopec; CNPC", "CRRC", "", "COSCO"],
    })
    path = tmp_path / "deals.xlsx"
    frame.to_excel(path, index=False)
    book = read_workbook(path)
    found = table_of(book)
    guess = tables.guess(found.headers)
    assert "title" not in guess.columns  # nothing called a title: the user must choose
    mapping = tables.Mapping({"title": "Deal name", "country": "Host", "sector": "Industry", "year": "Signed",
                              "amount": "USD bn", "partner": "Who"}, "USD bn")
    tables.save_mapping(paths.import_mappings_file(), found.headers, mapping)
    assert tables.load_mapping(paths.import_mappings_file(), found.headers) == mapping
    assert tables.load_mapping(paths.import_mappings_file(), [*found.headers, "Other"]) is None
    prepared = importer.run(path, mapping=mapping, name="My deals")
    rows = importer.conn().execute(
        "SELECT name, country, sector, year, investment_usd, partners_text FROM projects WHERE collection = ? "
        "ORDER BY seq", (prepared.collection_id,)).fetchall()
    assert [tuple(r) for r in rows] == [
        ("Turkistan solar park", "KZ", "Energy", 2019, 1.2e9, "Sinopec; CNPC"),
        ("Tashkent metro cars", "UZ", "Transport", 2021, 0.35e9, "CRRC"),
        ("Dushanbe plant", "TJ", "Other", 2018, None, ""),
    ]
    assert "sector Cement" in importer.conn().execute(
        "SELECT summary FROM projects WHERE name = 'Dushanbe plant'").fetchone()[0]
    assert prepared.left_out.total() == 1
    # a damaged mappings file is no mapping, never an error
    paths.import_mappings_file().write_text("[1, 2", encoding="utf-8")
    assert tables.load_mapping(paths.import_mappings_file(), found.headers) is None
    tables.save_mapping(paths.import_mappings_file(), found.headers, mapping)
    assert json.loads(paths.import_mappings_file().read_text(encoding="utf-8"))


def test_a_mapping_without_a_title_or_country_is_refused(importer, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Name,Place\nA,Kazakhstan\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="choose the column that holds the country"):
        importer.prepare(path, mapping=tables.Mapping({"title": "Name"}))


def test_a_workbook_with_a_damaged_sheet(importer, tmp_path):
    path = cgit_workbook(tmp_path / "a.xlsx", {"Dataset 1": deals(1, 5)})
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>99"
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    with pytest.raises(ImportFileError, match=r"a\.xlsx"):
        importer.prepare(path)


def test_damaged_records_leave_their_collection_out_with_a_message(importer, tmp_path):
    from bri_desktop.ui.app import _dataset_file

    a = importer.run(cgit_workbook(tmp_path / "a.xlsx", {"Dataset 1": deals(1, 20)}), name="Good")
    assert _dataset_file(paths.bundled_db()) == (paths.combined_db(), "")
    records = paths.collections_dir() / a.collection_id / "records.jsonl"
    records.write_text(records.read_text(encoding="utf-8")[:500], encoding="utf-8")  # cut short
    paths.combined_db().unlink()  # so that it must be built again
    path, notice = _dataset_file(paths.bundled_db())
    assert path == paths.combined_db()
    assert "The collection 'Good' is left out" in notice and "records.jsonl" in notice
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM projects WHERE collection != 'curated'").fetchone()[0] == 0
    assert _dataset_file(paths.bundled_db())[1] == notice  # said again at the next start

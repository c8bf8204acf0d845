"""File > Export writes what the table shows: its rows in its order, its columns in its order,
for every kind and format; the stamp says which."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from bri_desktop.db.kinds import KINDS
from tests.gui.conftest import settle

LABELS = {"csv": "CSV, for Excel and analysis tools (*.csv)", "xlsx": "Excel workbook (*.xlsx)",
          "json": "JSON (*.json)"}


def export_via_menu(qtbot, window, monkeypatch, target, fmt):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), LABELS[fmt]))
    window.findChild(QAction, "action_export").trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    settle(qtbot, window)


def read_back(target, fmt) -> tuple[list[str], list[dict], dict]:
    """Header, rows and stamp of an exported file."""
    if fmt == "csv":
        text = target.read_text(encoding="utf-8")
        stamp = dict(line[2:].split(": ", 1) for line in text.splitlines() if line.startswith("# "))
        reader = csv.DictReader(io.StringIO("\n".join(x for x in text.splitlines() if not x.startswith("#"))))
        rows = list(reader)
        return list(reader.fieldnames or []), rows, stamp
    if fmt == "xlsx":
        book = load_workbook(target, read_only=True)
        sheet = book.worksheets[0]
        values = list(sheet.iter_rows(values_only=True))
        header = list(values[0]) if values else []
        rows = [dict(zip(header, v, strict=True)) for v in values[1:]]
        stamp = {r[0]: r[1] for r in book["About"].iter_rows(values_only=True)}
        return header, rows, stamp
    payload = json.loads(target.read_text(encoding="utf-8"))
    rows = payload["records"]
    return list(rows[0]) if rows else [], rows, payload


def table_ids(window) -> list[str]:
    return [window.model.record_id(r) for r in range(window.model.rowCount())]


def click_header(qtbot, window, key: str) -> None:
    header = window.table.horizontalHeader()
    section = next(i for i, c in enumerate(window.model.kind.columns) if c.key == key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    settle(qtbot, window)


def test_export_follows_the_tables_sort_and_columns(qtbot, window, monkeypatch, tmp_path):
    window.set_filter(window.filter.with_values("country", {"KZ"}))
    settle(qtbot, window)
    click_header(qtbot, window, "title")
    click_header(qtbot, window, "title")  # Z to A
    assert window.model.query.sort == "title" and window.model.query.descending
    window.table.set_column_shown(1, False)  # Parties
    header = window.table.horizontalHeader()
    header.moveSection(header.visualIndex(8), 1)  # Value next to Title
    shown = [window.model.kind.columns[i].label for i in window.table.visible_columns()]
    target = tmp_path / "kz.csv"
    export_via_menu(qtbot, window, monkeypatch, target, "csv")
    fields, rows, stamp = read_back(target, "csv")
    assert [r["Id"] for r in rows] == table_ids(window)
    assert [f for f in fields if not f.endswith(" qualifier")] == [*shown, "Id", "Sources"]
    assert fields.index("Value qualifier") == fields.index("Value") + 1
    assert "Parties" not in fields
    assert stamp["Sorted by"].startswith("Title, Z to A")
    assert stamp["Columns"].startswith("as shown in the table: Title, Value")
    assert all(r["Sources"] for r in rows)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_and_format_round_trips(qtbot, window, monkeypatch, tmp_path, db_conn, kind, fmt):
    window.set_kind(kind)
    settle(qtbot, window)
    target = tmp_path / f"{kind}.{fmt}"
    export_via_menu(qtbot, window, monkeypatch, target, fmt)
    _fields, rows, stamp = read_back(target, fmt)
    ids = [r["id" if fmt == "json" else "Id"] for r in rows]
    assert ids == table_ids(window)
    expected = {r[0] for r in db_conn.execute(f"SELECT id FROM {KINDS[kind].table}")}
    assert set(ids) == expected
    records = stamp["count"] if fmt == "json" else stamp["Records"]
    assert str(records).startswith(str(len(rows)))
    title = KINDS[kind].columns[0]
    first = rows[0][title.key if fmt == "json" else title.label]
    assert first == window.model.index(0, 0).data()  # the table's text, as shown


def test_the_stamp_counts_what_was_written_not_what_the_table_said(qtbot, window, monkeypatch, tmp_path):
    window.set_filter(window.filter.with_values("country", {"UZ"}))
    settle(qtbot, window)
    window.model._count = 99  # as if the table still showed the count of an earlier filter
    target = tmp_path / "uz.csv"
    export_via_menu(qtbot, window, monkeypatch, target, "csv")
    _fields, rows, stamp = read_back(target, "csv")
    assert stamp["Records"] == f"{len(rows)} agreement{'' if len(rows) == 1 else 's'}"  # "1 agreement"

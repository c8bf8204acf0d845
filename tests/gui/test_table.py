"""Sort, copy, export and the details pane, driven through the real window."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from tests.gui.conftest import settle


def click_header(qtbot, window, key: str) -> None:
    header = window.table.horizontalHeader()
    section = next(i for i, c in enumerate(window.model.kind.columns) if c.key == key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    settle(qtbot, window)


def test_sort_by_value_matches_sql(qtbot, window, db_conn):
    window.set_kind("projects")
    settle(qtbot, window)
    orders = []
    for _click in range(2):  # one way, then the other
        click_header(qtbot, window, "investment")
        shown = [window.model.record_id(r) for r in range(window.model.rowCount())]
        query = window.model.query
        order = "DESC" if query.descending else "ASC"
        # Projects without a disclosed investment come last either way; ties in record order.
        expected = [r[0] for r in db_conn.execute(
            f"SELECT id FROM projects ORDER BY investment_usd IS NULL, investment_usd {order}, "
            f"rowid {order}")]
        assert query.sort == "investment" and shown == expected, order
        orders.append(order)
    assert sorted(orders) == ["ASC", "DESC"]


def test_copy_selected_rows_as_tsv(qtbot, window):
    window.table.selectRow(0)
    window.table.selectionModel().select(
        window.model.index(2, 0), window.table.selectionModel().SelectionFlag.Select
        | window.table.selectionModel().SelectionFlag.Rows)
    window.table.setFocus()
    window.findChild(QAction, "action_copy").trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in
               window.table.visible_columns()]
    assert lines[0].split("\t") == headers
    assert len(lines) == 3
    assert lines[2].split("\t")[0] == window.model.index(2, 0).data()


def test_hidden_column_is_not_copied(qtbot, window):
    window.table.set_column_shown(1, False)  # Parties
    window.table.selectRow(0)
    window.table.copy_selection()
    assert "Parties" not in QGuiApplication.clipboard().text().splitlines()[0]


def test_export_writes_filtered_rows(qtbot, window, tmp_path, monkeypatch, db_conn):
    window.set_filter(window.filter.with_values("country", {"KZ"}))
    settle(qtbot, window)
    target = tmp_path / "kz.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV, for Excel and analysis tools (*.csv)"))
    window.findChild(QAction, "action_export").trigger()
    qtbot.waitUntil(target.exists, timeout=5000)
    settle(qtbot, window)
    text = target.read_text(encoding="utf-8")
    assert "# Filters: country = Kazakhstan" in text
    expected_count = db_conn.execute("SELECT count(*) FROM agreements WHERE country='KZ'").fetchone()[0]
    assert f"# Records: {expected_count} agreements" in text
    rows = list(csv.DictReader(io.StringIO(
        "\n".join(line for line in text.splitlines() if not line.startswith("#")))))
    expected = db_conn.execute("SELECT count(*) FROM agreements WHERE country='KZ'").fetchone()[0]
    assert len(rows) == expected
    assert "Exported" in window.statusBar().currentMessage()


def test_export_to_unwritable_place_says_so(qtbot, window, tmp_path, monkeypatch):
    from bri_desktop.core import export

    def fails(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(export._WRITERS, "csv", fails)
    target = tmp_path / "out.csv"
    target.write_text("the previous export")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr("bri_desktop.ui.export_flow.QMessageBox.warning",
                        lambda *args: shown.append(args[2]))
    window.findChild(QAction, "action_export").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "Could not write" in shown[0] and "No space left" in shown[0]
    assert target.read_text() == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_details_show_the_quote_of_the_selected_record(qtbot, window, db_conn):
    window.table.selectRow(0)
    settle(qtbot, window)
    record_id = window.model.record_id(0)
    quote = db_conn.execute("SELECT quote FROM citations WHERE kind='agreements' AND record_id=? "
                            "ORDER BY position", (record_id,)).fetchone()[0]
    text = " ".join(window.details.plain_text().split())
    assert " ".join(quote.split()) in text
    assert "Sources" in text and "Parties" in text


def test_copy_citation(qtbot, window, db_conn):
    window.table.selectRow(0)
    settle(qtbot, window)
    window.findChild(QAction, "action_copy_citation").trigger()
    text = QGuiApplication.clipboard().text()
    record_id = window.model.record_id(0)
    title = db_conn.execute("SELECT title FROM agreements WHERE id=?", (record_id,)).fetchone()[0]
    assert text.startswith(title)
    assert "Source: " in text and window.dataset.version in text


def test_party_link_filters_to_that_organization(qtbot, window, db_conn):
    window.details.browser.anchorClicked.emit(QUrl("bri:filter/organization/kmg"))
    settle(qtbot, window)
    assert window.filter.organizations == {"kmg"}
    expected = db_conn.execute("SELECT count(DISTINCT agreement_id) FROM agreement_parties "
                               "WHERE org_id='kmg'").fetchone()[0]
    assert window.model.matched == expected
    assert any("Organization: KazMunayGas" in c.text() for c in window.chips.chips)


def test_record_link_opens_the_linked_record(qtbot, window):
    window.details.browser.anchorClicked.emit(QUrl("bri:record/projects/atyrau-polyethylene"))
    settle(qtbot, window)
    assert window.kind == "projects"
    assert window.details.record["id"] == "atyrau-polyethylene"
    assert "$7.4 bn" in window.details.plain_text()

"""What a tester found by using the app as a new and a hostile user would (each failed before
its fix): dangerous targets, confirmed names, Undo after Back, the map's dimming, range boxes,
a dataset damaged under the app, and the bare-number CLI inputs."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from bri_desktop.cli import main
from tests.gui.conftest import settle
from tests.gui.test_record_sequences import ALT, CTRL, click_facet, press

LABELS = {"csv": "CSV, for Excel and analysis tools (*.csv)", "json": "JSON (*.json)"}


def test_data_build_refuses_a_device_and_follows_a_link(data_copy, tmp_path, capsys):
    if Path("/dev/null").exists():
        before = os.stat("/dev/null").st_mode
        assert main(["data", "build", "--data-dir", str(data_copy), "-o", "/dev/null"]) == 1
        assert "not a regular file" in capsys.readouterr().err
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and os.stat("/dev/null").st_mode == before
    real = tmp_path / "real.sqlite"
    real.write_bytes(b"old")
    link = tmp_path / "link.sqlite"
    link.symlink_to(real)
    assert main(["data", "build", "--data-dir", str(data_copy), "-o", str(link)]) == 0
    assert link.is_symlink() and real.read_bytes().startswith(b"SQLite format 3")


def test_a_folder_given_as_the_dataset_says_it_is_a_folder(tmp_path, capsys):
    assert main(["export", "agreements", "--db", str(tmp_path)]) == 2
    assert "is a folder, not a dataset file" in capsys.readouterr().err


def test_a_year_that_is_no_year_gets_a_message(capsys):
    assert main(["export", "agreements", "--year", "99999999999999999999"]) == 2
    err = capsys.readouterr().err
    assert "is not a year" in err and "Traceback" not in err


def test_export_writes_the_file_the_dialog_confirmed(qtbot, window, monkeypatch, tmp_path):
    keep_csv, keep_txt = tmp_path / "keep.csv", tmp_path / "keep.txt"
    keep_csv.write_text("IMPORTANT")
    keep_txt.write_text("old")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(keep_txt), LABELS["csv"]))
    window.findChild(QAction, "action_export").trigger()
    qtbot.waitUntil(lambda: keep_txt.read_text() != "old", timeout=10000)
    settle(qtbot, window)
    assert keep_csv.read_text() == "IMPORTANT"
    assert keep_txt.read_text().startswith("# Dataset")


def test_undo_after_back_undoes_the_back(qtbot, window):
    click_facet(qtbot, window, "country", "KZ")
    click_facet(qtbot, window, "sector", "Energy")
    window.table.setFocus()
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    assert window.filter.sectors == frozenset()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the first Undo does something: it undoes Back
    assert window.filter.sectors == {"Energy"} and window.filter.countries == {"KZ"}


def test_a_corridor_filter_dims_the_other_routes(qtbot, window):
    window.views.setCurrentWidget(window.corridors)
    qtbot.waitUntil(lambda: window.corridors.view.model is not None, timeout=10000)
    window.on_related_requested("china-europe-transit-kz")
    settle(qtbot, window)
    assert window.corridors.view.matching == {"china-europe-transit-kz"}


@pytest.mark.parametrize(("low", "high", "words"), [
    ("5bn", "1m", "is after"),
    ("1e999", "", "more than any amount"),
    ("99999999999999999999999", "", "more than any amount"),
])
def test_a_value_range_the_data_cannot_mean_gets_a_message(qtbot, window, low, high, words):
    box = window.facets._value_box
    box.low.setText(low)
    box.high.setText(high)
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert box.message.isVisible() and words in box.message.text()
    assert window.filter.value_min is None and window.filter.value_max is None


def test_a_date_range_backwards_gets_a_message(qtbot, window):
    box = window.facets._date_box
    box.low.setText("2025")
    box.high.setText("2023")
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    assert "is after" in box.message.text() and window.filter.date_from is None


def test_a_dataset_damaged_under_the_app_clears_the_table_and_says_what_happened(qtbot, make_window,
                                                                                 data_copy):
    from bri_desktop.data.build import build_database

    db = data_copy / "bri.sqlite"
    build_database(data_copy, db)
    window = make_window(db)
    window._watcher.blockSignals(True)  # as if the change went unnoticed
    db.write_bytes(b"")
    window.dataset._generation += 1  # every thread opens the file anew: it is gone
    click_facet(qtbot, window, "country", "KG")
    settle(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "could not be read" in message and "fault in BRI Desktop" not in message
    assert window.model.rowCount() == 0
    assert window.table.empty.isVisible() and "could not be read" in window.table.empty.text()


def test_an_svg_to_a_folder_says_so_and_claims_nothing(qtbot, window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("bri_desktop.ui.image_export.QMessageBox.warning", lambda *a: shown.append(a[2]))
    window.views.setCurrentWidget(window.chart)
    settle(qtbot, window)
    folder = tmp_path / "adir.svg"
    folder.mkdir()
    assert window.export_view("chart", "svg", folder) is None
    assert shown and "is a folder" in shown[0]
    assert "written" not in window.statusBar().currentMessage()


def test_the_not_stated_bar_does_not_promise_a_filter(qtbot, window):
    from bri_desktop.ui.widgets.chart_panel import tooltip_html

    window.views.setCurrentWidget(window.chart)
    window.chart.measure.setCurrentIndex(window.chart.measure.findData("projects"))
    window.chart.dimension.setCurrentIndex(window.chart.dimension.findData("year"))
    settle(qtbot, window)
    chart = window.chart.chart
    index = next(i for i, b in enumerate(chart.bars) if b.key is None)
    assert "Click to filter" not in tooltip_html(chart, index, [])
    assert "Click to filter" in tooltip_html(chart, 0, [])

"""Keyboard use, accessible names, remembered state, models, and start-up paths."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from bri_desktop.core.filters import Filter
from bri_desktop.ui.models.facet_model import FacetModel
from bri_desktop.ui.models.records_model import RecordsModel
from tests.gui.conftest import settle


def test_accessible_names(window):
    names = {w.accessibleName() for w in window.findChildren(QWidget)}
    assert {"Search", "Records", "Filters", "Details", "Record kinds"} <= names


def test_keyboard_shortcuts(qtbot, window):
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search.edit
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is window.search.edit
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.kind == "projects"


def test_state_is_remembered(qtbot, make_window):
    first = make_window()
    first.set_kind("projects")
    settle(qtbot, first)
    first.table.set_column_shown(3, False)
    first.table.horizontalHeader().resizeSection(0, 222)
    first.resize(760, 560)  # within the offscreen screen
    first.close()
    second = make_window()
    assert second.kind == "projects"
    header = second.table.horizontalHeader()
    assert header.isSectionHidden(3) and header.sectionSize(0) == 222
    assert second.size().width() == 760


def test_records_model_passes_modeltester(qtbot, qtmodeltester, window):
    model = RecordsModel(window.dataset, window.runner, batch=10)
    model.set_query("agreements", Filter())
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    qtmodeltester.check(model)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() > 10, timeout=5000)
    qtmodeltester.check(model)
    assert model.rowCount() == 20


def test_facet_model_passes_modeltester(qtmodeltester, window):
    facet_list = window.facets.facet_list("sector")
    assert isinstance(facet_list.model, FacetModel) and facet_list.model.rowCount() > 0
    qtmodeltester.check(facet_list.model)


def test_late_results_of_an_old_query_are_dropped(qtbot, window):
    import time

    got = []

    def slow(state, value, delay):
        time.sleep(delay)
        return value

    window.runner.submit("test", slow, "old", 0.3, on_result=got.append)
    window.runner.submit("test", slow, "new", 0.0, on_result=got.append)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=3000)
    assert got == ["new"]


def test_parts_of_a_task_return_by_key_and_an_error_in_one_reaches_the_window(qtbot, window):
    got, errors = [], []
    window.runner.submit("test", lambda state: state.parallel({"a": lambda: 1, "b": lambda: 2}),
                         on_result=got.append)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=3000)
    window.runner.submit("test", lambda state: state.parallel({"a": lambda: 1, "b": lambda: 1 / 0}),
                         on_result=got.append, on_error=lambda info: errors.append(info[0]))
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=3000)
    assert got == [{"a": 1, "b": 2}]
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)


def test_record_text_is_never_rendered(qtbot, window_with):
    window = window_with(
        '[[organizations]]\nid = "evil"\nname = "<img src=x onerror=1> <a href=\'x\'>Evil</a>"\n'
        'country = "KZ"\ncountry_source = "curator"\nkind = "company"\n'
        'citations = [{ source = "akorda-business-council", quote = "Akorda.kz" }]\n')
    window.set_kind("organizations")
    settle(qtbot, window)
    window.search.set_text("")
    window.set_filter(Filter(search="evil"))
    settle(qtbot, window)
    window.table.selectRow(0)
    settle(qtbot, window)
    assert "<img src=x onerror=1>" in window.details.plain_text()
    tip = window.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in tip and "<img" not in tip


def test_smoke_test_command():
    result = subprocess.run([sys.executable, "-m", "bri_desktop", "--smoke-test"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout


def test_corrupt_dataset_is_refused_with_a_message(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 500)
    result = subprocess.run([sys.executable, "-m", "bri_desktop", "--smoke-test", "--db", str(bad)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "not a readable SQLite database" in result.stderr
    assert bad.read_bytes() == b"garbage" * 500


def test_the_gui_thread_never_runs_a_query(qtbot, window, monkeypatch, tmp_path):
    """After the dataset is opened, every query runs on a worker thread: a user's whole session
    (search, filters, details, links, back, chart, map, export, a briefing) asks the GUI thread for
    none."""
    import threading
    import traceback

    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QFileDialog

    from bri_desktop.db.dataset import Dataset

    real, offenders = Dataset.connection, []

    def guarded(self):
        if threading.current_thread() is threading.main_thread():
            offenders.append("".join(traceback.format_stack(limit=6)))
        return real(self)

    monkeypatch.setattr(Dataset, "connection", guarded)
    window.search.edit.setText("Sinopec")
    window.search.apply()
    settle(qtbot, window)
    window.set_filter(window.filter.with_values("country", {"KZ"}))
    settle(qtbot, window)
    window.table.selectRow(0)
    settle(qtbot, window)
    window.details.browser.anchorClicked.emit(QUrl("bri:record/organizations/sinopec"))
    settle(qtbot, window)
    window.go_back()
    settle(qtbot, window)
    window.views.setCurrentWidget(window.chart)
    window.chart.dimension.setCurrentIndex(2)
    settle(qtbot, window)
    window.views.setCurrentWidget(window.corridors)
    qtbot.waitUntil(lambda: window.corridors.view.model is not None, timeout=10000)
    window.on_related_requested("cku-railway")
    settle(qtbot, window)
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_records()
    qtbot.waitUntil(target.exists, timeout=5000)
    # a briefing with a record, a chart and a filtered map: previewed, then written
    from bri_desktop.briefing.spec import Item

    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    window.briefing_pane.show()
    for item in (Item("record", {"kind": "agreements", "id": "kz-bri3-01"}),
                 Item("chart", {"measure": "investment", "dimension": "country"}),
                 Item("map", {"mode": "geographic", "filter": {"countries": ["KZ"]}})):
        window.briefing_pane.add_item(item)
    window.refresh_preview()
    qtbot.waitUntil(lambda: window.briefing_pane.pages_layout.count() > 0, timeout=15000)
    window.export_briefing("pdf", tmp_path / "b.pdf")
    qtbot.waitUntil((tmp_path / "b.pdf").exists, timeout=15000)
    window.clear_filters()
    settle(qtbot, window)
    assert offenders == [], offenders[0]

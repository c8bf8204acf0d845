"""Imports as a user makes them, through the real MainWindow: File > Import dataset, the check,
then the records, their details, the facets and the chart; a cancelled import, a file with
problems, a damaged file; renaming and removing a collection."""

from __future__ import annotations

import hashlib
import itertools
import time

import pandas as pd
import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from bri_desktop import paths
from bri_desktop.core.charts import BREAKDOWNS, DIMENSIONS, MEASURES
from bri_desktop.ui.collections_dialog import CollectionsDialog, ImportReview
from bri_desktop.ui.import_dialog import ImportDialog
from tests.gui.conftest import settle
from tests.importers.conftest import CENTRAL_ASIA
from tests.importers.files import aiddata_csv, cgit_csv, cgit_workbook, deals

pytestmark = pytest.mark.gui


def when_modal(cls, action, ready=lambda _d: True) -> None:
    """Run ``action(dialog)`` once a modal dialog of ``cls`` shows and is ``ready`` (its
    exec() holds the test until the dialog closes)."""
    def check() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls) and ready(widget):
            action(widget)
        else:
            QTimer.singleShot(20, check)
    QTimer.singleShot(0, check)


def import_through_dialog(qtbot, window, path, name=None, review=lambda r: r.accept()) -> None:
    def fill(dialog: ImportDialog) -> None:
        if name:
            dialog.name_edit.setText(name)
        dialog.import_button.click()

    when_modal(ImportDialog, fill, ready=lambda d: d.book is not None)
    when_modal(ImportReview, review)
    window.import_dataset(path=path)
    qtbot.waitUntil(lambda: not window.runner.is_busy_with("import"), timeout=20000)
    settle(qtbot, window)


def test_import_then_read_the_records_their_details_and_the_way_back(qtbot, window, tmp_path):
    book = cgit_workbook(tmp_path / "cgit.xlsx", {"Dataset 1": deals(1, 120), "Dataset 3": deals(3, 20)})
    import_through_dialog(qtbot, window, book, name="CGIT Fall 2023")
    frame = pd.read_excel(book, sheet_name="Dataset 1", skiprows=3, engine="openpyxl")
    troubled = pd.read_excel(book, sheet_name="Dataset 3", skiprows=3, engine="openpyxl")
    expected = int(frame["Country"].isin(CENTRAL_ASIA).sum() + troubled["Country"].isin(CENTRAL_ASIA).sum())
    # the window shows the new collection's projects, and says so
    assert window.kind == "projects" and window.filter.collections == {"cgit-fall-2023"}
    assert window.model.matched == expected
    assert "Imported" in window.statusBar().currentMessage()
    assert "1 imported collection" in window.version_label.text()
    collection_list = window.facets.facet_list("collection")
    assert collection_list is not None and collection_list.isVisible()
    # the details of an imported record: where it came from, byte for byte
    window.table.selectRow(0)
    settle(qtbot, window)
    text = window.details.plain_text()
    sha = hashlib.sha256(book.read_bytes()).hexdigest()
    assert "Imported from" in text and sha in text and "cgit.xlsx" in text
    assert "The row as it was in the file" in text
    # a suggested match, followed there and back
    with_match = window.dataset.connection().execute(
        "SELECT record_id FROM possible_matches ORDER BY record_id LIMIT 1").fetchone()[0]
    window.open_record("projects", with_match)
    settle(qtbot, window)
    assert "Possibly the same as" in window.details.plain_text()
    other = window.details.record["possible_matches"][0]
    window.details.link_activated.emit(QUrl(f"bri:record/{other['kind']}/{other['id']}"))
    settle(qtbot, window)
    assert window.details.record["id"] == other["id"]
    back = [m["id"] for m in window.details.record["possible_matches"]]
    assert with_match in back  # the curated record names the imported one too
    window.go_back()
    settle(qtbot, window)
    assert window.details.record["id"] == with_match


def test_the_chart_never_adds_two_collections_into_one_bar(qtbot, window, tmp_path):
    import_through_dialog(qtbot, window, cgit_workbook(tmp_path / "c.xlsx", {"Dataset 1": deals(1, 150),
                                                                             "Dataset 3": deals(3, 30)}))
    import_through_dialog(qtbot, window, aiddata_csv(tmp_path / "gcdf.csv", count=300))
    window.clear_filters()
    window.views.setCurrentWidget(window.chart)
    conn = window.dataset.connection()
    for measure, dimension, breakdown in itertools.product(MEASURES, DIMENSIONS, [None, *BREAKDOWNS]):
        for combo, value in ((window.chart.measure, measure), (window.chart.dimension, dimension),
                             (window.chart.breakdown, breakdown)):
            combo.setCurrentIndex(combo.findData(value))
        settle(qtbot, window)
        chart = window.chart.chart
        assert chart is not None and not chart.error, (measure, dimension, breakdown)
        bars = [b for b in chart.bars if b.records or b.total]
        if measure == "agreements":  # curated only: one source, nothing to keep apart
            assert not any(b.collection for b in bars)
        else:  # each bar is one collection's
            assert bars and all(b.collection for b in bars), (measure, dimension, breakdown)
        if measure == "investment" and dimension == "country" and breakdown is None:
            for cid in ("aiddata-gcdf", "cgit-c"):
                want = conn.execute("SELECT sum(investment_usd) FROM projects WHERE collection = ? "
                                    "AND in_totals", (cid,)).fetchone()[0]
                got = sum(b.total for b in bars if b.collection == cid)
                assert got == pytest.approx(want)
            assert any("never summed" in n for n in chart.notes)
            assert any("own bar" in n for n in chart.notes)


def test_a_cancelled_import_leaves_nothing(qtbot, window, tmp_path, monkeypatch):
    path = aiddata_csv(tmp_path / "gcdf.csv", count=200)

    def cancel_it(review: ImportReview) -> None:
        review.accept()
        QTimer.singleShot(0, press_cancel)

    def press_cancel() -> None:  # the import runs: press its progress bar's Cancel
        from PySide6.QtWidgets import QProgressDialog, QPushButton

        found = [p for p in window.findChildren(QProgressDialog) if p.labelText().startswith("Importing")]
        if found and window.runner.is_busy_with("import"):
            found[-1].findChild(QPushButton).click()
        else:
            QTimer.singleShot(20, press_cancel)

    from bri_desktop.importers import combine

    real_build = combine.build

    def slow_build(*args, **kw):  # long enough for Cancel to arrive while it runs
        import time

        cancelled = kw.get("cancelled") or args[4]
        for _ in range(200):
            if cancelled():
                break
            time.sleep(0.01)
        return real_build(*args, **kw)

    monkeypatch.setattr(combine, "build", slow_build)
    monkeypatch.setattr("bri_desktop.importers.session.build", slow_build)
    import_through_dialog(qtbot, window, path, review=cancel_it)
    assert not any(paths.collections_dir().glob("*/collection.json")) if paths.collections_dir().exists() else True
    assert not paths.combined_db().exists()
    assert window.dataset.path == paths.bundled_db()
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_file_with_problems_imports_nothing_or_the_valid_rows(qtbot, window, tmp_path):
    items = deals(4, 30, whole=True)
    for d in items:
        d.country = "Kazakhstan"
    path = cgit_csv(tmp_path / "cgit.csv", items, encoding="utf-8", form="dollar")
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[8] = lines[8].replace(str(items[4].year), "20l5", 1)
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    seen = {}

    def nothing(review: ImportReview) -> None:
        seen["problems"] = [review.problems.item(i).text() for i in range(review.problems.count())]
        review.reject()

    import_through_dialog(qtbot, window, path, review=nothing)
    assert seen["problems"] == ["cgit.csv:9:Year: '20l5' is not a year"]
    assert window.dataset.path == paths.bundled_db() and not paths.combined_db().exists()
    assert "Nothing imported" in window.statusBar().currentMessage()
    import_through_dialog(qtbot, window, path)
    assert window.model.matched == len(items) - 1


def test_a_damaged_file_gets_a_message_and_nothing_changes(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append(a[2]))

    def give_up(dialog: ImportDialog) -> None:
        dialog.reject()

    when_modal(ImportDialog, give_up, ready=lambda d: bool(messages))
    window.import_dataset(path=path)
    settle(qtbot, window)
    assert "broken.xlsx is not a readable XLSX workbook" in messages[0]
    assert "Nothing was imported" in messages[0]
    assert window.dataset.path == paths.bundled_db()


def test_rename_and_remove_from_manage_collections(qtbot, window, tmp_path, monkeypatch):
    import_through_dialog(qtbot, window, cgit_workbook(tmp_path / "c.xlsx", {"Dataset 1": deals(1, 40)}),
                          name="CGIT")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def rename_then_remove(dialog: CollectionsDialog) -> None:
        item = dialog.table.item(0, 0)
        item.setText("CGIT Fall 2023")  # as typed in the table
        deadline = time.monotonic() + 15

        def remove_when_renamed() -> None:
            # the window has the renamed collection once the rebuilt dataset is reopened
            seen["renamed"] = window.dataset.labels["collection"].get("cgit")
            if time.monotonic() < deadline and (
                    window.runner.is_busy_with("import") or dialog.collections[0].name != "CGIT Fall 2023"
                    or seen["renamed"] != "CGIT Fall 2023"):
                QTimer.singleShot(20, remove_when_renamed)
                return
            dialog.remove_button.click()
            QTimer.singleShot(20, close_when_removed)

        def close_when_removed() -> None:
            if window.runner.is_busy_with("import") or dialog.collections:
                QTimer.singleShot(20, close_when_removed)
                return
            dialog.reject()

        QTimer.singleShot(20, remove_when_renamed)

    seen: dict = {}
    when_modal(CollectionsDialog, rename_then_remove)
    window.manage_collections()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.dataset.path == paths.bundled_db(), timeout=10000)
    settle(qtbot, window)
    assert seen["renamed"] == "CGIT Fall 2023"
    assert window.dataset.imported == []
    window.set_kind("projects")
    settle(qtbot, window)
    assert not window.facets.facet_list("collection").isVisible()

"""The user's own files misbehave: the dataset rebuilt under the app, a dataset on read-only
media. The app says what happened and stays consistent."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from bri_desktop.data.build import build_database
from tests.gui.conftest import settle

EXTRA = ('[[agreements]]\nid = "zz-rebuilt-deal"\ntitle = "Rebuilt pipeline deal"\n'
         'doc_type = "agreement"\ncountry = "KZ"\nsector = "Energy"\n'
         'parties = [{ org = "sinopec", role = "party" }]\nstatus = "signed"\n'
         'summary = "A deal added while the app runs."\n'
         'citations = [{ source = "akorda-business-council", quote = "Akorda.kz" }]\n')


def test_a_dataset_rebuilt_while_the_app_runs_is_reopened_whole(qtbot, make_window, data_copy):
    db = data_copy / "bri.sqlite"
    build_database(data_copy, db)
    window = make_window(db)
    window.search.edit.setText("pipeline")
    window.search.apply()
    settle(qtbot, window)
    before = window.model.matched
    (data_copy / "records" / "zz_extra.toml").write_text(EXTRA, encoding="utf-8")
    build_database(data_copy, db)  # renames a new file over the open one
    qtbot.waitUntil(lambda: "rebuilt" in window.statusBar().currentMessage(), timeout=10000)
    settle(qtbot, window)
    assert window.model.matched == before + 1
    assert window.model.rowCount() == window.model.matched  # the count and the rows agree
    assert "zz-rebuilt-deal" in [window.model.record_id(r) for r in range(window.model.rowCount())]
    assert window.navigator.item(0).text().startswith(f"Agreements  ({before + 1} of 43)")
    assert window.dataset.version in window.version_label.text()


def test_a_dataset_replaced_by_a_broken_file_keeps_the_old_view(qtbot, make_window, data_copy):
    db = data_copy / "bri.sqlite"
    build_database(data_copy, db)
    window = make_window(db)
    version = window.dataset.version
    broken = data_copy / "broken.sqlite"
    broken.write_bytes(b"not a database" * 1000)
    os.replace(broken, db)
    window.reopen_dataset()
    settle(qtbot, window)
    assert "cannot be read now" in window.statusBar().currentMessage()
    assert window.dataset.version == version


def _root_can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.mark.skipif(not _root_can_mount(), reason="needs root to mount a folder read-only")
def test_a_wal_dataset_on_read_only_media_opens(tmp_path, bundled_db):
    source, mounted = tmp_path / "src", tmp_path / "ro"
    source.mkdir()
    mounted.mkdir()
    db = source / "wal.sqlite"
    shutil.copyfile(bundled_db, db)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = WAL")
    con.close()
    if subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True).returncode:
        pytest.skip("bind mounts are not allowed here")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(mounted)], capture_output=True).returncode:
            pytest.skip("read-only remounts are not allowed here")
        result = subprocess.run([sys.executable, "-m", "bri_desktop", "export", "agreements", "--db",
                                 str(mounted / "wal.sqlite"), "--format", "json"],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert '"id"' in result.stdout
    finally:
        subprocess.run(["umount", str(mounted)], capture_output=True)


def test_a_query_that_runs_too_long_is_stopped_and_said(qtbot, window):
    from bri_desktop.core.errors import user_message

    errors = []

    def endless(state, dataset):
        conn = state.watch(dataset.connection())
        return conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                            "SELECT count(*) FROM n").fetchone()

    window.runner.submit("test", endless, window.dataset, time_limit=0.5,
                         on_error=lambda info: errors.append(info[0]))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "too broad" in user_message(errors[0], "The search")


def test_a_superseded_task_that_waited_in_the_queue_never_starts(qtbot, window):
    import threading
    import time

    started, release = [], threading.Event()

    def blocker(state):
        release.wait(5)

    def counted(state, name):
        started.append(name)

    for i in range(window.runner.pool.maxThreadCount()):  # fill every worker thread
        window.runner.submit(f"block-{i}", blocker)
    window.runner.submit("facets-test", counted, "old")
    window.runner.submit("facets-test", counted, "new")  # supersedes "old" while it waits
    time.sleep(0.1)
    release.set()
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=5000)
    assert started == ["new"]


def test_very_long_text_is_shown_shortened_and_never_freezes_the_window(qtbot, window_with):
    import time

    long_title, long_summary = "T" * 1000, "S" * 19000  # no spaces: the worst case for layout
    window = window_with(
        f'[[agreements]]\nid = "long-one"\ntitle = "{long_title}"\ndoc_type = "agreement"\n'
        f'country = "KZ"\nsector = "Energy"\nparties = [{{ org = "sinopec", role = "party" }}]\n'
        f'status = "signed"\nsummary = "{long_summary}"\n'
        f'citations = [{{ source = "akorda-business-council", quote = "Akorda.kz" }}]\n')
    row = window.model.row_of("long-one")
    assert row >= 0
    cell = window.model.index(row, 0).data()
    assert len(cell) < 400 and "more characters" in cell
    start = time.perf_counter()
    window.table.selectRow(row)
    settle(qtbot, window)
    assert time.perf_counter() - start < 2
    text = window.details.plain_text()
    assert "more characters" in text and len(text) < 12000


def test_a_foreign_dataset_with_mistyped_values_still_shows_every_record(qtbot, make_window, tmp_path,
                                                                        altered_copy):
    """Text where an amount belongs, numbers where a code belongs (a dataset another tool wrote):
    each odd value is shown as stored; the table, the details and the exports still show all."""
    db = altered_copy("UPDATE agreements SET value_usd = 'lots of money', binding = 'yes' "
                      "WHERE id = 'kmg-sinopec-berekovskoye'",
                      "UPDATE agreements SET country = 7, sector = 3.5 "
                      "WHERE id = 'astana-2025-kg-agricultural-machinery'")
    window = make_window(db)
    model = window.model
    assert model.rowCount() == model.matched == 42
    assert "failed" not in window.statusBar().currentMessage()
    rows = {model.record_id(r): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}
    assert "lots of money" in rows["kmg-sinopec-berekovskoye"]
    assert {"7", "3.5"} <= set(rows["astana-2025-kg-agricultural-machinery"])
    for record_id in ("kmg-sinopec-berekovskoye", "astana-2025-kg-agricultural-machinery"):
        window.show_details("agreements", record_id)
        settle(qtbot, window)
        assert window.details.record["id"] == record_id
        assert window.details.record["title"] in window.details.browser.toPlainText()
    assert "3.5" in window.details.browser.toPlainText()  # the sector as stored
    window.show_details("agreements", "kmg-sinopec-berekovskoye")
    settle(qtbot, window)
    assert "lots of money" in window.details.browser.toPlainText()
    out = tmp_path / "out.csv"
    result = subprocess.run([sys.executable, "-m", "bri_desktop", "--db", str(db), "export", "agreements",
                             "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "lots of money" in out.read_text(encoding="utf-8")


def test_a_fault_in_a_slot_is_logged_and_said_not_silent(qtbot, window, monkeypatch, caplog):
    """An exception in the app's own code while it runs (here: the details pane failing to draw a
    record) reaches the log with its traceback and the status bar with a message."""
    from bri_desktop.ui.app import report_unexpected

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    report_unexpected(window)

    def broken(*_args):
        raise RuntimeError("the pane could not draw")

    monkeypatch.setattr(window.details, "show_record", broken)
    window.show_details("agreements", "kmg-sinopec-berekovskoye")
    qtbot.waitUntil(lambda: "fault in BRI Desktop" in window.statusBar().currentMessage(), timeout=5000)
    assert "Details are in the log" in window.statusBar().currentMessage()
    assert "the pane could not draw" in caplog.text and "Traceback" in caplog.text


DAMAGE = {  # one value of the wrong type, as another tool may write it, and where it once broke things
    "a year in words": "UPDATE agreements SET year = 'twenty' WHERE id = 'kmg-sinopec-berekovskoye'",
    "a year far away": "UPDATE agreements SET year = 9223372036854775807 WHERE id = 'kmg-sinopec-berekovskoye'",
    "a package total in words": "UPDATE packages SET total_usd = 'lots' WHERE id = 'bri3-kz-contracts'",
    "a station's place in words": "UPDATE corridor_nodes SET lat = 'north', lon = 'x' "
                                  "WHERE corridor_id = 'cku-railway' AND position = 0",
    "a corridor's length and capacity in words": "UPDATE corridors SET length_km = 'long', capacity_value = 'big' "
                                                 "WHERE id = 'cku-railway'",
    "an investment in words": "UPDATE projects SET investment_usd = 'lots' WHERE id = 'kg-national-fertilizer-plant'",
    "a title that is not UTF-8": "UPDATE agreements SET title = CAST(X'41C328' AS TEXT) "
                                 "WHERE id = 'kmg-sinopec-berekovskoye'",
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_one_odd_value_leaves_the_filters_and_every_chart_working(qtbot, make_window, altered_copy,
                                                                   monkeypatch, damage):
    window = make_window(altered_copy(DAMAGE[damage]))
    assert window.model.matched == 42
    assert window.facets.facet_list("country").model.rowCount() > 0  # the filter lists were counted
    assert window.facets.facet_list("year").model.rowCount() > 0
    chart = window.chart
    tooltips: list = []  # each bar's tooltip names its largest records
    monkeypatch.setattr(chart, "show_tooltip", lambda _index, top: tooltips.append(top))
    for d in range(chart.dimension.count()):  # every choice of "Chart by"
        chart.dimension.setCurrentIndex(d)
        settle(qtbot, window)
        assert chart.chart is not None and not chart.chart.error, (chart.dimension.currentData(), chart.chart)
        assert len(chart.chart.bars) < 400  # never a bar for every year up to 9e18
        tooltips.clear()
        for bar in chart.chart.bars:
            window.on_chart_bar_hovered(chart.dimension.currentData(), bar.key)
            settle(qtbot, window)
        assert len(tooltips) == len(chart.chart.bars), chart.dimension.currentData()
    assert not getattr(window, "last_error", ""), window.last_error  # nothing failed
    titles = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert len(titles) == 42 and all(titles)
    view = window.corridors.view
    assert view.model is not None and not view.failure  # the corridor map drew, not "Loading corridors…"
    assert {c.id for c in view.model.corridors} >= {"cku-railway", "trans-caspian"}


def test_an_indicator_figure_in_words_does_not_stop_the_app(tmp_path, altered_copy):
    """Text in an indicator's value (the first measure of the Figures view loads at start): it
    once ended the app with a segmentation fault. The figure is left out of the comparison."""
    db = altered_copy("UPDATE indicators SET value = 'many' WHERE id = 'cn-companies-in-kz-akorda'")
    result = subprocess.run([sys.executable, "-m", "bri_desktop", "--db", str(db), "--smoke-test"],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "BRI_DESKTOP_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stderr[-2000:]


def test_a_corridor_map_that_cannot_load_says_so_where_the_map_is(qtbot, make_window, monkeypatch):
    """Not "Loading corridors…" for ever: the failure is said on the map itself."""
    def broken(*_args):
        raise RuntimeError("the stations could not be placed")

    monkeypatch.setattr("bri_desktop.ui.main_window.load_maps", broken)
    window = make_window()
    settle(qtbot, window)
    view = window.corridors.view
    assert view.model is None
    assert "The corridor map failed" in view.failure
    from PySide6.QtGui import QPalette

    from bri_desktop.ui.theme import theme_of

    for theme in ("light", "dark"):  # legible on the map's light sea in either theme
        theme_of().apply(theme)
        try:
            dark = theme == "dark"
            qtbot.waitUntil(lambda dark=dark: (view.palette().color(QPalette.ColorRole.Text).lightness() > 128)
                            is dark, timeout=5000)
            image = view.grab().toImage()
            darkest = min(image.pixelColor(x, y).lightness()
                          for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
            assert darkest < 100, f"{theme}: the message is not legible (darkest pixel {darkest})"
        finally:
            theme_of().apply("light")


def test_text_that_is_not_utf8_reads_with_a_replacement_character_in_every_view(qtbot, make_window, altered_copy):
    """A title a foreign tool wrote in another encoding: each view that reads it (the table, the
    details, the timeline, Everything) shows it with U+FFFD; nothing is said to have failed."""
    window = make_window(altered_copy("UPDATE agreements SET title = CAST(X'41C328' AS TEXT) "
                                      "WHERE id = 'kmg-sinopec-berekovskoye'"))
    window.views.setCurrentWidget(window.timeline)
    qtbot.waitUntil(lambda: window.timeline.view.overview is not None, timeout=10000)
    settle(qtbot, window)
    titles = {i.id: i.title for i in window.timeline.view.overview.items}
    assert titles["kmg-sinopec-berekovskoye"] == "A\ufffd("
    window.show_details("agreements", "kmg-sinopec-berekovskoye")
    settle(qtbot, window)
    assert "A\ufffd(" in window.details.browser.toPlainText()
    window.navigator.select("everything")
    settle(qtbot, window)
    assert window.model.matched == 221 and window.model.rowCount() == 200  # its first page read
    assert not getattr(window, "last_error", ""), window.last_error


def test_a_timeline_that_cannot_be_read_says_so_not_the_last_filters_one(qtbot, window, monkeypatch):
    window.views.setCurrentWidget(window.timeline)
    qtbot.waitUntil(lambda: window.timeline.view.overview is not None, timeout=10000)
    settle(qtbot, window)

    def broken(*_args):
        raise RuntimeError("the dates could not be read")

    monkeypatch.setattr("bri_desktop.ui.tasks.load_timeline", broken)
    window.set_filter(window.filter.toggled("country", "KZ"))
    settle(qtbot, window)
    view = window.timeline.view
    assert view.overview is None and not view.items  # not the unfiltered timeline, as if it were KZ's
    assert "The timeline failed" in view.failure
    assert not window.timeline.summary.text()

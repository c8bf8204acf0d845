"""Start the Qt application on the bundled dataset, or run the offscreen smoke test."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from bri_desktop import paths
from bri_desktop.core.i18n import translate


def run(db_path: Path | None = None, smoke_test: bool = False, link: str | None = None) -> int:
    if smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from bri_desktop.db.connection import DatasetError
    from bri_desktop.db.dataset import Dataset

    _log_to_file()
    # Background queries hand the interpreter back to the GUI thread sooner: the window
    # repaints while a million rows are counted.
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("BRI Desktop")
    app.setOrganizationName("BRI Desktop")
    app.setDesktopFileName("bri-desktop")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resource("icons/app.svg"))))
    from bri_desktop.ui import i18n
    from bri_desktop.ui.settings import LANGUAGE, Settings

    settings = Settings()  # the window's too: one reading of the file, one list of what was unusable
    language, language_problem = i18n.install(settings.get(LANGUAGE))
    base = db_path or paths.bundled_db()
    path, notice = _dataset_file(base)
    try:
        dataset = Dataset(path, base=base)
    except DatasetError as exc:
        if smoke_test or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            print(f"BRI Desktop cannot start: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "BRI Desktop", translate("app", "BRI Desktop cannot start:\n{error}")
                                 .format(error=exc))
        return 1
    from bri_desktop.ui.main_window import MainWindow

    window = MainWindow(dataset, settings)  # its first queries start in the background
    report_unexpected(window)
    from bri_desktop.ui.widgets.chart_panel import preload

    preload()  # meanwhile, the chart's library: part of the start, never a frozen window
    settings_problem = translate("app", "Settings not usable, defaults used instead: {keys} (in {file}).").format(
        keys=", ".join(settings.unusable), file=settings.path) if settings.unusable else ""
    notice = " ".join(t for t in (notice, language_problem, settings_problem) if t)
    if link:
        window.open_link(link)
    if os.environ.get("BRI_DESKTOP_EXIT_AFTER_PAINT"):
        _exit_after_first_paint(app, window)
    window.show()
    if notice:  # once the window is laid out (shown before, it was drawn over the status bar's label)
        window.statusBar().showMessage(notice, 30000)
    # What start-up made lives as long as the app: the collector leaves it alone from now on,
    # so a later collection (while an import runs, say) only walks what is new.
    import gc

    gc.freeze()
    if smoke_test:
        return _smoke(app, window, language)
    return app.exec()


def _dataset_file(base: Path) -> tuple[Path, str]:
    """The file to open: the combined dataset when collections are imported (rebuilt first if
    the base or a collection changed), else the base. A collection that cannot be added leaves
    the base shown, with a notice."""
    import logging

    if not paths.collections_dir().is_dir():  # nothing imported: nothing more to load at start
        return base, ""
    from bri_desktop.db.connection import DatasetError
    from bri_desktop.importers.combine import CombineError
    from bri_desktop.importers.session import collection_store, current_file

    store = collection_store()
    store.clean_leftovers()
    try:
        path = current_file(base)
    except (CombineError, DatasetError, OSError) as exc:
        logging.getLogger("bri_desktop").error("imported collections not shown: %s", exc)
        return base, translate("app", "Imported collections are not shown: {error}").format(error=exc)
    if not store.collections():  # the last collection was removed: its combined file goes too
        paths.combined_db().unlink(missing_ok=True)
    from bri_desktop.importers.combine import left_out

    problems = store.problems + (left_out(path) if path != base else [])
    return path, " ".join(problems)


def _log_to_file() -> None:
    """Errors and their tracebacks go to the user's log file (the screen shows a short message);
    a folder that cannot be written leaves the log on standard error alone."""
    import logging
    from logging.handlers import RotatingFileHandler

    log = logging.getLogger("bri_desktop")
    log.setLevel(logging.INFO)
    try:
        paths.log_file().parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(paths.log_file(), maxBytes=1_000_000, backupCount=2,
                                      encoding="utf-8")
    except OSError as exc:
        print(f"BRI Desktop: cannot write the log file {paths.log_file()}: {exc.strerror or exc}",
              file=sys.stderr)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)


def report_unexpected(window) -> None:
    """A fault in the app's own code while it runs (an exception in a slot) is written to the log
    with its traceback and said in the window's status bar: never silent, never a crash."""
    import logging
    import traceback

    import shiboken6

    from bri_desktop.core.errors import user_message

    def hook(kind, exc, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, trace)
            return
        logging.getLogger("bri_desktop").error(
            "unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, trace)))
        if shiboken6.isValid(window):
            window.on_query_failed(user_message(exc, translate("app", "The last action"), str(paths.log_file())))

    sys.excepthook = hook


def _exit_after_first_paint(app, window) -> None:
    """For the start-up benchmark: say when the table first paints with records in it, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watcher(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and window.model.rowCount() > 0:
                print(f"first-paint {time.time():.6f}", flush=True)
                obj.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    window._paint_watcher = Watcher(window)
    window.table.viewport().installEventFilter(window._paint_watcher)


def wait_for(app, condition, timeout: float = 10.0) -> bool:
    """Process events until ``condition()`` holds or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.005)
    return condition()


def _render_views(window) -> None:
    """Render the chart and the corridor map to images in a temporary folder, as exports do."""
    import tempfile

    from bri_desktop.ui.chart_render import chart_image
    from bri_desktop.ui.image_export import render_image
    from bri_desktop.ui.widgets.corridor_panel import map_picture

    if window.corridors.view.model is None:
        raise RuntimeError("the corridor map was not loaded")
    with tempfile.TemporaryDirectory(prefix="bri-smoke-") as folder:
        for name, image in (("chart", chart_image(window.chart.chart, "smoke test")),
                            ("corridor map", render_image(map_picture(window.corridors.view, "smoke test")))):
            target = Path(folder) / f"{name.replace(' ', '-')}.png"
            if not image.save(str(target)) or target.stat().st_size == 0:
                raise RuntimeError(f"the {name} could not be rendered to an image")


def _shows_sources(window) -> bool:
    """The details pane shows the open record's first source (read by its title: the heading
    "Sources" is in the interface language)."""
    citations = (window.details.record or {}).get("citations") or []
    return bool(citations) and str(citations[0].get("title", "")) in window.details.plain_text()


def _smoke(app, window, language: str = "en") -> int:
    """Build the window, wait for the first rows, search, and check what comes back."""
    try:
        if not wait_for(app, lambda: window.model.rowCount() > 0 and not window.runner.is_busy()):
            raise RuntimeError("the records table stayed empty")
        window.search.edit.setText("Sinopec")
        window.search.apply()
        if not wait_for(app, lambda: window.filter.search == "Sinopec"
                        and window.model.query.filter.search == "Sinopec"
                        and not window.runner.is_busy()):
            raise RuntimeError("the search did not finish")
        if window.model.matched == 0:
            raise RuntimeError("searching 'Sinopec' found no agreements")
        window.table.selectRow(0)
        wait_for(app, lambda: _shows_sources(window))
        if not _shows_sources(window):
            raise RuntimeError("the details pane shows no sources")
        if not wait_for(app, lambda: window.chart.chart is not None
                        and window.corridors.view.model is not None and not window.runner.is_busy()):
            raise RuntimeError("the chart or the corridor map was not drawn"
                               + (f": {window.last_error}" if window.last_error else ""))
        _render_views(window)
        if not wait_for(app, lambda: window.workspace is not None):
            raise RuntimeError("the workspace did not open" + (f": {window.last_error}" if window.last_error else ""))
        window.save_state()  # the settings go to the user's folder, never into the bundle
    except Exception as exc:
        print(f"smoke test failed: {exc}", file=sys.stderr)
        return 1
    finally:
        window.runner.shutdown()
    print(f"smoke test passed: {window.model.matched} {window.kind} match 'Sinopec'; chart and "
          f"corridor map rendered; workspace open (dataset {window.dataset.version}); interface in {language}")
    return 0

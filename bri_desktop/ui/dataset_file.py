# mypy: disable-error-code="misc"
# (the methods take self: MainWindow, whose part they are: mypy asks a mixin's self type to be
# a supertype of the mixin; it is the class it is mixed into)
"""Noticing that the dataset file was rebuilt under the running app, and reopening it whole.
A part of MainWindow (a mixin), kept apart by responsibility."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QTimer

from bri_desktop.core.i18n import translate
from bri_desktop.ui.tasks import current_dataset_file, load_maps

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow


class DatasetFileMixin:
    _reopen_message = ""  # what the status bar says once the reopened dataset shows
    _after_reopen: Callable[[], None] | None = None  # what to show then (an import's records)

    def show_dataset_label(self: MainWindow) -> None:
        """The status bar's dataset version, and the imported collections shown with it."""
        imported = self.dataset.imported
        count = len(imported)  # lupdate reads a count given by name (a call or an index hides the text)
        if count:
            text = translate("DatasetFileMixin", "Dataset {version} · %n imported collection(s)", None, count)
        else:
            text = translate("DatasetFileMixin", "Dataset {version}")
        self.version_label.setText(text.format(version=self.dataset.version))
        tip = [translate("DatasetFileMixin", "Curated from the articles")]
        for collection in imported:
            rows = collection["rows"]
            tip.append(translate("DatasetFileMixin", "{name}: %n record(s) from {file}", None, rows)
                       .format(name=collection["name"], file=collection["file"]))
        self.version_label.setToolTip("\n".join(tip))
    # ------------------------------------------------------------------ the dataset file

    def _watch_dataset_file(self: MainWindow) -> None:
        """A rebuild (``data build``) renames a new file over the dataset, an import elsewhere
        (another window, the command line) changes the collections: notice, and reopen."""
        self._watcher = QFileSystemWatcher(self)
        self._watch_paths()
        self._file_check = QTimer(self)
        self._file_check.setSingleShot(True)
        self._file_check.setInterval(400)  # a build writes, then renames: look once it is done
        self._file_check.timeout.connect(self._check_dataset_file)
        self._watcher.fileChanged.connect(lambda _p: self._file_check.start())
        self._watcher.directoryChanged.connect(lambda _p: self._file_check.start())

    def _watch_paths(self: MainWindow) -> None:
        from bri_desktop import paths

        wanted = [self.dataset.base_path, self.dataset.base_path.parent, self.dataset.path,
                  paths.collections_dir()]
        have = set(self._watcher.files()) | set(self._watcher.directories())
        for path in wanted:  # a renamed-over file is a new file: watched again
            if str(path) not in have and path.exists():
                self._watcher.addPath(str(path))

    def _check_dataset_file(self: MainWindow) -> None:
        self._watch_paths()
        if self.runner.is_busy_with("import"):
            return  # this window's own import reopens the dataset when it is done
        self.runner.submit("file-check", current_dataset_file, self.dataset,
                           on_result=lambda path: self.reopen_dataset(path) if path else None,
                           time_limit=0)

    def reopen_dataset(self: MainWindow, path: Path | None = None,
                       then: Callable[[], None] | None = None) -> None:
        """Show the dataset file as it is now (or ``path``: the combined dataset after an
        import), everywhere at once (read off the GUI thread); ``then`` runs once it shows."""
        self._after_reopen = then
        self.runner.submit("reopen", lambda _state, ds: ds.reopen(path), self.dataset,
                           on_result=lambda _none: self._on_reopened(),
                           on_error=lambda info: self.on_query_failed(translate(
                               "DatasetFileMixin", "The dataset file changed and cannot be read now: {error} "
                               "Still showing what was read before.").format(error=info[0])))

    def _on_reopened(self: MainWindow) -> None:
        for channel in ("rows", "rows-more", "facets", "chart", "details", "locate", "map-dim", "timeline",
                        "timeline-items"):
            self.runner.cancel(channel)
        self.details.version = self.dataset.version
        query = self.model.query
        self.model.set_query(self.kind, self.filter, query.sort if query else None,
                             query.descending if query else None)
        self._refresh_facets()
        self.refresh_chart()
        self._refresh_map_dimming()
        self.refresh_timeline()
        self.runner.submit("maps", load_maps, self.dataset, on_result=self.on_maps_loaded,
                           on_error=self._failed("maps"))
        self.load_measures()
        if self.open_ref:
            self._open(*self.open_ref)
            self._check_open_record()
        self._watch_paths()
        self.show_dataset_label()
        self.statusBar().showMessage(self._reopen_message or translate(
            "DatasetFileMixin", "The dataset file was rebuilt: now showing dataset {version}.").format(
                version=self.dataset.version), 15000)
        self._reopen_message = ""
        after, self._after_reopen = self._after_reopen, None
        if after is not None:
            after()


# mypy: disable-error-code="misc"
# (the methods take self: MainWindow, whose part they are: mypy asks a mixin's self type to be
# a supertype of the mixin; it is the class it is mixed into)
"""Noticing that the dataset file was rebuilt under the running app, and reopening it whole.
A part of MainWindow (a mixin), kept apart by responsibility."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QTimer

from bri_desktop.ui.tasks import load_maps

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow


class DatasetFileMixin:
    # ------------------------------------------------------------------ the dataset file

    def _watch_dataset_file(self: MainWindow) -> None:
        """A rebuild (``data build``) renames a new file over the dataset: notice, and reopen."""
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPath(str(self.dataset.path))
        self._watcher.addPath(str(self.dataset.path.parent))
        self._file_check = QTimer(self)
        self._file_check.setSingleShot(True)
        self._file_check.setInterval(400)  # a build writes, then renames: look once it is done
        self._file_check.timeout.connect(self._check_dataset_file)
        self._watcher.fileChanged.connect(lambda _p: self._file_check.start())
        self._watcher.directoryChanged.connect(lambda _p: self._file_check.start())

    def _check_dataset_file(self: MainWindow) -> None:
        if str(self.dataset.path) not in self._watcher.files() and self.dataset.path.exists():
            self._watcher.addPath(str(self.dataset.path))  # a renamed-over file is a new file
        self.runner.submit("file-check", lambda _state, ds: ds.changed_on_disk(), self.dataset,
                           on_result=lambda changed: self.reopen_dataset() if changed else None)

    def reopen_dataset(self: MainWindow) -> None:
        """Show the dataset file as it is now, everywhere at once (read off the GUI thread)."""
        self.runner.submit("reopen", lambda _state, ds: ds.reopen(), self.dataset,
                           on_result=lambda _none: self._on_reopened(),
                           on_error=lambda info: self.on_query_failed(
                               f"The dataset file changed and cannot be read now: {info[0]} "
                               "Still showing what was read before."))

    def _on_reopened(self: MainWindow) -> None:
        for channel in ("rows", "rows-more", "facets", "chart", "details", "locate", "map-dim"):
            self.runner.cancel(channel)
        self.version_label.setText(f"Dataset {self.dataset.version}")
        self.details.version = self.dataset.version
        query = self.model.query
        self.model.set_query(self.kind, self.filter, query.sort if query else None,
                             query.descending if query else None)
        self._refresh_facets()
        self.refresh_chart()
        self._refresh_map_dimming()
        self.runner.submit("maps", load_maps, self.dataset, on_result=self.on_maps_loaded,
                           on_error=self._failed("maps"))
        if self.open_ref:
            self._open(*self.open_ref)
            self._check_open_record()
        self.statusBar().showMessage(f"The dataset file was rebuilt: now showing dataset "
                                     f"{self.dataset.version}.", 15000)


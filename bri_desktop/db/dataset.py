"""The opened dataset: its metadata and labels, and one read-only connection per thread."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from bri_desktop.core.i18n import translate
from bri_desktop.db import queries
from bri_desktop.db.cache import CountCache
from bri_desktop.db.connection import DatasetError, open_readonly, read_meta
from bri_desktop.db.kinds import KINDS


class DatasetChanged(DatasetError):
    """The file was replaced (rebuilt) while the app had it open: reopen it."""


class Dataset:
    """Opened once at start-up. Worker threads each get their own connection.

    Every connection reads the same file contents: a connection opened after the file was
    replaced (``data build`` renames a new file over it) finds another content hash and raises
    DatasetChanged instead of mixing old and new records; ``reopen`` moves every thread to the
    new file at once (each closes its old connection the next time it asks for one)."""

    def __init__(self, path: Path, base: Path | None = None):
        """``path``: the file to read; ``base``: the dataset it was made from, when it is the
        combined dataset (the bundled one with imported collections added)."""
        self.path = Path(path)
        self.base_path = Path(base) if base is not None else self.path
        # Keyed by the OS thread, not threading.local: a Qt pool thread gets a new Python thread
        # state for each task it runs, so a thread-local connection lasted one task (every task
        # opened, checked and warmed a connection of its own: most of a fast query's time).
        self._conns: dict[int, tuple[sqlite3.Connection, int]] = {}
        self._lock = threading.Lock()
        self._generation = 0
        self.facet_cache = CountCache()  # facet values and counts, by the filters they depend on
        self.content_hash = ""
        self.content_hash = self._hash_of(self.connection())  # fail now if the file is not usable
        self._load_metadata()

    def _load_metadata(self) -> None:
        """What the window reads without a query of its own: read once, when the dataset is
        opened (before any window shows), so the GUI thread never waits on SQL afterwards."""
        conn = self.connection()
        self.meta: dict[str, str] = read_meta(conn)
        self.vocabulary: dict[str, dict[str, str]] = queries.vocabulary(conn)
        self.totals: dict[str, int] = {name: queries.total(conn, name) for name in KINDS}
        self.labels: dict[str, dict] = queries.all_labels(conn)
        self.sources: list[dict] = [dict(r) for r in conn.execute(
            "SELECT id, title, publisher, author, published FROM sources ORDER BY id")]
        self.collections: list[dict] = [dict(r) for r in conn.execute(
            "SELECT * FROM collections ORDER BY position")]

    @staticmethod
    def _hash_of(conn: sqlite3.Connection) -> str:
        row = conn.execute("SELECT value FROM meta WHERE key = 'content_hash'").fetchone()
        return row[0] if row else ""

    def connection(self) -> sqlite3.Connection:
        thread = threading.get_ident()
        conn, generation = self._conns.get(thread, (None, -1))
        if conn is not None and generation == self._generation:
            return conn
        if conn is not None:
            conn.close()
        conn = open_readonly(self.path)
        if self.content_hash and self._hash_of(conn) != self.content_hash:
            conn.close()
            raise DatasetChanged(translate("Dataset", "{path} was replaced while BRI Desktop had it open").format(
                path=self.path))
        with self._lock:
            self._conns[thread] = (conn, self._generation)
        return conn

    def file_hash(self) -> str | None:
        """The content hash of the file on disk now (None when it cannot be opened)."""
        try:
            conn = open_readonly(self.path)
        except DatasetError:
            return None
        try:
            return self._hash_of(conn)
        finally:
            conn.close()

    def changed_on_disk(self) -> bool:
        found = self.file_hash()
        return found is not None and found != self.content_hash

    def reopen(self, path: Path | None = None) -> None:
        """Read the file as it is now, or ``path`` instead (the combined dataset after an import,
        the base after the last collection is removed); raise DatasetError, keeping the old
        view, if it cannot be opened. Every cached label, count and search table is dropped."""
        from bri_desktop.db import hits

        path = Path(path) if path is not None else self.path
        conn = open_readonly(path)
        new_hash = self._hash_of(conn)
        conn.close()
        with self._lock:
            self._generation += 1
            self.path = path
            self.content_hash = new_hash
            self.facet_cache.clear()
        self._load_metadata()
        hits.forget()

    @property
    def version(self) -> str:
        return self.meta.get("dataset_version", "?")

    @property
    def imported(self) -> list[dict]:
        """The imported collections in the file (the curated records are not one)."""
        return [c for c in self.collections if c["id"] != "curated"]

    def describe(self, flt) -> str:
        """The filter in words, for stamps and captions: 'country = Kazakhstan; ...'."""
        return flt.describe(self.labels)

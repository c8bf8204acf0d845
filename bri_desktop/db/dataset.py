"""The opened dataset: its metadata and labels, and one read-only connection per thread."""

from __future__ import annotations

import sqlite3
import threading
from functools import cached_property
from pathlib import Path

from bri_desktop.db import queries
from bri_desktop.db.cache import CountCache
from bri_desktop.db.connection import DatasetError, open_readonly, read_meta


class DatasetChanged(DatasetError):
    """The file was replaced (rebuilt) while the app had it open: reopen it."""


class Dataset:
    """Opened once at start-up. Worker threads each get their own connection.

    Every connection reads the same file contents: a connection opened after the file was
    replaced (``data build`` renames a new file over it) finds another content hash and raises
    DatasetChanged instead of mixing old and new records; ``reopen`` moves every thread to the
    new file at once (each closes its old connection the next time it asks for one)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._generation = 0
        self.facet_cache = CountCache()  # facet values and counts, by the filters they depend on
        self.content_hash = ""
        self.content_hash = self._hash_of(self.connection())  # fail now if the file is not usable

    @staticmethod
    def _hash_of(conn: sqlite3.Connection) -> str:
        row = conn.execute("SELECT value FROM meta WHERE key = 'content_hash'").fetchone()
        return row[0] if row else ""

    def connection(self) -> sqlite3.Connection:
        conn, generation = getattr(self._local, "conn", (None, -1))
        if conn is not None and generation == self._generation:
            return conn
        if conn is not None:
            conn.close()
        conn = open_readonly(self.path)
        if self.content_hash and self._hash_of(conn) != self.content_hash:
            conn.close()
            raise DatasetChanged(f"{self.path} was replaced while BRI Desktop had it open")
        self._local.conn = (conn, self._generation)
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

    def reopen(self) -> None:
        """Read the file as it is now (raise DatasetError, keeping the old view, if it cannot
        be opened); every cached label, count and search table is dropped."""
        from bri_desktop.db import hits

        conn = open_readonly(self.path)
        new_hash = self._hash_of(conn)
        conn.close()
        with self._lock:
            self._generation += 1
            self.content_hash = new_hash
            for name in ("meta", "vocabulary", "totals", "labels"):
                self.__dict__.pop(name, None)
            self.facet_cache.clear()
        hits.forget()

    @cached_property
    def meta(self) -> dict[str, str]:
        return read_meta(self.connection())

    @property
    def version(self) -> str:
        return self.meta.get("dataset_version", "?")

    @cached_property
    def vocabulary(self) -> dict[str, dict[str, str]]:
        return queries.vocabulary(self.connection())

    @cached_property
    def totals(self) -> dict[str, int]:
        from bri_desktop.db.kinds import KINDS

        return {name: queries.total(self.connection(), name) for name in KINDS}

    @cached_property
    def labels(self) -> dict[str, dict]:
        """Display names of chart and facet keys: {facet: {value: label}} (country codes,
        statuses, event and organization ids, ...)."""
        return queries.all_labels(self.connection())

    def describe(self, flt) -> str:
        """The filter in words, for stamps and captions: 'country = Kazakhstan; ...'."""
        return flt.describe(self.labels)

    def sources(self) -> list[dict]:
        rows = self.connection().execute(
            "SELECT id, title, publisher, author, published FROM sources ORDER BY id")
        return [dict(r) for r in rows]


"""The opened dataset: its metadata and labels, and one read-only connection per thread."""

from __future__ import annotations

import sqlite3
import threading
from functools import cached_property
from pathlib import Path

from bri_desktop.db import queries
from bri_desktop.db.cache import CountCache
from bri_desktop.db.connection import open_readonly, read_meta


class Dataset:
    """Opened once at start-up. Worker threads each get their own connection."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.facet_cache = CountCache()  # facet values and counts, by the filters they depend on
        self.connection()  # fail now, with a clear DatasetError, if the file is not usable

    def connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = open_readonly(self.path)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

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
        """Display names of chart and facet keys: country codes, statuses, event ids."""
        vocab = self.vocabulary
        events = dict(self.connection().execute("SELECT id, name FROM events").fetchall())
        statuses = {**vocab.get("project_statuses", {}), **vocab.get("agreement_statuses", {})}
        return {"country": vocab.get("countries", {}), "status": statuses, "event": events}

    def check_search(self, text: str) -> None:
        """Raise SearchSyntaxError when the index cannot run ``text``."""
        queries.check_search(self.connection(), text)

    def sources(self) -> list[dict]:
        rows = self.connection().execute(
            "SELECT id, title, publisher, author, published FROM sources ORDER BY id")
        return [dict(r) for r in rows]

    def interrupt_all(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.interrupt()

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()

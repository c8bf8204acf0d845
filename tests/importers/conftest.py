"""An import as the app makes one: prepare the file against the bundled dataset, store the
valid rows, build the combined dataset, and open it read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bri_desktop import paths
from bri_desktop.db.connection import open_readonly
from bri_desktop.importers.common import Base
from bri_desktop.importers.prepare import prepare
from bri_desktop.importers.session import apply
from bri_desktop.importers.store import CollectionStore

CENTRAL_ASIA = {"Kazakhstan": "KZ", "Uzbekistan": "UZ", "Kyrgyzstan": "KG", "Kyrgyz Republic": "KG",
                "Tajikistan": "TJ", "Turkmenistan": "TM"}


class Importer:
    def __init__(self, home: Path):
        self.store = CollectionStore(paths.collections_dir())
        self.target = paths.combined_db()
        conn = open_readonly(paths.bundled_db())
        self.base = Base.read(conn)
        conn.close()

    def prepare(self, path: Path, **kw):
        taken = {c.id for c in self.store.collections()}
        return prepare(path, self.base, taken=taken, **kw)

    def run(self, path: Path, valid_only: bool = False, **kw):
        prepared = self.prepare(path, **kw)
        if prepared.issues and not valid_only:
            raise AssertionError("\n".join(map(str, prepared.issues)))
        apply(lambda store: store.save(prepared, prepared.valid_records()), paths.bundled_db())
        return prepared

    def conn(self) -> sqlite3.Connection:
        return open_readonly(self.target)


@pytest.fixture
def importer(isolated_user_dirs) -> Importer:
    return Importer(isolated_user_dirs)

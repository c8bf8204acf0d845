"""Shared fixtures. Settings and user folders point at a temporary directory in every test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bri_desktop import paths


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRI_DESKTOP_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    return home


@pytest.fixture(scope="session")
def bundled_db() -> Path:
    return paths.bundled_db()


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A copy of data/records and data/sources that a test may change."""
    target = tmp_path / "data"
    shutil.copytree(paths.records_dir(), target / "records")
    shutil.copytree(paths.sources_dir(), target / "sources")
    return target


@pytest.fixture
def db_conn(bundled_db):
    from bri_desktop.db.connection import open_readonly

    conn = open_readonly(bundled_db)
    yield conn
    conn.close()


@pytest.fixture
def altered_copy(tmp_path, bundled_db):
    """``altered_copy(*sql)``: a copy of the bundled dataset changed by the SQL statements (a
    foreign, damaged or older file), its path."""
    import sqlite3

    def make(*statements: str) -> Path:
        path = tmp_path / "altered.sqlite"
        shutil.copyfile(bundled_db, path)
        con = sqlite3.connect(path)
        for sql in statements:
            con.execute(sql)
        con.commit()
        con.close()
        return path
    return make

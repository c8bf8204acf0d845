"""A missing, corrupt or foreign file is refused with a message that says what is wrong."""

from __future__ import annotations

import sqlite3

import pytest

from bri_desktop.db.connection import DatasetError, open_readonly


def test_missing_file(tmp_path):
    with pytest.raises(DatasetError, match="not found"):
        open_readonly(tmp_path / "nothing.sqlite")


def test_corrupt_file(tmp_path):
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatasetError, match="not a readable SQLite database"):
        open_readonly(path)


def test_foreign_database(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(DatasetError, match="not a BRI Desktop dataset"):
        open_readonly(path)
    assert path.exists()  # refused, not touched

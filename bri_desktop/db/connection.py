"""Open the dataset. The application reads through a read-only SQLite connection.

Queries run on the standard ``sqlite3`` module: start-up does not pay for importing SQLAlchemy,
which only the build and the pandas-based exports load.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

REQUIRED_TABLES = {"meta", "agreements", "organizations", "citations", "search_index"}


class DatasetError(Exception):
    """The database file is missing, corrupt, or not a BRI Desktop dataset."""


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only (SQLite ``mode=ro``) and check that it is a BRI Desktop dataset."""
    path = Path(path)
    if not path.is_file():
        raise DatasetError(f"Dataset not found: {path}")
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise DatasetError(f"{path} is not a readable SQLite database ({exc})") from exc
    missing = REQUIRED_TABLES - names
    if missing:
        conn.close()
        raise DatasetError(
            f"{path} is not a BRI Desktop dataset (missing tables: {', '.join(sorted(missing))})"
        )
    conn.row_factory = sqlite3.Row
    return conn


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {row[0]: row[1] for row in conn.execute("SELECT key, value FROM meta")}


def sqlalchemy_engine(path: Path):  # type: ignore[no-untyped-def]
    """A read-only SQLAlchemy engine over the same file (used by pandas-based reports)."""
    from sqlalchemy import create_engine

    return create_engine("sqlite://", creator=lambda: open_readonly(path))

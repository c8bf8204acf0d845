"""Open the dataset. The application reads through a read-only SQLite connection.

Queries run on the standard ``sqlite3`` module: start-up does not pay for importing SQLAlchemy,
which only the build and the pandas-based exports load.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from bri_desktop.core.errors import DataFileError
from bri_desktop.db.required import REQUIRED, SCHEMA_VERSION


class DatasetError(DataFileError):
    """The database file is missing, corrupt, or not a BRI Desktop dataset."""


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only (SQLite ``mode=ro``) and check that it is a BRI Desktop dataset."""
    path = Path(path)
    if path.is_dir():
        raise DatasetError(f"{path} is a folder, not a dataset file: give the .sqlite file in it")
    if not path.is_file():
        raise DatasetError(f"Dataset not found: {path}")
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.OperationalError as exc:
            if "unable to open" not in str(exc):
                raise
            # A database in WAL mode on read-only media (a DVD, a read-only share): SQLite cannot
            # make its shared-memory file. Nothing can change the file there: open it immutable.
            conn = sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False)
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise DatasetError(f"{path} is not a readable SQLite database ({exc})") from exc
    try:
        check_schema(conn, path, names)
    except DatasetError:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn


REBUILD = "Rebuild it with `bri-desktop data build` (or open the bundled dataset)."


def check_schema(conn: sqlite3.Connection, path: Path, names: set[str]) -> None:
    """The file is a dataset of this app's schema version, with every table and column the
    queries read; otherwise a DatasetError says what is wrong and what to do."""
    if "meta" not in names or "agreements" not in names:
        raise DatasetError(f"{path} is not a BRI Desktop dataset (it has no meta or agreements table).")
    try:
        found = dict(conn.execute("SELECT key, value FROM meta").fetchall()).get("schema_version")
    except sqlite3.DatabaseError as exc:
        raise DatasetError(f"{path}: its meta table cannot be read ({exc}). {REBUILD}") from exc
    if found != str(SCHEMA_VERSION):
        newer = found is not None and found.isdigit() and int(found) > SCHEMA_VERSION
        which = "a newer" if newer else "an older"
        raise DatasetError(
            f"{path} was built by {which} BRI Desktop (dataset schema {found or 'unknown'}; this "
            f"version reads schema {SCHEMA_VERSION}). "
            + ("Update BRI Desktop to open it." if newer else REBUILD))
    missing = sorted(set(REQUIRED) - names)
    if missing:
        raise DatasetError(f"{path} lacks tables BRI Desktop needs: {', '.join(missing)}. {REBUILD}")
    for table, columns in REQUIRED.items():
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        absent = [c for c in columns if c not in have]
        if absent:
            raise DatasetError(f"{path}: table {table} lacks columns {', '.join(absent)} that "
                               f"BRI Desktop reads. {REBUILD}")


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {row[0]: row[1] for row in conn.execute("SELECT key, value FROM meta")}

"""Open the dataset. The application reads through a read-only SQLite connection.

Queries run on the standard ``sqlite3`` module: start-up does not pay for importing SQLAlchemy,
which only the build and the pandas-based exports load.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from bri_desktop.core.errors import DataFileError
from bri_desktop.core.i18n import translate
from bri_desktop.db.required import REQUIRED, SCHEMA_VERSION


class DatasetError(DataFileError):
    """The database file is missing, corrupt, or not a BRI Desktop dataset."""


_Result = TypeVar("_Result")


def undecodable(exc: BaseException) -> bool:
    """The query met text that is not UTF-8 (a foreign or damaged file)."""
    return isinstance(exc, sqlite3.OperationalError) and "Could not decode to UTF-8" in str(exc)


def read_damaged_text(conn: sqlite3.Connection) -> bool:
    """From now on ``conn`` reads text that is not valid UTF-8 with U+FFFD for the bytes it
    cannot decode; False if it did already. Slower than the default (a full read of 300,000
    agreements 0.68 -> 1.19 s), so only once such text is met."""
    if conn.text_factory is not str:
        return False
    conn.text_factory = functools.partial(str, encoding="utf-8", errors="replace")
    return True


def tolerates_damaged_text(fn: Callable[..., _Result]) -> Callable[..., _Result]:
    """``fn(conn, ...)`` run again, reading damaged text, if it met text that is not UTF-8 (for
    the command line: the window's tasks are run again so by ui.workers)."""
    @functools.wraps(fn)
    def run(conn: sqlite3.Connection, *args: Any, **kwargs: Any) -> _Result:
        try:
            return fn(conn, *args, **kwargs)
        except sqlite3.OperationalError as exc:
            if not (undecodable(exc) and read_damaged_text(conn)):
                raise
            return fn(conn, *args, **kwargs)
    return run


def batches(conn: sqlite3.Connection, sql: str, params: list | tuple,
            size: int) -> Iterator[list[sqlite3.Row]]:
    """The rows of ``sql`` in batches; text that is not UTF-8 is read with U+FFFD (the query runs
    again from where it stopped, so a long export need not fail on one damaged value)."""
    given = 0
    while True:
        cursor = conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        try:
            skip = given  # the rows given before the damaged text was met
            while skip and (skipped := cursor.fetchmany(min(size, skip))):
                skip -= len(skipped)
            while rows := cursor.fetchmany(size):
                given += len(rows)
                yield rows
            return
        except sqlite3.OperationalError as exc:
            if not (undecodable(exc) and read_damaged_text(conn)):
                raise


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only (SQLite ``mode=ro``) and check that it is a BRI Desktop dataset."""
    path = Path(path)
    if path.is_dir():
        raise DatasetError(translate("connection", "{path} is a folder, not a dataset file: give the .sqlite file "
                                     "in it").format(path=path))
    if not path.is_file():
        raise DatasetError(translate("connection", "Dataset not found: {path}").format(path=path))
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
        raise DatasetError(translate("connection", "{path} is not a readable SQLite database ({error})").format(
            path=path, error=exc)) from exc
    try:
        check_schema(conn, path, names)
    except DatasetError:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn


def _rebuild() -> str:
    return translate("connection", "Rebuild it with `bri-desktop data build` (or open the bundled dataset).")


def check_schema(conn: sqlite3.Connection, path: Path, names: set[str]) -> None:
    """The file is a dataset of this app's schema version, with every table and column the
    queries read; otherwise a DatasetError says what is wrong and what to do."""
    if "meta" not in names or "agreements" not in names:
        raise DatasetError(translate("connection", "{path} is not a BRI Desktop dataset (it has no meta or "
                                     "agreements table).").format(path=path))
    try:
        found = dict(conn.execute("SELECT key, value FROM meta").fetchall()).get("schema_version")
    except sqlite3.DatabaseError as exc:
        raise DatasetError(translate("connection", "{path}: its meta table cannot be read ({error}).").format(
            path=path, error=exc) + " " + _rebuild()) from exc
    if found != str(SCHEMA_VERSION):
        newer = found is not None and found.isdigit() and int(found) > SCHEMA_VERSION
        if newer:
            raise DatasetError(translate(
                "connection", "{path} was built by a newer BRI Desktop (dataset schema {found}; this version "
                "reads schema {version}). Update BRI Desktop to open it.").format(
                    path=path, found=found, version=SCHEMA_VERSION))
        raise DatasetError(translate(
            "connection", "{path} was built by an older BRI Desktop (dataset schema {found}; this version "
            "reads schema {version}).").format(path=path, found=found or translate("connection", "unknown"),
                                               version=SCHEMA_VERSION) + " " + _rebuild())
    missing = sorted(set(REQUIRED) - names)
    if missing:
        raise DatasetError(translate("connection", "{path} lacks tables BRI Desktop needs: {tables}.").format(
            path=path, tables=", ".join(missing)) + " " + _rebuild())
    for table, columns in REQUIRED.items():
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        absent = [c for c in columns if c not in have]
        if absent:
            raise DatasetError(translate("connection", "{path}: table {table} lacks columns {columns} that "
                                         "BRI Desktop reads.").format(path=path, table=table,
                                                                      columns=", ".join(absent)) + " " + _rebuild())


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {row[0]: row[1] for row in conn.execute("SELECT key, value FROM meta")}

"""Search matches, worked out once per search and shared by every connection of the process.

A broad search over a million agreements matches a hundred thousand of them. The rows, the
count, each facet and the chart all need that set; each worker thread has its own connection.
The first connection to need a search copies the matching records' filter columns into a table
of a scratch database (a temporary file in WAL mode, attached to every connection as ``hits``);
the others wait for it and read the same table. Only one connection writes to the scratch
database at a time (SQLite allows one writer; a second would fail with "database is locked").
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import shutil
import sqlite3
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path

KEEP = 8  # searches kept; older tables are dropped

_lock = threading.Lock()
_write_lock = threading.Lock()  # held while a connection writes to the scratch database
_tables: OrderedDict[tuple[str, str, str], tuple[str, threading.Event]] = OrderedDict()
_attached: dict[int, str] = {}  # id(connection) -> scratch path it attached
_counter = itertools.count(1)
_folder: Path | None = None


def _scratch() -> Path:
    """The scratch database, made once, and in WAL mode before any connection attaches it."""
    global _folder
    with _write_lock:
        if _folder is None:
            folder = Path(tempfile.mkdtemp(prefix="bri-desktop-hits-"))
            atexit.register(remove_scratch)
            conn = sqlite3.connect(folder / "hits.sqlite")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.close()
            _folder = folder
    return _folder / "hits.sqlite"


def remove_scratch() -> None:
    """Delete the scratch database (at exit; a process leaving by os._exit calls it first)."""
    if _folder is not None:
        shutil.rmtree(_folder, ignore_errors=True)


def db_key(conn: sqlite3.Connection) -> str:
    """The dataset a connection reads, by file and contents: a file rebuilt under the same name
    never reuses old tables of matches or counts."""
    return conn.execute("SELECT (SELECT file FROM pragma_database_list WHERE name = 'main') || "
                        "'#' || coalesce((SELECT value FROM main.meta WHERE key = 'content_hash'), '')"
                        ).fetchone()[0]


def make_table(conn: sqlite3.Connection, prefix: str, select_sql: str) -> str:
    """A table of the scratch database holding ``select_sql``'s rows: its qualified name."""
    attach(conn)
    name = f"{prefix}{next(_counter)}_{os.getpid()}"
    with _write_lock:
        conn.execute(f"CREATE TABLE hits.{name} AS {select_sql}")
    return f"hits.{name}"


def attach(conn: sqlite3.Connection) -> None:
    path = str(_scratch())
    if _attached.get(id(conn)) == path and conn.execute(
            "SELECT 1 FROM pragma_database_list WHERE name = 'hits'").fetchone():
        return
    conn.execute("ATTACH DATABASE ? AS hits", (path,))
    _attached[id(conn)] = path


def forget() -> None:
    """Forget every table of matches: the next search of each makes its own (the old tables
    stay in the scratch database until exit)."""
    with _lock:
        _tables.clear()


def made(db_key: str, kind: str, fts: str) -> str | None:
    """The qualified name of the table of matches if it is made already, else None (never waits)."""
    with _lock:
        entry = _tables.get((db_key, kind, fts))
    if entry is None or not entry[1].is_set():
        return None
    return f"hits.{entry[0]}"


def hits_table(conn: sqlite3.Connection, db_key: str, kind: str, columns: list[str],
               table: str, fts: str, base: int) -> str:
    """The qualified name of the table of records of ``kind`` matching ``fts``, made if needed."""
    attach(conn)
    key = (db_key, kind, fts)
    with _lock:
        entry = _tables.get(key)
        builder = entry is None
        if builder:
            entry = (f"h{next(_counter)}_{os.getpid()}", threading.Event())
            _tables[key] = entry
            dropped = [_tables.popitem(last=False)[1][0] for _ in range(max(0, len(_tables) - KEEP))]
        else:
            _tables.move_to_end(key)
            dropped = []
    assert entry is not None
    name, ready = entry
    if not builder:
        ready.wait()
        if (db_key, kind, fts) not in _tables:  # the builder failed: try once more ourselves
            return hits_table(conn, db_key, kind, columns, table, fts, base)
        return f"hits.{name}"
    try:
        cols = ", ".join(f"t.{c}" for c in columns)
        with _write_lock:
            conn.execute(f"CREATE TABLE hits.{name} AS SELECT {cols} FROM main.{table} t WHERE "
                         f"t.seq IN (SELECT rowid - {base} FROM main.search_index WHERE "
                         f"search_index MATCH ? AND rowid BETWEEN {base} AND {base + 0xFFFFFFFF})",
                         (fts,))
            conn.execute(f"CREATE UNIQUE INDEX hits.{name}_seq ON {name} (seq)")
    except BaseException:
        with _lock:
            _tables.pop(key, None)
        raise
    finally:
        ready.set()
    for old in dropped:
        with _write_lock, contextlib.suppress(sqlite3.OperationalError):  # still read: goes at exit
            conn.execute(f"DROP TABLE IF EXISTS hits.{old}")
    return f"hits.{name}"

"""Everything of the workspace that only SQLite does: the engine's settings (WAL, a busy
timeout), checking a file is sound, and the full-text index of notes. The rest of the workspace
is portable SQLAlchemy Core; on another engine, notes are searched word by word instead."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text

from bri_desktop.core.search import SearchSyntaxError, to_fts_query

BUSY_MS = 3000  # another app instance writing: wait this long, then say why


def engine_for(path: Path, read_only: bool = False) -> Engine:
    url = f"sqlite:///file:{path}?mode=ro&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(url, connect_args={"timeout": BUSY_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        dbapi_conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            dbapi_conn.execute("PRAGMA journal_mode = WAL")  # each change is durable at once
            dbapi_conn.execute("PRAGMA synchronous = NORMAL")

    return engine


def is_sound(path: Path) -> str:
    """"" when ``path`` is a readable SQLite file (or absent), else why not."""
    if not path.exists():
        return ""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "" if result == "ok" else str(result)


def make_note_index(conn: Connection) -> None:
    conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS notes_fts USING fts5("
                      "text, tokenize = 'unicode61 remove_diacritics 2')"))


def index_note(conn: Connection, note_id: int, body: str | None) -> None:
    conn.execute(text("DELETE FROM notes_fts WHERE rowid = :id"), {"id": note_id})
    if body:
        conn.execute(text("INSERT INTO notes_fts (rowid, text) VALUES (:id, :text)"),
                     {"id": note_id, "text": body})


def reindex_notes(conn: Connection) -> None:
    conn.execute(text("DELETE FROM notes_fts"))
    conn.execute(text("INSERT INTO notes_fts (rowid, text) SELECT id, text FROM notes"))


def matching_note_ids(conn: Connection, search: str) -> list[int]:
    """Ids of notes the search finds, with the search box's syntax; a search naming a record
    field (``title:``) finds no note."""
    try:
        fts = to_fts_query(search)
    except SearchSyntaxError:
        return []
    if not fts or " : " in fts:
        return []
    try:
        rows = conn.execute(text("SELECT rowid FROM notes_fts WHERE notes_fts MATCH :q"), {"q": fts})
        return [r[0] for r in rows]
    except Exception:
        return []

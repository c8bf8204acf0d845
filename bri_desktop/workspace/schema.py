"""The workspace's tables, in SQLAlchemy Core, portable across SQL engines (SQLite on a laptop,
PostgreSQL for a team), and the steps that upgrade an older workspace to this schema.

Version 1 was the first layout: pins, notes, tags and saved views. Version 2 records who made
and last changed each item, gives notes a version number (two editors of one note find out),
and keeps the other side of a note that an import found edited in two places. Version 3 adds
briefings: the user's compositions of pins, notes, charts and tables, kept as JSON. Version 4
is for teams (see workspace.team): pins get a lasting identity (``uid``) across computers, tags
and briefings record who made and changed them, briefings a version; a log of changes (the Team
view reads it, and other computers learn from it what to fetch), locks on briefings being
edited, an outbox of changes a computer has not yet sent to its team's server, and the imported
collections a team shares.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

SCHEMA_VERSION = 4

metadata = MetaData()

meta = Table("ws_meta", metadata,
             Column("key", String(64), primary_key=True),
             Column("value", Text, nullable=False))

pins = Table("pins", metadata,
             Column("id", Integer, primary_key=True, autoincrement=True),
             Column("position", Integer, nullable=False),
             Column("what", String(16), nullable=False),  # record, chart, map, view
             Column("record_kind", String(32)),
             Column("record_id", String(200)),
             Column("settings", Text, nullable=False, default="{}"),  # JSON: chart, map, filter
             Column("title", Text, nullable=False),
             Column("snapshot", Text, nullable=False, default="{}"),  # JSON: what it showed
             Column("dataset_version", String(64), nullable=False, default=""),
             Column("created_at", String(32), nullable=False),
             Column("updated_at", String(32), nullable=False),
             Column("created_by", String(120), nullable=False, default=""),
             Column("updated_by", String(120), nullable=False, default=""),
             Column("uid", String(36)),  # the same pin on every computer of a team
             Index("ix_pins_uid", "uid", unique=True))

notes = Table("notes", metadata,
              Column("id", Integer, primary_key=True, autoincrement=True),
              Column("record_kind", String(32), nullable=False),
              Column("record_id", String(200), nullable=False),
              Column("text", Text, nullable=False),
              Column("created_at", String(32), nullable=False),
              Column("updated_at", String(32), nullable=False),
              Column("created_by", String(120), nullable=False, default=""),
              Column("updated_by", String(120), nullable=False, default=""),
              Column("version", Integer, nullable=False, default=1),
              Column("conflict_text", Text),  # the other side of a merge, for the user to resolve
              UniqueConstraint("record_kind", "record_id", name="uq_notes_record"))

tags = Table("tags", metadata,
             Column("id", Integer, primary_key=True, autoincrement=True),
             Column("name", String(200), nullable=False, unique=True),
             Column("created_at", String(32), nullable=False, default=""),
             Column("created_by", String(120), nullable=False, default=""))

record_tags = Table("record_tags", metadata,
                    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"),
                           primary_key=True),
                    Column("record_kind", String(32), primary_key=True),
                    Column("record_id", String(200), primary_key=True),
                    Column("created_at", String(32), nullable=False, default=""),
                    Column("created_by", String(120), nullable=False, default=""))

views = Table("views", metadata,
              Column("id", Integer, primary_key=True, autoincrement=True),
              Column("name", String(200), nullable=False, unique=True),
              Column("state", Text, nullable=False),  # JSON: a ViewState
              Column("created_at", String(32), nullable=False),
              Column("updated_at", String(32), nullable=False),
              Column("created_by", String(120), nullable=False, default=""),
              Column("updated_by", String(120), nullable=False, default=""))

briefings = Table("briefings", metadata,
                  Column("id", Integer, primary_key=True, autoincrement=True),
                  Column("name", String(200), nullable=False, unique=True),
                  Column("spec", Text, nullable=False),  # JSON: briefing.spec.Briefing
                  Column("created_at", String(32), nullable=False),
                  Column("updated_at", String(32), nullable=False),
                  Column("created_by", String(120), nullable=False, default=""),
                  Column("updated_by", String(120), nullable=False, default=""),
                  Column("version", Integer, nullable=False, default=1))

# What changed, by whom and when: written by the team's server with each change (and copied to
# each computer), read by the Team view and by computers catching up ("what changed since 41?").
changes = Table("ws_changes", metadata,
                Column("seq", Integer, primary_key=True, autoincrement=True),
                Column("at", String(32), nullable=False),
                Column("by", String(120), nullable=False),
                Column("what", String(16), nullable=False),  # pin, note, tag, view, briefing
                Column("item", Text, nullable=False),  # its key: "agreements/kz-1", a name, a uid
                Column("action", String(16), nullable=False),  # added, changed, removed, renamed
                Column("summary", Text, nullable=False, default=""))

# A briefing being edited: others open it read-only until the lock is let go or expires.
locks = Table("briefing_locks", metadata,
              Column("name", String(200), primary_key=True),
              Column("holder", String(120), nullable=False),
              Column("taken_at", String(32), nullable=False),
              Column("expires_at", String(32), nullable=False))

# Imported collections a team shares (a CGIT or AidData release), as the importing computer stored
# them: everyone's charts can show the same release. Only on the team's server.
collections = Table("team_collections", metadata,
                    Column("name", String(80), primary_key=True),
                    Column("collection_id", String(64), nullable=False),
                    Column("sha256", String(64), nullable=False),
                    Column("meta", Text, nullable=False),  # JSON: its collection.json
                    Column("records", LargeBinary, nullable=False),
                    Column("rows", LargeBinary, nullable=False),
                    Column("published_at", String(32), nullable=False),
                    Column("published_by", String(120), nullable=False))

# Changes made on this computer not yet sent to the team's server (a team workspace's local
# copy only): written in the same transaction as the change, so none is lost to a failure.
outbox = Table("ws_outbox", metadata,
               Column("id", Integer, primary_key=True, autoincrement=True),
               Column("made_at", String(32), nullable=False),
               Column("op", String(32), nullable=False),
               Column("args", Text, nullable=False))  # JSON


def _v1_to_v2(conn: Connection) -> None:
    for table in ("pins", "notes", "views"):
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN created_by VARCHAR(120) NOT NULL DEFAULT ''"))
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN updated_by VARCHAR(120) NOT NULL DEFAULT ''"))
    conn.execute(text("ALTER TABLE notes ADD COLUMN version INTEGER NOT NULL DEFAULT 1"))
    conn.execute(text("ALTER TABLE notes ADD COLUMN conflict_text TEXT"))


def _v2_to_v3(conn: Connection) -> None:
    # the briefings table as version 3 made it (later versions add to it)
    Table("briefings", MetaData(),
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("name", String(200), nullable=False, unique=True),
          Column("spec", Text, nullable=False),
          *(Column(c, String(32), nullable=False) for c in ("created_at", "updated_at")),
          *(Column(c, String(120), nullable=False, default="") for c in ("created_by", "updated_by"))
          ).create(conn)


def _v3_to_v4(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE pins ADD COLUMN uid VARCHAR(36)"))
    for (pin_id,) in conn.execute(text("SELECT id FROM pins")).all():
        conn.execute(text("UPDATE pins SET uid = :uid WHERE id = :id"), {"uid": new_uid(), "id": pin_id})
    conn.execute(text("CREATE UNIQUE INDEX ix_pins_uid ON pins (uid)"))
    for table in ("tags", "record_tags"):
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN created_at VARCHAR(32) NOT NULL DEFAULT ''"))
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN created_by VARCHAR(120) NOT NULL DEFAULT ''"))
    conn.execute(text("ALTER TABLE briefings ADD COLUMN version INTEGER NOT NULL DEFAULT 1"))
    for new_table in (changes, locks, outbox, collections):
        new_table.create(conn)


def new_uid() -> str:
    return str(uuid.uuid4())


# UPGRADES[n] takes a workspace of version n to n + 1.
UPGRADES: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}

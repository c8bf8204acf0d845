"""The workspace's tables, in SQLAlchemy Core, portable across SQL engines (SQLite on a laptop,
PostgreSQL for a team), and the steps that upgrade an older workspace to this schema.

Version 1 was the first layout: pins, notes, tags and saved views. Version 2 records who made
and last changed each item, gives notes a version number (two editors of one note find out),
and keeps the other side of a note that an import found edited in two places. Version 3 adds
briefings: the user's compositions of pins, notes, charts and tables, kept as JSON.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

SCHEMA_VERSION = 3

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
             Column("updated_by", String(120), nullable=False, default=""))

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
             Column("name", String(200), nullable=False, unique=True))

record_tags = Table("record_tags", metadata,
                    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"),
                           primary_key=True),
                    Column("record_kind", String(32), primary_key=True),
                    Column("record_id", String(200), primary_key=True))

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
                  Column("updated_by", String(120), nullable=False, default=""))


def _v1_to_v2(conn: Connection) -> None:
    for table in ("pins", "notes", "views"):
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN created_by VARCHAR(120) NOT NULL DEFAULT ''"))
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN updated_by VARCHAR(120) NOT NULL DEFAULT ''"))
    conn.execute(text("ALTER TABLE notes ADD COLUMN version INTEGER NOT NULL DEFAULT 1"))
    conn.execute(text("ALTER TABLE notes ADD COLUMN conflict_text TEXT"))


def _v2_to_v3(conn: Connection) -> None:
    briefings.create(conn)


# UPGRADES[n] takes a workspace of version n to n + 1.
UPGRADES: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}

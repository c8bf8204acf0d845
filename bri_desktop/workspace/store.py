"""The user's workspace: pins, notes, tags and saved views, beside the read-only dataset.

One SQLite file in the user's data folder (``paths.workspace_file``), opened through SQLAlchemy
Core so that the same code runs on PostgreSQL. Every change is its own transaction, committed
when it is made (WAL: a process killed a moment later loses nothing it had reported saved).

Opening never damages a file: a newer workspace is opened read-only with a message; a corrupt
one is moved aside (``workspace.sqlite.corrupt-DATE``) and a fresh one started, the message
naming both; a folder that cannot be written gives a read-only, empty workspace and says so.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, and_, delete, func, insert, select, text, update

from bri_desktop.core.i18n import translate
from bri_desktop.workspace import schema as s
from bri_desktop.workspace import sqlite_only
from bri_desktop.workspace.items import (  # noqa: F401 (the names other modules import from here)
    PIN_KINDS,
    Key,
    Marks,
    Note,
    Opened,
    Pin,
    SavedView,
    WorkspaceError,
    _note,
    _pin,
    _saving,
    author,
    now,
)

SCHEMA_LOCK = 0x0B41_D35C  # the advisory lock a team's schema is made and upgraded under
UPGRADE_WAIT_S = 120


class NoteConflict(WorkspaceError):
    """The note was changed by someone else since this version was read: ``theirs`` is the note
    as it is now (None: they removed it)."""

    def __init__(self, theirs: Note | None):
        super().__init__(translate("NoteConflict", "Someone else changed this note meanwhile: both texts are kept."))
        self.theirs = theirs


class Workspace:
    """``who``: the name changes are made under (the user's login; a team's database role).
    ``journal``: "" for a workspace of one's own; "outbox" for a team workspace's copy on this
    computer (every change also goes into the outbox, to be sent to the server); "log" for the
    team's server (every change goes into the log of changes the Team view shows)."""

    def __init__(self, path: Path, engine: Engine | None = None, who: str | None = None,
                 journal: str = "", on_wait: Callable[[str], None] | None = None):
        self.path = Path(path)
        self.on_wait = on_wait
        self.opened = Opened()
        self.sqlite = engine is None or engine.dialect.name == "sqlite"
        self.who = author() if who is None else who
        self.journal = journal
        self.engine = engine if engine is not None else self._open_file()
        self._prepare()

    def record(self, conn, op: str, args: dict, what: str, item: str, action: str,  # type: ignore[no-untyped-def]
               summary: str = "") -> None:
        """A change, in its own transaction's ``conn``: into the outbox or the log (see above)."""
        if self.journal == "outbox":
            conn.execute(insert(s.outbox).values(made_at=now(), op=op, args=json.dumps(args)))
        elif self.journal == "log":
            conn.execute(insert(s.changes).values(at=now(), by=self.who, what=what, item=item,
                                                  action=action, summary=" ".join(summary.split())[:200]))

    # -- opening

    def _open_file(self) -> Engine:
        path = self.path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self._read_only_memory(translate(
                "Workspace", "Your workspace cannot be kept: the folder {folder} cannot be made ({error}). "
                "Pins and notes made now are lost when BRI Desktop closes.").format(
                    folder=path.parent, error=exc.strerror or exc))
        problem = sqlite_only.is_sound(path)
        if problem:
            aside = path.with_name(f"{path.name}.corrupt-{datetime.now().strftime('%Y%m%d-%H%M%S')}")
            for suffix in ("", "-wal", "-shm"):
                part = Path(str(path) + suffix)
                if part.exists():
                    part.rename(Path(str(aside) + suffix))
            self.opened = Opened(False, translate(
                "Workspace", "The workspace {path} could not be read ({problem}); it was moved to {aside} "
                "and a new, empty one started.").format(path=path, problem=problem, aside=aside), aside)
        if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            if path.exists():
                self.opened = Opened(True, translate("Workspace", "The workspace {path} cannot be written: it is "
                                                      "opened read-only, and changes are not kept.").format(path=path))
                return sqlite_only.engine_for(path, read_only=True)
            return self._read_only_memory(translate(
                "Workspace", "Your workspace cannot be kept: the folder {folder} cannot be written. Pins and "
                "notes made now are lost when BRI Desktop closes.").format(folder=path.parent))
        return sqlite_only.engine_for(path)

    def _read_only_memory(self, message: str) -> Engine:
        self.opened = Opened(True, message)
        self.path = Path(":memory:")
        return sqlite_only.engine_for(Path(":memory:"))

    def _prepare(self) -> None:
        """Make the tables, or upgrade an older workspace; a newer one is only read."""
        with self.engine.begin() as conn:
            found = None
            if self.engine.dialect.name == "postgresql":
                self._wait_for_upgrades(conn)
            if self.engine.dialect.has_table(conn, "ws_meta"):
                row = conn.execute(select(s.meta.c.value).where(s.meta.c.key == "schema_version"))
                value = row.scalar()
                found = int(value) if value and value.isdigit() else None
            if found is None:
                s.metadata.create_all(conn)
                conn.execute(insert(s.meta).values(key="schema_version", value=str(s.SCHEMA_VERSION)))
            elif found > s.SCHEMA_VERSION:  # a newer app's workspace: read it, change nothing
                self.opened = Opened(True, translate(
                    "Workspace", "The workspace {path} was made by a newer BRI Desktop (workspace schema "
                    "{found}; this version knows {known}): it is opened read-only and left as it is.").format(
                        path=self.path, found=found, known=s.SCHEMA_VERSION))
            upgraded = False
            if found is not None and found < s.SCHEMA_VERSION:
                while found < s.SCHEMA_VERSION:
                    s.UPGRADES[found](conn)
                    found += 1
                    conn.execute(update(s.meta).where(s.meta.c.key == "schema_version")
                                 .values(value=str(found)))
                upgraded = True
            if self.sqlite and not self.opened.read_only:
                sqlite_only.make_note_index(conn)
                if upgraded:  # the notes of an older workspace, in the search index too
                    sqlite_only.reindex_notes(conn)

    def _wait_for_upgrades(self, conn) -> None:  # type: ignore[no-untyped-def]
        """One client at a time makes or upgrades a team's tables (a transaction-long advisory
        lock); the others wait, and ``on_wait`` tells the user why."""
        told = False
        for _ in range(UPGRADE_WAIT_S * 2):
            if conn.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK}).scalar():
                return
            if not told and self.on_wait is not None:
                self.on_wait(translate("Workspace", "Another computer is upgrading the team workspace to a "
                                                    "newer version: waiting for it to finish…"))
                told = True
            time.sleep(0.5)
        raise WorkspaceError(translate("Workspace", "The team workspace was being upgraded by another computer "
                                                "for over {seconds} s: try again later.").format(
                                                    seconds=UPGRADE_WAIT_S))

    @property
    def read_only(self) -> bool:
        return self.opened.read_only

    def saving(self):
        if self.read_only:
            raise WorkspaceError(self.opened.message or translate("Workspace", "The workspace is read-only."))
        return _saving(self.engine)

    # -- pins

    def pins(self) -> list[Pin]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.pins).order_by(s.pins.c.position, s.pins.c.id))
            return [_pin(r) for r in rows.mappings()]

    def add_pin(self, what: str, title: str, record: Key | None = None, settings: dict | None = None,
                snapshot: dict | None = None, dataset_version: str = "", uid: str | None = None) -> Pin:
        stamp = now()
        uid = uid or s.new_uid()
        with self.saving() as conn:
            last = conn.execute(select(func.max(s.pins.c.position))).scalar()
            values = dict(what=what, record_kind=record[0] if record else None,
                          record_id=record[1] if record else None, settings=json.dumps(settings or {}),
                          title=title, snapshot=json.dumps(snapshot or {}), dataset_version=dataset_version)
            result = conn.execute(insert(s.pins).values(
                position=(last or 0) + 1, **values, created_at=stamp, updated_at=stamp,
                created_by=self.who, updated_by=self.who, uid=uid))
            pin_id = result.inserted_primary_key[0]
            row = conn.execute(select(s.pins).where(s.pins.c.id == pin_id)).mappings().one()
            self.record(conn, "pin_add", {**values, "uid": uid}, "pin", uid, "added", title)
        return _pin(row)

    def remove_pin(self, pin_id: int) -> Pin | None:
        """Remove one pin and return it (for Undo)."""
        with self.saving() as conn:
            row = conn.execute(select(s.pins).where(s.pins.c.id == pin_id)).mappings().first()
            if row is None:
                return None
            conn.execute(delete(s.pins).where(s.pins.c.id == pin_id))
            self.record(conn, "pin_remove", {"uid": row["uid"]}, "pin", row["uid"] or "", "removed",
                        row["title"])
        return _pin(row)

    def pin_id_of(self, uid: str) -> int | None:
        with self.engine.connect() as conn:
            return conn.execute(select(s.pins.c.id).where(s.pins.c.uid == uid)).scalar()

    def restore_pin(self, pin: Pin) -> None:
        """Put back a removed pin, at its place in the order."""
        with self.saving() as conn:
            conn.execute(update(s.pins).where(s.pins.c.position >= pin.position)
                         .values(position=s.pins.c.position + 1))
            values = dict(what=pin.what, record_kind=pin.record_kind, record_id=pin.record_id,
                          settings=json.dumps(pin.settings), title=pin.title,
                          snapshot=json.dumps(pin.snapshot), dataset_version=pin.dataset_version)
            uid = pin.uid or s.new_uid()
            conn.execute(insert(s.pins).values(
                id=pin.id, position=pin.position, **values, created_at=pin.created_at, updated_at=now(),
                created_by=pin.created_by or self.who, updated_by=self.who, uid=uid))
            self.record(conn, "pin_add", {**values, "uid": uid, "position": pin.position}, "pin", uid,
                        "added", pin.title)

    def reorder_pins(self, pin_ids: list[int]) -> None:
        """The pins in this order (ids missing from the list keep their order, after them)."""
        with self.saving() as conn:
            known = [r[0] for r in conn.execute(select(s.pins.c.id).order_by(s.pins.c.position))]
            order = [i for i in pin_ids if i in known] + [i for i in known if i not in pin_ids]
            for position, pin_id in enumerate(order, 1):
                conn.execute(update(s.pins).where(s.pins.c.id == pin_id).values(position=position))
            uids = dict(conn.execute(select(s.pins.c.id, s.pins.c.uid)).all())
            self.record(conn, "pin_order", {"uids": [uids[i] for i in order if uids.get(i)]}, "pin",
                        "", "reordered")

    def pinned_records(self) -> dict[Key, int]:
        """(kind, id) -> pin id, for every pinned record."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.pins.c.record_kind, s.pins.c.record_id, s.pins.c.id)
                                .where(s.pins.c.what == "record"))
            return {(k, i): pid for k, i, pid in rows}

    # -- notes

    def note(self, key: Key) -> Note | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.notes).where(s.notes.c.record_kind == key[0],
                                                     s.notes.c.record_id == key[1])).mappings().first()
        return _note(row) if row else None

    def set_note(self, key: Key, body: str, expected: int | None = None) -> Note | None:
        """Save the note of a record (empty text removes it); returns what is now stored.
        ``expected``: the version this text was written over (0: no note); another version (or
        text) stored meanwhile raises NoteConflict, unless it is this very text."""
        stamp = now()
        body = body.rstrip()
        item = f"{key[0]}/{key[1]}"
        with self.saving() as conn:
            where = (s.notes.c.record_kind == key[0]) & (s.notes.c.record_id == key[1])
            found = conn.execute(select(s.notes).where(where)).mappings().first()
            row = (found["id"], found["version"]) if found else None
            if expected is not None and (row[1] if row else 0) != expected:
                if (found["text"] if found else "") == body:
                    return _note(found) if found else None  # already so (a change sent twice)
                raise NoteConflict(_note(found) if found else None)
            base = row[1] if row else 0
            if not body:
                if row is not None:
                    conn.execute(delete(s.notes).where(where))
                    if self.sqlite:
                        sqlite_only.index_note(conn, row[0], None)
                    self.record(conn, "note", {"key": list(key), "text": "", "base": base}, "note",
                                item, "removed")
                return None
            if row is None:
                result = conn.execute(insert(s.notes).values(
                    record_kind=key[0], record_id=key[1], text=body, created_at=stamp,
                    updated_at=stamp, created_by=self.who, updated_by=self.who, version=1))
                note_id = result.inserted_primary_key[0]
            else:
                note_id = row[0]
                conn.execute(update(s.notes).where(where).values(
                    text=body, updated_at=stamp, updated_by=self.who, version=row[1] + 1))
            if self.sqlite:
                sqlite_only.index_note(conn, note_id, body)
            self.record(conn, "note", {"key": list(key), "text": body, "base": base}, "note", item,
                        "added" if row is None else "changed", body)
            saved = conn.execute(select(s.notes).where(where)).mappings().one()
        return _note(saved)

    def resolve_note(self, key: Key, body: str) -> Note | None:
        """The user chose the text of a note that had two versions."""
        note = self.set_note(key, body)
        with self.saving() as conn:
            conn.execute(update(s.notes).where((s.notes.c.record_kind == key[0])
                                               & (s.notes.c.record_id == key[1]))
                         .values(conflict_text=None))
        return self.note(key) if note else None

    def notes_matching(self, search: str) -> set[Key]:
        """Records whose note the search finds (the search box's syntax)."""
        if not search.strip():
            return set()
        with self.engine.connect() as conn:
            if self.sqlite:
                ids = sqlite_only.matching_note_ids(conn, search)
                if not ids:
                    return set()
                rows = conn.execute(select(s.notes.c.record_kind, s.notes.c.record_id)
                                    .where(s.notes.c.id.in_(ids)))
            else:  # every word, anywhere in the note, in any case
                words = [w.strip('"*') for w in search.split() if w.upper() not in ("AND", "OR", "NOT")]
                rows = conn.execute(select(s.notes.c.record_kind, s.notes.c.record_id).where(
                    and_(*[s.notes.c.text.ilike(f"%{w}%") for w in words if w])))
            return {(k, i) for k, i in rows}

    def all_notes(self) -> list[Note]:
        with self.engine.connect() as conn:
            return [_note(r) for r in conn.execute(select(s.notes).order_by(s.notes.c.id)).mappings()]

    # -- tags

    def tags(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(s.tags.c.name).order_by(func.lower(s.tags.c.name)))]

    def tags_of(self, key: Key) -> list[str]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.tags.c.name).join(s.record_tags)
                                .where(s.record_tags.c.record_kind == key[0],
                                       s.record_tags.c.record_id == key[1])
                                .order_by(func.lower(s.tags.c.name)))
            return [r[0] for r in rows]

    def tag(self, key: Key, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            raise WorkspaceError(translate("Workspace", "A tag needs a name."))
        with self.saving() as conn:
            tag_id = self.tag_id(conn, name, make=True)
            exists = conn.execute(select(s.record_tags).where(
                s.record_tags.c.tag_id == tag_id, s.record_tags.c.record_kind == key[0],
                s.record_tags.c.record_id == key[1])).first()
            if exists is None:
                conn.execute(insert(s.record_tags).values(tag_id=tag_id, record_kind=key[0],
                                                          record_id=key[1], created_at=now(),
                                                          created_by=self.who))
                self.record(conn, "tag", {"key": list(key), "name": name}, "tag", name, "added",
                            f"{key[0]}/{key[1]}")

    def untag(self, key: Key, name: str) -> None:
        with self.saving() as conn:
            tag_id = self.tag_id(conn, name)
            if tag_id is None:
                return
            gone = conn.execute(delete(s.record_tags).where(
                s.record_tags.c.tag_id == tag_id, s.record_tags.c.record_kind == key[0],
                s.record_tags.c.record_id == key[1])).rowcount
            self._drop_unused(conn, tag_id)
            if gone:
                self.record(conn, "untag", {"key": list(key), "name": name}, "tag", name, "removed",
                            f"{key[0]}/{key[1]}")

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag; to the name of another tag, it merges into that one."""
        new = " ".join(new.split())
        if not new:
            raise WorkspaceError(translate("Workspace", "A tag needs a name."))
        with self.saving() as conn:
            old_id = self.tag_id(conn, old)
            if old_id is None or old == new:
                return
            self.record(conn, "tag_rename", {"old": old, "new": new}, "tag", new, "renamed", f"from {old}")
            target = self.tag_id(conn, new)
            if target is None:
                conn.execute(update(s.tags).where(s.tags.c.id == old_id).values(name=new))
                return
            rows = conn.execute(select(s.record_tags.c.record_kind, s.record_tags.c.record_id)
                                .where(s.record_tags.c.tag_id == old_id)).all()
            for kind, record_id in rows:
                have = conn.execute(select(s.record_tags).where(
                    s.record_tags.c.tag_id == target, s.record_tags.c.record_kind == kind,
                    s.record_tags.c.record_id == record_id)).first()
                if have is None:
                    conn.execute(insert(s.record_tags).values(tag_id=target, record_kind=kind,
                                                              record_id=record_id))
            conn.execute(delete(s.record_tags).where(s.record_tags.c.tag_id == old_id))
            conn.execute(delete(s.tags).where(s.tags.c.id == old_id))

    def tag_id(self, conn, name: str, make: bool = False) -> int | None:  # type: ignore[no-untyped-def]
        found = conn.execute(select(s.tags.c.id).where(s.tags.c.name == name)).scalar()
        if found is None and make:
            found = conn.execute(insert(s.tags).values(name=name, created_at=now(), created_by=self.who)
                                 ).inserted_primary_key[0]
        return found

    @staticmethod
    def _drop_unused(conn, tag_id: int) -> None:
        used = conn.execute(select(s.record_tags.c.tag_id).where(s.record_tags.c.tag_id == tag_id)).first()
        if used is None:
            conn.execute(delete(s.tags).where(s.tags.c.id == tag_id))

    def marks(self) -> Marks:
        with self.engine.connect() as conn:
            noted = {(k, i) for k, i in conn.execute(select(s.notes.c.record_kind, s.notes.c.record_id))}
            tagged: dict[str, set[Key]] = {}
            rows = conn.execute(select(s.tags.c.name, s.record_tags.c.record_kind,
                                       s.record_tags.c.record_id).join(s.record_tags))
            for name, kind, record_id in rows:
                tagged.setdefault(name, set()).add((kind, record_id))
        return Marks(noted, tagged)

    # -- saved views

    def views(self) -> list[SavedView]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.views).order_by(func.lower(s.views.c.name)))
            return [SavedView(r["id"], r["name"], json.loads(r["state"]), r["updated_at"])
                    for r in rows.mappings()]

    def save_view(self, name: str, state: dict) -> SavedView:
        """Save (or update) the view called ``name``."""
        name = " ".join(name.split())
        if not name:
            raise WorkspaceError(translate("Workspace", "A saved view needs a name."))
        stamp = now()
        with self.saving() as conn:
            found = conn.execute(select(s.views.c.id).where(s.views.c.name == name)).scalar()
            if found is None:
                conn.execute(insert(s.views).values(name=name, state=json.dumps(state),
                                                    created_at=stamp, updated_at=stamp,
                                                    created_by=self.who, updated_by=self.who))
            else:
                conn.execute(update(s.views).where(s.views.c.id == found).values(
                    state=json.dumps(state), updated_at=stamp, updated_by=self.who))
            self.record(conn, "view_save", {"name": name, "state": state}, "view", name,
                        "added" if found is None else "changed")
        return next(v for v in self.views() if v.name == name)

    def rename_view(self, old: str, new: str) -> None:
        new = " ".join(new.split())
        if not new:
            raise WorkspaceError(translate("Workspace", "A saved view needs a name."))
        with self.saving() as conn:
            if conn.execute(select(s.views.c.id).where(s.views.c.name == new)).scalar() is not None:
                raise WorkspaceError(translate("Workspace", "There is already a saved view called “{name}”.")
                                     .format(name=new))
            if conn.execute(update(s.views).where(s.views.c.name == old).values(
                    name=new, updated_at=now(), updated_by=self.who)).rowcount:
                self.record(conn, "view_rename", {"old": old, "new": new}, "view", new, "renamed",
                            f"from {old}")

    def delete_view(self, name: str) -> None:
        with self.saving() as conn:
            if conn.execute(delete(s.views).where(s.views.c.name == name)).rowcount:
                self.record(conn, "view_delete", {"name": name}, "view", name, "removed")

    def recent_changes(self, limit: int = 500) -> list[dict]:
        """The log of a team's changes, newest first (empty for a workspace of one's own)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(s.changes).order_by(s.changes.c.seq.desc()).limit(limit))
            return [dict(r) for r in rows.mappings()]

    def close(self) -> None:
        self.engine.dispose()

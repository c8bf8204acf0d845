"""A team workspace on this computer: a copy in the user's data folder that the window reads
and writes at once whatever the network does, and the step that sends its changes to the
team's server and fetches what colleagues changed.

Every change made here goes into the copy's outbox in the change's own transaction (the
Workspace's "outbox" journal); ``TeamSync.step`` sends the outbox in order, each change deleted
from it only once the server has it, so a failure at any moment (the server killed mid-save, the
cable pulled) loses nothing: the change is sent again, and sending one twice is harmless (see
workspace.server). Then it reads the server's log of changes since the last step and brings the
tables that changed up to date, leaving alone whatever still waits in the outbox.

A note changed by two people: the second to send finds another version on the server; the copy
keeps both texts (its own as the note, the other as ``conflict_text``) and the window shows them
side by side for the user to choose. A briefing saved over someone else's: the copy keeps its
own under a new name ("NAME (alice's version)"), sent as a briefing of its own.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import DBAPIError

from bri_desktop.workspace import schema as s
from bri_desktop.workspace import server, sqlite_only
from bri_desktop.workspace.briefings import BriefingConflict
from bri_desktop.workspace.store import NoteConflict, Workspace, WorkspaceError, now

T = TypeVar("T")

# what a change's "what" touches in the copy
TABLES = {"pin": {"pins"}, "note": {"notes"}, "tag": {"tags", "record_tags"}, "view": {"views"},
          "briefing": {"briefings"}}
ALL_TABLES = set().union(*TABLES.values())
LOG_KEPT = 2000  # changes of the log the copy keeps for the Team view
LOG_LIMIT = 5000  # changes read at once; more behind than this: every table is fetched whole
GAP_PATIENCE = 3  # steps a hole in the log's numbers is waited for (a transaction still open)
WHOLE_TABLE_AT = 500  # more changed items than this: the whole table is fetched
REINDEX_AT = 200  # more notes changed than this: the copy's note index is made again


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0  # items of the copy brought up to date
    conflicts: list[str] = field(default_factory=list)  # what now shows both versions
    waiting: int = 0  # changes still to send
    tables: set[str] = field(default_factory=set)  # tables of the copy that changed
    problem: str = ""  # why changes wait although the server answers (a role that may only read)
    news: list[dict] = field(default_factory=list)  # collections the team shares, not in use here
    refused: list[str] = field(default_factory=list)  # changes the server could not make, and why


class TeamSync:
    """``local``: the copy (a Workspace with journal="outbox"); ``connect``: opens the server's
    Workspace (journal="log"), raising TeamError when it cannot; ``explain`` words a database
    failure as a TeamError."""

    def __init__(self, local: Workspace, connect: Callable[[], Workspace],
                 explain: Callable[[BaseException], WorkspaceError]):
        self.local = local
        self._connect = connect
        self._explain = explain
        self._remote: Workspace | None = None
        self._opening = threading.Lock()  # the sync and a briefing's lock may connect at once
        self._gaps: dict[int, int] = {}  # a missing number of the log -> steps seen missing
        self._refetch: set[str] = set()  # tables to take whole from the server at the next fetch

    def waiting(self) -> int:
        with self.local.engine.connect() as conn:
            return len(conn.execute(select(s.outbox.c.id)).all())

    def server(self) -> Workspace:
        """The team's workspace on its server (connected at first use)."""
        with self._opening:
            if self._remote is None:
                self._remote = self._connect()
            return self._remote

    def call(self, work: Callable[[Workspace], T]) -> T:
        """``work(server)``, its database failures worded as TeamError."""
        with self._explained():
            return work(self.server())

    @contextmanager
    def _explained(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            raise self._explain(exc) from exc
        except WorkspaceError as exc:
            if isinstance(exc.__cause__, DBAPIError):
                raise self._explain(exc.__cause__) from exc
            raise

    def step(self) -> SyncReport:
        report = SyncReport()
        try:
            with self._explained():
                remote = self.server()
                if remote.read_only:
                    report.problem = remote.opened.message
                else:
                    self._push(remote, report)
                self._pull(remote, report)
        finally:
            report.waiting = self.waiting()
        return report

    def forget_server(self) -> None:
        """The next step connects again (another password, another address)."""
        self.close()

    def close(self) -> None:
        remote, self._remote = self._remote, None
        if remote is not None:
            remote.close()

    # -- sending

    def _push(self, remote: Workspace, report: SyncReport) -> None:
        with self.local.engine.connect() as conn:
            queued = conn.execute(select(s.outbox).order_by(s.outbox.c.id)).mappings().all()
        for row in queued:
            args = json.loads(row["args"])
            try:
                server.apply(remote, row["op"], args)
            except NoteConflict as conflict:
                self._keep_both_notes(args, conflict)
                report.conflicts.append(f"note {args['key'][0]}/{args['key'][1]}")
                report.tables.add("notes")
            except BriefingConflict:
                report.conflicts.append(f"briefing {self._keep_my_briefing(args)}")
                report.tables.add("briefings")
            except WorkspaceError as exc:
                if isinstance(exc.__cause__, DBAPIError) or remote.read_only:
                    raise  # the server, not the change: sent again at the next step
                # the change cannot be made there (a name a colleague took meanwhile): it is not
                # sent again (it would stop everything after it); the copy takes the server's
                # version of what it touched at the fetch below, and the user is told
                report.refused.append(str(exc))
                self._refetch |= _tables_of(row["op"])
            with self.local.saving() as conn:
                conn.execute(delete(s.outbox).where(s.outbox.c.id == row["id"]))
            report.sent += 1

    def _keep_both_notes(self, args: dict, conflict: NoteConflict) -> None:
        theirs = conflict.theirs
        kind, record_id = args["key"]
        where = (s.notes.c.record_kind == kind) & (s.notes.c.record_id == record_id)
        with self.local.saving() as conn:
            mine = conn.execute(select(s.notes).where(where)).mappings().first()
            if mine is None:  # removed here, changed there: their text stays (nothing lost)
                if theirs is not None:
                    _upsert_note(conn, None, _server_note(theirs))
                return
            conn.execute(update(s.notes).where(where).values(
                conflict_text=theirs.text if theirs else "", version=theirs.version if theirs else 0))

    def _keep_my_briefing(self, args: dict) -> str:
        """Mine under a name of its own, sent as a new briefing; theirs comes with the pull."""
        names = {r[0] for r in self._rows_local(select(s.briefings.c.name))}
        name = f"{args['name']} ({self.local.who or 'my'}'s version)"
        while name in names:
            name += " (2)"
        with self.local.saving() as conn:
            conn.execute(update(s.briefings).where(s.briefings.c.name == args["name"])
                         .values(name=name, version=1))
            conn.execute(insert(s.outbox).values(made_at=now(), op="briefing_save", args=json.dumps(
                {"name": name, "spec": args["spec"], "base": 0})))
        return name

    def _rows_local(self, query) -> list:  # type: ignore[no-untyped-def]
        with self.local.engine.connect() as conn:
            return list(conn.execute(query).all())

    # -- fetching

    def _pull(self, remote: Workspace, report: SyncReport) -> None:
        with self.local.engine.connect() as conn:
            seen = conn.execute(select(s.meta.c.value).where(s.meta.c.key == "pulled_seq")).scalar()
        after = int(seen or 0)
        changes = [] if seen is None else server.changes_since(remote, after, LOG_LIMIT)
        if seen is not None and not changes and not self._refetch:
            return
        if seen is None or len(changes) >= LOG_LIMIT:  # the first time, or far behind: everything
            last = server.last_seq(remote)  # read before the rows: they are at least as new
            plan: dict[str, set[str] | None] = dict.fromkeys(ALL_TABLES)
            changes = server.changes_since(remote, max(after, last - LOG_KEPT), LOG_KEPT)
        else:
            last = self._last_seen(after, changes)
            plan = _plan(changes)
        plan.update(dict.fromkeys(self._refetch))
        self._refetch = set()
        rows = server.rows_of(remote, plan)
        with self.local.saving() as conn:
            pending = _pending(conn)
            for name in MERGE_ORDER:
                if name not in plan:
                    continue
                changed = MERGES[name](conn, rows[name], plan[name], pending)
                if changed:
                    report.tables.add(name)
                    report.received += changed
            known = {r[0] for r in conn.execute(select(s.changes.c.seq).where(s.changes.c.seq > after))}
            fresh = [c for c in changes if c["seq"] <= last and c["seq"] not in known]
            if fresh:
                conn.execute(insert(s.changes), fresh)
            oldest = conn.execute(select(s.changes.c.seq).order_by(s.changes.c.seq.desc())
                                  .offset(LOG_KEPT).limit(1)).scalar()
            if oldest is not None:
                conn.execute(delete(s.changes).where(s.changes.c.seq <= oldest))
            _set_meta(conn, "pulled_seq", str(last))

    def _last_seen(self, after: int, changes: list[dict]) -> int:
        """The log's number up to which every change has been read. A hole in the numbers is a
        transaction still being committed (read it next time) or one rolled back (given up on
        after a few steps)."""
        last = after
        for change in changes:
            if change["seq"] != last + 1:
                missing = last + 1
                self._gaps[missing] = self._gaps.get(missing, 0) + 1
                if self._gaps[missing] < GAP_PATIENCE:
                    return last
            last = change["seq"]
        return last


def _new_id(conn: Connection, statement) -> int:  # type: ignore[no-untyped-def]
    key = conn.execute(statement).inserted_primary_key
    assert key is not None
    return int(key[0])


def _set_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(select(s.meta.c.key).where(s.meta.c.key == key)).first():
        conn.execute(update(s.meta).where(s.meta.c.key == key).values(value=value))
    else:
        conn.execute(insert(s.meta).values(key=key, value=value))


@dataclass
class Pending:
    """What waits in the outbox: the copy keeps its own version of these when it fetches."""

    notes: set[tuple[str, str]] = field(default_factory=set)
    pins: set[str] = field(default_factory=set)
    order: bool = False
    tags: set[str] = field(default_factory=set)
    views: set[str] = field(default_factory=set)
    briefings: set[str] = field(default_factory=set)


def _pending(conn: Connection) -> Pending:
    p = Pending()
    for op, raw in conn.execute(select(s.outbox.c.op, s.outbox.c.args)):
        args = json.loads(raw)
        if op == "note":
            p.notes.add(tuple(args["key"]))  # type: ignore[arg-type]
        elif op.startswith("pin_"):
            p.order |= op == "pin_order"
            p.pins.add(args.get("uid") or "")
        elif op.startswith("tag") or op == "untag":
            p.tags.update(args[k] for k in ("name", "old", "new") if k in args)
        elif op.startswith("view_"):
            p.views.update(args[k] for k in ("name", "old", "new") if k in args)
        elif op.startswith("briefing_"):
            p.briefings.update(args[k] for k in ("name", "old", "new") if k in args)
    return p


def _tables_of(op: str) -> set[str]:
    """The copy's tables a change of the outbox touches."""
    what = "tag" if op in ("tag", "untag", "tag_rename") else op.split("_")[0]
    return TABLES.get(what, set())


def _plan(changes: list[dict]) -> dict[str, set[str] | None]:
    """Which items of which tables to fetch for these changes (None: the whole table, for a
    rename, a new order, or more items than are worth naming)."""
    plan: dict[str, set[str] | None] = {}

    def want(table: str, item: str | None) -> None:
        if item is None:
            plan[table] = None
        elif plan.get(table, set()) is not None:
            plan.setdefault(table, set()).add(item)  # type: ignore[union-attr]

    for c in changes:
        whole = c["action"] in ("renamed", "reordered") or not c["item"]
        for table in TABLES.get(c["what"], set()):
            want(table, None if whole else c["item"])
    return {t: (None if items is not None and len(items) > WHOLE_TABLE_AT else items)
            for t, items in plan.items()}


def _server_note(note) -> dict:  # type: ignore[no-untyped-def]
    return {"record_kind": note.record_kind, "record_id": note.record_id, "text": note.text,
            "version": note.version, "created_at": note.created_at, "updated_at": note.updated_at,
            "created_by": note.updated_by, "updated_by": note.updated_by}


NOTE_FIELDS = ("text", "version", "created_at", "updated_at", "created_by", "updated_by")


def _upsert_note(conn: Connection, mine: dict | None, theirs: dict) -> None:
    values = {k: theirs[k] for k in NOTE_FIELDS}
    if mine is None:
        note_id = _new_id(conn, insert(s.notes).values(
            record_kind=theirs["record_kind"], record_id=theirs["record_id"], **values))
    elif mine.get("conflict_text") is not None:  # the user has yet to choose: theirs is the other
        conn.execute(update(s.notes).where(s.notes.c.id == mine["id"]).values(
            conflict_text=theirs["text"], version=theirs["version"]))
        return
    else:
        note_id = mine["id"]
        conn.execute(update(s.notes).where(s.notes.c.id == note_id).values(**values))
    sqlite_only.index_note(conn, note_id, theirs["text"])


def _merge(conn: Connection, table, key, rows: list[dict], items: set[str] | None,  # type: ignore[no-untyped-def]
           held: set, fields: tuple[str, ...], extra: Callable[[dict], dict] | None = None
           ) -> tuple[int, list[dict], list[int]]:
    """Bring ``table`` in line with the server's ``rows`` for ``items`` (None: all), leaving the
    ``held`` keys (changes waiting here) alone: inserted in one go, updated, removed. Returns
    (how many changed, the rows inserted, the ids removed)."""
    mine = {key(r): dict(r) for r in conn.execute(select(table)).mappings()}
    theirs = {key(r): r for r in rows}
    new: list[dict] = []
    changed = 0
    for k, row in theirs.items():
        if k in held:
            continue
        values = {f: row[f] for f in fields}
        here = mine.get(k)
        if here is None:
            new.append({**values, **(extra(row) if extra else {})})
        elif any(here[f] != v for f, v in values.items()):
            conn.execute(update(table).where(table.c.id == here["id"]).values(**values))
        else:
            continue
        changed += 1
    gone = [here["id"] for k, here in mine.items()
            if k not in theirs and k not in held and (items is None or _item_of(k) in items)]
    if new:
        conn.execute(insert(table), new)
    for chunk in range(0, len(gone), 500):
        conn.execute(delete(table).where(table.c.id.in_(gone[chunk:chunk + 500])))
    return changed + len(gone), new, gone


def _item_of(key) -> str:  # type: ignore[no-untyped-def]
    return f"{key[0]}/{key[1]}" if isinstance(key, tuple) else key


def _merge_notes(conn: Connection, rows: list[dict], items: set[str] | None, pending: Pending) -> int:
    def key(r) -> tuple[str, str]:  # type: ignore[no-untyped-def]
        return r["record_kind"], r["record_id"]

    unresolved = {(r[0], r[1]): r[2] for r in conn.execute(
        select(s.notes.c.record_kind, s.notes.c.record_id, s.notes.c.id).where(s.notes.c.conflict_text.is_not(None)))}
    others = 0
    for row in rows:  # the user has yet to choose between two texts: theirs becomes the other one
        if key(row) in unresolved and key(row) not in pending.notes:
            conn.execute(update(s.notes).where(s.notes.c.id == unresolved[key(row)]).values(
                conflict_text=row["text"], version=row["version"]))
            others += 1
    held = pending.notes | set(unresolved)
    changed, _new, gone = _merge(conn, s.notes, key, rows, items, held, NOTE_FIELDS,
                                 lambda r: {"record_kind": r["record_kind"], "record_id": r["record_id"]})
    if changed > REINDEX_AT:  # a first fetch: the index made again in one go
        sqlite_only.reindex_notes(conn)
        return changed + others
    for gone_id in gone:
        sqlite_only.index_note(conn, gone_id, None)
    for row in rows:
        if key(row) not in held:
            note_id = conn.execute(select(s.notes.c.id).where(s.notes.c.record_kind == row["record_kind"],
                                                              s.notes.c.record_id == row["record_id"])).scalar()
            if note_id is not None:
                sqlite_only.index_note(conn, note_id, row["text"])
    return changed + others


PIN_FIELDS = ("position", "what", "record_kind", "record_id", "settings", "title", "snapshot",
              "dataset_version", "created_at", "updated_at", "created_by", "updated_by")


def _merge_pins(conn: Connection, rows: list[dict], items: set[str] | None, pending: Pending) -> int:
    fields = tuple(f for f in PIN_FIELDS if not (f == "position" and pending.order))
    return _merge(conn, s.pins, lambda r: r["uid"] or "", [r for r in rows if r["uid"]], items,
                  pending.pins, fields, lambda r: {"uid": r["uid"], "position": r["position"]})[0]


def _merge_tags(conn: Connection, rows: list[dict], items: set[str] | None, pending: Pending) -> int:
    have = {r[0] for r in conn.execute(select(s.tags.c.name))}
    new = [{"name": r["name"], "created_at": r["created_at"], "created_by": r["created_by"]}
           for r in rows if r["name"] not in have and r["name"] not in pending.tags]
    if new:
        conn.execute(insert(s.tags), new)
    return len(new)


def _merge_record_tags(conn: Connection, rows: list[dict], items: set[str] | None, pending: Pending) -> int:
    have = {r[0]: r[1] for r in conn.execute(select(s.tags.c.name, s.tags.c.id))}
    for name in {r["tag"] for r in rows} - set(have) - pending.tags:
        have[name] = _new_id(conn, insert(s.tags).values(name=name))
    theirs = {(r["tag"], r["record_kind"], r["record_id"]): r for r in rows}
    mine = {(r[0], r[1], r[2]) for r in conn.execute(select(
        s.tags.c.name, s.record_tags.c.record_kind, s.record_tags.c.record_id).join(s.record_tags))}
    new = [{"tag_id": have[name], "record_kind": kind, "record_id": record_id,
            "created_at": row["created_at"], "created_by": row["created_by"]}
           for (name, kind, record_id), row in theirs.items()
           if name not in pending.tags and (name, kind, record_id) not in mine]
    if new:
        conn.execute(insert(s.record_tags), new)
    changed = len(new)
    for name, kind, record_id in mine - set(theirs):
        if name in pending.tags or (items is not None and name not in items):
            continue
        conn.execute(delete(s.record_tags).where(s.record_tags.c.tag_id == have[name],
                                                 s.record_tags.c.record_kind == kind,
                                                 s.record_tags.c.record_id == record_id))
        changed += 1
    used = {r[0] for r in conn.execute(select(s.record_tags.c.tag_id))}
    for name, tag_id in have.items():
        if tag_id not in used and name not in pending.tags:
            conn.execute(delete(s.tags).where(s.tags.c.id == tag_id))
    return changed


def _merge_named(table, body: str, extra: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    fields = (body, "created_at", "updated_at", "created_by", "updated_by", *extra)

    def merge(conn: Connection, rows: list[dict], items: set[str] | None, pending: Pending) -> int:
        held = pending.views if table is s.views else pending.briefings
        return _merge(conn, table, lambda r: r["name"], rows, items, held, fields,
                      lambda r: {"name": r["name"]})[0]

    return merge


MERGES = {"notes": _merge_notes, "pins": _merge_pins, "tags": _merge_tags,
          "record_tags": _merge_record_tags, "views": _merge_named(s.views, "state"),
          "briefings": _merge_named(s.briefings, "spec", ("version",))}
MERGE_ORDER = ("tags", "record_tags", "notes", "pins", "views", "briefings")

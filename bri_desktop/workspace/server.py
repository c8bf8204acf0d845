"""The team's server side of a shared workspace: the same tables on PostgreSQL, each change a
call of the same Workspace methods (which also write the log of changes), with the version
checks that keep two people from overwriting each other, and the briefing locks.

Every change sent here can be sent twice (a connection lost after the server committed but
before the laptop heard so): each is a no-op when the server already holds its result.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, insert, select, tuple_, update

from bri_desktop.core.i18n import translate
from bri_desktop.workspace import briefings as b
from bri_desktop.workspace import schema as s
from bri_desktop.workspace.store import Workspace, WorkspaceError, now

LOCK_MINUTES = 10  # a briefing's lock lasts this long unless renewed (the editor renews it)


def apply(ws: Workspace, op: str, args: dict) -> None:
    """Make one change that a computer sent. Raises NoteConflict / BriefingConflict when the
    item was changed by someone else since the sender read it."""
    if op == "note":
        ws.set_note(tuple(args["key"]), args["text"], expected=int(args["base"]))  # type: ignore[arg-type]
    elif op == "pin_add":
        if ws.pin_id_of(args["uid"]) is None:
            fields = {k: args.get(k) for k in ("settings", "snapshot")}
            ws.add_pin(args["what"], args["title"], (args["record_kind"], args["record_id"])
                       if args.get("record_kind") and args.get("record_id") else None,
                       json.loads(fields["settings"] or "{}"), json.loads(fields["snapshot"] or "{}"),
                       args.get("dataset_version") or "", uid=args["uid"])
    elif op == "pin_remove":
        pin_id = ws.pin_id_of(args["uid"]) if args.get("uid") else None
        if pin_id is not None:
            ws.remove_pin(pin_id)
    elif op == "pin_order":
        ids = [ws.pin_id_of(uid) for uid in args["uids"]]
        ws.reorder_pins([i for i in ids if i is not None])
    elif op == "tag":
        ws.tag(tuple(args["key"]), args["name"])  # type: ignore[arg-type]
    elif op == "untag":
        ws.untag(tuple(args["key"]), args["name"])  # type: ignore[arg-type]
    elif op == "tag_rename":
        tags = set(ws.tags())
        if args["old"] not in tags and args["new"] not in tags:
            raise WorkspaceError(translate("server", "A colleague renamed or removed the tag “{old}” meanwhile: "
                                                     "your rename to “{new}” was not made.").format(
                                                         old=args["old"], new=args["new"]))
        ws.rename_tag(args["old"], args["new"])
    elif op == "view_save":
        ws.save_view(args["name"], args["state"])
    elif op == "view_rename":
        if args["old"] in {v.name for v in ws.views()}:
            ws.rename_view(args["old"], args["new"])
    elif op == "view_delete":
        ws.delete_view(args["name"])
    elif op == "briefing_save":
        b.save_briefing(ws, args["name"], args["spec"], expected=int(args["base"]))
    elif op == "briefing_rename":
        if b.briefing(ws, args["old"]) is not None:
            b.rename_briefing(ws, args["old"], args["new"])
    elif op == "briefing_delete":
        b.delete_briefing(ws, args["name"])
    else:
        raise WorkspaceError(translate("server", "A change of an unknown kind ({op}) was not sent.")
                             .format(op=repr(op)))


def changes_since(ws: Workspace, seq: int, limit: int = 5000) -> list[dict]:
    """The log of changes after ``seq``, oldest first."""
    with ws.engine.connect() as conn:
        rows = conn.execute(select(s.changes).where(s.changes.c.seq > seq)
                            .order_by(s.changes.c.seq).limit(limit)).mappings()
        return [dict(r) for r in rows]


def last_seq(ws: Workspace) -> int:
    """The number of the latest change in the log (0: none yet)."""
    with ws.engine.connect() as conn:
        return int(conn.execute(select(func.max(s.changes.c.seq))).scalar() or 0)


def rows_of(ws: Workspace, plan: dict[str, set[str] | None]) -> dict[str, list[dict]]:
    """The rows of each named table (pins, notes, tags, record_tags, views, briefings): all of
    them for None, else those of the given items (a note's "kind/id", a pin's uid, a tag's, a
    view's or a briefing's name)."""
    out: dict[str, list[dict]] = {}
    with ws.engine.connect() as conn:
        for name, items in sorted(plan.items()):
            table = s.metadata.tables[name]
            if name == "record_tags":
                query = select(s.record_tags, s.tags.c.name.label("tag")).join(s.tags)
            else:
                query = select(table)
            if items is not None:
                query = query.where(_of_items(name, sorted(items)))
            out[name] = [dict(r) for r in conn.execute(query).mappings()]
    return out


def _of_items(name: str, items: list[str]):  # type: ignore[no-untyped-def]
    if name == "notes":
        keys = [tuple(item.split("/", 1)) for item in items if "/" in item]
        return tuple_(s.notes.c.record_kind, s.notes.c.record_id).in_(keys)
    if name == "pins":
        return s.pins.c.uid.in_(items)
    if name in ("tags", "record_tags"):
        return s.tags.c.name.in_(items)
    return s.metadata.tables[name].c.name.in_(items)


# -- imported collections a team shares

COLLECTION_FILES = {"collection.json": "meta", "records.jsonl": "records", "rows.txt": "rows"}


def publish_collection(ws: Workspace, files: dict[str, bytes]) -> dict:
    """Share an imported collection (its three files) with the team, replacing the release of
    the same name; returns what the team now has of it."""
    meta = json.loads(files["collection.json"].decode("utf-8"))
    values = {"collection_id": meta["id"], "sha256": meta["sha256"],
              "meta": files["collection.json"].decode("utf-8"), "records": files["records.jsonl"],
              "rows": files["rows.txt"], "published_at": now(), "published_by": ws.who}
    with ws.saving() as conn:
        found = conn.execute(select(s.collections.c.name).where(s.collections.c.name == meta["name"])
                             .with_for_update()).first()
        if found is None:
            conn.execute(insert(s.collections).values(name=meta["name"], **values))
        else:
            conn.execute(update(s.collections).where(s.collections.c.name == meta["name"]).values(**values))
        ws.record(conn, "collection", {}, "collection", meta["name"], "published",
                  f"{meta.get('file', '')}, {meta.get('rows', 0):,} rows, sha256 {meta['sha256'][:12]}")
    return {"name": meta["name"], **{k: values[k] for k in ("collection_id", "sha256", "published_at",
                                                             "published_by")}, "meta": meta}


def published_collections(ws: Workspace) -> list[dict]:
    """What the team shares, without the files: name, collection_id, sha256, meta, who, when."""
    with ws.engine.connect() as conn:
        rows = conn.execute(select(*(c for c in s.collections.c if c.name not in ("records", "rows")))
                            .order_by(s.collections.c.name)).mappings()
        return [{**dict(r), "meta": json.loads(r["meta"])} for r in rows]


def collection_files(ws: Workspace, name: str) -> dict[str, bytes]:
    with ws.engine.connect() as conn:
        row = conn.execute(select(s.collections).where(s.collections.c.name == name)).mappings().first()
    if row is None:
        raise WorkspaceError(translate("server", "The team no longer shares the collection “{name}”.")
                             .format(name=name))
    return {file: (row[column].encode("utf-8") if column == "meta" else bytes(row[column]))
            for file, column in COLLECTION_FILES.items()}


# -- briefing locks

def _later(minutes: int) -> str:
    return (datetime.now(UTC) + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")


def take_lock(ws: Workspace, name: str, minutes: int = LOCK_MINUTES) -> dict:
    """Take (or renew) the lock on a briefing for ``ws.who``: returns the lock as it now is; a
    holder other than ``ws.who`` means someone else is editing it (until ``expires_at``)."""
    with ws.saving() as conn:
        found = conn.execute(select(s.locks).where(s.locks.c.name == name)
                             .with_for_update()).mappings().first()
        if found is not None and found["holder"] != ws.who and found["expires_at"] > now():
            return dict(found)
        values = {"holder": ws.who, "taken_at": now(), "expires_at": _later(minutes)}
        if found is None:
            conn.execute(insert(s.locks).values(name=name, **values))
        else:
            conn.execute(update(s.locks).where(s.locks.c.name == name).values(**values))
        return {"name": name, **values}


def release_lock(ws: Workspace, name: str) -> None:
    with ws.saving() as conn:
        conn.execute(delete(s.locks).where(s.locks.c.name == name, s.locks.c.holder == ws.who))

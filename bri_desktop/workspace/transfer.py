"""Carry a workspace between laptops: one JSON file out, and a merge in.

The merge never overwrites: pins, tags, saved views and briefings are united (a saved view or a
briefing whose name is taken but whose contents differ comes in as "NAME (imported)"); a note edited on both sides
keeps this side's text and holds the other in ``conflict_text``, flagged for the user to choose.
The whole import is one transaction: a file that fails half-way changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select, update

from bri_desktop.core.i18n import translate
from bri_desktop.core.safe_write import replacing
from bri_desktop.workspace import schema as s
from bri_desktop.workspace import sqlite_only
from bri_desktop.workspace.store import PIN_KINDS, Workspace, WorkspaceError, now

FORMAT = "bri-desktop-workspace"


@dataclass
class ImportReport:
    pins: int = 0
    notes: int = 0
    conflicts: int = 0
    tags: int = 0
    views: int = 0
    briefings: int = 0

    def text(self) -> str:
        # a list of counts, each with its noun's plural form (lupdate reads a count that is a name)
        pins, notes, tags, views, briefings, conflicts = (self.pins, self.notes, self.tags, self.views,
                                                          self.briefings, self.conflicts)
        parts = [translate("ImportReport", "%n pin(s)", None, pins),
                 translate("ImportReport", "%n note(s)", None, notes),
                 translate("ImportReport", "%n tag use(s)", None, tags),
                 translate("ImportReport", "%n saved view(s)", None, views),
                 translate("ImportReport", "%n briefing(s)", None, briefings)]
        line = translate("ImportReport", "Imported {counts}.").format(
            counts=translate("ImportReport", ", ", "between the counts of a list").join(parts))
        if conflicts:
            line += " " + translate("ImportReport", "%n note(s) edited on both sides: both versions are kept; "
                                                    "choose in the details pane.", None, conflicts)
        return line


def export_workspace(ws: Workspace, target: Path) -> dict:
    marks = ws.marks()
    data = {
        "format": FORMAT, "version": 1, "exported_at": now(),
        "pins": [{"what": p.what, "record_kind": p.record_kind, "record_id": p.record_id,
                  "settings": p.settings, "title": p.title, "snapshot": p.snapshot,
                  "dataset_version": p.dataset_version, "created_at": p.created_at}
                 for p in ws.pins()],
        "notes": [{"record_kind": n.record_kind, "record_id": n.record_id, "text": n.text,
                   "created_at": n.created_at, "updated_at": n.updated_at}
                  for n in ws.all_notes()],
        "tags": {name: sorted([list(k) for k in keys]) for name, keys in sorted(marks.tagged.items())},
        "views": [{"name": v.name, "state": v.state} for v in ws.views()],
        "briefings": [{"name": b.name, "spec": b.spec} for b in _briefings(ws)],
    }
    with replacing(target) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return data


def read_workspace_file(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise WorkspaceError(translate("transfer", "{path} cannot be read: {error}.").format(
            path=path, error=exc.strerror or exc)) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise WorkspaceError(translate("transfer", "{path} is not a BRI Desktop workspace file (not JSON: {error}).")
                             .format(path=path, error=exc)) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise WorkspaceError(translate("transfer", "{path} is not a BRI Desktop workspace file.").format(path=path))
    for name, kind in (("pins", list), ("notes", list), ("tags", dict), ("views", list)):
        if not isinstance(data.get(name, kind()), kind):
            raise WorkspaceError(translate("transfer", "{path}: “{part}” is damaged; nothing was imported.")
                                 .format(path=path, part=name))
    return data


def _text(value: object, limit: int = 100_000) -> str:
    return value[:limit] if isinstance(value, str) else ""


def import_workspace(ws: Workspace, path: Path) -> ImportReport:
    data = read_workspace_file(path)
    report = ImportReport()
    stamp, who = now(), ws.who
    with ws.saving() as conn:
        have = {(r.what, r.record_kind, r.record_id, r.settings_json)
                for r in conn.execute(select(s.pins.c.what, s.pins.c.record_kind, s.pins.c.record_id,
                                             s.pins.c.settings.label("settings_json")))}
        position = max([r[0] for r in conn.execute(select(s.pins.c.position))] or [0])
        for pin in data.get("pins", []):
            if not isinstance(pin, dict) or pin.get("what") not in PIN_KINDS:
                continue
            settings = json.dumps(pin.get("settings") if isinstance(pin.get("settings"), dict) else {})
            key = (pin["what"], pin.get("record_kind"), pin.get("record_id"), settings)
            if key in have:
                continue
            position += 1
            values = dict(what=pin["what"], record_kind=_text(pin.get("record_kind")) or None,
                          record_id=_text(pin.get("record_id")) or None, settings=settings,
                          title=_text(pin.get("title"), 1000) or "Pin", snapshot=json.dumps(
                              pin.get("snapshot") if isinstance(pin.get("snapshot"), dict) else {}),
                          dataset_version=_text(pin.get("dataset_version"), 64))
            uid = s.new_uid()
            conn.execute(insert(s.pins).values(
                position=position, **values, created_at=_text(pin.get("created_at"), 32) or stamp,
                updated_at=stamp, created_by=who, updated_by=who, uid=uid))
            ws.record(conn, "pin_add", {**values, "uid": uid}, "pin", uid, "added", values["title"])
            have.add(key)
            report.pins += 1
        for note in data.get("notes", []):
            if not isinstance(note, dict):
                continue
            kind, record_id, body = (_text(note.get("record_kind")), _text(note.get("record_id")),
                                     _text(note.get("text")).rstrip())
            if not (kind and record_id and body):
                continue
            where = (s.notes.c.record_kind == kind) & (s.notes.c.record_id == record_id)
            mine = conn.execute(select(s.notes.c.id, s.notes.c.text).where(where)).first()
            if mine is None:
                result = conn.execute(insert(s.notes).values(
                    record_kind=kind, record_id=record_id, text=body, version=1,
                    created_at=_text(note.get("created_at"), 32) or stamp, updated_at=stamp,
                    created_by=who, updated_by=who))
                note_id = result.inserted_primary_key[0]
                report.notes += 1
                ws.record(conn, "note", {"key": [kind, record_id], "text": body, "base": 0}, "note",
                          f"{kind}/{record_id}", "added", body)
            elif mine[1].rstrip() != body:
                conn.execute(update(s.notes).where(where).values(conflict_text=body))
                note_id = mine[0]
                report.conflicts += 1
            else:
                continue
            if ws.sqlite:
                sqlite_only.index_note(conn, note_id, conn.execute(
                    select(s.notes.c.text).where(s.notes.c.id == note_id)).scalar())
        for name, keys in data.get("tags", {}).items():
            name = " ".join(_text(name, 200).split())
            if not name or not isinstance(keys, list):
                continue
            tag_id = ws.tag_id(conn, name, make=True)
            for item in keys:
                if not (isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)):
                    continue
                exists = conn.execute(select(s.record_tags).where(
                    s.record_tags.c.tag_id == tag_id, s.record_tags.c.record_kind == item[0],
                    s.record_tags.c.record_id == item[1])).first()
                if exists is None:
                    conn.execute(insert(s.record_tags).values(tag_id=tag_id, record_kind=item[0],
                                                              record_id=item[1], created_at=stamp,
                                                              created_by=who))
                    ws.record(conn, "tag", {"key": item, "name": name}, "tag", name, "added",
                              f"{item[0]}/{item[1]}")
                    report.tags += 1
        extra = {"created_at": stamp, "updated_at": stamp, "created_by": who, "updated_by": who}
        report.views = _merge_named(ws, conn, s.views, "state", data.get("views"), "Imported view", extra)
        report.briefings = _merge_named(ws, conn, s.briefings, "spec", data.get("briefings"),
                                        "Imported briefing", extra)
    return report


def _merge_named(ws, conn, table, field: str, items: object, fallback: str, extra: dict) -> int:  # type: ignore[no-untyped-def]
    """Add the named items (saved views, briefings) that are not here yet: one whose name is taken
    by other contents comes in as "NAME (imported)". Returns how many were added."""
    existing = {r[0]: r[1] for r in conn.execute(select(table.c.name, table.c[field]))}
    added = 0
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get(field), dict):
            continue
        name = " ".join(_text(item.get("name"), 200).split()) or fallback
        contents = json.dumps(item[field])
        if _already_in(existing, name, contents):
            continue
        while name in existing:
            name = f"{name} (imported)"
        conn.execute(insert(table).values(name=name, **{field: contents}, **extra))
        what = "view" if table is s.views else "briefing"
        sent = {"name": name, field: item[field]} | ({"base": 0} if what == "briefing" else {})
        ws.record(conn, f"{what}_save", sent, what, name, "added")
        existing[name] = contents
        added += 1
    return added


def _already_in(existing: dict[str, str], name: str, contents: str) -> bool:
    """True when these contents are here under the name, or under a name an earlier import gave
    them ("NAME (imported)"): importing the same file twice adds nothing."""
    while name in existing:
        if existing[name] == contents:
            return True
        name = f"{name} (imported)"
    return False


def _briefings(ws: Workspace) -> list:
    from bri_desktop.workspace.briefings import briefings

    return briefings(ws)

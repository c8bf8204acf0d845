"""The workspace's briefings: saved as they are edited, by name, as JSON specs (the briefing
package reads them; the workspace only keeps them)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update

from bri_desktop.core.i18n import translate
from bri_desktop.workspace import schema as s
from bri_desktop.workspace.store import Workspace, WorkspaceError, now

MAX_NAME = 200


@dataclass(frozen=True)
class SavedBriefing:
    name: str
    spec: dict
    updated_at: str


def _name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise WorkspaceError(translate("briefings", "A briefing needs a name."))
    if len(name) > MAX_NAME:
        raise WorkspaceError(translate("briefings", "A briefing's name has at most %n character(s).", None, MAX_NAME))
    return name


def briefings(ws: Workspace) -> list[SavedBriefing]:
    with ws.engine.connect() as conn:
        rows = conn.execute(select(s.briefings).order_by(func.lower(s.briefings.c.name))).mappings()
        found = []
        for r in rows:
            try:
                spec = json.loads(r["spec"])
            except ValueError:
                spec = {}  # a damaged spec: the briefing opens empty, and says so when built
            found.append(SavedBriefing(r["name"], spec if isinstance(spec, dict) else {}, r["updated_at"]))
        return found


def briefing(ws: Workspace, name: str) -> SavedBriefing | None:
    return next((b for b in briefings(ws) if b.name == name), None)


class BriefingConflict(WorkspaceError):
    """Someone else saved the briefing since this version was read."""


def save_briefing(ws: Workspace, name: str, spec: dict, expected: int | None = None) -> None:
    """Save (or update) the briefing called ``name``. ``expected``: the version these contents
    were made over (0: a new briefing); another version stored meanwhile raises
    BriefingConflict, unless it holds these very contents."""
    name = _name(name)
    stamp = now()
    contents = json.dumps(spec)
    with ws.saving() as conn:
        found = conn.execute(select(s.briefings.c.id, s.briefings.c.version, s.briefings.c.spec)
                             .where(s.briefings.c.name == name)).first()
        base = found[1] if found else 0
        if expected is not None and base != expected:
            if found is not None and found[2] == contents:
                return  # already so (a change sent twice)
            raise BriefingConflict(translate("briefings", "Someone else saved the briefing “{name}” meanwhile.")
                                   .format(name=name))
        if found is None:
            conn.execute(insert(s.briefings).values(name=name, spec=contents, created_at=stamp,
                                                    updated_at=stamp, created_by=ws.who,
                                                    updated_by=ws.who, version=1))
        else:
            conn.execute(update(s.briefings).where(s.briefings.c.id == found[0]).values(
                spec=contents, updated_at=stamp, updated_by=ws.who, version=base + 1))
        ws.record(conn, "briefing_save", {"name": name, "spec": spec, "base": base}, "briefing", name,
                  "added" if found is None else "changed")


def rename_briefing(ws: Workspace, old: str, new: str) -> str:
    new = _name(new)
    with ws.saving() as conn:
        if new != old and conn.execute(select(s.briefings.c.id).where(s.briefings.c.name == new)).scalar():
            raise WorkspaceError(translate("briefings", "There is already a briefing called “{name}”.")
                                 .format(name=new))
        if new != old and conn.execute(update(s.briefings).where(s.briefings.c.name == old).values(
                name=new, updated_at=now(), updated_by=ws.who)).rowcount:
            ws.record(conn, "briefing_rename", {"old": old, "new": new}, "briefing", new, "renamed",
                      f"from {old}")
    return new


def delete_briefing(ws: Workspace, name: str) -> None:
    with ws.saving() as conn:
        if conn.execute(delete(s.briefings).where(s.briefings.c.name == name)).rowcount:
            ws.record(conn, "briefing_delete", {"name": name}, "briefing", name, "removed")

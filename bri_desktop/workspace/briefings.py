"""The workspace's briefings: saved as they are edited, by name, as JSON specs (the briefing
package reads them; the workspace only keeps them)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update

from bri_desktop.workspace import schema as s
from bri_desktop.workspace.store import Workspace, WorkspaceError, author, now

MAX_NAME = 200


@dataclass(frozen=True)
class SavedBriefing:
    name: str
    spec: dict
    updated_at: str


def _name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise WorkspaceError("A briefing needs a name.")
    if len(name) > MAX_NAME:
        raise WorkspaceError(f"A briefing's name has at most {MAX_NAME} characters.")
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


def save_briefing(ws: Workspace, name: str, spec: dict) -> None:
    """Save (or update) the briefing called ``name``."""
    name = _name(name)
    stamp = now()
    with ws.saving() as conn:
        found = conn.execute(select(s.briefings.c.id).where(s.briefings.c.name == name)).scalar()
        if found is None:
            conn.execute(insert(s.briefings).values(name=name, spec=json.dumps(spec), created_at=stamp,
                                                    updated_at=stamp, created_by=author(),
                                                    updated_by=author()))
        else:
            conn.execute(update(s.briefings).where(s.briefings.c.id == found).values(
                spec=json.dumps(spec), updated_at=stamp, updated_by=author()))


def rename_briefing(ws: Workspace, old: str, new: str) -> str:
    new = _name(new)
    with ws.saving() as conn:
        if new != old and conn.execute(select(s.briefings.c.id).where(s.briefings.c.name == new)).scalar():
            raise WorkspaceError(f"There is already a briefing called “{new}”.")
        conn.execute(update(s.briefings).where(s.briefings.c.name == old).values(name=new, updated_at=now()))
    return new


def delete_briefing(ws: Workspace, name: str) -> None:
    with ws.saving() as conn:
        conn.execute(delete(s.briefings).where(s.briefings.c.name == name))

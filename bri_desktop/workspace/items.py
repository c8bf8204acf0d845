"""What the workspace holds, as the rest of the app sees it (pins, notes, saved views, marks),
and the small rules every store of it shares: timestamps, the author's name, a change as one
transaction whose failure says why."""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from bri_desktop.core.i18n import translate

Key = tuple[str, str]  # (record kind, record id)


class WorkspaceError(Exception):
    """A change could not be saved; the message says why and what to do."""


# What a pin can hold: a record, or a view drawn again from its settings.
PIN_KINDS = ("record", "chart", "map", "timeline", "figures", "view")


@dataclass(frozen=True)
class Pin:
    id: int
    position: int
    what: str  # record, chart, map, view
    record_kind: str | None
    record_id: str | None
    settings: dict
    title: str
    snapshot: dict
    dataset_version: str
    created_at: str
    uid: str = ""  # the same pin on every computer of a team (schema 4)
    created_by: str = ""

    @property
    def key(self) -> Key | None:
        return (self.record_kind, self.record_id) if self.record_kind and self.record_id else None


@dataclass(frozen=True)
class Note:
    record_kind: str
    record_id: str
    text: str
    created_at: str
    updated_at: str
    version: int = 1
    conflict_text: str | None = None
    updated_by: str = ""


@dataclass(frozen=True)
class SavedView:
    id: int
    name: str
    state: dict
    updated_at: str


@dataclass
class Opened:
    """How the workspace was opened: ``message`` is for the status bar when not plainly."""

    read_only: bool = False
    message: str = ""
    moved_aside: Path | None = None


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name (a container, a service)
        return ""


@dataclass
class Marks:
    """Which records the workspace marks: for the search, "Has note" and the Tags facet."""

    noted: set[Key] = field(default_factory=set)
    tagged: dict[str, set[Key]] = field(default_factory=dict)  # tag -> records


@contextmanager
def _saving(engine: Engine) -> Iterator[Connection]:
    """One change, one transaction; a failure becomes a WorkspaceError that says why."""
    try:
        with engine.begin() as conn:
            yield conn
    except (OperationalError, DBAPIError, sqlite3.Error, OSError) as exc:
        raise WorkspaceError(_why(exc)) from exc


def _why(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return translate("items", "The workspace is busy: another BRI Desktop window is saving to it. Try again "
                                  "in a moment; nothing was lost.")
    if "full" in text or "no space" in text:
        return translate("items", "The disk is full: the change was not saved. Free some space and try again.")
    if "readonly" in text or "read-only" in text or "permission" in text:
        return translate("items", "The workspace cannot be written (read-only): the change was not saved.")
    return translate("items", "The change could not be saved: {error}.").format(error=getattr(exc, "orig", exc))


def _pin(row) -> Pin:
    return Pin(row["id"], row["position"], row["what"], row["record_kind"], row["record_id"],
               json.loads(row["settings"] or "{}"), row["title"], json.loads(row["snapshot"] or "{}"),
               row["dataset_version"], row["created_at"], row.get("uid") or "", row.get("created_by") or "")


def _note(row) -> Note:
    return Note(row["record_kind"], row["record_id"], row["text"], row["created_at"],
                row["updated_at"], row["version"], row["conflict_text"], row.get("updated_by") or "")

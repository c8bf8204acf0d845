"""The imported collections, in the user's data folder: one folder per collection, holding
``collection.json`` (what it is and where it came from), ``records.jsonl`` (its records and each
row's provenance, one per line) and ``rows.txt`` (the imported rows, the source its records cite).

Every change is all or nothing: a collection is written to a temporary folder and renamed into
place; a replaced one is renamed away first and removed only once the new one is in place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from bri_desktop.core.i18n import translate
from bri_desktop.importers.common import IMPORTER_VERSION, Prepared, RowRecord, left_out_lines, source_record
from bri_desktop.importers.read import PIECE, lines_of

META = "collection.json"
RECORDS = "records.jsonl"  # one JSON object per line: written and read a line at a time
ROWS = "rows.txt"


MAX_NAME = 80
# The curated records' collection: no import may take its names.
RESERVED = {"curated", "curated from articles"}


def clean_name(name: str) -> str:
    """A collection's name as stored: one line, spaces folded; StoreError when it cannot be one."""
    name = " ".join(str(name).split())
    if not name:
        raise StoreError(translate("store", "A collection needs a name."))
    if len(name) > MAX_NAME:
        raise StoreError(translate("store", "'{start}…' is {length} characters; a name holds at most {limit}.").format(
            start=name[:40], length=len(name), limit=MAX_NAME))
    if name.casefold() in RESERVED:
        raise StoreError(translate("store", "'{name}' names BRI Desktop's own curated records: choose another "
                                   "name.").format(name=name))
    return name


class StoreError(Exception):
    """A collection cannot be stored, read, renamed or removed; the message says why."""


@dataclass
class StoredCollection:
    id: str
    name: str
    format: str
    file: str
    sha256: str
    sheets: list[str]
    imported_at: str
    importer_version: str
    rows: int
    not_summed: int
    basis: str
    note: str
    position: int = 0

    @property
    def fingerprint(self) -> str:
        return f"{self.id}:{self.sha256}:{self.imported_at}:{self.name}:{self.importer_version}"


@dataclass
class Change:
    """A change to the store, done on disk but undoable until ``commit``: the combined dataset
    is rebuilt in between, and a failed or cancelled rebuild puts everything back."""

    collection: StoredCollection
    made: Path | None  # the new folder (an import) or the rewritten meta file (a rename)
    away: Path | None  # what it replaced or removed, kept aside
    meta_before: bytes | None = None
    restore_to: Path | None = None

    def commit(self) -> None:
        if self.away is not None:
            shutil.rmtree(self.away, ignore_errors=True)

    def rollback(self) -> None:
        if self.meta_before is not None and self.made is not None:
            self.made.write_bytes(self.meta_before)
            return
        if self.made is not None and self.made.is_dir():
            shutil.rmtree(self.made, ignore_errors=True)
        if self.away is not None:
            os.rename(self.away, self.restore_to or self.made or self.away)


class CollectionStore:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.problems: list[str] = []  # collections that could not be read, for the user

    def collections(self) -> list[StoredCollection]:
        """The stored collections, in the order they were first imported."""
        self.problems = []
        found = []
        if not self.folder.is_dir():
            return []
        for child in sorted(self.folder.iterdir()):
            if child.name.startswith(".") or not child.is_dir():
                continue
            try:
                data = json.loads((child / META).read_text(encoding="utf-8"))
                if not (child / RECORDS).is_file() or not (child / ROWS).is_file():
                    raise KeyError(translate("CollectionStore", "records.json or rows.txt is missing"))
                found.append(StoredCollection(**{k: data[k] for k in StoredCollection.__dataclass_fields__}))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                self.problems.append(translate(
                    "CollectionStore", "The imported collection in {folder} cannot be read ({error}); it is left "
                    "out. Import its file again, or remove the folder.").format(folder=child, error=exc))
        return sorted(found, key=lambda c: (c.position, c.imported_at))

    def get(self, key: str) -> StoredCollection | None:
        """A collection by id or by name (case aside)."""
        folded = key.strip().casefold()
        return next((c for c in self.collections() if c.id == key or c.name.casefold() == folded), None)

    def fingerprint(self) -> str:
        """Changes whenever a collection is added, replaced, renamed or removed."""
        text = "\n".join(c.fingerprint for c in self.collections())
        return hashlib.sha256(text.encode()).hexdigest()

    def records(self, collection: StoredCollection) -> Iterator[tuple[str, dict]]:
        """(kind, record) for its sources, organizations, projects and provenance, in that
        order, read a line at a time."""
        path = self.folder / collection.id / RECORDS
        try:
            with open(path, "rb") as handle:  # a megabyte at a time (see read.lines_of)
                for number, line in enumerate(lines_of(handle, "utf-8"), 1):
                    try:
                        item = json.loads(line)
                    except ValueError as exc:
                        raise ValueError(translate("CollectionStore", "line {line} is damaged ({error})").format(
                            line=number, error=getattr(exc, "msg", exc))) from exc
                    if not isinstance(item, dict) or not isinstance(item.get("record"), dict):
                        raise ValueError(translate("CollectionStore", "line {line} is not a record").format(
                            line=number))
                    yield str(item.get("kind")), item["record"]
        except (OSError, ValueError) as exc:
            raise StoreError(translate("CollectionStore", "the records of collection '{name}' cannot be read "
                                       "({file}: {error}); import its file again").format(
                name=collection.name, file=path, error=exc)) from exc

    def save(self, prepared: Prepared, rows: list[RowRecord]) -> Change:
        """Store ``rows`` of ``prepared`` as its collection, replacing one of the same id (the
        old one is kept aside until the change is committed)."""
        old = next((c for c in self.collections() if c.id == prepared.collection_id), None)
        prepared.name = clean_name(prepared.name)
        clash = self.get(prepared.name)
        if clash is not None and clash.id != prepared.collection_id:
            raise StoreError(translate("CollectionStore", "Another collection is named '{name}': choose another "
                                       "name, or re-import that one to replace it.").format(name=clash.name))
        used = {p["org"] for r in rows for p in r.project.get("partners", [])}
        meta = StoredCollection(
            id=prepared.collection_id, name=prepared.name, format=prepared.format,
            file=prepared.file.name, sha256=prepared.sha256, sheets=prepared.sheets,
            imported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            importer_version=IMPORTER_VERSION, rows=len(rows),
            not_summed=sum(1 for r in rows if r.project.get("in_totals") is False),
            basis=prepared.basis, note=" ".join(_note_lines(prepared, rows)),
            position=old.position if old else 1 + max((c.position for c in self.collections()), default=0))
        records = {
            "sources": [source_record(prepared)],
            "organizations": [o for o in prepared.organizations if o["id"] in used],
            "projects": [r.project for r in rows],
            "provenance": [{"record_id": r.project["id"], "sheet": r.sheet, "row": r.row,
                            "original": r.original} for r in rows],
        }

        def write(tmp: Path) -> None:
            (tmp / ROWS).write_text("".join(r.quote + "\n" for r in rows), encoding="utf-8")
            with open(tmp / RECORDS, "w", encoding="utf-8") as handle:  # a megabyte at a time
                piece: list[str] = []
                size = 0
                for kind, items in records.items():
                    for item in items:
                        piece.append(json.dumps({"kind": kind, "record": item}, ensure_ascii=False) + "\n")
                        size += len(piece[-1])
                        if size > PIECE:
                            handle.write("".join(piece))
                            piece, size = [], 0
                handle.write("".join(piece))
            (tmp / META).write_text(json.dumps(asdict(meta), ensure_ascii=False, indent=1), encoding="utf-8")

        target, away = self._put_in_place(prepared.collection_id, write)
        return Change(meta, target, away)

    def files_of(self, collection: StoredCollection) -> dict[str, bytes]:
        """The collection's three files as they are stored (a team publishes them as they are)."""
        folder = self.folder / collection.id
        try:
            return {name: (folder / name).read_bytes() for name in (META, RECORDS, ROWS)}
        except OSError as exc:
            raise StoreError(translate("CollectionStore", "the collection '{name}' cannot be read ({error})").format(
                name=collection.name, error=exc.strerror or exc)) from exc

    def install(self, files: dict[str, bytes]) -> Change:
        """Store a collection another computer made (its three files), replacing the one of the same
        id (a team's newer release); the files are checked first."""
        try:
            data = json.loads(files[META].decode("utf-8"))
            meta = StoredCollection(**{k: data[k] for k in StoredCollection.__dataclass_fields__ if k in data})
            for number, line in enumerate(files[RECORDS].decode("utf-8").splitlines(), 1):
                if not isinstance(json.loads(line), dict):
                    raise ValueError(translate("CollectionStore", "{file} line {line} is not a record").format(
                        file=RECORDS, line=number))
            files[ROWS].decode("utf-8")
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(translate("CollectionStore", "the collection's files are damaged ({error}): nothing "
                                       "was changed").format(error=exc)) from exc
        if not meta.id or "/" in meta.id or meta.id.startswith("."):
            raise StoreError(translate("CollectionStore", "the collection's id {id} cannot name a folder: nothing "
                                       "was changed").format(id=repr(meta.id)))
        clash = self.get(meta.name)
        if clash is not None and clash.id != meta.id:
            raise StoreError(translate("CollectionStore", "You have another collection named '{name}': rename or "
                                       "remove it first (File > Manage collections).").format(name=clash.name))
        def write(tmp: Path) -> None:
            for name in (META, RECORDS, ROWS):
                (tmp / name).write_bytes(files[name])

        target, away = self._put_in_place(meta.id, write)
        return Change(meta, target, away)

    def _put_in_place(self, cid: str, write: Callable[[Path], None]) -> tuple[Path, Path | None]:
        """Write a collection's files into a new folder, then rename it into place; one it replaces
        is renamed aside first (kept until the change is committed). Returns (folder, aside)."""
        target = self.folder / cid
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self._aside("new", cid)
            tmp.mkdir()
            try:
                write(tmp)
                away = self._aside("old", cid) if target.exists() else None
                if away is not None:
                    os.rename(target, away)
                try:
                    os.rename(tmp, target)
                except OSError:
                    if away is not None:
                        os.rename(away, target)
                    raise
            finally:
                if tmp.exists():
                    shutil.rmtree(tmp, ignore_errors=True)
        except OSError as exc:
            raise StoreError(translate("CollectionStore", "cannot store the collection in {folder}: {error}").format(
                folder=self.folder, error=exc.strerror or exc)) from exc
        return target, away

    def _aside(self, what: str, cid: str) -> Path:
        return self.folder / f".{what}-{cid}-{secrets.token_hex(4)}"

    def rename(self, key: str, name: str) -> Change:
        found = self.get(key)
        if found is None:
            raise StoreError(self._no_collection(key))
        name = clean_name(name)
        clash = self.get(name)
        if clash is not None and clash.id != found.id:
            raise StoreError(translate("CollectionStore", "Another collection is named '{name}'.").format(
                name=clash.name))
        meta = self.folder / found.id / META
        try:
            before = meta.read_bytes()
            found.name = name
            tmp = meta.with_name(f".{META}.{secrets.token_hex(4)}")
            tmp.write_text(json.dumps(asdict(found), ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, meta)
        except OSError as exc:
            raise StoreError(translate("CollectionStore", "cannot rename the collection: {error}").format(
                error=exc.strerror or exc)) from exc
        return Change(found, meta, None, before)

    def remove(self, key: str) -> Change:
        found = self.get(key)
        if found is None:
            raise StoreError(self._no_collection(key))
        away = self._aside("removed", found.id)
        try:
            os.rename(self.folder / found.id, away)
        except OSError as exc:
            raise StoreError(translate("CollectionStore", "cannot remove the collection: {error}").format(
                error=exc.strerror or exc)) from exc
        return Change(found, None, away, restore_to=self.folder / found.id)

    @staticmethod
    def _no_collection(key: str) -> str:
        return translate("CollectionStore", "there is no collection '{name}'").format(name=key)

    def clean_leftovers(self, older_than: float = 3600.0) -> None:
        """Folders of imports killed half-way (never renamed into place), an hour old or more
        (a younger one may be another window's import, still running)."""
        import time

        if self.folder.is_dir():
            for child in self.folder.glob(".*-*"):
                try:
                    old = time.time() - child.stat().st_mtime > older_than
                except OSError:
                    continue
                if child.is_dir() and old:
                    shutil.rmtree(child, ignore_errors=True)
        # a combined dataset whose writing was killed (.combined.sqlite.PID.tmp beside it)
        for tmp in self.folder.parent.glob(".combined.sqlite.*.tmp"):
            try:
                if time.time() - tmp.stat().st_mtime > older_than:
                    tmp.unlink()
            except OSError:
                continue


def _note_lines(prepared: Prepared, rows: list[RowRecord]) -> list[str]:
    lines = left_out_lines(prepared)
    skipped = len(prepared.records) - len(rows) + len({(i.sheet, i.row) for i in prepared.issues} - {
        (r.sheet, r.row) for r in prepared.records})
    if skipped:
        lines.append(translate("store", "%n row(s) with problems not imported.", None, skipped))
    return lines + prepared.notes

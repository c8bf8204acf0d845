"""The combined dataset: the bundled database with every stored collection added to it, opened
read-only like the bundled one.

Why this design: every query, facet, search, export and details pane stays one SQL over one
file, so imported records are found, filtered and cited exactly as curated ones; the bundled file
is never written (it is copied); the combined file lives in the user's data folder, is rebuilt
(a copy and inserts: seconds) whenever the bundled dataset or a collection changes, and can
always be deleted: the collections themselves are kept apart, in their own folders.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from bri_desktop.core.i18n import translate, vocabulary_label
from bri_desktop.data.records import KINDS, Record, RecordSet
from bri_desktop.data.rows import RowWriter
from bri_desktop.db.connection import DatasetError, open_readonly
from bri_desktop.importers.store import CollectionStore, StoredCollection, StoreError

Progress = Callable[[int, int, str], None]


class CombineError(Exception):
    """The combined dataset cannot be written; the message says why."""


def dataset_file(base: Path, store: CollectionStore, target: Path,
                 progress: Progress | None = None) -> Path:
    """The file to open: ``base`` when there are no collections, else the combined file,
    rebuilt first when it is missing or older than the base or the collections."""
    collections = store.collections()
    if not collections:
        return base
    if not is_fresh(target, base, store):
        build(base, store, target, progress)
    return target


def _meta(path: Path) -> dict[str, str]:
    conn = open_readonly(path)
    try:
        return {r[0]: r[1] for r in conn.execute("SELECT key, value FROM meta")}
    finally:
        conn.close()


def is_fresh(target: Path, base: Path, store: CollectionStore) -> bool:
    if not target.is_file():
        return False
    try:
        have, want = _meta(target), _meta(base)
    except DatasetError:
        return False
    return (have.get("base_content_hash") == want.get("content_hash")
            and have.get("collections_key") == store.fingerprint())


def build(base: Path, store: CollectionStore, target: Path, progress: Progress | None = None,
          cancelled: Callable[[], bool] = lambda: False) -> None:
    """Write the combined dataset to ``target`` (whole, or not at all)."""
    from bri_desktop.importers.read import ImportCancelled

    progress = progress or (lambda _d, _t, _w: None)
    collections = store.collections()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        base_meta = _meta(base)
        progress(0, len(collections) + 2, translate("combine", "Copying the bundled dataset"))
        shutil.copyfile(base, tmp)
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode = MEMORY")  # a damaged collection is rolled back alone
            con.execute("PRAGMA synchronous = OFF")
            orgs = _orgs(con)
            added, left_out = [], []
            for done, collection in enumerate(collections, 1):
                if cancelled():
                    raise ImportCancelled
                progress(done, len(collections) + 2, translate("combine", "Adding {name}").format(name=collection.name))
                con.execute("SAVEPOINT collection")
                try:
                    _add(con, store, collection, orgs)
                except (StoreError, KeyError, TypeError, ValueError, sqlite3.IntegrityError) as exc:
                    # a damaged collection: the others are shown all the same
                    con.execute("ROLLBACK TO collection")
                    left_out.append(translate("combine", "The collection '{name}' is left out: {error}.").format(
                        name=collection.name, error=exc))
                    orgs = _orgs(con)
                else:
                    added.append(collection)
                con.execute("RELEASE collection")
            progress(len(collections) + 1, len(collections) + 2, translate("combine", "Finding possible matches"))
            for collection in added:
                _possible_matches(con, collection.id)
            _update_meta(con, base_meta, store.fingerprint(), len(added))
            con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('left_out', ?)",
                        (json.dumps(left_out),))
            con.execute("ANALYZE")
            con.commit()
        finally:
            con.close()
        os.replace(tmp, target)
    except ImportCancelled:
        raise
    except StoreError as exc:
        raise CombineError(str(exc)) from exc
    except (OSError, sqlite3.DatabaseError, DatasetError) as exc:
        raise CombineError(translate("combine", "cannot write the combined dataset {file}: {error}").format(
            file=target, error=exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _orgs(con: sqlite3.Connection) -> dict[str, dict]:
    found = {org_id: {"name": name, "full_name": full, "aliases": []}
             for org_id, name, full in con.execute("SELECT id, name, full_name FROM organizations")}
    for org_id, alias in con.execute("SELECT org_id, alias FROM org_aliases"):
        found[org_id]["aliases"].append(alias)
    return found


def _insert(con: sqlite3.Connection, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    if not rows:
        return
    names = [c.name for c in table.columns]
    defaults = {c.name: (c.default.arg if c.default is not None and not callable(c.default.arg) else None)
                for c in table.columns}
    marks = ", ".join("?" * len(names))
    quoted = ", ".join(f'"{n}"' for n in names)
    con.executemany(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})',
                    [[row.get(n, defaults[n]) for n in names] for row in rows])


BATCH = 2000  # records written at a time: the combined dataset is built without holding them all


def _add(con: sqlite3.Connection, store: CollectionStore, collection: StoredCollection,
         orgs: dict[str, dict]) -> None:
    from bri_desktop.db import models as m

    after = {kind: con.execute(f"SELECT coalesce(max(seq), 0) FROM {kind}").fetchone()[0] for kind in KINDS}

    def write(kind: str, items: list[dict]) -> None:
        if kind == "provenance":
            _insert(con, m.Provenance.__table__, [
                {"kind": "projects", "record_id": p["record_id"], "collection_id": collection.id,
                 "sheet": p.get("sheet"), "row": p["row"],
                 "original": p["original"] if isinstance(p["original"], str) else json.dumps(p["original"])}
                for p in items])
            return
        if kind not in KINDS:
            return
        if kind == "organizations":
            orgs.update({o["id"]: o for o in items})
        rs = RecordSet({}, {})
        rs.records = {k: [] for k in KINDS}
        rs.records[kind] = [Record(kind, collection.id, d) for d in items]
        writer = RowWriter(rs, collection.id, after, orgs)
        for table, rows in writer.record_tables(m):
            _insert(con, table, rows)
        con.executemany(
            "INSERT INTO search_index (rowid, kind, record_id, title, summary, parties, quotes) "
            "VALUES (:rowid, :kind, :record_id, :title, :summary, :parties, :quotes)", writer.search_rows())
        after[kind] += len(items)

    batch: list[dict] = []
    current = ""
    for kind, record in store.records(collection):
        if batch and (kind != current or len(batch) >= BATCH):
            write(current, batch)
            batch = []
        current = kind
        batch.append(record)
    if batch:
        write(current, batch)
    _insert(con, m.Collection.__table__, [{
        "id": collection.id, "name": collection.name, "format": collection.format,
        "file": collection.file, "sha256": collection.sha256, "sheet": ", ".join(collection.sheets),
        "imported_at": collection.imported_at, "importer_version": collection.importer_version,
        "rows": collection.rows, "basis": collection.basis, "note": collection.note,
        "position": collection.position}])
    _insert(con, m.Vocabulary.__table__, [{"group": "collections", "code": collection.id,
                                           "label": collection.name, "position": collection.position}])


MATCHES_PER_RECORD = 5  # suggestions kept for one imported record, nearest years first


def _possible_matches(con: sqlite3.Connection, collection_id: str) -> None:
    """An imported project that may be a curated project or agreement: same country and
    sector, an organization in common, and years at most one apart where both are stated.

    Driven by the organizations the imported records name: each one's curated projects and
    agreements are read once, by index, and matched in memory."""
    labels = dict(con.execute("SELECT code, label FROM vocabulary WHERE \"group\" = 'countries'").fetchall())
    names = dict(con.execute("SELECT id, name FROM organizations").fetchall())
    imported: dict[str, tuple] = {}
    by_org: dict[str, list[str]] = {}
    for rid, country, sector, year, org in con.execute(
            "SELECT t.id, t.country, t.sector, t.year, p.org_id FROM projects t "
            "JOIN project_partners p ON p.project_seq = t.seq WHERE t.collection = ? ORDER BY t.seq",
            (collection_id,)):
        imported[rid] = (country, sector, year)
        by_org.setdefault(org, []).append(rid)
    found: dict[tuple[str, str, str], dict] = {}
    for org, records in by_org.items():
        curated: dict[tuple[str, str], list[tuple[str, str, int | None]]] = {}
        for kind, sql in (
                ("projects", "SELECT c.id, c.country, c.sector, c.year FROM project_partners pc "
                             "JOIN projects c ON c.id = pc.project_id "
                             "WHERE pc.org_id = ? AND c.collection = 'curated'"),
                ("agreements", "SELECT DISTINCT c.id, c.country, c.sector, c.year FROM agreement_parties ap "
                               "JOIN agreements c ON c.seq = ap.agreement_seq WHERE ap.org_id = ?")):
            for cid, country, sector, year in con.execute(sql, (org,)):
                curated.setdefault((country, sector), []).append((kind, cid, year))
        for rid in records:
            country, sector, year = imported[rid]
            for kind, cid, other_year in curated.get((country, sector), []):
                if year is not None and other_year is not None and abs(year - other_year) > 1:
                    continue
                pair = found.setdefault((rid, kind, cid), {"years": (year, other_year), "orgs": []})
                pair["orgs"].append(names.get(org, org))
    kept: dict[str, list] = {}
    for (rid, kind, cid), pair in found.items():
        kept.setdefault(rid, []).append((kind, cid, pair))
    reasons = {  # by the years: both stated and different, the same, not stated in one of them
        "years": translate("combine", "Same country ({country}) and sector ({sector}), {organizations} in both, "
                           "years {first} and {second}."),
        "same": translate("combine", "Same country ({country}) and sector ({sector}), {organizations} in both, "
                          "the same year, {first}."),
        "unknown": translate("combine", "Same country ({country}) and sector ({sector}), {organizations} in both, "
                             "a year not stated in one of them.")}
    rows = []
    for rid, pairs in kept.items():
        country, sector, _year = imported[rid]

        def distance(item: tuple) -> int:
            a, b = item[2]["years"]
            return abs(a - b) if a is not None and b is not None else 2

        for kind, cid, pair in sorted(pairs, key=distance)[:MATCHES_PER_RECORD]:
            a, b = pair["years"]
            reason = reasons["unknown" if a is None or b is None else "same" if a == b else "years"]
            rows.append(("projects", rid, kind, cid, reason.format(
                country=vocabulary_label(str(labels.get(country, country))), sector=vocabulary_label(str(sector)),
                organizations=_and(sorted(set(pair["orgs"]))), first=a, second=b)))
    con.executemany("INSERT OR IGNORE INTO possible_matches (kind, record_id, other_kind, other_id, reason) "
                    "VALUES (?, ?, ?, ?, ?)", rows)


def _and(names: list[str]) -> str:
    """ "A and B and C" (the dataset's names; "and" in the interface language)."""
    text = names[0]
    for name in names[1:]:
        text = translate("combine", "{first} and {second}").format(first=text, second=name)
    return text


def _update_meta(con: sqlite3.Connection, base_meta: dict[str, str], key: str, collections: int) -> None:
    base_hash = base_meta.get("content_hash", "")
    combined = hashlib.sha256(f"{base_hash}\n{key}".encode()).hexdigest()
    values = {"content_hash": combined, "base_content_hash": base_hash, "collections_key": key,
              "collections": str(collections)}
    values.update({f"count_{k}": str(con.execute(f"SELECT count(*) FROM {k}").fetchone()[0]) for k in KINDS})
    con.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(values.items()))


def left_out(path: Path) -> list[str]:
    """Why collections are missing from the combined dataset at ``path`` (damaged ones)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'left_out'").fetchone()
        finally:
            con.close()
        found = json.loads(row[0]) if row else []
    except (sqlite3.DatabaseError, ValueError):
        return []
    return [str(x) for x in found] if isinstance(found, list) else []

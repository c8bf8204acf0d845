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
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from bri_desktop.data.records import KINDS, Record, RecordSet
from bri_desktop.data.rows import RowWriter
from bri_desktop.db.connection import DatasetError, open_readonly
from bri_desktop.importers.store import CollectionStore, StoredCollection

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
        progress(0, len(collections) + 2, "Copying the bundled dataset")
        shutil.copyfile(base, tmp)
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            orgs = _orgs(con)
            for done, collection in enumerate(collections, 1):
                if cancelled():
                    raise ImportCancelled
                progress(done, len(collections) + 2, f"Adding {collection.name}")
                _add(con, store, collection, orgs)
            progress(len(collections) + 1, len(collections) + 2, "Finding possible matches")
            for collection in collections:
                _possible_matches(con, collection.id)
            _update_meta(con, base_meta, store.fingerprint(), len(collections))
            con.execute("ANALYZE")
            con.commit()
        finally:
            con.close()
        os.replace(tmp, target)
    except ImportCancelled:
        raise
    except (OSError, sqlite3.DatabaseError, DatasetError) as exc:
        raise CombineError(f"cannot write the combined dataset {target}: {exc}") from exc
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


def _add(con: sqlite3.Connection, store: CollectionStore, collection: StoredCollection,
         orgs: dict[str, dict]) -> None:
    import json

    from bri_desktop.db import models as m

    data = store.records(collection)
    rs = RecordSet({}, {})
    rs.records = {k: [] for k in KINDS}
    for kind in ("sources", "organizations", "projects"):
        rs.records[kind] = [Record(kind, collection.id, d) for d in data.get(kind, [])]
    after = {kind: con.execute(f"SELECT coalesce(max(seq), 0) FROM {kind}").fetchone()[0] for kind in KINDS}
    writer = RowWriter(rs, collection.id, after, orgs)
    for table, rows in writer.record_tables(m):
        _insert(con, table, rows)
    con.executemany(
        "INSERT INTO search_index (rowid, kind, record_id, title, summary, parties, quotes) "
        "VALUES (:rowid, :kind, :record_id, :title, :summary, :parties, :quotes)", writer.search_rows())
    _insert(con, m.Collection.__table__, [{
        "id": collection.id, "name": collection.name, "format": collection.format,
        "file": collection.file, "sha256": collection.sha256, "sheet": ", ".join(collection.sheets),
        "imported_at": collection.imported_at, "importer_version": collection.importer_version,
        "rows": collection.rows, "basis": collection.basis, "note": collection.note,
        "position": collection.position}])
    _insert(con, m.Vocabulary.__table__, [{"group": "collections", "code": collection.id,
                                           "label": collection.name, "position": collection.position}])
    _insert(con, m.Provenance.__table__, [
        {"kind": "projects", "record_id": p["record_id"], "collection_id": collection.id,
         "sheet": p.get("sheet"), "row": p["row"], "original": json.dumps(p["original"], ensure_ascii=False)}
        for p in data.get("provenance", [])])
    orgs.update({o["id"]: o for o in data.get("organizations", [])})


def _possible_matches(con: sqlite3.Connection, collection_id: str) -> None:
    """An imported project that may be a curated project or agreement: same country and
    sector, an organization in common, and years at most one apart where both are stated."""
    labels = dict(con.execute("SELECT code, label FROM vocabulary WHERE \"group\" = 'countries'").fetchall())
    pairs: dict[tuple[str, str, str], dict] = {}
    for other_kind, table, link, link_key in (("projects", "projects", "project_partners", "project_id"),
                                              ("agreements", "agreements", "agreement_parties", "agreement_id")):
        curated = "c.collection = 'curated'" if other_kind == "projects" else "1"
        found = con.execute(
            f"SELECT DISTINCT i.id, c.id, i.country, i.sector, i.year, c.year, o.name "
            f"FROM projects i JOIN {table} c ON {curated} AND c.country = i.country AND c.sector = i.sector "
            f"JOIN project_partners pi ON pi.project_id = i.id "
            f"JOIN {link} pc ON pc.{link_key} = c.id AND pc.org_id = pi.org_id "
            f"JOIN organizations o ON o.id = pi.org_id "
            f"WHERE i.collection = ? AND (i.year IS NULL OR c.year IS NULL OR abs(i.year - c.year) <= 1) "
            f"ORDER BY i.seq, c.seq, o.name", (collection_id,))
        for own, other, country, sector, year, other_year, name in found:
            pair = pairs.setdefault((own, other_kind, other), {
                "country": country, "sector": sector, "years": (year, other_year), "names": []})
            pair["names"].append(name)
    rows = []
    for (own, other_kind, other), p in pairs.items():
        year, other_year = p["years"]
        if year is not None and other_year is not None:
            when = f"years {year} and {other_year}" if year != other_year else f"the same year, {year}"
        else:
            when = "a year not stated in one of them"
        rows.append(("projects", own, other_kind, other,
                     f"Same country ({labels.get(p['country'], p['country'])}) and sector "
                     f"({p['sector']}), {' and '.join(p['names'])} in both, {when}."))
    con.executemany("INSERT OR IGNORE INTO possible_matches (kind, record_id, other_kind, other_id, reason) "
                    "VALUES (?, ?, ?, ?, ?)", rows)


def _update_meta(con: sqlite3.Connection, base_meta: dict[str, str], key: str, collections: int) -> None:
    base_hash = base_meta.get("content_hash", "")
    combined = hashlib.sha256(f"{base_hash}\n{key}".encode()).hexdigest()
    values = {"content_hash": combined, "base_content_hash": base_hash, "collections_key": key,
              "collections": str(collections)}
    values.update({f"count_{k}": str(con.execute(f"SELECT count(*) FROM {k}").fetchone()[0]) for k in KINDS})
    con.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(values.items()))

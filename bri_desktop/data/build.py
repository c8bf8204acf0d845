"""Build data/bri.sqlite from the curated records: validate, write a temporary file, rename.

The build is deterministic (no clocks, records written in file order) and atomic: a failed build
leaves the previous database as it was.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bri_desktop.data.records import KINDS, RecordSet, load_records
from bri_desktop.data.rows import RowWriter, dataset_version
from bri_desktop.data.validate import ValidationError, validate


class BuildError(Exception):
    def __init__(self, errors: list[ValidationError]):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")


@dataclass
class BuildResult:
    path: Path
    counts: dict[str, int]
    version: str
    content_hash: str


class BuildPlaceError(Exception):
    """The records folder or the output cannot be used; the message is one line."""


def build_database(data_dir: Path, target: Path) -> BuildResult:
    """Validate every record under ``data_dir/records`` and write the database to ``target``."""
    if not (data_dir / "records").is_dir():
        raise BuildPlaceError(f"{data_dir} has no records/ folder to build from")
    target = Path(os.path.realpath(target))  # a link: replace the file it names, keep the link
    if target.exists() and not target.is_file():
        raise BuildPlaceError(f"cannot write {target}: it is not a regular file (a folder, a "
                              "device or a pipe); give a file name")
    if not target.parent.is_dir():
        raise BuildPlaceError(f"cannot write {target}: the folder {target.parent} does not exist")
    records = load_records(data_dir / "records")
    errors = validate(records, data_dir)
    if errors:
        raise BuildError(errors)
    remove_leftovers(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        try:
            _write(records, tmp)
        except Exception as exc:  # SQLAlchemy wraps sqlite3's errors: say the one line
            reason = getattr(exc, "orig", None) or exc
            raise BuildPlaceError(f"cannot write {target}: {reason}") from exc
        os.replace(tmp, target)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
    counts = {kind: len(records.records[kind]) for kind in KINDS}
    return BuildResult(target, counts, dataset_version(records), records.content_hash)


def remove_leftovers(target: Path) -> list[Path]:
    """Temporary files of builds of ``target`` that were killed (their process is gone)."""
    removed = []
    for path in target.parent.glob(f".{target.name}.*.tmp*"):
        pid = path.name[len(target.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there: keep the file, to be safe
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write(records: RecordSet, path: Path) -> None:
    from sqlalchemy import create_engine, event, insert, text
    from sqlalchemy.schema import CreateIndex, CreateTable

    from bri_desktop.db import models as m

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA foreign_keys = ON")
        dbapi_conn.execute("PRAGMA page_size = 4096")

    writer = RowWriter(records)
    with engine.begin() as conn:
        # Tables, then indexes by name: SQLAlchemy keeps a table's indexes in a set, whose order
        # changes from run to run, and creation order shows in the file's bytes.
        for table in m.Base.metadata.sorted_tables:
            conn.execute(CreateTable(table))
        for table in m.Base.metadata.sorted_tables:
            for index in sorted(table.indexes, key=lambda i: str(i.name)):
                conn.execute(CreateIndex(index))
        conn.execute(text(m.FTS_DDL))
        for table, rows in writer.tables(m):
            if rows:
                conn.execute(insert(table), rows)
        conn.execute(
            text("INSERT INTO search_index (rowid, kind, record_id, title, summary, parties, quotes) "
                 "VALUES (:rowid, :kind, :record_id, :title, :summary, :parties, :quotes)"),
            writer.search_rows(),
        )
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        con.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
        con.execute("ANALYZE")  # statistics for the query planner, as a large dataset needs
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()



"""Read a file into records, check them as curated records are checked, and say what is wrong,
before anything is stored: the user then imports the valid rows, or nothing."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from bri_desktop.core.i18n import translate
from bri_desktop.data.records import KINDS, Record, RecordSet
from bri_desktop.data.validate import validate
from bri_desktop.importers import aiddata, cgit, table
from bri_desktop.importers.common import FORMATS, Base, Builder, Prepared, RowIssue, slug, source_record
from bri_desktop.importers.read import (
    ImportCancelled,
    ImportFileError,
    Workbook,
    encoding_label,
    find_header,
    read_workbook,
    table_of,
)

__all__ = ["ImportCancelled", "ImportFileError", "detect_format", "prepare"]


def detect_format(book: Workbook) -> str:
    """cgit or aiddata when a sheet has that dataset's columns; otherwise table."""
    for sheet in book.sheets:
        try:
            row = sheet.rows[find_header(sheet.rows, cgit.HEADERS | aiddata.HEADERS)]
        except (ImportFileError, IndexError):
            continue
        headers = [str(c) for c in row if c is not None]
        if cgit.looks_like(headers):
            return "cgit"
        if aiddata.looks_like(headers):
            return "aiddata"
    return "table"


def default_name(fmt: str, path: Path) -> str:
    prefix = {"cgit": "CGIT", "aiddata": "AidData"}.get(fmt, "")
    stem = " ".join(path.stem.split()) or translate("prepare", "table")  # a file name may hold a newline
    name = f"{prefix} {stem}"[:80] if prefix else stem[:80]
    if name.casefold() in ("curated", "curated from articles"):
        return translate("prepare", "{name} (imported)").format(name=name)
    return name


def prepare(path: Path, base: Base, *, fmt: str | None = None, name: str | None = None,
            sheet: str | None = None, encoding: str | None = None, header_row: int | None = None,
            mapping: table.Mapping | None = None, collection_id: str | None = None,
            taken: set[str] | None = None, book: Workbook | None = None,
            cancelled: Callable[[], bool] = lambda: False) -> Prepared:
    """``path`` read as ``fmt`` (detected when None) into a Prepared import. ``taken``: ids of the
    collections there are (a new one gets another); ``collection_id``: the one it replaces."""
    book = book or read_workbook(path, encoding, cancelled)
    fmt = fmt or detect_format(book)
    if fmt not in FORMATS:
        raise ImportFileError(translate("prepare", "unknown format '{format}' (use one of: {formats})").format(
            format=fmt, formats=", ".join(FORMATS)))
    name = (name or default_name(fmt, path)).strip() or default_name(fmt, path)
    cid = collection_id or _new_id(name, taken or set())
    basis = translate("prepare", "US dollars, from CGIT's column Quantity in Millions (USD millions)") \
        if fmt == "cgit" else ""
    prepared = Prepared(fmt, cid, name, Path(path), book.sha256, basis)
    if book.encoding:
        if book.delimiter == ";":
            read_as = translate("prepare", "Read as {encoding}, cells separated by semicolons.")
        elif book.delimiter == "\t":
            read_as = translate("prepare", "Read as {encoding}, cells separated by tabs.")
        else:
            read_as = translate("prepare", "Read as {encoding}, cells separated by commas.")
        prepared.notes.append(read_as.format(encoding=encoding_label(book.encoding)))
    builder = Builder(prepared, base)
    if fmt == "cgit":
        cgit.read(book, prepared, builder, sheet, header_row)
    elif fmt == "aiddata":
        aiddata.read(book, prepared, builder, sheet, header_row)
    else:
        found = table_of(book, sheet, header_row)
        table.read(found, mapping or table.guess(found.headers), prepared, builder)
    if cancelled():
        raise ImportCancelled
    check(prepared, base)
    return prepared


def _new_id(name: str, taken: set[str]) -> str:
    stem = slug(name)
    cid, n = stem, 2
    while cid in taken or cid == "curated":
        cid, n = f"{stem}-{n}", n + 1
    return cid


def record_set(prepared: Prepared, base: Base, rows: list | None = None) -> RecordSet:
    """The records of the rows (all of them, or ``rows``), in the curated records' shape."""
    rows = prepared.records if rows is None else rows
    used = {p["org"] for r in rows for p in r.project.get("partners", [])}
    rs = RecordSet(base.vocabulary, {})
    rs.records = {k: [] for k in KINDS}
    rs.records["sources"] = [Record("sources", "rows.txt", source_record(prepared))]
    rs.records["organizations"] = [Record("organizations", "rows.txt", o) for o in prepared.organizations
                                   if o["id"] in used]
    rs.records["projects"] = [Record("projects", "rows.txt", r.project) for r in rows]
    return rs


def check(prepared: Prepared, base: Base) -> None:
    """Validate every record as the build validates curated ones; each error becomes a
    RowIssue naming the file's row and column."""
    rs = record_set(prepared, base)
    by_id = {r.project["id"]: r for r in prepared.records}
    first_use: dict[str, tuple[str | None, int, str]] = {}
    for r in prepared.records:
        for p in r.project.get("partners", []):
            first_use.setdefault(p["org"], (r.sheet, r.row, r.columns.get("partners", "")))
    with tempfile.TemporaryDirectory(prefix="bri-import-") as folder:
        Path(folder, "rows.txt").write_text("\n".join(r.quote for r in prepared.records) + "\n",
                                            encoding="utf-8")
        errors = validate(rs, Path(folder), base.ids)
    for error in errors:
        if error.kind == "projects" and error.record_id in by_id:
            r = by_id[error.record_id]
            column = r.columns.get(error.field) or error.field
            prepared.issues.append(RowIssue(prepared.file.name, r.sheet, r.row, column, error.message))
        elif error.kind == "organizations" and error.record_id in first_use:
            sheet, row, column = first_use[error.record_id]
            prepared.issues.append(RowIssue(prepared.file.name, sheet, row, column, error.message))
        else:
            prepared.issues.append(RowIssue(prepared.file.name, None, 0, error.field or "-", str(error)))

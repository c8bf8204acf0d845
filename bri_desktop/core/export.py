"""Write records to CSV, XLSX or JSON, stamped with the dataset version, filters and row count."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from bri_desktop.core.formatting import CellSpec, format_cell
from bri_desktop.core.i18n import translate
from bri_desktop.core.kind_texts import COUNTS, NAMES
from bri_desktop.core.safe_write import replacing

FORMATS = ("csv", "xlsx", "json")
# Columns that repeat what the export writes more readably, or that only serve the app.
_DROP = {"parties_text", "partners_text", "roles", "citations", "kind"}
# Columns holding a vocabulary code -> vocabulary group of its label.
_LABELLED = {"country": "countries", "location_country": "countries", "doc_type": "doc_types",
             "mode": "corridor_modes"}
_STATUS_GROUP = {"agreements": "agreement_statuses", "projects": "project_statuses",
                 "corridors": "project_statuses"}
_KIND_GROUP = {"organizations": "organization_kinds", "events": "event_kinds",
               "indicators": "indicator_kinds"}


Progress = Callable[[int], None]


class ExportCancelled(Exception):
    pass


class ExportMismatch(Exception):
    """The rows read do not match the count in the stamp."""


@dataclass(frozen=True)
class ExportStamp:
    dataset_version: str
    kind: str
    filters: str
    count: int
    order: str = ""  # "Date, newest first"
    columns: str = ""  # "as shown in the table: Title, Parties, ..."

    def lines(self) -> list[tuple[str, str]]:
        """The stamp's lines, label and value, in the interface language."""
        records = translate("kinds", COUNTS[self.kind], None, self.count) if self.kind in COUNTS \
            else translate("export", "{count} {kind}").format(count=self.count, kind=self.kind)
        lines = [(translate("export", "Dataset"),
                  translate("export", "BRI Desktop dataset {version}").format(version=self.dataset_version)),
                 (translate("export", "Records"), records),
                 (translate("export", "Filters"), self.filters)]
        if self.order:
            lines.append((translate("export", "Sorted by"), self.order))
        if self.columns:
            lines.append((translate("export", "Columns"), self.columns))
        lines.append((translate("export", "Source"),
                      translate("export", "BRI Desktop dataset; every record cites its source: an article's words, "
                                          "or the row of an imported file")))
        return lines


class ShownColumn(CellSpec, Protocol):
    """A column of the table (``db.kinds.Column``), exported as the user sees it there."""

    @property
    def label(self) -> str: ...


NUMERIC = {"usd", "int", "count", "km"}  # exported as numbers, with their qualifier beside them


def shown_row(kind: str, record: Mapping, columns: list[ShownColumn],
              vocab: Mapping[str, Mapping[str, str]], nested: bool = False) -> dict:
    """The table's columns of one record: numbers as numbers (and "over", "about" beside them),
    labels for codes, dates as ISO text; then its id and its sources with their quotes. Keys are
    the column labels, or the column keys in JSON (``nested``)."""
    out: dict = {}
    row = {**record, **record["shown"]}
    for column in columns:
        name = column.key if nested else column.label
        value = row[column.key]
        if column.fmt in NUMERIC or column.fmt == "date":
            out[name] = value
            if column.fmt in NUMERIC and column.qualifier:
                key = f"{column.key}_qualifier" if nested \
                    else translate("export", "{column} qualifier").format(column=column.label)
                out[key] = record.get(column.qualifier)
        else:
            out[name] = format_cell(column, row, vocab) if value is not None else None
    out["id" if nested else translate("export", "Id")] = record["id"]
    cites = record.get("citations") or []
    if nested:
        out["citations"] = [{k: c.get(k) for k in ("source", "title", "publisher", "published",
                                                    "quote")} for c in cites]
    else:
        out[translate("export", "Sources")] = "\n".join(citation_text(c) for c in cites)
    return out


def flatten(kind: str, record: Mapping, vocab: Mapping[str, Mapping[str, str]],
            nested: bool = False) -> dict:
    """A record as a reader wants it: labels beside codes, parties and citations spelled out."""
    out: dict = {}
    groups = dict(_LABELLED)
    if kind in _STATUS_GROUP:
        groups["status"] = _STATUS_GROUP[kind]
    if kind in _KIND_GROUP:
        groups["kind"] = _KIND_GROUP[kind]
    for key, value in record.items():
        if key in _DROP:
            continue
        if key in groups and value is not None:
            out[key] = vocab.get(groups[key], {}).get(value, value)
            out[f"{key}_code"] = value
        else:
            out[key] = value
    roles = record.get("roles") or []
    cites = record.get("citations") or []
    if kind in ("agreements", "projects"):
        label = "parties" if kind == "agreements" else "partners"
        out[label] = roles if nested else "; ".join(f"{r['name']} ({r['role']})" for r in roles)
    if nested:
        out["citations"] = [{k: c.get(k) for k in ("source", "title", "publisher", "published",
                                                    "quote")} for c in cites]
    else:
        out["citations"] = "\n".join(citation_text(c) for c in cites)
    return out


def citation_text(cite: Mapping) -> str:
    """'Publisher, "Title" (date): "quote"' — the form pasted into a briefing."""
    head = ", ".join(x for x in (cite.get("author"), cite.get("publisher")) if x)
    title = f'"{cite.get("title")}"'
    when = f" ({cite['published']})" if cite.get("published") else " (" + translate("export", "undated") + ")"
    return f'{head + ", " if head else ""}{title}{when}: "{cite.get("quote")}"'


def write_export(fmt: str, target: Path | IO[str], kind: str, records: Iterable[dict],
                 vocab: Mapping[str, Mapping[str, str]], stamp: ExportStamp,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, bare_json: bool = False,
                 columns: list[ShownColumn] | None = None,
                 fields: list[str] | None = None) -> int:
    """Write ``records`` in ``fmt``; return the number written. With ``columns``, each record
    is written as the table shows it (``shown_row``); else every field (``flatten``), the header
    made from ``fields`` (the kind's table columns), so that an empty result or a record with
    empty fields still writes every column. A file target is written whole or not at all, and
    where the user meant it (see ``safe_write``). ``stamp.count`` must be the number of records:
    a file whose stamp would disagree with its rows is not written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format '{fmt}' (use {', '.join(FORMATS)})")
    nested = fmt == "json"
    template = {f: "x" for f in fields or []}
    if columns is not None:
        header = list(shown_row(kind, {**template, "shown": {c.key: None for c in columns}},
                                columns, vocab, nested=nested))
    else:
        header = list(flatten(kind, template, vocab, nested=nested)) if fields else []

    def rows() -> Iterable[dict]:
        for i, record in enumerate(records, 1):
            if cancelled and cancelled():
                raise ExportCancelled
            if progress and i % 200 == 0:
                progress(i)
            if columns is not None:
                yield shown_row(kind, record, columns, vocab, nested=nested)
            else:
                yield flatten(kind, record, vocab, nested=nested)

    def checked(written: int) -> int:
        if stamp.count != written:
            raise ExportMismatch(translate("export", "{written} records were read but the stamp says {count}: the "
                                                     "dataset changed while exporting; try again")
                                 .format(written=written, count=stamp.count))
        return written

    if not isinstance(target, Path):
        if fmt == "xlsx":
            raise ValueError("XLSX is a binary format: give an output file")
        return _WRITERS[fmt](target, rows(), stamp, bare_json, header)
    with replacing(target) as tmp:
        if fmt == "xlsx":
            written = checked(_write_xlsx(tmp, rows(), stamp, header))
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as handle:
                written = checked(_WRITERS[fmt](handle, rows(), stamp, bare_json, header))
    if progress:
        progress(written)
    return written


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def stamp_text(value: str) -> str:
    """A stamp value on one line: line breaks and control characters shown as escapes."""
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: repr(m.group())[1:-1], value)


def stored_bytes(value: bytes) -> str:
    """Bytes where text or a number belongs (a foreign or damaged file), as the text they spell:
    an export writes them, a JSON or XLSX writer could not."""
    return value.decode("utf-8", "replace")


def spreadsheet_cell(value: object) -> object:
    """A value for a CSV or XLSX cell. Text a spreadsheet would run as a formula (it begins with
    = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises; lists and
    tables become JSON text; characters no spreadsheet may hold become U+FFFD."""
    if isinstance(value, bytes):
        value = stored_bytes(value)
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        if value.startswith(_FORMULA_START):
            value = "'" + value
        value = _CONTROL.sub("\ufffd", value)
    return value


def _write_csv(handle: IO[str], rows: Iterable[dict], stamp: ExportStamp, _bare: bool,
               header: list[str]) -> int:
    """Stamp lines start with '#', then the header row, then one line per record."""
    for label, value in stamp.lines():
        handle.write(f"# {label}: {stamp_text(value)}\n")
    writer = csv.writer(handle)
    count = 0
    for row in rows:
        if count == 0:
            header = header or list(row)
            writer.writerow([spreadsheet_cell(h) for h in header])
        writer.writerow([spreadsheet_cell(row.get(k)) for k in header])
        count += 1
    if count == 0 and header:
        writer.writerow([spreadsheet_cell(h) for h in header])
    return count


def _write_json(handle: IO[str], rows: Iterable[dict], stamp: ExportStamp, bare: bool,
                _header: list[str]) -> int:
    records = list(rows)
    if bare:
        json.dump(records, handle, ensure_ascii=False, indent=2, default=stored_bytes)
    else:
        payload = {"dataset_version": stamp.dataset_version, "kind": stamp.kind,
                   "filters": stamp.filters, "count": len(records), "records": records}
        json.dump(payload, handle, ensure_ascii=False, indent=2, default=stored_bytes)
    handle.write("\n")
    return len(records)


def _write_xlsx(path: Path | IO, rows: Iterable[dict], stamp: ExportStamp, header: list[str]) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    name = translate("kinds", NAMES[stamp.kind]) if stamp.kind in NAMES else stamp.kind.capitalize()
    sheet = book.create_sheet(name[:31])
    count = 0
    for row in rows:
        if count == 0:
            header = header or list(row)
            sheet.append([spreadsheet_cell(h) for h in header])
        sheet.append([spreadsheet_cell(row.get(k)) for k in header])
        count += 1
    if count == 0 and header:
        sheet.append([spreadsheet_cell(h) for h in header])
    about = book.create_sheet(translate("export", "About")[:31])
    for label, value in stamp.lines():
        about.append([label, spreadsheet_cell(stamp_text(value))])
    book.save(path)
    return count


_WRITERS: dict[str, Callable] = {"csv": _write_csv, "json": _write_json}


def to_tsv(headers: list[str], rows: Iterable[Iterable[object]]) -> str:
    """Tab-separated text with a header line; tabs and line breaks inside cells become spaces,
    so the text pastes into Excel one record per row."""

    def clean(value: object) -> str:
        return " ".join(str("" if value is None else value).split())

    lines = ["\t".join(clean(h) for h in headers)]
    lines += ["\t".join(clean(v) for v in row) for row in rows]
    return "\n".join(lines) + "\n"

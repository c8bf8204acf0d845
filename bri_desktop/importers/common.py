"""What every importer shares: the dataset the rows join, the records they become, and the
problems found in them, each named by file, row and column.

An import turns each kept row of a file into a project record of the curated records' shape
(validated by the same rules), citing the collection's source: a text file whose lines are the
imported rows, so the citation's quote is the row as the file gave it.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bri_desktop.core.article import normalise_text
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, number, translate
from bri_desktop.importers.values import text_of

IMPORTER_VERSION = "1"
# Format -> its name in English (translate("common", FORMATS[fmt]) where it is shown)
FORMATS = {"cgit": QT_TRANSLATE_NOOP("common", "China Global Investment Tracker (AEI)"),
           "aiddata": QT_TRANSLATE_NOOP("common", "AidData Global Chinese Development Finance"),
           "table": QT_TRANSLATE_NOOP("common", "Table")}
MAX_SUMMARY = 15_000


@dataclass(frozen=True)
class RowIssue:
    """A problem in one cell (or row) of the file, as ``file:row:column: reason``."""

    file: str
    sheet: str | None
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}[{self.sheet}]" if self.sheet else self.file
        return f"{where}:{self.row}:{self.column}: {self.reason}"


@dataclass
class RowRecord:
    """One data row and the project record made from it."""

    sheet: str | None
    row: int
    project: dict
    original: str  # JSON of {header: the cell's text}, for the details pane
    quote: str  # the row as one line: the citation's quote and a line of the rows file
    columns: dict[str, str]  # record field -> the file's column it came from


@dataclass
class Base:
    """What an import needs of the dataset it joins: vocabularies (in the records' form),
    organizations by every name and alias, and the ids already taken."""

    vocabulary: dict
    org_by_name: dict[str, str]
    ids: dict[str, set[str]]

    @classmethod
    def read(cls, conn: sqlite3.Connection) -> Base:
        vocab: dict = {}
        sectors: dict[str, list[str]] = {}
        for group, code in conn.execute('SELECT "group", code FROM vocabulary ORDER BY "group", position'):
            if group == "sectors":
                sectors.setdefault(code, [])
            elif group.startswith("subsectors:"):
                sectors.setdefault(group.split(":", 1)[1], []).append(code)
            else:
                vocab.setdefault(group, {})[code] = code
        vocab["sectors"] = sectors
        names: dict[str, str] = {}
        for org_id, name, full in conn.execute(
                "SELECT id, name, full_name FROM organizations WHERE collection = 'curated' ORDER BY seq"):
            for text in (name, full):
                if text:
                    names.setdefault(normalise_text(text), org_id)
        for org_id, alias in conn.execute(
                "SELECT a.org_id, a.alias FROM org_aliases a JOIN organizations o ON o.id = a.org_id "
                "WHERE o.collection = 'curated'"):
            names.setdefault(normalise_text(alias), org_id)
        ids = {"organizations": {r[0] for r in conn.execute("SELECT id FROM organizations")},
               "projects": {r[0] for r in conn.execute("SELECT id FROM projects")},
               "sources": {r[0] for r in conn.execute("SELECT id FROM sources")}}
        return cls(vocab, names, ids)


@dataclass
class Prepared:
    """A file read and turned into records, not yet stored: what the user confirms."""

    format: str
    collection_id: str
    name: str
    file: Path
    sha256: str
    basis: str
    records: list[RowRecord] = field(default_factory=list)
    organizations: list[dict] = field(default_factory=list)  # new ones, not in the dataset
    issues: list[RowIssue] = field(default_factory=list)
    left_out: Counter = field(default_factory=Counter)  # reason -> rows
    notes: list[str] = field(default_factory=list)  # how the file was read
    sheets: list[str] = field(default_factory=list)
    rows_read: int = 0

    @property
    def bad_rows(self) -> set[tuple[str | None, int]]:
        return {(i.sheet, i.row) for i in self.issues}

    def valid_records(self) -> list[RowRecord]:
        bad = self.bad_rows
        return [r for r in self.records if (r.sheet, r.row) not in bad]

    @property
    def not_summed(self) -> int:
        return sum(1 for r in self.valid_records() if r.project.get("in_totals") is False)

    def summary_lines(self) -> list[str]:
        """What the import will do, for the dialog and the command line."""
        # the counts as names: lupdate finds a plural's count only as a name
        valid, read_rows, not_summed = len(self.valid_records()), self.rows_read, self.not_summed
        bad = len(self.bad_rows)
        sheets = [s for s in self.sheets if s != self.file.name]  # a CSV is its own one sheet
        if sheets:
            read = translate("Prepared", "%n row(s) of data read from {file} (sheets: {sheets}).", None,
                             read_rows).format(file=self.file.name, sheets=", ".join(sheets))
        else:
            read = translate("Prepared", "%n row(s) of data read from {file}.", None, read_rows).format(
                file=self.file.name)
        if valid == 1:
            become = translate("Prepared", "1 row becomes a record of the collection '{name}'.")
        else:
            become = translate("Prepared", "%n rows become records of the collection '{name}'.", None, valid)
        lines = [read, become.format(name=self.name)]
        if not_summed:
            lines.append(translate("Prepared", "%n of them are listed and counted but never summed (each "
                                   "record's details say why).", None, not_summed))
        lines += left_out_lines(self)
        if self.issues:
            lines.append(translate("Prepared", "%n row(s) with problems ({issues} in all): not imported unless "
                                   "you choose to import the valid rows.", None, bad).format(
                issues=number(len(self.issues), 0)))
        lines += self.notes
        return lines


def left_out_lines(prepared: Prepared) -> list[str]:
    """ "2,000 rows left out: the country is outside ...", most rows first."""
    return [translate("common", "%n row(s) left out: {reason}.", None, count).format(reason=reason)
            for reason, count in prepared.left_out.most_common()]


def source_record(prepared: Prepared) -> dict:
    return {"id": f"{prepared.collection_id}-file", "title": f"{prepared.name}: {prepared.file.name}",
            "publisher": {"cgit": "AEI, China Global Investment Tracker",
                          "aiddata": "AidData, Global Chinese Development Finance"}.get(prepared.format),
            "file": "rows.txt", "imported": True}


def slug(text: str) -> str:
    """Lower-case words joined by hyphens (a record id's form)."""
    words = re.findall(r"[a-z0-9]+", normalise_text(text).encode("ascii", "ignore").decode())
    return "-".join(words)[:40].strip("-") or "import"


class Builder:
    """Collects the records of one import: new organizations once each, problems per cell."""

    def __init__(self, prepared: Prepared, base: Base):
        self.p = prepared
        self.base = base
        self._new_orgs: dict[str, str] = {}
        self.source_id = f"{prepared.collection_id}-file"

    def issue(self, sheet: str | None, row: int, column: str, reason: str) -> None:
        self.p.issues.append(RowIssue(self.p.file.name, sheet, row, column, reason))

    def org(self, name: str, quote: str) -> str:
        """The id of the organization named ``name``: the dataset's, matched by its exact name or
        an alias (case and spacing aside), or a new one of this collection."""
        key = normalise_text(name)
        found = self.base.org_by_name.get(key) or self._new_orgs.get(key)
        if found:
            return found
        org_id = f"{self.p.collection_id}-org-{len(self._new_orgs) + 1}"
        self._new_orgs[key] = org_id
        self.p.organizations.append({
            "id": org_id, "name": name[:1000], "country": "XX", "country_source": "none",
            "kind": "not_stated", "citations": [{"source": self.source_id, "quote": quote}],
        })
        return org_id

    def add(self, sheet: str | None, row: int, project: dict, original: str, quote: str,
            columns: dict[str, str]) -> None:
        project["citations"] = [{"source": self.source_id, "quote": quote}]
        summary = project.get("summary", "")
        if len(summary) > MAX_SUMMARY:
            project["summary"] = (summary[:MAX_SUMMARY - 60].rstrip()
                                  + " … (shortened: the whole row is in its provenance)")
        self.p.records.append(RowRecord(sheet, row, project, original, quote, columns))


def row_quote(label: str, row: int, values: dict[str, str]) -> str:
    """The row as one line of the rows file: "Dataset 1 row 57: Year: 2013; Investor: CNPC"."""
    cells = "; ".join(f"{k}: {v}" for k, v in values.items() if v)
    # one line of the rows file, whatever line breaks a file name, a header or a cell holds
    return " ".join(f"{label} row {row}: {cells}".split())[:19_000]


def original_of(frame_row: dict) -> str:
    """A row's cells as text under their headers (empty cells left out), as JSON: stored and
    shown as it is, never taken apart again."""
    import json

    return json.dumps({str(k): text for k, v in frame_row.items()
                       if v is not None and v != "" and (text := text_of(v))}, ensure_ascii=False)


SECTORS = {
    # the datasets' sector names (case aside) -> the vocabulary's sector
    "energy": "Energy", "chemicals": "Chemicals", "metals": "Metals", "transport": "Transport",
    "logistics": "Logistics", "real estate": "Real estate", "agriculture": "Agriculture",
    "finance": "Finance", "health": "Health", "technology": "Technology", "tourism": "Tourism",
    "education": "Education", "trade": "Trade", "other": "Other",
    # AidData's sector names (OECD CRS groups)
    "transport and storage": "Transport", "communications": "Technology",
    "banking and financial services": "Finance", "agriculture, forestry, fishing": "Agriculture",
    "trade policies and regulations": "Trade",
}


def sector_of(value: object) -> tuple[str, bool]:
    """The vocabulary's sector for a dataset's sector name, and whether it matched one (else
    "Other", the dataset's own name kept in the summary)."""
    name = text_of(value).casefold()
    if name in SECTORS:
        return SECTORS[name], True
    return "Other", False


def subsector_of(sector: str, value: object, base: Base) -> str | None:
    name = text_of(value).casefold()
    return next((s for s in base.vocabulary["sectors"].get(sector, []) if s.casefold() == name), None)

"""Any table (CSV or XLSX): its columns mapped to the fields of a project record by the user.

A mapping names, for each field, the column that holds it, and the unit of the amounts. It is
saved under the file's shape (its column names), so the next file of that shape is mapped the
same way without asking again.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, number, translate
from bri_desktop.importers.common import Builder, Prepared, original_of, row_quote, sector_of
from bri_desktop.importers.read import ImportFileError, Table, norm_header
from bri_desktop.importers.values import (
    ValueProblem,
    amount_style,
    country_code,
    parse_amount,
    parse_year,
    split_names,
    text_of,
)

# Field -> its name in English (field_label: in the interface language)
FIELDS = {"title": QT_TRANSLATE_NOOP("table", "Title"), "country": QT_TRANSLATE_NOOP("table", "Country"),
          "sector": QT_TRANSLATE_NOOP("table", "Sector"), "year": QT_TRANSLATE_NOOP("table", "Year or date"),
          "amount": QT_TRANSLATE_NOOP("table", "Amount"), "partner": QT_TRANSLATE_NOOP("table", "Partner"),
          "notes": QT_TRANSLATE_NOOP("table", "Notes")}
REQUIRED = ("title", "country")
UNITS = {"USD": 1.0, "USD m": 1e6, "USD bn": 1e9}
# Column names that usually hold a field: the first guess of a mapping.
GUESSES = {
    "title": ("title", "name", "project", "project name", "project title", "deal"),
    "country": ("country", "recipient", "recipient country", "host country", "host"),
    "sector": ("sector", "sector name", "industry"),
    "year": ("year", "commitment year", "date", "signed", "year signed"),
    "amount": ("amount", "value", "amount (usd)", "value (usd)", "investment", "quantity in millions",
               "usd", "amount usd"),
    "partner": ("partner", "investor", "company", "funder", "funding agencies", "lender", "contractor"),
    "notes": ("notes", "note", "description", "comment", "comments", "summary"),
}
OUTSIDE = QT_TRANSLATE_NOOP("table", "the country is outside the five Central Asian countries BRI Desktop covers")
# "choose the column that holds the title": one sentence for each required field
CHOOSE = {"title": QT_TRANSLATE_NOOP("table", "choose the column that holds the title"),
          "country": QT_TRANSLATE_NOOP("table", "choose the column that holds the country")}


def field_label(name: str) -> str:
    """"Title", "Year or date"...: a field's name in the interface language."""
    return translate("table", FIELDS.get(name, name))


@dataclass
class Mapping:
    columns: dict[str, str] = field(default_factory=dict)  # field -> column name
    unit: str = "USD"

    def problems(self, headers: list[str]) -> list[str]:
        found = [translate("table", CHOOSE[f]) for f in REQUIRED if not self.columns.get(f)]
        found += [translate("Mapping", "{field}: there is no column '{column}' in this file").format(
            field=field_label(f), column=c) for f, c in self.columns.items() if c and c not in headers]
        if self.unit not in UNITS:
            found.append(translate("Mapping", "unknown unit '{unit}' (use {units})").format(
                unit=self.unit, units=", ".join(UNITS)))
        return found

    def to_json(self) -> dict:
        return {"columns": {k: v for k, v in self.columns.items() if v}, "unit": self.unit}

    @classmethod
    def from_json(cls, data: object) -> Mapping:
        if not isinstance(data, dict):
            return cls()
        columns = data.get("columns")
        columns = {k: v for k, v in columns.items() if k in FIELDS and isinstance(v, str)} \
            if isinstance(columns, dict) else {}
        unit = data.get("unit") if data.get("unit") in UNITS else "USD"
        return cls(columns, str(unit))


def guess(headers: list[str]) -> Mapping:
    by_name = {norm_header(h): h for h in headers}
    columns: dict[str, str] = {}
    for name, options in GUESSES.items():
        hit = next((by_name[o] for o in options if o in by_name), None)
        if hit and hit not in columns.values():
            columns[name] = hit
    unit = "USD m" if norm_header(columns.get("amount", "")) == "quantity in millions" else "USD"
    return Mapping(columns, unit)


def shape_key(headers: list[str]) -> str:
    """The same for every file with these column names (in order, case and spacing aside)."""
    return hashlib.sha256("\x1f".join(norm_header(h) for h in headers).encode()).hexdigest()[:16]


def load_mapping(file: Path, headers: list[str]) -> Mapping | None:
    """The mapping saved for files of this shape, or None; a damaged file counts as none."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    entry = data.get(shape_key(headers)) if isinstance(data, dict) else None
    return Mapping.from_json(entry) if entry is not None else None


def save_mapping(file: Path, headers: list[str], mapping: Mapping) -> None:
    from bri_desktop.core.safe_write import replacing

    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        data = data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        data = {}
    data[shape_key(headers)] = mapping.to_json()
    file.parent.mkdir(parents=True, exist_ok=True)
    with replacing(file) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def read(table: Table, mapping: Mapping, prepared: Prepared, builder: Builder) -> None:
    wrong = mapping.problems(table.headers)
    if wrong:
        raise ImportFileError(translate("table", "The column mapping is not complete: {problems}.").format(
            problems="; ".join(wrong)))
    cols = mapping.columns
    label = table.sheet or table.file.name
    prepared.sheets.append(label)
    prepared.rows_read += len(table.frame)
    prepared.basis = translate("table", "US dollars, from the column {column} ({unit})").format(
        column=cols["amount"], unit=mapping.unit) if cols.get("amount") else translate("table", "no amount column")
    if totals := len(table.totals):  # lupdate finds a count only as a name
        prepared.notes.append(translate("table", "Total %n row(s) left out.", None, totals))
    style = amount_style(table.frame[cols["amount"]]) if cols.get("amount") else "dot-decimal"
    outside: Counter = Counter()
    outside_reason = translate("table", OUTSIDE)
    no_country = translate("table", "is empty: a record needs a country")
    used = [h for h in table.headers if h in cols.values()]
    index = list(table.frame.columns)
    for row_no, values in zip(table.frame.index, table.frame.itertuples(index=False, name=None), strict=True):
        cells = dict(zip(index, values, strict=True))
        country = text_of(cells.get(cols["country"]))
        code = country_code(country)
        if code is None:
            if country:
                outside[country] += 1
                prepared.left_out[outside_reason] += 1
            else:
                builder.issue(table.sheet, row_no, cols["country"], no_country)
            continue
        _row(builder, prepared, table, label, row_no, cells, mapping, style, code, used)
    if outside:
        prepared.notes.append(translate("table", "Countries left out, most rows first: {countries}.").format(
            countries=", ".join(f"{n} {number(c, 0)}" for n, c in outside.most_common(5))))


def _row(builder: Builder, prepared: Prepared, table: Table, label: str, row_no: int, cells: dict,
         mapping: Mapping, style: str, code: str, used: list[str]) -> None:
    cols = mapping.columns

    def cell(name: str) -> str:
        return text_of(cells.get(cols[name])) if cols.get(name) else ""

    quote = row_quote(label, row_no, {h: text_of(cells.get(h)) for h in used})
    title = cell("title")
    problems = False
    if not title:
        builder.issue(table.sheet, row_no, cols["title"], translate("table", "is empty: a record needs a title"))
        problems = True
    amount = year = None
    if cols.get("amount"):
        try:
            amount = parse_amount(cells.get(cols["amount"]), style, UNITS[mapping.unit])
        except ValueProblem as exc:
            builder.issue(table.sheet, row_no, cols["amount"], str(exc))
            problems = True
    if cols.get("year"):
        try:
            year = parse_year(cells.get(cols["year"]))
        except ValueProblem as exc:
            builder.issue(table.sheet, row_no, cols["year"], str(exc))
            problems = True
    if problems:
        return
    sector, matched = sector_of(cell("sector"))
    facts = [f"Row {row_no} of {label}"]
    if cell("sector") and not matched:
        facts.append(f"sector {cell('sector')}")
    if cell("partner"):
        facts.append(f"partner {cell('partner')}")
    summary = "; ".join(facts) + "." + (f" {cell('notes')}" if cell("notes") else "")
    project: dict = {
        "id": f"{prepared.collection_id}-s1-{row_no}", "name": title[:1000], "country": code,
        "sector": sector, "status": "reported", "summary": summary, "flow": "table",
    }
    if amount:
        project["investment_usd"] = amount * UNITS[mapping.unit]
        project["investment_note"] = f"{cell('amount')} in the column {cols['amount']} ({mapping.unit})"
    if year:
        project["start_year"] = year
        project["date_note"] = f"The year of '{cell('year')}' in the column {cols['year']}."
    partners = [{"org": builder.org(n, quote), "role": "partner"}
                for n in dict.fromkeys(split_names(cell("partner"), ";"))]
    if partners:
        project["partners"] = partners
    fields = {"name": cols["title"], "country": cols["country"], "sector": cols.get("sector", ""),
              "investment_usd": cols.get("amount", ""), "start_year": cols.get("year", ""),
              "partners": cols.get("partner", ""), "summary": cols.get("notes", "")}
    builder.add(table.sheet, row_no, project, original_of(cells), quote, fields)

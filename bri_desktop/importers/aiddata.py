"""AidData's Global Chinese Development Finance dataset (GCDF 2.0 and 3.0, project level, CSV
or XLSX; about 70 to 130 columns).

Only rows whose recipient is one of the five Central Asian countries are imported; the rest are
counted. A row marked "Recommended For Aggregates: No" (an umbrella agreement, a pledge, a
cancelled deal) is listed and counted, never summed. "Source URLs", separated by ``|``, become
the record's own sources. Amounts are whole US dollars, from the constant-dollar column.
"""

from __future__ import annotations

import re
from collections import Counter

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, number, translate
from bri_desktop.importers.common import Builder, Prepared, original_of, row_quote, sector_of
from bri_desktop.importers.read import ImportFileError, Workbook, norm_header, table_of
from bri_desktop.importers.values import (
    ValueProblem,
    amount_style,
    country_code,
    parse_amount,
    parse_year,
    split_names,
    text_of,
)

HEADERS = {"aiddata record id", "aiddata tuff project id", "aiddata project id", "title",
           "recipient", "commitment year", "status", "flow type", "sector name",
           "recommended for aggregates", "source urls", "funding agencies", "description"}
STATUS = {"completion": "completed", "implementation": "under_construction",
          "pipeline: commitment": "planned", "pipeline: pledge": "proposed",
          "cancelled": "cancelled", "suspended": "suspended"}
OUTSIDE = QT_TRANSLATE_NOOP("aiddata", "the recipient is outside the five Central Asian countries BRI Desktop "
                                       "covers")
NOT_SUMMED = ("AidData does not recommend this row for aggregates (an umbrella agreement, a "
              "pledge, or a deal counted in another row): listed, never summed")


def looks_like(headers: list[str]) -> bool:
    names = {norm_header(h) for h in headers}
    return "recommended for aggregates" in names or any(n.startswith("aiddata") for n in names)


def amount_column(headers: list[str]) -> str | None:
    """The constant-dollar amount AidData asks users to compare with, else the nominal one."""
    for pattern in (r"amount \(constant usd ?\d{4}\)", r"amount \(constant usd\)",
                    r"amount \(nominal usd\)", r"adjusted amount \(constant usd ?\d{4}\)"):
        found = next((h for h in headers if re.fullmatch(pattern, norm_header(h))), None)
        if found:
            return found
    return None


def read(book: Workbook, prepared: Prepared, builder: Builder, sheet: str | None = None,
         header_row: int | None = None) -> None:
    name = sheet if sheet is not None else _data_sheet(book)
    table = table_of(book, name, header_row, HEADERS)
    columns = {norm_header(h): h for h in table.headers}
    if "recipient" not in columns or "title" not in columns:
        raise ImportFileError(translate("aiddata", "{file} does not have AidData's columns Title and Recipient: "
                                        "import it as a table instead").format(file=book.file.name))
    amount_col = amount_column(table.headers)
    prepared.basis = translate("aiddata", "US dollars, from AidData's column {column}").format(column=amount_col) \
        if amount_col else translate("aiddata", "no amount column")
    if amount_col is None:
        prepared.notes.append(translate("aiddata", "No amount column (Amount (Constant USD …)) found: records carry "
                                        "no value."))
    label = name or book.file.name
    prepared.sheets.append(label)
    prepared.rows_read += len(table.frame)
    if totals := len(table.totals):  # lupdate finds a count only as a name
        prepared.notes.append(translate("aiddata", "Total %n row(s) left out.", None, totals))
    style = amount_style(table.frame[amount_col]) if amount_col else "dot-decimal"
    outside: Counter = Counter()
    outside_reason = translate("aiddata", OUTSIDE)
    no_recipient = translate("aiddata", "is empty: a project needs a recipient")
    index = list(table.frame.columns)
    used_headers = [h for h in table.headers if norm_header(h) in HEADERS or h == amount_col
                    or norm_header(h) in ("implementing agencies", "recipient iso-3")]
    for row_no, values in zip(table.frame.index, table.frame.itertuples(index=False, name=None), strict=True):
        cells = dict(zip(index, values, strict=True))
        recipient = text_of(cells.get(columns["recipient"]))
        code = country_code(recipient) or country_code(cells.get(columns.get("recipient iso-3", "")))
        if code is None:
            if not recipient:
                builder.issue(name, row_no, columns["recipient"], no_recipient)
                continue
            outside[recipient] += 1
            prepared.left_out[outside_reason] += 1
            continue
        _row(builder, prepared, name, label, row_no, cells, columns, amount_col, style, code, used_headers)
    if outside:
        prepared.notes.append(translate("aiddata", "Recipients left out, most rows first: {recipients}.").format(
            recipients=", ".join(f"{n} {number(c, 0)}" for n, c in outside.most_common(5))))


def _data_sheet(book: Workbook) -> str | None:
    """The sheet holding the projects: the first with AidData's columns."""
    from bri_desktop.importers.read import find_header

    for sheet in book.sheets:
        try:
            row = sheet.rows[find_header(sheet.rows, HEADERS)]
        except (ImportFileError, IndexError):
            continue
        if looks_like([str(c) for c in row if c is not None]):
            return sheet.name
    return book.sheets[0].name


def _row(builder: Builder, prepared: Prepared, sheet: str | None, label: str, row_no: int,
         cells: dict, columns: dict[str, str], amount_col: str | None, style: str, code: str,
         used_headers: list[str]) -> None:
    def cell(key: str) -> str:
        name = columns.get(key)
        return text_of(cells.get(name)) if name else ""

    quote = row_quote(label, row_no, {h: text_of(cells.get(h)) for h in used_headers})
    title = cell("title")
    problems = False
    if not title:
        builder.issue(sheet, row_no, columns["title"], translate("aiddata", "is empty: a project needs a title"))
        problems = True
    amount = year = None
    if amount_col:
        try:
            amount = parse_amount(cells.get(amount_col), style)
        except ValueProblem as exc:
            builder.issue(sheet, row_no, amount_col, str(exc))
            problems = True
    if "commitment year" in columns:
        try:
            year = parse_year(cells.get(columns["commitment year"]))
        except ValueProblem as exc:
            builder.issue(sheet, row_no, columns["commitment year"], str(exc))
            problems = True
    if problems:
        return
    sector_text = cell("sector name")
    sector, _matched = sector_of(sector_text)
    aggregates = cell("recommended for aggregates").casefold()
    record_id = cell("aiddata record id") or cell("aiddata tuff project id") or cell("aiddata project id")
    facts = ["AidData GCDF" + (f" record {record_id}" if record_id else "")]
    for key, title_ in (("flow type", "flow type"), ("status", "status"), ("sector name", "sector"),
                        ("funding agencies", "funded by"), ("implementing agencies", "implemented by")):
        if cell(key):
            facts.append(f"{title_} {'; '.join(split_names(cell(key)))}")
    if year:
        facts.append(f"committed {year}")
    if aggregates == "no":
        facts.append("not recommended for aggregates")
    summary = "; ".join(facts) + "."
    if cell("description"):
        summary += " " + cell("description")
    project: dict = {
        "id": f"{prepared.collection_id}-s1-{row_no}",
        "name": title[:1000],
        "country": code,
        "sector": sector,
        "status": STATUS.get(cell("status").casefold(), "reported"),
        "summary": summary,
        "flow": "official_finance",
        "in_totals": aggregates != "no",
    }
    partners = [{"org": builder.org(n, quote), "role": "financier"}
                for n in split_names(cell("funding agencies"))]
    partners += [{"org": builder.org(n, quote), "role": "contractor"}
                 for n in split_names(cell("implementing agencies"))]
    pairs = dict.fromkeys((p["org"], p["role"]) for p in partners)  # each once, in order
    partners = [{"org": org, "role": role} for org, role in pairs]
    if partners:
        project["partners"] = partners
    urls = split_names(cell("source urls"))
    if urls:
        project["source_urls"] = [u[:1000] for u in urls]
    if amount:
        project["investment_usd"] = amount
        project["investment_note"] = f"{cell_text(cells, amount_col)} US dollars in AidData's column {amount_col}"
    if aggregates == "no":
        project["investment_note"] = (project.get("investment_note", "No amount") + ". " + NOT_SUMMED)
    if year:
        project["start_year"] = year
        project["date_note"] = "The year of the commitment, as AidData gives it."
    fields = {"name": columns["title"], "country": columns["recipient"],
              "investment_usd": amount_col or "", "start_year": columns.get("commitment year", ""),
              "sector": columns.get("sector name", ""), "partners": columns.get("funding agencies", ""),
              "source_urls": columns.get("source urls", ""), "summary": columns.get("description", "")}
    builder.add(sheet, row_no, project, original_of(cells), quote, fields)


def cell_text(cells: dict, column: str | None) -> str:
    return text_of(cells.get(column)) if column else ""

"""AEI's China Global Investment Tracker: the workbook (every release since 2020) or a CSV
export of one of its sheets.

Sheets: "Dataset 1" investments, "Dataset 2" construction contracts, "Dataset 1+2" both, and
"Dataset 3" troubled transactions. Investments and construction are imported, each row marked
with its flow; "Dataset 1+2" only when neither of its parts is in the file (both would count each
deal twice); troubled transactions are kept, marked never to be summed. Amounts are USD millions.
"""

from __future__ import annotations

import re
from collections import Counter

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.core.i18n import number as local_number
from bri_desktop.importers.common import (
    Builder,
    Prepared,
    original_of,
    row_quote,
    sector_of,
    subsector_of,
)
from bri_desktop.importers.read import ImportFileError, Workbook, norm_header, table_of
from bri_desktop.importers.values import (
    ValueProblem,
    amount_style,
    country_code,
    parse_amount,
    parse_share,
    parse_year,
    text_of,
)

ENTITY = {"investor": "investment", "contractor": "construction", "chinese entity": "troubled"}
HEADERS = {"year", "month", "investor", "contractor", "chinese entity", "quantity in millions",
           "share size", "transaction party", "sector", "subsector", "country", "region", "bri",
           "greenfield"}
ROLE = {"investment": "investor", "construction": "contractor", "troubled": "investor",
        "investment_or_construction": "investor"}
WHAT = {"investment": "investment", "construction": "construction contract",
        "troubled": "troubled transaction", "investment_or_construction": "investment or construction contract"}
OUTSIDE = QT_TRANSLATE_NOOP("cgit", "the country is outside the five Central Asian countries BRI Desktop covers")
# The problem of a row without its Chinese party, by the row's flow
NO_PARTY = {"investment": QT_TRANSLATE_NOOP("cgit", "is empty: a investment needs its Chinese party"),
            "construction": QT_TRANSLATE_NOOP("cgit", "is empty: a construction contract needs its Chinese party"),
            "troubled": QT_TRANSLATE_NOOP("cgit", "is empty: a troubled transaction needs its Chinese party"),
            "investment_or_construction": QT_TRANSLATE_NOOP(
                "cgit", "is empty: a investment or construction contract needs its Chinese party")}


def looks_like(headers: list[str]) -> bool:
    names = {norm_header(h) for h in headers}
    return "quantity in millions" in names and bool(names & set(ENTITY)) and "country" in names


def sheet_flow(name: str | None) -> str | None:
    """What a sheet holds, by its name in the workbook."""
    text = norm_header(name)
    if re.search(r"1\s*(\+|and|&)\s*2", text):
        return "investment_or_construction"
    for number, flow in (("1", "investment"), ("2", "construction"), ("3", "troubled")):
        if re.search(rf"dataset\s*{number}\b", text):
            return flow
    return None


def plan(book: Workbook, sheet: str | None, notes: list[str]) -> list[tuple[str | None, str | None]]:
    """The sheets to import and what each holds, never the combined one beside its parts."""
    if sheet is not None:
        return [(sheet, sheet_flow(sheet))]
    by_flow = [(s.name, sheet_flow(s.name)) for s in book.sheets]
    chosen: list[tuple[str | None, str | None]] = [(name, flow) for name, flow in by_flow if flow]
    if not chosen:
        return [(book.sheets[0].name, None)]
    flows = {flow for _n, flow in chosen}
    if "investment_or_construction" in flows and flows & {"investment", "construction"}:
        both = [n for n, f in chosen if f == "investment_or_construction"]
        chosen = [(n, f) for n, f in chosen if f != "investment_or_construction"]
        notes.append(translate("cgit", "Sheet {sheets} left out: it repeats Dataset 1 and Dataset 2, which are "
                               "imported (both would count each deal twice).").format(
            sheets=", ".join(repr(n) for n in both)))
    return chosen


def read(book: Workbook, prepared: Prepared, builder: Builder, sheet: str | None = None,
         header_row: int | None = None) -> None:
    outside: Counter = Counter()
    outside_reason, no_country = translate("cgit", OUTSIDE), translate("cgit", "is empty: a deal needs a country")
    for position, (name, flow_by_name) in enumerate(plan(book, sheet, prepared.notes), 1):
        table = table_of(book, name, header_row, HEADERS)
        if not looks_like(table.headers):
            if name:
                raise ImportFileError(translate(
                    "cgit", "{file}, sheet '{sheet}' does not have CGIT's columns (Investor or Contractor, Quantity "
                    "in Millions, Country): import it as a table instead").format(file=book.file.name, sheet=name))
            raise ImportFileError(translate(
                "cgit", "{file} does not have CGIT's columns (Investor or Contractor, Quantity in Millions, "
                "Country): import it as a table instead").format(file=book.file.name))
        columns = {norm_header(h): h for h in table.headers}
        entity = next(columns[k] for k in ENTITY if k in columns)
        flow = flow_by_name or ENTITY[norm_header(entity)]
        label = name or book.file.name
        prepared.sheets.append(label)
        prepared.rows_read += len(table.frame)
        if totals := len(table.totals):  # lupdate finds a count only as a name
            prepared.notes.append(translate("cgit", "{sheet}: total %n row(s) left out (row {rows}).", None,
                                            totals).format(sheet=label, rows=", ".join(map(str, table.totals[:5]))))
        if hidden := table.hidden:
            prepared.notes.append(translate("cgit", "{sheet}: %n row(s) hidden by a saved filter, imported like the "
                                            "others.", None, hidden).format(sheet=label))
        amount_col = columns["quantity in millions"]
        style = amount_style(table.frame[amount_col])
        if style == "dot-thousands":
            prepared.notes.append(translate("cgit", "{sheet}: amounts such as '1.740' read as 1,740 (the dot "
                                            "separates thousands in every amount of this file).").format(sheet=label))
        index = list(table.frame.columns)
        for row_no, values in zip(table.frame.index, table.frame.itertuples(index=False, name=None),
                                  strict=True):
            cells = dict(zip(index, values, strict=True))
            code = country_code(cells.get(columns["country"]))
            if code is None:
                text = text_of(cells.get(columns["country"]))
                if not text:
                    builder.issue(name, row_no, columns["country"], no_country)
                    continue
                outside[text] += 1
                prepared.left_out[outside_reason] += 1
                continue
            _row(builder, prepared, name, label, position, row_no, cells, columns, entity, flow, style, code)
    if outside:
        common = ", ".join(f"{n} {local_number(c, 0)}" for n, c in outside.most_common(5))
        prepared.notes.append(translate("cgit", "Countries left out, most rows first: {countries}.").format(
            countries=common))


def _row(builder: Builder, prepared: Prepared, sheet: str | None, label: str, position: int,
         row_no: int, cells: dict, columns: dict[str, str], entity: str, flow: str, style: str,
         code: str) -> None:
    def col(key: str) -> str | None:
        return columns.get(key)

    def cell(key: str) -> str:
        name = col(key)
        return text_of(cells.get(name)) if name else ""

    used = {h: text_of(cells.get(h)) for h in columns.values()}
    quote = row_quote(label, row_no, used)
    problems = False
    amount = year = share = None
    try:
        amount = parse_amount(cells.get(columns["quantity in millions"]), style, 1e6)
    except ValueProblem as exc:
        builder.issue(sheet, row_no, columns["quantity in millions"], str(exc))
        problems = True
    if col("year"):
        try:
            year = parse_year(cells.get(col("year")))
        except ValueProblem as exc:
            builder.issue(sheet, row_no, str(col("year")), str(exc))
            problems = True
    if col("share size"):
        try:
            share = parse_share(cells.get(col("share size")))
        except ValueProblem as exc:
            builder.issue(sheet, row_no, str(col("share size")), str(exc))
            problems = True
    investor = text_of(cells.get(entity))
    if not investor:
        builder.issue(sheet, row_no, entity, translate("cgit", NO_PARTY[flow]))
        problems = True
    if problems:
        return
    sector_text, sub_text = cell("sector"), cell("subsector")
    sector, matched = sector_of(sector_text)
    party = cell("transaction party")
    month = cell("month")
    name = f"{investor} – {party}" if party else f"{investor} – {sub_text or sector_text or sector}"
    usd = amount * 1_000_000 if amount is not None else None
    facts = [f"CGIT {label} ({WHAT[flow]})"]
    if usd is not None:
        facts.append(f"{investor}, USD {amount:,.10g} million" + (f" for a {share:g}% share" if share else ""))
    else:
        facts.append(investor)
    if party:
        facts.append(f"transaction party {party}")
    facts.append(f"sector {sector_text or 'not stated'}" + (f", subsector {sub_text}" if sub_text else ""))
    for key, title in (("region", "region"), ("bri", "BRI"), ("greenfield", "greenfield")):
        if cell(key):
            facts.append(f"{title} {cell(key)}")
    when = " ".join(x for x in (month, str(year) if year else "") if x)
    if when:
        facts.append(when)
    project: dict = {
        "id": f"{prepared.collection_id}-s{position}-{row_no}",
        "name": name[:1000],
        "country": code,
        "sector": sector,
        "status": "reported",
        "summary": "; ".join(facts) + ".",
        "flow": flow,
        "in_totals": flow != "troubled",
        "partners": [{"org": builder.org(investor, quote), "role": ROLE[flow]}],
    }
    subsector = subsector_of(sector, sub_text, builder.base) if matched else None
    if subsector:
        project["subsector"] = subsector
    if usd is not None:
        project["investment_usd"] = usd
        project["investment_note"] = (f"{cell('quantity in millions')} in CGIT's column Quantity in "
                                      "Millions (USD millions)")
    if year:
        project["start_year"] = year
        project["date_note"] = f"CGIT dates the {WHAT[flow]} {when}."
    fields = {"name": entity, "partners": entity, "country": columns["country"],
              "investment_usd": columns["quantity in millions"], "start_year": col("year") or "",
              "sector": col("sector") or "", "subsector": col("subsector") or ""}
    builder.add(sheet, row_no, project, original_of(cells), quote, fields)

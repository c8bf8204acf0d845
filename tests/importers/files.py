"""Files shaped like the field's datasets, with the quirks real releases have, for the import
tests and the benchmark. The deals are made up for the tests (they never reach the bundled
dataset); names of organizations are ones the curated records know, so matching is exercised.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from pathlib import Path

CGIT_HEADERS = ["Year", "Month", "Investor", "Quantity in Millions", "Share Size", "Transaction Party",
                "Sector", "Subsector", "Country", "Region", "BRI", "Greenfield"]
ENTITY = {"Dataset 1": "Investor", "Dataset 2": "Contractor", "Dataset 1+2": "Investor",
          "Dataset 3": "Chinese Entity"}
TITLE_ROWS = [["China Global Investment Tracker"], ["Copyright American Enterprise Institute"], []]


@dataclass
class Deal:
    year: int
    month: str
    entity: str
    millions: float
    share: str
    party: str
    sector: str
    subsector: str
    country: str


def deals(seed: int, count: int, whole: bool = False) -> list[Deal]:
    """Made-up deals; ``whole``: amounts without decimals (a file that writes thousands with a
    dot writes no decimals with one)."""
    rng = random.Random(seed)
    countries = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Pakistan",
                 "Angola", "Russian Federation"]
    entities = ["CNPC", "Sinopec", "CITIC Group", "China Development Bank", "Power Construction Corp.",
                "Tebian Electric", "China Energy Engineering"]
    sectors = [("Energy", "Oil"), ("Energy", "Gas"), ("Transport", "Rail"), ("Metals", "Steel"),
               ("Chemicals", ""), ("Utilities", ""), ("Real estate", "Property")]
    months = ["January", "March", "May", "June", "September", "November"]
    found = []
    for _ in range(count):
        sector, sub = rng.choice(sectors)
        found.append(Deal(rng.randint(2005, 2023), rng.choice(months), rng.choice(entities),
                          rng.choice([100, 110, 250, 1740, 2300, 5000, 12_400] + ([] if whole else [300.5])),
                          rng.choice(["", "100%", "49%", "8.33%"]), rng.choice(["", "KazMunayGas", "Uzbekneftegaz"]),
                          sector, sub, rng.choice(countries)))
    return found


def amount_text(millions: float, form: str) -> object:
    """An amount in one of the forms the files use."""
    whole = f"{millions:,.10g}"
    if form == "number":
        return millions
    if form == "dollar":
        return f"${whole}"
    if form == "padded":
        return f" ${whole} "
    if form == "dot-thousands":
        return "$\t" + whole.replace(",", ".")
    raise ValueError(form)


def cgit_workbook(path: Path, sheets: dict[str, list[Deal]], *, hidden: tuple[int, ...] = (),
                  subtotal: bool = True, title_rows: bool = True, form: str = "number") -> Path:
    """A CGIT-shaped workbook: title rows above the header, ``hidden`` data rows (0-based)
    hidden by a saved filter, a =SUBTOTAL row under the data."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, items in sheets.items():
        ws = book.create_sheet(name)
        for row in TITLE_ROWS if title_rows else []:
            ws.append(row)
        headers = [ENTITY[name] if h == "Investor" else h for h in CGIT_HEADERS]
        ws.append(headers)
        first = ws.max_row + 1
        for d in items:
            amount = d.millions if form == "number" and isinstance(d.millions, float | int) \
                else amount_text(d.millions, form)
            ws.append([d.year, d.month, d.entity, amount, d.share or None, d.party or None, d.sector,
                       d.subsector or None, d.country, "West Asia", None, None])
        last = ws.max_row
        for index in hidden:
            ws.row_dimensions[first + index].hidden = True
        if subtotal and items:
            ws.append([None, None, None, f"=SUBTOTAL(9,D{first}:D{last})"])
        ws.auto_filter.ref = f"A{first - 1}:L{last}"
    book.save(path)
    return path


def cgit_csv(path: Path, items: list[Deal], *, encoding: str, form: str, entity: str = "Investor",
             title_rows: bool = True) -> Path:
    """A CSV export of one CGIT sheet, in ``encoding``, amounts in ``form``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in TITLE_ROWS if title_rows else []:
        writer.writerow(row)
    writer.writerow([entity if h == "Investor" else h for h in CGIT_HEADERS])
    for d in items:
        writer.writerow([d.year, d.month, d.entity, amount_text(d.millions, form),
                         d.share.replace("%", "\u00a0%") if d.share else "", d.party, d.sector,
                         d.subsector, d.country, "West Asia", "", ""])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


AIDDATA_NAMED = ["AidData Record ID", "Recommended For Aggregates", "Umbrella", "Financier Country",
                 "Recipient", "Recipient ISO-3", "Recipient Region", "Commitment Year",
                 "Implementation Start Year", "Completion Year", "Title", "Description",
                 "Staff Comments", "Status", "Intent", "Flow Type", "Flow Class", "Sector Code",
                 "Sector Name", "Funding Agencies", "Implementing Agencies",
                 "Amount (Original Currency)", "Original Currency", "Amount (Constant USD 2021)",
                 "Amount (Nominal USD)", "Source URLs", "Source Titles"]
RECIPIENTS = [("Kazakhstan", "KAZ"), ("Kyrgyz Republic", "KGZ"), ("Uzbekistan", "UZB"),
              ("Tajikistan", "TJK"), ("Turkmenistan", "TKM"), ("Pakistan", "PAK"), ("Angola", "AGO"),
              ("Laos", "LAO")]


def aiddata_rows(seed: int, count: int, width: int = 130,
                 only_central_asia: bool = False) -> tuple[list[str], list[list[object]]]:
    """GCDF 3.0-shaped rows: the named columns, then filler columns up to ``width``."""
    rng = random.Random(seed)
    recipients = RECIPIENTS[:5] if only_central_asia else RECIPIENTS
    headers = AIDDATA_NAMED + [f"Field {i}" for i in range(width - len(AIDDATA_NAMED))]
    sectors = ["ENERGY", "TRANSPORT AND STORAGE", "COMMUNICATIONS", "HEALTH", "EDUCATION",
               "INDUSTRY, MINING, CONSTRUCTION", "OTHER MULTISECTOR"]
    funders = ["China Development Bank", "Export-Import Bank of China", "China Eximbank",
               "Chinese Government", "Bank of China"]
    statuses = ["Completion", "Implementation", "Pipeline: Commitment", "Pipeline: Pledge", "Cancelled"]
    rows = []
    for n in range(count):
        recipient, iso = rng.choice(recipients)
        amount = rng.choice(["", 1_500_000.0, 23_456_789.5, 250_000_000.0, 1_200_000_000.0])
        urls = "|".join(f"https://example.org/{seed}/{n}/{k}" for k in range(rng.randint(0, 3)))
        row = [80_000 + n, rng.choice(["Yes", "Yes", "Yes", "No"]), "No", "China (People's Republic of)",
               recipient, iso, "Asia", rng.randint(2000, 2021), "", "",
               f"China funds project {n} in {recipient}", f"Description of project {n}. " * 3, "",
               rng.choice(statuses), "Development", rng.choice(["Loan", "Grant", "Export Buyer's Credit"]),
               "OOF-like", 210, rng.choice(sectors), rng.choice(funders),
               rng.choice(["", "CRBC", "China Road and Bridge Corporation|Sinohydro"]),
               "", "USD", amount, amount, urls, ""]
        row += [f"x{n % 97}"] * (width - len(AIDDATA_NAMED))
        rows.append(row)
    return headers, rows


def aiddata_csv(path: Path, seed: int = 3, count: int = 300, width: int = 130,
                encoding: str = "utf-8", only_central_asia: bool = False) -> Path:
    headers, rows = aiddata_rows(seed, count, width, only_central_asia)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def aiddata_xlsx(path: Path, seed: int = 3, count: int = 300, width: int = 130,
                 only_central_asia: bool = False) -> Path:
    from openpyxl import Workbook

    headers, rows = aiddata_rows(seed, count, width, only_central_asia)
    book = Workbook()
    ws = book.active
    ws.title = "GCDF_3.0"
    ws.append(headers)
    for row in rows:
        ws.append([None if v == "" else v for v in row])
    book.save(path)
    return path

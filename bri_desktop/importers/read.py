"""Read a spreadsheet file (CSV or XLSX) as rows of cells, with its row numbers as a spreadsheet
program shows them, whatever its encoding, its delimiter and the rows above its header.

CSV is parsed with the standard ``csv`` module (a quoted cell may hold a line break and still be
one row, as Excel counts rows); XLSX with openpyxl in read-only mode, which also says which
cells are formulas, so a ``=SUBTOTAL(...)`` row is recognised and never imported as a deal.
The rows then go into a pandas DataFrame for the importers' column work.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "cp1252": "Windows-1252",
             "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
             "latin-1": "Latin-1 (ISO 8859-1)"}
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
MAX_BYTES = 500_000_000  # larger than any release of the datasets: a mistaken file, not a table
_TOTAL_TEXT = re.compile(r"\s*(grand\s+|sub-?\s*)?totals?\s*:?\s*", re.IGNORECASE)
_TOTAL_FORMULA = re.compile(r"^=\s*(SUBTOTAL|SUM|AGGREGATE)\s*\(", re.IGNORECASE)


class ImportFileError(Exception):
    """The file cannot be read as a table; the message says what is wrong and where."""


@dataclass
class Sheet:
    """One sheet of a file (a CSV is one sheet, named None): its rows as read."""

    name: str | None
    rows: list[list[object]]
    totals: set[int] = field(default_factory=set)  # indexes of total rows (formulas or "Total")
    hidden: set[int] = field(default_factory=set)  # indexes of hidden rows (kept: a saved filter)


@dataclass
class Table:
    """A sheet from its header down: ``frame`` holds the data rows (text, or the workbook's
    numbers and dates), indexed by the row number a spreadsheet program shows."""

    file: Path
    sheet: str | None
    header_row: int
    headers: list[str]
    frame: pd.DataFrame
    totals: list[int]  # row numbers of total rows left out
    hidden: int  # hidden rows, imported like any other
    encoding: str | None = None
    delimiter: str | None = None


@dataclass
class Workbook:
    file: Path
    sha256: str
    sheets: list[Sheet]
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def sheet_names(self) -> list[str]:
        return [s.name or self.file.name for s in self.sheets]

    def sheet(self, name: str | None) -> Sheet:
        if name is None:
            return self.sheets[0]
        for sheet in self.sheets:
            if sheet.name == name or (sheet.name is None and name == self.file.name):
                return sheet
        raise ImportFileError(f"{self.file.name} has no sheet named '{name}' (it has: "
                              f"{', '.join(self.sheet_names)})")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_workbook(path: Path, encoding: str | None = None,
                  cancelled: Callable[[], bool] = lambda: False) -> Workbook:
    """Every sheet of ``path``. ``encoding`` (CSV only) overrides the one detected."""
    path = Path(path)
    if path.is_dir():
        raise ImportFileError(f"{path} is a folder: choose a CSV or XLSX file")
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ImportFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if size == 0:
        raise ImportFileError(f"{path.name} is empty")
    if size > MAX_BYTES:
        raise ImportFileError(f"{path.name} is {size / 1e6:,.0f} MB: larger than any dataset "
                              f"release (at most {MAX_BYTES / 1e6:,.0f} MB)")
    digest = sha256_of(path)
    if head.startswith(b"PK\x03\x04"):
        return Workbook(path, digest, _read_xlsx(path, cancelled))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(f"{path.name} is an old Excel file (.xls): open it in a spreadsheet "
                              "program and save it as .xlsx or .csv, then import that")
    raw = path.read_bytes()
    text, used = decode(raw, encoding, path.name)
    delimiter = sniff_delimiter(text)
    rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    sheet = Sheet(None, rows)  # type: ignore[arg-type]
    sheet.totals = {i for i, r in enumerate(rows) if _is_total(r)}
    return Workbook(path, digest, [sheet], used, delimiter)


def decode(raw: bytes, encoding: str | None, name: str) -> tuple[str, str]:
    """The text of a CSV and the encoding it was read in: a byte-order mark says it; otherwise
    UTF-16 by its zero bytes, UTF-8 when every byte sequence is valid, else Windows-1252."""
    if encoding is None:
        encoding = detect_encoding(raw)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        label = ENCODINGS.get(encoding, encoding)
        raise ImportFileError(
            f"{name} cannot be read as {label}: byte 0x{raw[exc.start]:02x} on line {line} "
            "is not valid there. Choose another encoding.") from exc
    except LookupError as exc:
        raise ImportFileError(f"unknown encoding '{encoding}' (use one of: "
                              f"{', '.join(ENCODINGS)})") from exc
    if "\x00" in text:
        raise ImportFileError(f"{name} holds zero bytes as {ENCODINGS.get(encoding, encoding)}: "
                              "it is not a text table in that encoding (is it UTF-16?)")
    return text.removeprefix("\ufeff"), encoding


def detect_encoding(raw: bytes) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = raw[:4000]
    if sample and sample.count(b"\x00") > len(sample) // 4:  # UTF-16 without a mark
        return "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            raw.decode("cp1252")
        except UnicodeDecodeError:
            return "latin-1"
        return "cp1252"
    return "utf-8"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the same number of cells most often (a tab
    inside an amount such as ``$\\t1.740`` does not make a file tab-separated)."""
    sample = text[:50_000]
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))[:60]
        except csv.Error:
            continue
        widths = [len(r) for r in rows if any(c.strip() for c in r)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = widths.count(common) * (common > 1) * common
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _is_total(cells: Sequence[object]) -> bool:
    """A row that sums others: a SUBTOTAL/SUM formula, or "Total" first among its cells."""
    first = next((c for c in cells if c not in (None, "") and str(c).strip()), None)
    if isinstance(first, str) and _TOTAL_TEXT.fullmatch(first):
        return True
    return any(isinstance(c, str) and _TOTAL_FORMULA.match(c) for c in cells)


def _read_xlsx(path: Path, cancelled: Callable[[], bool]) -> list[Sheet]:

    from openpyxl import load_workbook

    try:
        book = load_workbook(_as_xlsx(path), read_only=True, data_only=False)
    except Exception as exc:  # zipfile, XML and openpyxl's own errors on a damaged file
        raise ImportFileError(f"{path.name} is not a readable XLSX workbook ({exc})") from exc
    sheets = []
    needs_values = False
    try:
        for ws in book.worksheets:
            rows: list[list[object]] = []
            for i, row in enumerate(ws.iter_rows(values_only=True)):
                if i % 2000 == 0 and cancelled():
                    raise ImportCancelled
                rows.append(list(row))
            sheet = Sheet(ws.title, _trim(rows))
            sheet.totals = {i for i, r in enumerate(sheet.rows) if _is_total(r)}
            needs_values = needs_values or any(
                isinstance(c, str) and c.startswith("=")
                for i, r in enumerate(sheet.rows) if i not in sheet.totals for c in r)
            sheets.append(sheet)
    except ImportCancelled:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged part of the file
        raise ImportFileError(f"{path.name}: a sheet cannot be read ({exc})") from exc
    finally:
        book.close()
    sheets = [s for s in sheets if s.rows]
    if not sheets:
        raise ImportFileError(f"{path.name} has no sheet with any cells")
    _mark_hidden(path, sheets)
    if needs_values:  # formulas in data rows: take the values Excel stored for them
        _stored_values(path, sheets)
    return sheets


def _as_xlsx(path: Path):  # type: ignore[no-untyped-def]
    """openpyxl goes by the file's extension; a workbook saved under another name is opened
    from its bytes."""
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xltx", ".xltm"):
        return path
    return io.BytesIO(path.read_bytes())


class ImportCancelled(Exception):
    """The user pressed Cancel: nothing is written."""


def _trim(rows: list[list[object]]) -> list[list[object]]:
    """Drop the empty cells at the end of rows and empty rows at the end of the sheet."""
    out = []
    for row in rows:
        end = len(row)
        while end and (row[end - 1] is None or row[end - 1] == ""):
            end -= 1
        out.append(row[:end])
    while out and not out[-1]:
        out.pop()
    return out


def _mark_hidden(path: Path, sheets: list[Sheet]) -> None:
    """Which rows a saved filter hides: read from each sheet's XML (read-only openpyxl does not
    say); they are imported all the same, and counted."""
    import zipfile

    pattern = re.compile(rb'<row [^>]*?r="(\d+)"[^>]*?hidden="(?:1|true)"')
    try:
        with zipfile.ZipFile(path) as archive:
            names = sorted((n for n in archive.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml$", n)),
                           key=lambda n: int(re.findall(r"\d+", n)[-1]))
            by_order = [archive.read(n) for n in names]
    except (zipfile.BadZipFile, OSError, KeyError):
        return
    if len(by_order) != len(sheets):
        return
    for sheet, xml in zip(sheets, by_order, strict=True):
        sheet.hidden = {int(m.group(1)) - 1 for m in pattern.finditer(xml)}


def _stored_values(path: Path, sheets: list[Sheet]) -> None:
    from openpyxl import load_workbook

    book = load_workbook(_as_xlsx(path), read_only=True, data_only=True)
    try:
        by_name = {ws.title: ws for ws in book.worksheets}
        for sheet in sheets:
            ws = by_name.get(str(sheet.name))
            if ws is None:
                continue
            for i, values in enumerate(ws.iter_rows(values_only=True)):
                if i >= len(sheet.rows) or i in sheet.totals:
                    continue
                row = sheet.rows[i]
                for j, cell in enumerate(row):
                    if isinstance(cell, str) and cell.startswith("=") and j < len(values):
                        row[j] = values[j]
    finally:
        book.close()


def norm_header(text: object) -> str:
    return re.sub(r"\s+", " ", str(text or "").replace("\u00a0", " ")).strip().casefold()


def find_header(rows: list[list[object]], expected: set[str] | None = None, look: int = 40) -> int:
    """The index of the header row: the first row naming at least three ``expected`` columns;
    without them, the first row of text cells as wide as the rows below it."""
    top = rows[:look]
    if expected:
        for i, row in enumerate(top):
            if len({norm_header(c) for c in row} & expected) >= 3:
                return i
    widths = [sum(1 for c in r if c not in (None, "") and str(c).strip()) for r in top]
    widest = max(widths, default=0)
    for i, row in enumerate(top):
        cells = [c for c in row if c not in (None, "") and str(c).strip()]
        if len(cells) >= 2 and len(cells) >= 0.6 * widest and all(
                isinstance(c, str) and not _looks_numeric(c) for c in cells):
            return i
    raise ImportFileError("no header row found in the first rows: a header is a row of column "
                          "names above the data")


def _looks_numeric(text: str) -> bool:
    return re.fullmatch(r"[\s$€£%.,\-+0-9]+", text) is not None


def table_of(book: Workbook, sheet_name: str | None = None, header_row: int | None = None,
             expected: set[str] | None = None) -> Table:
    """The sheet from its header row (found, or given as the 1-based row number) down."""
    import pandas as pd

    sheet = book.sheet(sheet_name)
    label = f"{book.file.name}" + (f", sheet '{sheet.name}'" if sheet.name else "")
    if header_row is not None:
        if not 1 <= header_row <= len(sheet.rows):
            raise ImportFileError(f"{label} has no row {header_row} (it has {len(sheet.rows)} rows)")
        index = header_row - 1
    else:
        try:
            index = find_header(sheet.rows, expected)
        except ImportFileError as exc:
            raise ImportFileError(f"{label}: {exc}") from exc
    headers = _unique_headers(sheet.rows[index])
    data, numbers, totals = [], [], []
    width = len(headers)
    for i in range(index + 1, len(sheet.rows)):
        row = sheet.rows[i]
        if not any(c not in (None, "") and str(c).strip() for c in row):
            continue
        if i in sheet.totals:
            totals.append(i + 1)
            continue
        cells = list(row[:width]) + [None] * (width - len(row))
        data.append(cells)
        numbers.append(i + 1)
    frame = pd.DataFrame(data, columns=headers, index=pd.Index(numbers, name="row"), dtype=object)
    kept = set(numbers)
    hidden = sum(1 for i in sheet.hidden if i > index and i + 1 in kept)
    return Table(book.file, sheet.name, index + 1, headers, frame, totals, hidden,
                 book.encoding, book.delimiter)


def _unique_headers(row: list[object]) -> list[str]:
    """Column names as written, blanks named by their letter, repeats numbered."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for j, cell in enumerate(row):
        name = re.sub(r"\s+", " ", str(cell).replace("\u00a0", " ")).strip() if cell not in (None, "") else ""
        name = name or f"Column {_letter(j)}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return names


def _letter(j: int) -> str:
    out = ""
    j += 1
    while j:
        j, rest = divmod(j - 1, 26)
        out = chr(65 + rest) + out
    return out

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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    import pandas as pd

ENCODINGS = {"utf-8": QT_TRANSLATE_NOOP("read", "UTF-8"), "utf-8-sig": QT_TRANSLATE_NOOP("read", "UTF-8 with BOM"),
             "cp1252": QT_TRANSLATE_NOOP("read", "Windows-1252"), "utf-16": QT_TRANSLATE_NOOP("read", "UTF-16"),
             "utf-16-le": QT_TRANSLATE_NOOP("read", "UTF-16 LE"), "utf-16-be": QT_TRANSLATE_NOOP("read", "UTF-16 BE"),
             "latin-1": QT_TRANSLATE_NOOP("read", "Latin-1 (ISO 8859-1)")}
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
MAX_BYTES = 500_000_000  # larger than any release of the datasets: a mistaken file, not a table
_TOTAL_TEXT = re.compile(r"\s*(grand\s+|sub-?\s*)?totals?\s*:?\s*", re.IGNORECASE)
_TOTAL_FORMULA = re.compile(r"^=\s*(SUBTOTAL|SUM|AGGREGATE)\s*\(", re.IGNORECASE)


def encoding_label(encoding: str) -> str:
    """"UTF-8 with BOM", "Windows-1252"...: an encoding's name in the interface language."""
    return translate("read", ENCODINGS.get(encoding, encoding))


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
        raise ImportFileError(translate("Workbook", "{file} has no sheet named '{sheet}' (it has: {sheets})").format(
            file=self.file.name, sheet=name, sheets=", ".join(self.sheet_names)))


# Files people pick by mistake, by their first bytes: what to tell (in English; translated where raised).
BINARY = {b"\x89PNG": QT_TRANSLATE_NOOP("read", "{file} is a PNG image, not a table: choose a CSV or XLSX file"),
    b"SQLite format 3\x00": QT_TRANSLATE_NOOP("read", "{file} is a SQLite database, not a table: choose a CSV or "
                                                      "XLSX file"),
    b"%PDF": QT_TRANSLATE_NOOP("read", "{file} is a PDF document, not a table: choose a CSV or XLSX file"),
    b"\xff\xd8\xff": QT_TRANSLATE_NOOP("read", "{file} is a JPEG image, not a table: choose a CSV or XLSX file"),
    b"GIF8": QT_TRANSLATE_NOOP("read", "{file} is a GIF image, not a table: choose a CSV or XLSX file"),
    b"\x1f\x8b": QT_TRANSLATE_NOOP("read", "{file} is a gzip archive, not a table: choose a CSV or XLSX file"),
    b"7z\xbc\xaf": QT_TRANSLATE_NOOP("read", "{file} is a 7-Zip archive, not a table: choose a CSV or XLSX file"),
    b"Rar!": QT_TRANSLATE_NOOP("read", "{file} is a RAR archive, not a table: choose a CSV or XLSX file"),
    b"\x7fELF": QT_TRANSLATE_NOOP("read", "{file} is a program, not a table: choose a CSV or XLSX file")}
MAX_CELL = 16 << 20  # characters in one CSV cell (Python's csv module stops at 128 KB by default)


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
        raise ImportFileError(translate("read", "{path} is a folder: choose a CSV or XLSX file").format(path=path))
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise ImportFileError(translate("read", "cannot read {path}: {error}").format(
            path=path, error=exc.strerror or exc)) from exc
    if size == 0:
        raise ImportFileError(translate("read", "{file} is empty").format(file=path.name))
    if size > MAX_BYTES:
        raise ImportFileError(translate("read", "{file} is {size} MB: larger than any dataset release (at most "
                                        "{limit} MB)").format(file=path.name, size=number(size / 1e6, 0),
                                                              limit=number(MAX_BYTES / 1e6, 0)))
    digest = sha256_of(path)
    if head.startswith(b"PK\x03\x04"):
        return Workbook(path, digest, _read_xlsx(path, cancelled))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(translate("read", "{file} is an old Excel file (.xls): open it in a spreadsheet "
                                        "program and save it as .xlsx or .csv, then import that").format(
            file=path.name))
    kind = next((what for mark, what in BINARY.items() if head.startswith(mark)), None)
    if kind:
        raise ImportFileError(translate("read", kind).format(file=path.name))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ImportFileError(translate("read", "{file} is named as an Excel workbook but is not one (an .xlsx "
                                        "file is a zip archive): open it in a spreadsheet program and save it "
                                        "again").format(file=path.name))
    used = check_encoding(path, encoding, cancelled)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL))
    with open(path, encoding=used, newline="") as handle:
        delimiter = sniff_delimiter(handle.read(50_000))
    with open(path, "rb") as handle:
        rows = []
        reader = csv.reader(lines_of(handle, used), delimiter=delimiter)
        try:
            for i, row in enumerate(reader):
                if i % 5000 == 0 and cancelled():
                    raise ImportCancelled
                rows.append(row)
        except csv.Error as exc:
            raise ImportFileError(translate("read", "{file}, line {line}: {error}").format(
                file=path.name, line=reader.line_num, error=exc)) from exc
    if rows and rows[0] and rows[0][0].startswith("\ufeff"):  # a mark the encoding left
        rows[0][0] = rows[0][0][1:]
    sheet = Sheet(None, rows)  # type: ignore[arg-type]
    sheet.totals = {i for i, r in enumerate(rows) if _is_total(r)}
    return Workbook(path, digest, [sheet], used, delimiter)


PIECE = 1 << 20  # bytes decoded at a time: the window's thread runs between pieces


def lines_of(handle: io.BufferedIOBase, encoding: str) -> Iterator[str]:
    """The lines of a binary file as text, each with its own line end (\\n, \\r\\n or \\r, as
    a file opened with ``newline=""`` gives them), decoded a megabyte at a time.

    A text file read line by line reads its disk a few kilobytes at a time, letting go of the
    GIL each time, and each time takes it straight back: the window's thread, which gets the GIL
    only by asking for it after a quiet millisecond, then waits up to 200 ms. Here the file is
    read once per megabyte and the lines are split in memory."""
    decoder = codecs.getincrementaldecoder(encoding)()
    carry = ""
    while True:
        piece = handle.read(PIECE)
        text = carry + decoder.decode(piece, final=not piece)
        lines = io.StringIO(text, newline="").readlines()
        # the last line may go on in the next piece (a "\r" may be half of "\r\n")
        carry = lines.pop() if piece and lines and not lines[-1].endswith("\n") else ""
        yield from lines
        if not piece:
            return


def check_encoding(path: Path, encoding: str | None, cancelled: Callable[[], bool] = lambda: False) -> str:
    """The encoding a CSV is read in (``encoding``, or the one detected), once every byte of
    the file is known to be valid in it; otherwise ImportFileError names the line."""
    with open(path, "rb") as handle:
        head = handle.read(4000)
    if encoding is None:
        encoding = detect_encoding(path, head, cancelled)
    try:
        decoder = codecs.getincrementaldecoder(encoding)()
        where = {"file": path.name, "encoding": encoding_label(encoding)}
    except LookupError as exc:
        raise ImportFileError(translate("read", "unknown encoding '{encoding}' (use one of: {encodings})").format(
            encoding=encoding, encodings=", ".join(ENCODINGS))) from exc
    lines = 1
    with open(path, "rb") as handle:
        while True:
            if cancelled():
                raise ImportCancelled
            piece = handle.read(PIECE)
            try:
                text = decoder.decode(piece, final=not piece)
            except UnicodeDecodeError as exc:
                line = lines + piece[:max(exc.start, 0)].count(b"\n")
                bad = piece[exc.start] if 0 <= exc.start < len(piece) else 0
                raise ImportFileError(translate(
                    "read", "{file} cannot be read as {encoding}: byte {byte} on line {line} is not valid there. "
                    "Choose another encoding.").format(**where, byte=f"0x{bad:02x}", line=line)) from exc
            except UnicodeError as exc:  # UTF-16 without its byte-order mark, and the like
                raise ImportFileError(translate("read", "{file} cannot be read as {encoding} ({error}). Choose "
                                                "another encoding.").format(**where, error=exc)) from exc
            if "\x00" in text:
                raise ImportFileError(translate("read", "{file} holds zero bytes as {encoding}: it is not a text "
                                                "table in that encoding (is it UTF-16?)").format(**where))
            lines += piece.count(b"\n")
            if not piece:
                return encoding


def detect_encoding(path: Path, head: bytes, cancelled: Callable[[], bool] = lambda: False) -> str:
    """A byte-order mark says it; otherwise UTF-16 by its zero bytes, UTF-8 when every byte
    sequence is valid, else Windows-1252 (Latin-1 for the five bytes it leaves undefined)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head and head.count(b"\x00") > len(head) // 4:  # UTF-16 without a mark
        return "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
    for candidate in ("utf-8", "cp1252"):
        try:
            check_encoding(path, candidate, cancelled)
        except ImportFileError:
            continue
        return candidate
    return "latin-1"


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
    """Every sheet's cell values with calamine (the Rust reader pandas also offers: many times
    faster than openpyxl, and it lets other threads run while it parses); which rows hold a
    total formula or are hidden is read from the sheets' XML (``_row_marks``)."""
    from python_calamine import CalamineWorkbook

    try:
        with open(path, "rb") as handle:  # by its bytes: a workbook under another name opens too
            book = CalamineWorkbook.from_filelike(io.BytesIO(handle.read()))
        names = list(book.sheet_names)
    except Exception as exc:  # calamine's own error kinds on a damaged or foreign file
        raise ImportFileError(translate("read", "{file} is not a readable XLSX workbook ({error})").format(
            file=path.name, error=exc)) from exc
    marks = _row_marks(path, names, cancelled)
    sheets = []
    for name in names:
        if cancelled():
            raise ImportCancelled
        try:
            data = book.get_sheet_by_name(name)
            top, left = data.start if data.start else (0, 0)
            rows: list[list[object]] = [[] for _ in range(top)]
            for i, row in enumerate(data.iter_rows()):
                if i % 2000 == 0 and cancelled():
                    raise ImportCancelled
                rows.append([""] * left + list(row) if left else list(row))
            del data  # freed sheet by sheet, then the workbook: together they hold the GIL ~60 ms
        except ImportCancelled:
            raise
        except Exception as exc:
            raise ImportFileError(translate("read", "{file}: the sheet '{sheet}' cannot be read ({error})").format(
                file=path.name, sheet=name, error=exc)) from exc
        sheet = Sheet(name, _trim(rows))
        hidden, formulas = marks.get(name, (set(), set()))
        sheet.hidden = hidden
        sheet.totals = {i for i, r in enumerate(sheet.rows) if _is_total(r)} | formulas
        sheets.append(sheet)
    del book
    sheets = [s for s in sheets if s.rows]
    if not sheets:
        raise ImportFileError(translate("read", "{file} has no sheet with any cells").format(file=path.name))
    return sheets


class ImportCancelled(Exception):
    """The user pressed Cancel: nothing is written."""


def _trim(rows: list[list[object]]) -> list[list[object]]:
    """Drop the empty cells at the end of rows and empty rows at the end of the sheet, in place
    (a copy would free every old row at once, holding the GIL for tens of ms)."""
    for row in rows:
        end = len(row)
        while end and (row[end - 1] is None or row[end - 1] == ""):
            end -= 1
        del row[end:]
    while rows and not rows[-1]:
        rows.pop()
    return rows


_ROW_TAG = re.compile(rb'<row\b[^>]*?\br="(\d+)"[^>]*>')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_FORMULA = re.compile(rb"<f\b[^>]*>\s*_?(?:xlfn\.)?(SUBTOTAL|SUM|AGGREGATE)\s*\(", re.IGNORECASE)
CHUNK = 1 << 22


def _row_marks(path: Path, names: list[str], cancelled: Callable[[], bool]) -> dict[str, tuple[set[int], set[int]]]:
    """For each sheet (by name): the rows a saved filter hides, and the rows holding a SUBTOTAL,
    SUM or AGGREGATE formula (0-based). The XML is scanned a few MB at a time, so the window
    stays responsive over a large sheet."""
    import posixpath
    import xml.etree.ElementTree as ET
    import zipfile

    found: dict[str, tuple[set[int], set[int]]] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                  "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
            rels = {r.get("Id"): r.get("Target", "") for r in ET.fromstring(
                archive.read("xl/_rels/workbook.xml.rels"))}
            for sheet in ET.fromstring(archive.read("xl/workbook.xml")).iterfind("m:sheets/m:sheet", ns):
                name = sheet.get("name", "")
                target = rels.get(sheet.get(f"{{{ns['r']}}}id", ""), "")
                member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join("xl", target))
                if name in names and member in archive.namelist():
                    with archive.open(member) as stream:
                        found[name] = _scan(stream, cancelled)
    except (zipfile.BadZipFile, KeyError, OSError, ET.ParseError):
        return found  # the values were read; only these marks are missing
    return found


def _scan(stream: IO[bytes], cancelled: Callable[[], bool]) -> tuple[set[int], set[int]]:
    """The sheet's XML is decompressed a few MB at a time (in one piece, a large sheet's bytes
    would be put together while the window waits) and scanned in pieces that each begin
    where a row begins."""
    import bisect

    hidden: set[int] = set()
    totals: set[int] = set()
    rest = b""
    while True:
        if cancelled():
            raise ImportCancelled
        data = stream.read(CHUNK)
        piece, rest = rest + data, b""
        if data:
            cut = piece.rfind(b"<row")
            if cut <= 0:  # no row begins in it yet: read on
                rest = piece
                continue
            piece, rest = piece[:cut], piece[cut:]
        tags = [(m.start(), int(m.group(1)) - 1, m.group(0)) for m in _ROW_TAG.finditer(piece)]
        hidden.update(row for _at, row, tag in tags if _HIDDEN.search(tag))
        if b"<f" in piece:
            starts = [at for at, _row, _tag in tags]
            for match in _FORMULA.finditer(piece):
                k = bisect.bisect_right(starts, match.start()) - 1
                if k >= 0:
                    totals.add(tags[k][1])
        if not data:
            return hidden, totals


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
    raise ImportFileError(translate("read", "no header row found in the first rows: a header is a row of column "
                                    "names above the data"))


def _looks_numeric(text: str) -> bool:
    return re.fullmatch(r"[\s$€£%.,\-+0-9]+", text) is not None


def table_of(book: Workbook, sheet_name: str | None = None, header_row: int | None = None,
             expected: set[str] | None = None) -> Table:
    """The sheet from its header row (found, or given as the 1-based row number) down."""
    import pandas as pd

    sheet = book.sheet(sheet_name)
    label = translate("read", "{file}, sheet '{sheet}'").format(file=book.file.name, sheet=sheet.name) \
        if sheet.name else book.file.name
    if header_row is not None:
        if not 1 <= header_row <= (count := len(sheet.rows)):  # lupdate finds a count only as a name
            raise ImportFileError(translate("read", "{label} has no row {row} (it has %n row(s))", None,
                                            count).format(label=label, row=header_row))
        index = header_row - 1
    else:
        try:
            index = find_header(sheet.rows, expected)
        except ImportFileError as exc:
            raise ImportFileError(f"{label}: {exc}") from exc
    headers = unique_headers(sheet.rows[index])
    data, numbers = [], []
    width = len(headers)
    for i in range(index + 1, len(sheet.rows)):
        row = sheet.rows[i]
        if i in sheet.totals or not any(c not in (None, "") and str(c).strip() for c in row):
            continue
        data.append(list(row[:width]) + [None] * (width - len(row)))
        numbers.append(i + 1)
    # A total row may hold nothing but a formula whose value was never stored: left out all
    # the same, and counted.
    totals = sorted(i + 1 for i in sheet.totals if i > index)
    # Column by column: each column is a short step, so the window's thread runs in between.
    columns = {h: pd.Series([r[j] for r in data], dtype=object) for j, h in enumerate(headers)}
    frame = pd.DataFrame(columns, copy=False)
    frame.index = pd.Index(numbers, name="row")
    kept = set(numbers)
    hidden = sum(1 for i in sheet.hidden if i > index and i + 1 in kept)
    return Table(book.file, sheet.name, index + 1, headers, frame, totals, hidden,
                 book.encoding, book.delimiter)


def unique_headers(row: list[object]) -> list[str]:
    """Column names as written, blanks named by their letter, a repeated name numbered ("Name
    (2)"), never as another column is already named."""
    written = [re.sub(r"\s+", " ", str(cell).replace("\u00a0", " ")).strip() if cell not in (None, "") else ""
               for cell in row]
    written = [name or f"Column {_letter(j)}" for j, name in enumerate(written)]
    taken = set(written)
    names: list[str] = []
    for name in written:
        if name in names:
            number = 2
            while f"{name} ({number})" in taken:
                number += 1
            name = f"{name} ({number})"
            taken.add(name)
        names.append(name)
    return names


def _letter(j: int) -> str:
    out = ""
    j += 1
    while j:
        j, rest = divmod(j - 1, 26)
        out = chr(65 + rest) + out
    return out

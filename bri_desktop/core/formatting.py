"""Display text for a listing cell, from the raw row and the column's format."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from bri_desktop.core.dates import format_partial, format_range
from bri_desktop.core.i18n import number, translate, vocabulary_label
from bri_desktop.core.money import format_number, format_usd


class CellSpec(Protocol):
    """What the formatter needs to know of a column (``db.kinds.Column`` is one): its key and
    format, and the names of the fields beside it that its text needs ("" when none): the
    qualifier of a number ("over"), the low end of a range, a unit, the end of a date range."""

    @property
    def key(self) -> str: ...
    @property
    def fmt(self) -> str: ...
    @property
    def qualifier(self) -> str: ...
    @property
    def low(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def end(self) -> str: ...


def format_cell(spec: CellSpec, row: Any, vocab: Mapping[str, Mapping[str, str]]) -> str:
    """The text of ``row``'s value for one column, as a table or an export shows it; ``row``: a
    mapping or an ``sqlite3.Row`` holding the column's key and its fields."""
    return cell_formatter(spec, vocab)(row)


def cell_formatter(spec: CellSpec, vocab: Mapping[str, Mapping[str, str]]) -> Callable[[Any], str]:
    """``format_cell`` for one column, its format decided once: a page of rows is formatted
    column by column without asking each cell what its column is."""
    fmt, key = spec.fmt, spec.key
    if fmt.startswith("vocab:"):
        labels = vocab.get(fmt[6:], {})
        return lambda row: "" if (value := row[key]) is None else str(labels.get(value, value))
    number_of = _NUMBERS.get(fmt)
    if number_of is not None:
        def number_cell(row: Any) -> str:
            value = row[key]
            if value is None:
                return ""
            try:
                return number_of(value, row, spec)
            except (TypeError, ValueError, ArithmeticError):  # text where a number or date belongs
                return str(value)  # (a foreign or damaged file): shown as stored, the table still fills
        return number_cell
    if fmt == "binding":
        return lambda row: "" if (value := row[key]) is None else (
            translate("formatting", "Binding") if value else translate("formatting", "Non-binding"))
    if fmt == "label":  # a sector or a subsector: the vocabulary's word, as the facets show it
        return lambda row: "" if (value := row[key]) is None else vocabulary_label(str(value))
    if fmt == "int":
        return lambda row: "" if (value := row[key]) is None else str(value)
    return lambda row: "" if (value := row[key]) is None else (value if type(value) is str else str(value))


_NUMBERS: dict[str, Callable[[Any, Any, CellSpec], str]] = {  # format -> (value, row, spec) -> text
    "usd": lambda value, row, spec: format_usd(value, _get(row, spec.qualifier)),
    "date": lambda value, row, spec: format_partial(value),
    "date_range": lambda value, row, spec: format_range(value, _get(row, spec.end)),
    "capacity": lambda value, row, spec: format_capacity(value, _get(row, spec.low), _get(row, spec.unit)),
    "indicator": lambda value, row, spec: format_number(value, _get(row, spec.unit), _get(row, spec.qualifier)),
    "km": lambda value, row, spec: format_number(value, "km", _get(row, spec.qualifier)),
    "count": lambda value, row, spec: format_number(value, "count", _get(row, spec.qualifier)),
}


CELL_CHARS = 300  # the most a table cell shows; its tooltip and the details show more
SHOWN_CHARS = 5_000  # the most a tooltip or a details field shows


def shorten(text: str, limit: int) -> str:
    """``text`` cut at ``limit`` characters, saying how much more there is (Qt lays out very
    long unbroken text slowly: the window would freeze)."""
    if len(text) <= limit:
        return text
    more = len(text) - limit  # (lupdate reads a count given as a name only)
    return text[:limit] + translate("formatting", "… (%n more character(s); exports hold them all)", None, more)


def format_capacity(value: float | None, low: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    high = format_number(value)
    text = f"{format_number(low)}–{high}" if low is not None else high
    unit_text = translate("units", unit) if unit else ""  # "Mt/yr", "млн т/год", "百万吨/年"
    return f"{text} {unit_text}".strip()


def _get(row: Mapping, key: str) -> Any:
    if not key:
        return None
    try:
        return row[key]
    except (KeyError, IndexError):
        return None


def floor_count(count: int) -> str:
    """A count still being made, as a floor: "≥ 12,000" for 12,345 so far (two significant
    digits, rounded down, so the floor stays true), "…" while nothing is counted."""
    if count <= 0:
        return "…"
    digits = len(str(count))
    step = 10 ** max(0, digits - 2)
    return f"≥ {number(count // step * step, 0)}"

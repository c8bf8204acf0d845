"""Display text for a listing cell, from the raw row and the column's format."""

from __future__ import annotations

from collections.abc import Mapping
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
    fmt, value = spec.fmt, row[spec.key]
    qualifier = _get(row, spec.qualifier)
    if fmt.startswith("vocab:"):
        return vocab.get(fmt[6:], {}).get(value, value or "") if value is not None else ""
    if value is None:
        return ""
    if fmt == "usd":
        return format_usd(value, qualifier)
    if fmt == "date":
        return format_partial(value)
    if fmt == "date_range":
        return format_range(value, _get(row, spec.end))
    if fmt == "capacity":
        return format_capacity(value, _get(row, spec.low), _get(row, spec.unit))
    if fmt == "indicator":
        return format_number(value, _get(row, spec.unit), qualifier)
    if fmt == "km":
        return format_number(value, "km", qualifier)
    if fmt == "count":
        return format_number(value, "count", qualifier)
    if fmt == "int":
        return str(value)
    if fmt == "binding":
        return translate("formatting", "Binding") if value else translate("formatting", "Non-binding")
    if fmt == "label":  # a sector or a subsector: the vocabulary's word, as the facets show it
        return vocabulary_label(str(value))
    return str(value)


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

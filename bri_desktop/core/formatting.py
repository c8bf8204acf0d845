"""Display text for a listing cell, from the raw row and the column's format."""

from __future__ import annotations

from collections.abc import Mapping

from bri_desktop.core.dates import format_partial, format_range
from bri_desktop.core.money import format_number, format_usd

_QUALIFIER_COLUMN = {"value": "value_qualifier", "investment": "investment_qualifier",
                     "total": "total_qualifier", "count": "count_qualifier",
                     "length": "length_qualifier"}


def format_cell(fmt: str, key: str, row: Mapping, vocab: Mapping[str, Mapping[str, str]]) -> str:
    value = row[key]
    qualifier = _get(row, _QUALIFIER_COLUMN.get(key, ""))
    if fmt.startswith("vocab:"):
        return vocab.get(fmt[6:], {}).get(value, value or "") if value is not None else ""
    if value is None:
        return ""
    if fmt == "usd":
        return format_usd(value, qualifier)
    if fmt == "date":
        return format_partial(value)
    if fmt == "date_range":
        return format_range(value, _get(row, "end_text"))
    if fmt == "capacity":
        return format_capacity(value, _get(row, "capacity_value_low"), _get(row, "capacity_unit"))
    if fmt == "indicator":
        return format_number(value, _get(row, "unit"), qualifier)
    if fmt == "km":
        return format_number(value, "km", qualifier)
    if fmt == "count":
        return format_number(value, "count", qualifier)
    if fmt == "int":
        return str(value)
    if fmt == "binding":
        return "Binding" if value else "Non-binding"
    return str(value)


CELL_CHARS = 300  # the most a table cell shows; its tooltip and the details show more
SHOWN_CHARS = 5_000  # the most a tooltip or a details field shows


def shorten(text: str, limit: int) -> str:
    """``text`` cut at ``limit`` characters, saying how much more there is (Qt lays out very
    long unbroken text slowly: the window would freeze)."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit:,} more characters; exports hold them all)"


def format_capacity(value: float | None, low: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    high = format_number(value)
    text = f"{format_number(low)}–{high}" if low is not None else high
    return f"{text} {unit or ''}".strip()


def _get(row: Mapping, key: str) -> object:
    if not key:
        return None
    try:
        return row[key]
    except (KeyError, IndexError):
        return None

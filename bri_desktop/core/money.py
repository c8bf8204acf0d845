"""Money and figures shown the way briefings write them: $7.4 bn, $260 m."""

from __future__ import annotations

QUALIFIERS = ("over", "about", "nearly", "up to", "at least")
MAX_USD = 1e15  # a filter bound beyond this is a typing slip (and 1e999 is infinity)


def format_usd(value: float | None, qualifier: str | None = None) -> str:
    """Format US dollars compactly: 16.54e9 -> "$16.54 bn", 260e6 -> "$260 m"."""
    if value is None:
        return ""
    if value >= 1e9:
        text = f"${_trim(value / 1e9)} bn"
    elif value >= 1e6:
        text = f"${_trim(value / 1e6)} m"
    elif value >= 1e3:
        text = f"${_trim(value / 1e3)} k"
    else:
        text = f"${_trim(value)}"
    return f"{qualifier} {text}" if qualifier else text


def format_number(value: float | None, unit: str | None = None, qualifier: str | None = None) -> str:
    """Format an indicator or capacity: "4.5 Mt", "85 %", "over 6,000"."""
    if value is None:
        return ""
    if unit == "USD":
        return format_usd(value, qualifier)
    number = f"{value:,.0f}" if float(value).is_integer() else _trim(value)
    unit_text = {"percent": "%", "count": "", "times": "×"}.get(unit or "", unit or "")
    text = f"{number}{unit_text}" if unit == "times" else f"{number} {unit_text}".strip()
    return f"{qualifier} {text}" if qualifier else text


def _trim(number: float) -> str:
    """Up to two decimals, without trailing zeros: 7.40 -> 7.4, 16.54 -> 16.54, 260.0 -> 260."""
    text = f"{number:,.2f}".rstrip("0").rstrip(".")
    return text


_SCALES = {"": 1.0, "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6,
           "b": 1e9, "bn": 1e9, "billion": 1e9}


def parse_usd(text: str) -> float | None:
    """Read an amount the way people type it: "500m", "$1.5 bn", "2,000,000", "3e9".

    Returns None for empty text; raises ValueError with a short message otherwise."""
    cleaned = text.strip().lower().replace("$", "").replace(",", "").replace("usd", "").strip()
    if not cleaned:
        return None
    number = cleaned.rstrip("abcdefghijklmnopqrstuvwxyz ").strip()
    scale = cleaned[len(number):].strip()
    hint = f"'{text.strip()}' is not an amount: use a number with k, m or bn, e.g. 500m or 1.5bn"
    if scale not in _SCALES:
        raise ValueError(hint)
    try:
        value = float(number) * _SCALES[scale]
    except ValueError:
        raise ValueError(hint) from None
    if value < 0 or value != value:
        raise ValueError(f"'{text}': an amount cannot be negative")
    if value > MAX_USD:
        raise ValueError(f"'{text.strip()}' is more than any amount in the records (at most $1,000,000 bn)")
    return value

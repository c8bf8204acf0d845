"""Money and figures shown the way briefings write them: $7.4 bn, $260 m."""

from __future__ import annotations

from typing import TypeGuard

from bri_desktop.core import i18n
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP

QUALIFIERS = (QT_TRANSLATE_NOOP("money", "over"), QT_TRANSLATE_NOOP("money", "about"),
              QT_TRANSLATE_NOOP("money", "nearly"), QT_TRANSLATE_NOOP("money", "up to"),
              QT_TRANSLATE_NOOP("money", "at least"))
MAX_USD = 1e15  # a filter bound beyond this is a typing slip (and 1e999 is infinity)


UNITS = (  # capacities' and indicators' units, as lupdate finds them (translated where shown)
    QT_TRANSLATE_NOOP("units", "Mt"), QT_TRANSLATE_NOOP("units", "Mt/yr"), QT_TRANSLATE_NOOP("units", "t/yr"),
    QT_TRANSLATE_NOOP("units", "bcm"), QT_TRANSLATE_NOOP("units", "bcm/yr"), QT_TRANSLATE_NOOP("units", "km"),
    QT_TRANSLATE_NOOP("units", "MW"), QT_TRANSLATE_NOOP("units", "ha"), QT_TRANSLATE_NOOP("units", "vehicles/yr"),
    QT_TRANSLATE_NOOP("units", "minutes"))


def format_usd(value: float | None, qualifier: str | None = None) -> str:
    """Format US dollars compactly: 16.54e9 -> "$16.54 bn", 260e6 -> "$260 m" (in Russian and
    Chinese as those languages write money: see core.i18n)."""
    if value is None:
        return ""
    if not is_number(value):  # text in an amount (a foreign or damaged file): as stored
        return str(value)
    return _qualified(i18n.money(value), qualifier)


def is_number(value: object) -> TypeGuard[float]:
    """A finite int or float: not text, a blob, NaN or an infinity (a foreign or damaged file)."""
    return isinstance(value, (int, float)) and value == value and abs(value) != float("inf")


def _qualified(text: str, qualifier: str | None) -> str:
    if not qualifier:
        return text
    word = i18n.translate("money", qualifier)
    return f"{word}{text}" if i18n.language() == "zh_CN" else f"{word} {text}"


def format_number(value: float | None, unit: str | None = None, qualifier: str | None = None) -> str:
    """Format an indicator or capacity: "4.5 Mt", "85 %", "over 6,000"."""
    if value is None:
        return ""
    if not is_number(value):
        return str(value)
    if unit == "USD":
        return format_usd(value, qualifier)
    number = i18n.number(value, 0 if float(value).is_integer() else 2)
    unit_text = {"percent": "%", "count": "", "times": "×"}.get(unit or "", unit or "")
    if unit_text and unit_text not in ("%", "×"):
        unit_text = i18n.translate("units", unit_text)
    text = f"{number}{unit_text}" if unit == "times" else f"{number} {unit_text}".strip()
    return _qualified(text, qualifier)


_SCALES = {"": 1.0, "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6,
           "b": 1e9, "bn": 1e9, "billion": 1e9,
           # as Russian and Chinese write them (and as the window shows amounts in those languages)
           "тыс": 1e3, "тыс.": 1e3, "млн": 1e6, "млрд": 1e9, "万": 1e4, "亿": 1e8}
_CURRENCY = ("us$", "$", "usd", "долл. сша", "долл.", "сша", "美元")
_SPACES = (" ", "\u00a0", "\u202f", "\u2009")


def parse_usd(text: str) -> float | None:
    """Read an amount the way people type it: "500m", "$1.5 bn", "2,000,000", "3e9"; in Russian
    also "1,5 млрд", "500 млн $", "2 000 000" (a decimal comma), in Chinese "15亿美元", "500万".

    Returns None for empty text; raises ValueError with a short message (in the interface
    language) otherwise."""
    cleaned = text.strip().lower()
    for mark in _CURRENCY:
        cleaned = cleaned.replace(mark, "")
    number = cleaned.strip().rstrip("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя.万亿 ")
    scale = cleaned.strip()[len(number):].strip()
    for space in _SPACES:
        number = number.replace(space, "")
    # a comma: Russian writes it for decimals ("1,5"), English and Chinese between thousands
    number = number.replace(",", ".") if i18n.language() == "ru" else number.replace(",", "")
    if not number and not scale:
        return None
    hint = i18n.translate("money", "'{text}' is not an amount: use a number with k, m or bn, e.g. 500m or "
                                   "1.5bn").format(text=text.strip())
    if scale not in _SCALES:
        raise ValueError(hint)
    try:
        value = float(number) * _SCALES[scale]
    except ValueError:
        raise ValueError(hint) from None
    if value < 0 or value != value:
        raise ValueError(i18n.translate("money", "'{text}': an amount cannot be negative").format(text=text.strip()))
    if value > MAX_USD:
        raise ValueError(i18n.translate("money", "'{text}' is more than any amount in the records (at most "
                                                 "{most})").format(text=text.strip(), most=format_usd(MAX_USD)))
    return value

"""Cell values as the datasets write them: amounts, shares, years and country names.

Amounts come as numbers or as text: ``1740``, ``$1,740``, ``" $1,740 "``, ``$\\t1.740`` (a dot
as the thousands separator, in some CSV exports), ``1.5``. A dot followed by exactly three
digits is ambiguous (1.740 = 1,740 or 1.74); the column decides: when no amount in it has a
dot followed by one, two or more than three digits, and some have three, the dot separates
thousands there (``amount_style``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable

from bri_desktop.core.i18n import translate

_SPACE = re.compile(r"[\s\u00a0\u2007\u202f]+")
_CURRENCY = re.compile(r"^(US\$|USD|US\s*dollars?|\$)", re.IGNORECASE)
_COMMA_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_PLAIN = re.compile(r"^\d+(\.\d+)?$")
_COMMA_DECIMAL = re.compile(r"^\d+,\d{1,2}$|^\d{1,3}(\.\d{3})+,\d+$")
DOT_DECIMAL, DOT_THOUSANDS = "dot-decimal", "dot-thousands"


class ValueProblem(ValueError):
    """A cell that cannot be read as what its column holds; the message says why."""


def text_of(value: object) -> str:
    """A cell as one line of text: white space (tabs, non-breaking spaces) folded, trimmed."""
    if type(value) is str:  # the common case first: text with nothing to fold
        return value.strip() if value.isprintable() and "  " not in value else _SPACE.sub(" ", value).strip()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return _SPACE.sub(" ", str(value)).strip()


def _bare(text: str) -> str:
    """The digits and separators of an amount: currency signs and spaces removed."""
    text = _SPACE.sub("", text)
    text = _CURRENCY.sub("", text)
    return _SPACE.sub("", text)


def amount_style(values: Iterable[object]) -> str:
    """How the dot is used across a column of amounts (see the module's note)."""
    three = other = 0
    for value in values:
        if not isinstance(value, str):
            continue
        bare = _bare(value).replace(",", "")
        if "." not in bare:
            continue
        if _DOT_THOUSANDS.match(bare):
            three += 1
        else:
            other += 1
    return DOT_THOUSANDS if three and not other else DOT_DECIMAL


# More than any one deal could be (China's lending and investment abroad over a decade is of this
# order): a larger figure is a unit or a typing mistake, refused with the row.
MAX_USD = 1e12


def parse_amount(value: object, style: str = DOT_DECIMAL, scale: float = 1.0) -> float | None:
    """An amount (None for an empty cell); ValueProblem for anything else. ``scale``: US dollars
    per unit of the column (1e6 for millions), for the check that the amount is possible."""
    amount = _amount(value, style)
    if amount is not None and amount * scale > MAX_USD:
        if scale == 1.0:
            text = translate("values", "'{value}' is more than a trillion US dollars, larger than any one deal: "
                             "check the amount and the column's unit")
        elif scale == 1e6:
            text = translate("values", "'{value}' million is more than a trillion US dollars, larger than any one "
                             "deal: check the amount and the column's unit")
        elif scale == 1e9:
            text = translate("values", "'{value}' billion is more than a trillion US dollars, larger than any one "
                             "deal: check the amount and the column's unit")
        else:
            text = translate("values", "'{value}' × {scale} is more than a trillion US dollars, larger than any "
                             "one deal: check the amount and the column's unit")
        raise ValueProblem(text.format(value=text_of(value), scale=f"{scale:g}"))
    return amount


def _amount(value: object, style: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueProblem(translate("values", "'{value}' is not an amount").format(value=value))
    if isinstance(value, int | float):
        if not math.isfinite(value):
            return None if math.isnan(value) else _fail(value)
        if value < 0:
            raise ValueProblem(_negative(f"{value:g}"))
        return float(value)
    text = text_of(value)
    if not text or text in ("-", "–", "n/a", "N/A", "NA", "..."):
        return None
    bare = _bare(text)
    if bare in ("-", "–", "—"):  # an accounting format's zero ("$ -"): nothing disclosed
        return None
    if bare.startswith("-"):
        raise ValueProblem(_negative(text))
    if _COMMA_DECIMAL.match(bare) and not _COMMA_THOUSANDS.match(bare):
        whole, _, decimals = bare.rpartition(",")
        return float(whole.replace(".", "") + "." + decimals)
    if _COMMA_THOUSANDS.match(bare):
        return float(bare.replace(",", ""))
    if style == DOT_THOUSANDS and _DOT_THOUSANDS.match(bare):
        return float(bare.replace(".", ""))
    if _PLAIN.match(bare):
        return float(bare)
    return _fail(text)


def _negative(text: str) -> str:
    return translate("values", "'{value}' is negative: an amount is at least 0").format(value=text)


def _fail(value: object) -> float:
    raise ValueProblem(translate("values", "'{value}' is not an amount (write it as 1740, 1,740 or $1,740)").format(
        value=value))


def parse_share(value: object) -> float | None:
    """A share in per cent: ``100 %``, ``49%``, ``0.49`` as a workbook's percentage."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        share = float(value) * 100 if 0 < value <= 1 else float(value)
    else:
        text = _SPACE.sub("", text_of(value)).rstrip("%").replace(",", ".")
        if not text:
            return None
        try:
            share = float(text)
        except ValueError:
            raise ValueProblem(translate("values", "'{value}' is not a share (write it as 49% or 49)").format(
                value=text_of(value))) from None
    if not 0 <= share <= 100:
        raise ValueProblem(translate("values", "'{value}' is not a share between 0 and 100%").format(
            value=text_of(value)))
    return share


def parse_year(value: object) -> int | None:
    """A year from 2013, 2013.0, "2013", a date or "2013-05-01"; ValueProblem otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        year = value.year
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and (math.isnan(value) or not value.is_integer()):
            if math.isnan(value):
                return None
            raise ValueProblem(_not_a_year(value))
        year = int(value)
    else:
        text = text_of(value)
        if not text:
            return None
        if re.match(r"^[-−–]\s*\d", text):
            raise ValueProblem(translate("values", "'{value}' is not a year (it is negative)").format(value=text))
        if re.fullmatch(r"\d{4}\.\d+", text) and not re.fullmatch(r"\d{4}\.0+", text):
            raise ValueProblem(translate("values", "'{value}' is not a year (it is not a whole number)").format(
                value=text))
        match = re.match(r"^(\d{4})(?:\.0)?(?:$|[-/.\s])", text) or re.search(r"(?:^|\D)(\d{4})$", text)
        if not match:
            raise ValueProblem(_not_a_year(text))
        year = int(match.group(1))
    if not 1900 <= year <= 2100:
        raise ValueProblem(translate("values", "'{value}' is not a year between 1900 and 2100").format(
            value=text_of(value)))
    return year


def _not_a_year(value: object) -> str:
    return translate("values", "'{value}' is not a year").format(value=value)


# The countries BRI Desktop covers, by the names and codes the datasets use.
COUNTRY_NAMES = {
    "KZ": ("kazakhstan", "kazakstan", "republic of kazakhstan", "kaz", "kz"),
    "UZ": ("uzbekistan", "republic of uzbekistan", "uzb", "uz"),
    "KG": ("kyrgyzstan", "kyrgyz republic", "kyrgyz rep.", "kirghizia", "kgz", "kg"),
    "TM": ("turkmenistan", "tkm", "tm"),
    "TJ": ("tajikistan", "republic of tajikistan", "tjk", "tj"),
}
_COUNTRY = {name: code for code, names in COUNTRY_NAMES.items() for name in names}


def country_code(value: object) -> str | None:
    """The code of one of the five countries, or None for any other country."""
    return _COUNTRY.get(text_of(value).casefold())


def split_names(value: object, separator: str = "|") -> list[str]:
    return [part.strip() for part in text_of(value).split(separator) if part.strip()]

"""Dates at the precision an article gives: "2023", "2023-10" or "2023-10-18", shown in the
interface language: "16 Jun 2025", "Jun 2025", "2025" (English); "16 июня 2025", "июнь 2025",
"2025" (Russian: the month's genitive after a day, its nominative with a year alone);
"2025年6月16日", "2025年6月", "2025年" (Chinese). The month names are grammar, written here; the
other words of a date text (a range's dash) go through ``translate``."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bri_desktop.core.i18n import language, translate

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
# Russian: a month with a year alone ("май 2024"), and after a day ("12 мая 2024").
_RU_NOMINATIVE = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                  "октябрь", "ноябрь", "декабрь"]
_RU_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря"]


def year_text(year: int) -> str:
    """"2024"; Chinese "2024年"."""
    return f"{year}年" if language() == "zh_CN" else str(year)


def month_text(year: int, month: int, long: bool = False) -> str:
    """A month of a year: "Oct 2023" (``long``: the English month written out, "October 2023"),
    "октябрь 2023", "2023年10月"."""
    lang = language()
    if lang == "ru":
        return f"{_RU_NOMINATIVE[month - 1]} {year}"
    if lang == "zh_CN":
        return f"{year}年{month}月"
    return f"{(_MONTHS_LONG if long else _MONTHS)[month - 1]} {year}"


def _month_of_day(year: int, month: int, long: bool = False) -> str:
    """The month and year as they follow a day: "Jun 2025", "июня 2025", "2025年6月"."""
    if language() == "ru":
        return f"{_RU_GENITIVE[month - 1]} {year}"
    return month_text(year, month, long)


def day_text(day: date, long: bool = False) -> str:
    """A day: "12 May 2024" (``long``: the English month written out, "12 October 2024"),
    "12 мая 2024", "2024年5月12日"."""
    if language() == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_month_of_day(day.year, day.month, long)}"


class DateError(ValueError):
    """A date string that is malformed or names a day that does not exist."""


@dataclass(frozen=True)
class PartialDate:
    text: str
    precision: str  # "year", "month" or "day"
    first: date  # first day the date can mean
    last: date  # last day it can mean

    @property
    def year(self) -> int:
        return self.first.year

    def label(self) -> str:
        return format_partial(self.text)


def parse_partial(text: str) -> PartialDate:
    """Parse an ISO date of year, month or day precision; raise DateError when impossible."""
    match = _PATTERN.match(str(text).strip())
    if not match:
        raise DateError(translate("dates", "'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
                        .format(text=text))
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if year < 1900 or year > 2100:
        raise DateError(translate("dates", "'{text}': year {year} is outside 1900-2100")
                        .format(text=text, year=year))
    if month is None:
        return PartialDate(text, "year", date(year, 1, 1), date(year, 12, 31))
    if not 1 <= month <= 12:
        raise DateError(translate("dates", "'{text}': there is no month {month}").format(text=text, month=month))
    last_day = calendar.monthrange(year, month)[1]
    if day is None:
        return PartialDate(text, "month", date(year, month, 1), date(year, month, last_day))
    if not 1 <= day <= last_day:
        raise DateError(translate("dates", "'{text}': {month} has no day {day}")
                        .format(text=text, month=month_text(year, month), day=day))
    exact = date(year, month, day)
    return PartialDate(text, "day", exact, exact)


def format_partial(text: str | None) -> str:
    """Show a stored date at its precision: "2025", "Oct 2023", "16 Jun 2025" (in the interface
    language: see the module's doc)."""
    if not text:
        return ""
    match = _PATTERN.match(text)
    if not match:
        return text
    year, month, day = (int(g) if g else 0 for g in match.groups())
    if not month:
        return year_text(year)
    if not 1 <= month <= 12:
        return text
    if not day:
        return month_text(year, month)
    try:
        return day_text(date(year, month, day))
    except ValueError:  # a day the month has not: shown as stored
        return text


def format_range(start: str | None, end: str | None) -> str:
    """Show an event's dates: "16–18 Jun 2025", "Oct 2023", "Oct 2023 – Feb 2024"."""
    if not end or end == start:
        return format_partial(start)
    if start and _PATTERN.match(start) and _PATTERN.match(end) and len(start) == 10 and len(end) == 10 \
            and start[:7] == end[:7]:
        #: Days of one month: {first}, {last} the days; {month} the month and year as they follow a
        #: day ("Jun 2025", "июня 2025", "2025年6月"). Chinese: "{month}{first}–{last}日".
        return translate("dates", "{first}–{last} {month}").format(
            first=int(start[8:]), last=int(end[8:]), month=_month_of_day(int(end[:4]), int(end[5:7])))
    #: From one date to another: "Oct 2023 – Feb 2024", "12 May 2024 – 3 Jun 2024".
    return translate("dates", "{start} – {end}").format(start=format_partial(start), end=format_partial(end))


_INFERRED = re.compile(r"\binferr?(?:ed|ence)\b", re.IGNORECASE)


def is_inferred(note: str | None) -> bool:
    """Whether a record's date note says its date (or a part of it) is inferred, not stated:
    the curated records say so in words ("2023 is inferred from ...", "the curator's
    inference")."""
    return bool(note) and bool(_INFERRED.search(str(note)))


def to_years(day: date) -> float:
    """A day as a fractional year: 1 Jan 2024 is 2024.0, 1 Jul 2024 about 2024.5."""
    first = date(day.year, 1, 1)
    length = 366 if calendar.isleap(day.year) else 365
    return day.year + (day - first).days / length


def from_years(value: float) -> date:
    """The day a fractional year falls in (to_years' inverse, to the day)."""
    year = int(value // 1)
    length = 366 if calendar.isleap(year) else 365
    return date(year, 1, 1) + timedelta(days=min(int((value - year) * length + 1e-6), length - 1))


def last_day_before(value: float) -> date:
    """The last day a stretch of time ending at ``value`` (exclusive) covers."""
    day = from_years(value)
    return day - timedelta(days=1) if abs(to_years(day) - value) < 1e-7 else day


def span_years(first: str, last: str) -> tuple[float, float]:
    """The stretch from the first day's start to the last day's end (ISO days), in fractional
    years: "2024-01-01" to "2024-12-31" is 2024.0 to 2025.0."""
    a, b = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    if b < a:
        a, b = b, a
    return to_years(a), to_years(b + timedelta(days=1))

"""Dates at the precision an article gives: "2023", "2023-10" or "2023-10-18"."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


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
        raise DateError(f"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if year < 1900 or year > 2100:
        raise DateError(f"'{text}': year {year} is outside 1900-2100")
    if month is None:
        return PartialDate(text, "year", date(year, 1, 1), date(year, 12, 31))
    if not 1 <= month <= 12:
        raise DateError(f"'{text}': there is no month {month}")
    last_day = calendar.monthrange(year, month)[1]
    if day is None:
        return PartialDate(text, "month", date(year, month, 1), date(year, month, last_day))
    if not 1 <= day <= last_day:
        raise DateError(f"'{text}': {_MONTHS[month - 1]} {year} has no day {day}")
    exact = date(year, month, day)
    return PartialDate(text, "day", exact, exact)


def format_partial(text: str | None) -> str:
    """Show a stored date at its precision: "2025", "Oct 2023", "16 Jun 2025"."""
    if not text:
        return ""
    match = _PATTERN.match(text)
    if not match:
        return text
    year, month, day = match.groups()
    if month is None:
        return year
    if day is None:
        return f"{_MONTHS[int(month) - 1]} {year}"
    return f"{int(day)} {_MONTHS[int(month) - 1]} {year}"


def format_range(start: str | None, end: str | None) -> str:
    """Show an event's dates: "16–18 Jun 2025", "Oct 2023"."""
    if not end or end == start:
        return format_partial(start)
    if start and len(start) == 10 and len(end) == 10 and start[:7] == end[:7]:
        return f"{int(start[8:])}–{format_partial(end)}"
    return f"{format_partial(start)} – {format_partial(end)}"


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

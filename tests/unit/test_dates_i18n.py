"""Dates in each interface language: English as always, Russian with the month's genitive after a
day and its nominative with a year alone, Chinese with 年, 月 and 日."""

from __future__ import annotations

import datetime as dt

import pytest

from bri_desktop.core import i18n
from bri_desktop.core.dates import DateError, day_text, format_partial, format_range, month_text, parse_partial


@pytest.fixture
def language():
    """Install a language (English texts, that language's grammar); English again afterwards."""
    def install(name: str, translator: i18n.Translator = i18n.english) -> None:
        i18n.install(translator, name)

    yield install
    i18n.install(i18n.english, "en")


def test_english_dates_are_as_before(language):
    language("en")
    assert [format_partial(t) for t in ("2024", "2024-05", "2024-05-12", "2023-10")] == \
        ["2024", "May 2024", "12 May 2024", "Oct 2023"]
    assert format_range("2025-06-16", "2025-06-18") == "16–18 Jun 2025"
    assert format_range("2023-10", "2024-02") == "Oct 2023 – Feb 2024"
    assert format_range("2024-05-12", "2024-05-12") == "12 May 2024"
    assert day_text(dt.date(2024, 5, 12), long=True) == "12 May 2024"
    assert day_text(dt.date(2024, 10, 3), long=True) == "3 October 2024"


def test_russian_dates(language):
    language("ru")
    assert format_partial("2024-05-12") == "12 мая 2024"  # the genitive after a day
    assert format_partial("2024-05") == "май 2024"  # the nominative with a year alone
    assert format_partial("2024") == "2024"
    assert format_partial("2023-03-08") == "8 марта 2023"
    assert month_text(2023, 12) == "декабрь 2023"
    assert day_text(dt.date(2024, 10, 3), long=True) == "3 октября 2024"
    assert format_range("2025-06-16", "2025-06-18") == "16–18 июня 2025"
    assert format_range("2023-10", "2024-02") == "октябрь 2023 – февраль 2024"


def test_chinese_dates(language):
    language("zh_CN")
    assert format_partial("2024-05-12") == "2024年5月12日"
    assert format_partial("2024-05") == "2024年5月"
    assert format_partial("2024") == "2024年"
    assert day_text(dt.date(2024, 10, 3), long=True) == "2024年10月3日"
    assert format_range("2023-10", "2024-02") == "2023年10月 – 2024年2月"


def test_a_range_in_one_month_reads_as_its_translation_orders_it(language):
    """The dash and the order of a range's parts are the translation's: Chinese puts the month first."""
    chinese = {"{first}–{last} {month}": "{month}{first}–{last}日", "{start} – {end}": "{start}至{end}"}

    def translator(_context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
        return chinese.get(text, text)

    language("zh_CN", translator)
    assert format_range("2025-06-16", "2025-06-18") == "2025年6月16–18日"
    assert format_range("2023-10", "2024-02") == "2023年10月至2024年2月"


@pytest.mark.parametrize("lang, month", [("en", "Feb 2023"), ("ru", "февраль 2023"), ("zh_CN", "2023年2月")])
def test_an_impossible_day_is_named_in_the_language(language, lang, month):
    language(lang)
    with pytest.raises(DateError, match=f"{month} has no day 30"):
        parse_partial("2023-02-30")


def test_the_language_is_english_again_after_a_test():
    assert i18n.language() == "en" and format_partial("2024-05") == "May 2024"

from __future__ import annotations

import pytest

from bri_desktop.core.dates import DateError, format_partial, format_range, parse_partial
from bri_desktop.core.money import format_number, format_usd


@pytest.mark.parametrize("value, qualifier, text", [
    (7.4e9, None, "$7.4 bn"), (16.54e9, None, "$16.54 bn"), (260e6, None, "$260 m"),
    (15e9, "over", "over $15 bn"), (None, None, ""),
])
def test_usd(value, qualifier, text):
    assert format_usd(value, qualifier) == text


def test_numbers():
    assert format_number(6000, "count", "over") == "over 6,000"
    assert format_number(4.5, "Mt") == "4.5 Mt"
    assert format_number(85, "percent", "about") == "about 85 %"


def test_dates_at_their_precision():
    assert format_partial("2025") == "2025"
    assert format_partial("2023-10") == "Oct 2023"
    assert format_partial("2024-12-21") == "21 Dec 2024"
    assert format_range("2025-06-16", "2025-06-18") == "16–18 Jun 2025"
    month = parse_partial("2024-02")
    assert (month.first.isoformat(), month.last.isoformat()) == ("2024-02-01", "2024-02-29")


@pytest.mark.parametrize("text", ["2023-02-29", "2023-00", "23-10", "2023/10/01", ""])
def test_impossible_dates_are_refused(text):
    with pytest.raises(DateError):
        parse_partial(text)


@pytest.mark.parametrize("text, value", [("500m", 500e6), ("$1.5 bn", 1.5e9), ("2,000,000", 2e6),
                                         ("3e9", 3e9), ("", None), ("  ", None)])
def test_parse_amounts(text, value):
    from bri_desktop.core.money import parse_usd

    assert parse_usd(text) == value


@pytest.mark.parametrize("text", ["lots", "5 zillion", "-3m", "1.2.3bn"])
def test_bad_amounts_say_so(text):
    from bri_desktop.core.money import parse_usd

    with pytest.raises(ValueError, match=r"is not an amount|cannot be negative"):
        parse_usd(text)


def test_every_chart_dimension_and_breakdown_has_its_sql_for_both_kinds():
    from bri_desktop.core.charts import BREAKDOWNS, DIMENSIONS
    from bri_desktop.db.aggregates import COLUMNS

    assert set(DIMENSIONS) | set(BREAKDOWNS) <= set(COLUMNS)
    assert all(set(COLUMNS[d]) == {"agreements", "projects"} for d in COLUMNS)


@pytest.mark.parametrize("language, text, value", [
    ("ru", "500 млн $", 500e6), ("ru", "1,5 млрд", 1.5e9), ("ru", "1 000 000", 1e6), ("ru", "1,5bn", 1.5e9),
    ("ru", "12\u00a0тыс. $", 12e3), ("zh_CN", "5亿美元", 5e8), ("zh_CN", "1.5亿", 1.5e8), ("zh_CN", "500万", 5e6),
    ("zh_CN", "2,000,000", 2e6), ("en", "$16.54 bn", 16.54e9)])
def test_amounts_as_each_language_writes_them(language, text, value):
    """A Russian decimal comma is a decimal (1,5 млрд is 1.5 billion, never 15); the window's
    own way of writing an amount in each language reads back as the same amount."""
    from bri_desktop.core import i18n
    from bri_desktop.core.money import format_usd, parse_usd

    i18n.install(i18n.english, language)
    try:
        assert parse_usd(text) == pytest.approx(value)
        for amount in (950, 12e3, 5e6, 260e6, 16.54e9):
            assert parse_usd(format_usd(amount)) == pytest.approx(amount)
    finally:
        i18n.install(i18n.english, "en")


def test_a_filter_summary_names_a_sector_in_the_interface_language():
    """Export stamps and captions: a facet value with no label of its own (a sector) is the
    vocabulary's word, as the chips show it ("Отрасль = Energy" was written into a Russian CSV)."""
    from bri_desktop.core import i18n
    from bri_desktop.core.filters import Filter

    i18n.install(lambda _c, text, _d=None, _n=-1: {"Energy": "Энергетика"}.get(text, text), "ru")
    try:
        summary = Filter(sectors=frozenset({"Energy"})).describe()
    finally:
        i18n.install(i18n.english, "en")
    assert "Энергетика" in summary and "Energy" not in summary

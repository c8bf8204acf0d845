"""The timeline's content without Qt: time as fractional years, spans at their precision, rows
that never overlap, ticks, bins and their estimates, lanes by country, inferred dates, and the
queries over a dataset (a malformed date left out, never drawn somewhere wrong)."""

from __future__ import annotations

import itertools
import random
import sqlite3
from datetime import date, timedelta

import pytest

from bri_desktop import paths
from bri_desktop.core.dates import from_years, is_inferred, last_day_before, span_years, to_years
from bri_desktop.core.filters import Filter
from bri_desktop.core.timeline import (
    Bin,
    Item,
    caption,
    count_between,
    country_lane,
    drawable,
    in_view,
    make_item,
    pack,
    stretch_text,
    ticks,
)
from bri_desktop.db import timeline


def test_days_and_fractional_years_go_both_ways():
    day = date(2012, 12, 31)
    while day < date(2031, 1, 1):
        assert from_years(to_years(day)) == day
        day += timedelta(days=17)
    assert to_years(date(2024, 1, 1)) == 2024.0
    assert last_day_before(to_years(date(2023, 11, 1))) == date(2023, 10, 31)
    assert last_day_before(2023.5) == from_years(2023.5)


def test_a_span_covers_its_days_whole():
    assert span_years("2024-01-01", "2024-12-31") == (2024.0, 2025.0)  # a year-only date: its year
    start, end = span_years("2024-07-01", "2024-07-31")
    assert (end - start) * 366 == pytest.approx(31)
    start, end = span_years("2024-12-20", "2024-12-20")  # a day: one day long
    assert (end - start) * 366 == pytest.approx(1)
    assert span_years("2024-12-31", "2024-01-01") == (2024.0, 2025.0)  # reversed: put right


def test_items_know_their_precision_and_a_bad_date_is_left_out():
    day = make_item("events", {"id": "a", "start": "2025-06-16", "end": "2025-06-16", "precision": "day"}, "e")
    assert day is not None and day.is_day and day.when == "16 Jun 2025"
    days = make_item("events", {"id": "a", "start": "2025-06-16", "end": "2025-06-18", "precision": "day"}, "e")
    assert days is not None and not days.is_day and days.precision == "period"  # three days: a span
    assert days.when == "16–18 Jun 2025" and (days.end - days.start) * 365 == pytest.approx(3)
    period = make_item("indicators", {"id": "b", "start": "2024-01-01", "end": "2024-09-30",
                                      "precision": "day", "label": "first nine months of 2024"}, "i")
    assert period is not None and period.precision == "period" and not period.is_day
    assert period.when == "first nine months of 2024"
    month = make_item("agreements", {"id": "c", "start": "2023-10-01", "end": "2023-10-31", "precision": "month",
                                     "note": "the year 2023 is inferred from its context"}, "a")
    assert month is not None and month.when == "Oct 2023" and month.inferred
    for bad in ("2023-13-01", "soon", "2023-02-30"):
        assert make_item("events", {"id": "x", "start": bad, "end": bad}, "e") is None
    assert make_item("events", {"id": "x", "start": None}, "e") is None


@pytest.mark.parametrize(("note", "inferred"), [
    ("2024 is inferred from the page date", True),
    ("The year 2025 is the curator's inference.", True),
    ("The article gives the full date.", False),
    ("The date recorded is that of entry into force.", False),
    (None, False),
    ("", False),
])
def test_inferred_dates_are_read_from_the_curators_words(note, inferred):
    assert is_inferred(note) is inferred


def test_rows_never_overlap_at_any_zoom():
    rng = random.Random(3)
    items = []
    for n in range(300):
        start = 2013 + rng.random() * 15
        length = rng.choice([0.0027, 1 / 12, 1.0, rng.random() * 3])
        items.append(Item("agreements", str(n), "t", "a", start, start + length, "month", "", False))
    for years_per_px in (0.02, 0.002, 0.0002):
        rows = pack(items, years_per_px, 12)
        for r in set(rows):
            spans = sorted((items[i].start, max(items[i].end, items[i].start + 12 * years_per_px))
                           for i in range(len(items)) if rows[i] == r)
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
        assert max(rows) < len(items)


def test_ticks_follow_the_zoom():
    years = ticks(2013, 2031, 1200 / 18)
    assert [t.label for t in years][:3] == ["2013", "2014", "2015"] and all(t.major for t in years)
    assert [t.label for t in ticks(2013, 2031, 300 / 18)][:2] == ["2015", "2020"]  # room for every 5th
    months = [t.label for t in ticks(2024, 2025, 1200)]
    assert months[:3] == ["2024", "Feb", "Mar"]
    days = [t.label for t in ticks(2024.2, 2024.22, 1000 / 0.02)]
    assert "15 Mar" in days and "16 Mar" in days


def test_bins_estimate_what_a_stretch_holds_and_what_can_be_drawn():
    bins = [Bin("a", 2024.0, 2025.0, 1200, "year"), Bin("a", 2024.0, 2024 + 31 / 366, 310, "month"),
            Bin("a", 2024.0, 2024 + 31 / 366, 62, "day")]
    january = (2024.0, 2024 + 31 / 366)
    assert count_between(bins, *january, ("day",)) == 62
    assert count_between(bins, *january, ("year",)) == 1200  # each of them covers January
    assert count_between(bins, 2024.0, 2024 + 15.5 / 366, ("day",)) == 31  # half of January
    assert drawable(bins, *january, 100) == ("day",)
    assert drawable(bins, *january, 500) == ("day", "month")
    assert drawable(bins, *january, 2000) == ("day", "month", "year")
    assert drawable(bins, *january, 10) == ()


@pytest.mark.parametrize(("countries", "lane"), [
    ("KZ", "KZ"), ("KZ, CN", "KZ"), ("TM, CN", "TM"), ("CN, KZ, KG, TJ, TM, UZ", "several"),
    ("CN", "other"), (None, "other"), ("", "other"), ("RU, KZ", "KZ"),
])
def test_lanes_by_country(countries, lane):
    assert country_lane(countries) == lane


def test_the_queries_place_the_bundled_records():
    conn = sqlite3.connect(paths.bundled_db())
    today = date(2026, 12, 6)
    whole = timeline.overview(conn, Filter(), "kind", {}, today)
    assert not whole.counted and whole.total == len(whole.items)
    assert whole.undated["projects"] == conn.execute(
        "SELECT count(*) FROM projects WHERE coalesce(start_year, end_year, year) IS NULL").fetchone()[0]
    assert (whole.first, whole.last) == (2013, 2031)  # the 2030 projection ends the axis
    counted = timeline.overview(conn, Filter(), "country", {"KZ": "Kazakhstan"}, today, limit=40)
    assert counted.counted_kinds == ("events", "agreements", "indicators")  # over a fifth of the limit
    assert {i.kind for i in counted.items} == {"packages", "projects"}  # few: still one by one
    assert sum(b.count for b in counted.bins) + len(counted.items) == whole.total
    assert ("KZ", "Kazakhstan") in counted.lanes
    # the records of a stretch, of the precisions asked for
    december = timeline.items_between(conn, Filter(), "kind", "2024-12-01", "2024-12-31", ("day",))
    assert december and all(i.is_day or i.precision == "period" for i in december)
    assert timeline.items_between(conn, Filter(), "kind", "2013-01-01", "2030-12-31", limit=5) is None


def test_a_malformed_date_in_a_dataset_is_left_out(tmp_path):
    path = tmp_path / "odd.sqlite"
    source = sqlite3.connect(paths.bundled_db())
    target = sqlite3.connect(path)
    source.backup(target)
    target.execute("UPDATE events SET date_start = 'sometime', date_end = 'later' WHERE id = 'xian-summit-2023'")
    target.commit()
    result = timeline.overview(target, Filter(), "kind", {}, date(2026, 12, 6))
    assert not result.counted and "xian-summit-2023" not in {i.id for i in result.items}
    assert len(result.items) == result.total  # "N records placed in time" says what is drawn
    assert result.undated["events"] == 1  # and the one left out is said: not placed


def test_days_side_by_side_share_a_row():
    day = 1 / 366
    items = [Item("agreements", str(n), "t", "a", 2024 + n * day, 2024 + (n + 1) * day, "day", "", False)
             for n in range(6)]
    # zoomed in (a day is 60 pixels), each day's marker fits: one row
    assert pack(items, day / 60, 14) == [0] * 6
    # zoomed out (a day is 2 pixels), the markers would overlap: rows
    assert max(pack(items, day / 2, 14)) > 0


def test_stretches_and_months_are_named_as_the_calendar_has_them():
    from datetime import date as day_of

    march = to_years(day_of(2024, 3, 1))
    assert stretch_text(march, to_years(day_of(2024, 6, 1))) == "Mar 2024 to May 2024"
    assert stretch_text(march, to_years(day_of(2024, 4, 1))) == "1 Mar 2024 to 31 Mar 2024"
    assert stretch_text(2024.0, 2025.0) == "2024" and stretch_text(2013.0, 2031.0) == "2013 to 2030"
    assert stretch_text(march, to_years(day_of(2024, 7, 1))) == "Mar 2024 to Jun 2024"
    assert stretch_text(to_years(day_of(2024, 3, 10)), to_years(day_of(2024, 3, 14))) == "10 Mar 2024 to 13 Mar 2024"


def test_a_date_filter_keeps_a_figure_given_as_of_a_day():
    conn = sqlite3.connect(paths.bundled_db())
    as_of = {r[0] for r in conn.execute("SELECT id FROM indicators WHERE period_start IS NULL AND period_end "
                                        "BETWEEN '2024-01-01' AND '2024-12-31'")}
    assert as_of
    kept = timeline.overview(conn, Filter(date_from="2024-01-01", date_to="2024-12-31"), "kind", {},
                             date(2026, 12, 6))
    assert as_of <= {i.id for i in kept.items}


def test_month_ticks_stand_on_the_first_of_the_month():
    from datetime import date as day_of

    months = {t.label: t.at for t in ticks(2025.0, 2026.0, 600)}
    assert months["Jun"] == to_years(day_of(2025, 6, 1)) and months["Jul"] == to_years(day_of(2025, 7, 1))


def test_a_month_or_a_year_counts_whole_wherever_it_overlaps():
    bins = [Bin("a", 2024.0, 2025.0, 1200, "year"), Bin("a", 2024.0, 2024 + 31 / 366, 310, "month"),
            Bin("a", 2024.0, 2024 + 31 / 366, 62, "day")]
    two_days = (2024 + 3 / 366, 2024 + 5 / 366)
    assert count_between(bins, *two_days, ("day",)) == 4
    assert count_between(bins, *two_days, ("month",)) == 310  # every record of January overlaps
    assert count_between(bins, *two_days, ("year",)) == 1200
    assert drawable(bins, *two_days, 100) == ("day",)


def test_the_caption_counts_what_is_in_view_in_either_lanes():
    conn = sqlite3.connect(paths.bundled_db())
    labels = {k: k.capitalize() for k in timeline.TIMELINE_KINDS}
    for lanes in ("kind", "country"):
        view = timeline.overview(conn, Filter(), lanes, {}, date(2026, 12, 6), limit=40)
        shown = in_view(view, view.items, 2023.0, 2024.0)
        assert shown["agreements"] >= 33  # counted in bins, in either lanes
        text = caption(view, shown, "none", "v", 2023.0, 2024.0, labels)
        assert text.startswith(f"Timeline by {lanes}, 2023: ") and " in view, of 78 " in text
    one = caption(view, {"events": 1, "agreements": 2}, "none", "v", 2023.0, 2024.0, labels)
    assert "1 event, 2 agreements in view" in one


def test_a_long_word_breaks_and_words_do_not():
    from bri_desktop.ui.image_export import breakable

    assert breakable("No date, not placed: Turkmenistan") == "No date, not placed: Turkmenistan"
    broken = breakable("a" * 100)
    assert broken.replace("\u200b", "") == "a" * 100 and broken.count("\u200b") == 2

"""A table cell's text for each format a column can have, as the table, the details and the
exports show it: empty for a missing value, never "None"."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bri_desktop.core.formatting import cell_formatter, format_cell


@dataclass(frozen=True)
class Spec:
    key: str
    fmt: str
    qualifier: str = ""
    low: str = ""
    unit: str = ""
    end: str = ""


VOCAB = {"countries": {"KZ": "Kazakhstan"}}
CASES = [
    (Spec("country", "vocab:countries"), {"country": "KZ"}, "Kazakhstan"),
    (Spec("country", "vocab:countries"), {"country": "XX"}, "XX"),  # a code without a label
    (Spec("country", "vocab:countries"), {"country": None}, ""),
    (Spec("country", "vocab:nowhere"), {"country": "KZ"}, "KZ"),
    (Spec("value", "usd", qualifier="q"), {"value": 16.54e9, "q": None}, "$16.54 bn"),
    (Spec("value", "usd", qualifier="q"), {"value": 260e6, "q": "over"}, "over $260 m"),
    (Spec("value", "usd"), {"value": None}, ""),
    (Spec("date", "date"), {"date": "2024-05"}, "May 2024"),
    (Spec("date", "date_range", end="e"), {"date": "2023", "e": "2024"}, "2023 – 2024"),
    (Spec("date", "date_range", end="e"), {"date": "2023-05-12", "e": None}, "12 May 2023"),
    (Spec("capacity", "capacity", low="lo", unit="u"), {"capacity": 10, "lo": 5, "u": "bcm/yr"},
     "5–10 bcm/yr"),
    (Spec("capacity", "capacity", low="lo", unit="u"), {"capacity": 4.5, "lo": None, "u": None}, "4.5"),
    (Spec("value", "indicator", qualifier="q", unit="u"), {"value": 85, "q": None, "u": "%"}, "85 %"),
    (Spec("value", "indicator", qualifier="q", unit="u"), {"value": 6000, "q": "over", "u": None},
     "over 6,000"),
    (Spec("length", "km", qualifier="q"), {"length": 1833, "q": None}, "1,833 km"),
    (Spec("count", "count", qualifier="q"), {"count": 120, "q": "about"}, "about 120"),
    (Spec("year", "int"), {"year": 2024}, "2024"),
    (Spec("year", "int"), {"year": None}, ""),
    (Spec("binding", "binding"), {"binding": 1}, "Binding"),
    (Spec("binding", "binding"), {"binding": 0}, "Non-binding"),
    (Spec("binding", "binding"), {"binding": None}, ""),
    (Spec("sector", "label"), {"sector": "Energy"}, "Energy"),
    (Spec("title", "text"), {"title": "Agreement on gas"}, "Agreement on gas"),
    (Spec("title", "text"), {"title": 12}, "12"),
    (Spec("title", "text"), {"title": None}, ""),
    (Spec("title", "text"), {"title": ""}, ""),
    # a foreign or damaged file: text where an amount belongs, a number where a code belongs
    (Spec("value", "usd", qualifier="q"), {"value": "lots of money", "q": None}, "lots of money"),
    (Spec("date", "date"), {"date": 20240101}, "20240101"),
    (Spec("country", "vocab:countries"), {"country": 7}, "7"),
]


@pytest.mark.parametrize(("spec", "row", "text"), CASES, ids=[f"{c[0].fmt}-{i}" for i, c in enumerate(CASES)])
def test_each_format_as_the_table_shows_it(spec, row, text):
    assert format_cell(spec, row, VOCAB) == text
    assert cell_formatter(spec, VOCAB)(row) == text  # the page's formatter, made once per column

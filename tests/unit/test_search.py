from __future__ import annotations

import pytest

from bri_desktop.core.search import SearchSyntaxError, to_fts_query


@pytest.mark.parametrize("text, expected", [
    ("", ""),
    ("Sinopec", "Sinopec"),
    ("sino*", "sino*"),
    ('"Shymkent refinery"', '"Shymkent refinery"'),
    ("sinopec OR cnpc", "sinopec OR cnpc"),
    ("kmg NOT sinopec", "kmg NOT sinopec"),
    ("(kmg OR ktz) AND china", "( kmg OR ktz ) AND china"),
    ("CNPC-Aktobemunaigas", '"CNPC Aktobemunaigas"'),
    ("Xi'an", '"Xi an"'),
    ("QIC’s", "QIC’s"),
])
def test_translation(text, expected):
    assert to_fts_query(text) == expected


@pytest.mark.parametrize("text, words", [
    ('"shymkent', "Unbalanced quote"),
    ("AND sinopec", "AND needs a search term before it"),
    ("sinopec OR", "OR needs a search term after it"),
    ("(kmg", "closing ')'"),
    ("kmg)", "has no '('"),
    ("*", "must follow the start of a word"),
    ('""', "Empty phrase"),
    ("---", "no letters or digits"),
])
def test_malformed_queries_say_what_is_wrong(text, words):
    with pytest.raises(SearchSyntaxError, match=words.replace("(", r"\(").replace(")", r"\)")):
        to_fts_query(text)

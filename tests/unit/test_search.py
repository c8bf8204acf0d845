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
    ("KMG & Sinopec", "KMG Sinopec"),
    ("KMG - Sinopec", "KMG Sinopec"),
    ("KMG -Sinopec", "KMG NOT Sinopec"),
    ("title:Sinopec", "title : Sinopec"),
    ('Title:"Shymkent refinery"', 'title : "Shymkent refinery"'),
    ("parties: KMG", "parties : KMG"),
    ("foo:bar", '"foo bar"'),
    ("(KMG) Sinopec", "( KMG ) AND Sinopec"),
    ('Sinopec -"Shymkent refinery"', 'Sinopec NOT "Shymkent refinery"'),
    ("Sinopec -(KMG)", "Sinopec NOT ( KMG )"),
    ("title:OR", 'title : "OR"'),
    ("OR*", '"OR"*'),
])
def test_translation(text, expected):
    assert to_fts_query(text) == expected


@pytest.mark.parametrize("text, words", [
    ('"shymkent', "Unbalanced quote"),
    ("AND sinopec", "AND needs a search term before it"),
    ("sinopec OR", "OR needs a search term after it"),
    ("(kmg", "closing ')'"),
    ("kmg)", "has no '('"),
    ("*", "no letters or digits"),
    ('""', "Empty phrase"),
    ("---", "no letters or digits"),
    ("& -", "no letters or digits"),
    ("-Sinopec", "cannot start with a left-out word"),
    ("c* " * 40, "more than 32 words"),
    ("x" * 600, "too long"),
])
def test_malformed_queries_say_what_is_wrong(text, words):
    with pytest.raises(SearchSyntaxError, match=words.replace("(", r"\(").replace(")", r"\)")):
        to_fts_query(text)


def test_every_translation_is_a_query_the_index_runs(db_conn):
    """A seeded fuzz over odd text: each input is refused with a message, or runs."""
    import random
    import sqlite3

    rng = random.Random(5)
    pieces = ["KMG", "sino*", '"', "(", ")", "AND", "OR", "NOT", "-", "&", "*", ":", "title:",
              "parties:", "foo:", "'", "^", "NEAR", "NEAR(", "\\", "%", "é", "中国", "-x", " ", "  ",
              "(KMG)", '-"a b"', "-(KMG)", "OR*", "title:OR", '"x"']
    for _ in range(6000):  # pieces joined with and without spaces: ")KMG", '-"a b"', ...
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 8)))
        try:
            fts = to_fts_query(text)
        except SearchSyntaxError:
            continue
        if not fts:  # only spaces: no search
            continue
        try:
            db_conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?", (fts,))
        except sqlite3.OperationalError as exc:
            raise AssertionError(f"{text!r} -> {fts!r}: {exc}") from exc


def test_a_field_search_finds_only_in_that_field(db_conn):
    def ids(text):
        rows = db_conn.execute("SELECT record_id FROM search_index WHERE search_index MATCH ?",
                               (to_fts_query(text),))
        return {r[0] for r in rows}

    assert ids("title:Sinopec") and ids("title:Sinopec") < ids("Sinopec")
    assert ids("title:Sinopec") <= ids("Sinopec")

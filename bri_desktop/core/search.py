"""Turn what the user types into an SQLite FTS5 query, or say clearly what is wrong with it.

Supported: words (``sinopec``), prefixes (``sino*``), phrases (``"Shymkent refinery"``), AND, OR,
NOT and parentheses. A word with punctuation inside (``CNPC-Aktobemunaigas``) is searched as a
phrase of its parts, so the user need not know FTS5's bareword rules.
"""

from __future__ import annotations

import re

OPERATORS = {"AND", "OR", "NOT"}
_BAREWORD = re.compile(r"^[\w\u0080-\uffff]+$")
_TOKEN = re.compile(r'"[^"]*"\*?|\(|\)|[^\s()"]+|"')


class SearchSyntaxError(ValueError):
    """A search the index cannot run; the message is short enough to show under the search box."""


def to_fts_query(text: str) -> str:
    """Return the FTS5 query for ``text`` ("" for no search); raise SearchSyntaxError."""
    text = text.strip()
    if not text:
        return ""
    if text.count('"') % 2:
        raise SearchSyntaxError('Unbalanced quote: add the closing "')
    parts: list[str] = []
    depth = 0
    previous = None  # "term", "op", "(" or ")"
    for token in _TOKEN.findall(text):
        if token == "(":
            if previous in ("term", ")"):
                parts.append("AND")
            depth += 1
            parts.append(token)
            previous = "("
        elif token == ")":
            depth -= 1
            if depth < 0:
                raise SearchSyntaxError("Unbalanced parenthesis: a ')' has no '('")
            if previous in ("op", "("):
                raise SearchSyntaxError("Empty or incomplete group in parentheses")
            parts.append(token)
            previous = ")"
        elif token in OPERATORS:
            if previous in (None, "op", "("):
                raise SearchSyntaxError(f"{token} needs a search term before it")
            parts.append(token)
            previous = "op"
        else:
            parts.append(_term(token))
            previous = "term"
    if depth > 0:
        raise SearchSyntaxError("Unbalanced parenthesis: add the closing ')'")
    if previous == "op":
        raise SearchSyntaxError(f"{parts[-1]} needs a search term after it")
    return " ".join(parts)


def _term(token: str) -> str:
    if token.startswith('"'):
        inner = token.rstrip("*")
        if inner == '""':
            raise SearchSyntaxError("Empty phrase in quotes")
        return token
    prefix = token.endswith("*")
    word = token.rstrip("*")
    if not word:
        raise SearchSyntaxError("A '*' must follow the start of a word, as in sino*")
    if _BAREWORD.match(word):
        return word + ("*" if prefix else "")
    words = re.findall(r"[\w\u0080-\uffff]+", word)
    if not words:
        raise SearchSyntaxError(f"'{token}' has no letters or digits to search for")
    return '"' + " ".join(words) + '"' + ("*" if prefix else "")

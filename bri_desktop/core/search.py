"""Turn what the user types into an SQLite FTS5 query, or say clearly what is wrong with it.

Supported: words (``sinopec``), prefixes (``sino*``), phrases (``"Shymkent refinery"``), AND, OR,
NOT and parentheses; ``-word`` leaves out records with the word (as web searches do); a field
before a colon searches that field only (``title:Sinopec``, ``parties:KMG``, ``summary:``,
``quotes:``). A word with punctuation inside (``CNPC-Aktobemunaigas``) is searched as a phrase of
its parts, so the user need not know FTS5's bareword rules; punctuation standing alone (``&``,
``-``) means nothing and is passed over. The result is always a query FTS5 can parse, so a
search is checked here, without running it.
"""

from __future__ import annotations

import re

from bri_desktop.core.i18n import number, translate

OPERATORS = {"AND", "OR", "NOT"}
KEYWORDS = OPERATORS | {"NEAR"}  # FTS5's own words: quoted when the user searches for them
COLUMNS = {"title": "title", "summary": "summary", "parties": "parties", "party": "parties",
           "quotes": "quotes", "quote": "quotes"}
MAX_CHARS = 500
MAX_TERMS = 32
_BAREWORD = re.compile(r"^[\w\u0080-\uffff]+$")
_WORD = re.compile(r"[\w\u0080-\uffff]")
_TOKEN = re.compile(r'"[^"]*"\*?|\(|\)|[^\s()"]+|"')


class SearchSyntaxError(ValueError):
    """A search the index cannot run; the message is short enough to show under the search box."""


def to_fts_query(text: str) -> str:
    """Return the FTS5 query for ``text`` ("" for no search); raise SearchSyntaxError."""
    text = text.strip()
    if not text:
        return ""
    if len(text) > MAX_CHARS:
        raise SearchSyntaxError(translate("search", "The search is too long ({count} characters; at most {most})")
                                .format(count=number(len(text), 0), most=MAX_CHARS))
    if text.count('"') % 2:
        raise SearchSyntaxError(translate("search", 'Unbalanced quote: add the closing "'))
    parts: list[str] = []
    depth = 0
    terms = 0
    previous = None  # "term", "op", "(" or ")"
    column = ""  # a field named before a colon, for the next term
    found = list(_TOKEN.finditer(text))
    tokens = [m.group() for m in found]
    if tokens and all(_is_punctuation(t) for t in tokens):
        raise SearchSyntaxError(_no_letters(text))
    exclude_next = False  # a "-" written against a phrase or a group: leave it out
    for position, token in enumerate(tokens):
        following = found[position + 1] if position + 1 < len(found) else None
        if token == "-" and following is not None and following.start() == found[position].end() \
                and following.group()[0] in '"(':
            exclude_next = True
            continue
        if _is_punctuation(token):
            continue  # "&", "-", "/" between words: the user means nothing by them
        if token.endswith(":") and token[:-1].lower() in COLUMNS:
            column = COLUMNS[token[:-1].lower()]
            continue
        if token == "(":
            if exclude_next:
                _exclude(parts, previous, "-(")
                exclude_next = False
            elif previous in ("term", ")"):
                parts.append("AND")
            depth += 1
            parts.append(token)
            previous = "("
        elif token == ")":
            depth -= 1
            if depth < 0:
                raise SearchSyntaxError(translate("search", "Unbalanced parenthesis: a ')' has no '('"))
            if previous in ("op", "("):
                raise SearchSyntaxError(translate("search", "Empty or incomplete group in parentheses"))
            parts.append(token)
            previous = ")"
        elif token in OPERATORS and not column:
            if previous in (None, "op", "("):
                raise SearchSyntaxError(translate("search", "{operator} needs a search term before it")
                                        .format(operator=token))
            parts.append(token)
            previous = "op"
        else:
            excluded = exclude_next or (token.startswith("-") and len(token) > 1
                                        and not _is_punctuation(token[1:]))
            if excluded:
                _exclude(parts, previous, token)
                token = token.removeprefix("-")
                exclude_next = False
            elif previous == ")":  # FTS5 joins a group and a word only with AND
                parts.append("AND")
            token, column = _column_of(token, column)
            terms += 1
            if terms > MAX_TERMS:
                raise SearchSyntaxError(translate("search", "The search has more than {most} words: narrow it")
                                        .format(most=MAX_TERMS))
            parts.append(f"{column} : {_term(token)}" if column else _term(token))
            column = ""
            previous = "term"
    if depth > 0:
        raise SearchSyntaxError(translate("search", "Unbalanced parenthesis: add the closing ')'"))
    if previous == "op":
        raise SearchSyntaxError(translate("search", "{operator} needs a search term after it")
                                .format(operator=parts[-1]))
    if not parts:
        raise SearchSyntaxError(translate("search", "'{text}' has nothing to search for").format(text=text))
    return " ".join(parts)


def _exclude(parts: list[str], previous: str | None, token: str) -> None:
    """``-word``, ``-"a phrase"`` or ``-(a group)``: NOT what follows."""
    if previous in (None, "op", "("):
        raise SearchSyntaxError(translate("search", "A search cannot start with a left-out word ({word}): "
                                                    "put what to find first").format(word=token))
    parts.append("NOT")


def _is_punctuation(token: str) -> bool:
    return token not in ("(", ")") and not _WORD.search(token) and '"' not in token


def _column_of(token: str, column: str) -> tuple[str, str]:
    """``title:Sinopec`` -> ("Sinopec", "title"); a prefix that is no field stays in the word."""
    head, sep, rest = token.partition(":")
    if sep and rest and head.lower() in COLUMNS:
        return rest, COLUMNS[head.lower()]
    return token, column


def _term(token: str) -> str:
    if token.startswith('"'):
        inner = token.rstrip("*")
        if not _WORD.search(inner):
            raise SearchSyntaxError(translate("search", "Empty phrase in quotes"))
        return token
    prefix = token.endswith("*")
    word = token.rstrip("*")
    if not word:
        raise SearchSyntaxError(translate("search", "A '*' must follow the start of a word, as in sino*"))
    if _BAREWORD.match(word) and word.upper() not in KEYWORDS:
        return word + ("*" if prefix else "")
    if word.upper() in KEYWORDS:  # "OR" as a word to find, not an operator
        return f'"{word}"' + ("*" if prefix else "")
    words = re.findall(r"[\w\u0080-\uffff]+", word)
    if not words:
        raise SearchSyntaxError(_no_letters(token))
    return '"' + " ".join(words) + '"' + ("*" if prefix else "")


def _no_letters(text: str) -> str:
    return translate("search", "'{text}' has no letters or digits to search for").format(text=text)

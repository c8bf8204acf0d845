"""The interface language for the layers below the window (briefings, messages, money).

Every text a user reads goes through ``translate(context, text)``, the same call the window
makes (Qt's ``lupdate`` finds it by its name, so a string is written once, in English, where it
is used). The window installs Qt's translator here at start (``install``) for Russian and Chinese; in
English, and in the command line, the source text is returned, with ``%n`` replaced by the
number and the plural marked "(s)" made right.

Numbers and money follow the language's convention (``number``, ``money``): English
"$16.54 bn"; Russian "16,54 млрд $" (a decimal comma, a no-break space between thousands, the
scale word and the currency after the number, as Russian financial writing has them); Chinese
"165.4亿美元" (amounts of 100 million and more in 亿, of 10,000 and more in 万, as Chinese
writing counts, never in 十亿).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

Translator = Callable[[str, str, "str | None", int], str]
LANGUAGES = {"en": "English", "ru": "Русский", "zh_CN": "中文"}


def english(_context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself: with a count, "%n record(s)" reads "1 record", "2,500 records"
    ("(s)" and "(es)" mark the English plural)."""
    if n < 0:
        return text
    text = text.replace("%Ln", f"{n:,}").replace("%n", f"{n:,}")
    return _PLURAL.sub("" if n == 1 else r"\1", text)


_PLURAL = re.compile(r"\((e?s)\)")


_current: dict = {"translate": english, "language": "en"}


def install(translator: Translator, language: str) -> None:
    """Use ``translator`` (Qt's) for every later ``translate``; ``language`` (a key of
    LANGUAGES) decides how numbers and money are written."""
    _current["translate"] = translator
    _current["language"] = language if language in LANGUAGES else "en"


def language() -> str:
    return str(_current["language"])


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (``n``: the count a plural form is chosen by)."""
    return str(_current["translate"](context, text, disambiguation, n))


def vocabulary_label(label: str) -> str:
    """A label of the dataset's vocabulary (a sector, a document type, a status, a country, a
    unit): in the interface language (core.vocabulary_texts lists them for lupdate); an imported
    collection's name, or a label no translation has yet, stays as it is."""
    return translate("vocabulary", label)


class TranslatedTexts(Mapping[str, str]):
    """Texts written in English where they are declared (each marked for lupdate with
    ``QT_TRANSLATE_NOOP(context, ...)``), read in the interface language: ``texts[key]`` is
    translated when it is read, after the language is installed."""

    def __init__(self, context: str, texts: Mapping[str, str]):
        self.context = context
        self.english = dict(texts)

    def __getitem__(self, key: str) -> str:
        return translate(self.context, self.english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Marks ``text`` for lupdate where it is written; ``translate`` is called where it is shown."""
    return text


SEPARATORS = {"en": (",", "."), "ru": ("\u00a0", ","), "zh_CN": (",", ".")}  # thousands, decimals


def number(value: float, decimals: int = 2, group: bool = True) -> str:
    """``value`` with up to ``decimals`` decimals (trailing zeros dropped), in the language's
    separators: 6,000.5 (English, Chinese), 6 000,5 (Russian)."""
    text = f"{value:,.{decimals}f}" if group else f"{value:.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    thousands, point = SEPARATORS[language()]
    return text.replace(",", "\x00").replace(".", point).replace("\x00", thousands)


def money(value: float) -> str:
    """US dollars, compactly: $16.54 bn / 16,54 млрд $ / 165.4亿美元."""
    lang = language()
    if lang == "zh_CN":
        for scale, word in ((1e8, "亿"), (1e4, "万")):
            if value >= scale:
                return f"{number(value / scale)}{word}美元"
        return f"{number(value)}美元"
    for scale, en, ru in ((1e9, "bn", "млрд"), (1e6, "m", "млн"), (1e3, "k", "тыс.")):
        if value >= scale:
            return f"{number(value / scale)}\u00a0{ru} $" if lang == "ru" else f"${number(value / scale)} {en}"
    return f"{number(value)} $" if lang == "ru" else f"${number(value)}"

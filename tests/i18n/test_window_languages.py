"""The window in Russian and in Chinese, as a user opens it: every view of every kind, the
menus and the dialogs show no text left in English; the records stay in their sources'
language; numbers and money follow the language."""

from __future__ import annotations

import pytest

from bri_desktop.core import i18n as core_i18n
from bri_desktop.db.kinds import VIEWS
from tests.gui.conftest import settle
from tests.i18n.walk import menu_texts, untranslated, widget_texts

LANGUAGES = ("ru", "zh_CN")


@pytest.fixture
def language(request, qapp):
    from bri_desktop.ui import i18n

    chosen, problem = i18n.install(request.param)
    assert (chosen, problem) == (request.param, "")
    yield chosen
    i18n.install("en")


def _data(window):
    """The widgets that show records (their words are the sources')."""
    # the chart's notes name the packages left out of its bars (records' names)
    return tuple(w for w in (window.details, window.saved_views, window.chart.notes) if w is not None)


def _data_items(window):
    """Views whose items are records or record names (their headers are the interface's)."""
    from PySide6.QtWidgets import QAbstractItemView

    return (window.table, *[v for v in window.facets.findChildren(QAbstractItemView)])


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_view_of_every_kind_is_in_the_language(language, make_window, qtbot):
    from bri_desktop.core.filters import Filter

    window = make_window()
    found = menu_texts([a.menu() for a in window.menuBar().actions() if a.menu()])
    # with filters some kinds cannot apply (the timeline and the chart then say which), and chips
    window.set_filter(Filter(countries=frozenset({"KZ"}), sectors=frozenset({"Energy"})))
    settle(qtbot, window)
    for kind in VIEWS:
        window.set_kind(kind)
        settle(qtbot, window)
        for tab in range(window.views.count()):
            window.views.setCurrentIndex(tab)
            qtbot.wait(20)
            settle(qtbot, window)
            found += widget_texts(window, _data(window), _data_items(window))
        found.append(("status bar", window.statusBar().currentMessage()))
    left = untranslated(found)
    assert not left, "\n".join(sorted({f"{where}: {text!r} {words}" for where, text, words in left}))


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_dialogs_are_in_the_language(language, make_window, qtbot):
    from bri_desktop.ui.team_dialogs import Preferences

    window = make_window()
    found = []
    for dialog in (Preferences(window),):
        dialog.show()
        qtbot.wait(20)
        found += widget_texts(dialog)
        dialog.close()
    left = untranslated(found)
    assert not left, "\n".join(sorted({f"{where}: {text!r} {words}" for where, text, words in left}))


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_vocabulary_is_translated_and_money_follows_the_language(language):
    from bri_desktop.core.money import format_usd

    assert core_i18n.vocabulary_label("Kazakhstan") == {"ru": "Казахстан", "zh_CN": "哈萨克斯坦"}[language]
    assert format_usd(16.54e9) == {"ru": "16,54\u00a0млрд $", "zh_CN": "165.4亿美元"}[language]


@pytest.mark.parametrize("language", ("en", *LANGUAGES), indirect=True)
def test_no_label_or_button_is_cut_short(language, make_window, qtbot):
    """Russian runs longer than English and Chinese needs its own glyphs: at the window's first
    size, in every view, every label and button has the width its text needs."""
    from tests.i18n.walk import clipped

    window = make_window()
    cut = []
    for tab in range(window.views.count()):
        window.views.setCurrentIndex(tab)
        settle(qtbot, window)
        cut += clipped(window)
    assert not cut, cut

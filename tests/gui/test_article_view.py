"""The source article in the app: every quote found and highlighted in its article; from a
record's sources, "Show in article" opens the text at the quote; a highlight opens its record."""

from __future__ import annotations

import sqlite3
from html import unescape

from PySide6.QtCore import Qt, QUrl

from bri_desktop import paths
from bri_desktop.core.article import Cited, article_html, find_passages, normalise_text
from tests.gui.conftest import settle
from tests.gui.test_record_sequences import click_record

BEREK = "kmg-sinopec-berekovskoye"


def test_every_quote_of_the_dataset_is_found_in_its_article():
    conn = sqlite3.connect(paths.bundled_db())
    sources = conn.execute("SELECT id, file FROM sources WHERE NOT imported").fetchall()
    assert len(sources) == 5
    for source_id, file in sources:
        text = (paths.data_dir() / file).read_text(encoding="utf-8")
        cites = [Cited(k, r, r, q) for k, r, q in conn.execute(
            "SELECT kind, record_id, quote FROM citations WHERE source_id = ?", (source_id,))]
        passages, missing = find_passages(text, cites)
        assert missing == [], [c.quote for c in missing]
        for passage in passages:  # each passage is the quoted text of the article itself
            quoted = normalise_text(text[passage.start:passage.end])
            assert all(normalise_text(c.quote) in quoted for c in passage.cited)
        html = article_html(text, passages)
        assert html.count("<a name='q") == len(passages)


def test_a_passage_is_the_articles_own_text_and_markup_is_never_run():
    text = "Intro.\n\nThe <b>deal</b> was  signed “in October”.\n\nEnd."
    passages, missing = find_passages(text, [Cited("agreements", "a1", "A one", 'deal</b> was signed "in october"')])
    assert not missing and text[passages[0].start:passages[0].end] == "deal</b> was  signed “in October”"
    html = article_html(text, passages)
    assert "<b>" not in html and "&lt;b&gt;" in html and "deal&lt;/b&gt;" in html
    assert unescape(html).count("signed “in October”") == 1


def test_show_in_article_opens_the_text_at_the_quote_and_a_highlight_opens_its_record(qtbot, window):
    click_record(qtbot, window, BEREK)
    settle(qtbot, window)
    record = window.details.record
    source = record["citations"][0]["source"]
    assert "Show in article" in window.details.browser.toPlainText()
    window.on_details_link(QUrl(f"bri:article/{source}/agreements/{BEREK}"))
    qtbot.waitUntil(lambda: window.views.currentWidget() is window.article, timeout=10000)
    panel = window.article
    assert panel.accessibleName() == "Article"
    assert panel.article.source["id"] == source and not panel.article.missing
    shown = panel.text.toPlainText()
    assert normalise_text(record["citations"][0]["quote"]) in normalise_text(shown)
    # scrolled to the quote: its first words are on screen
    words = " ".join(record["citations"][0]["quote"].split()[:4])
    cursor = panel.text.document().find(words)
    assert not cursor.isNull()
    qtbot.waitUntil(lambda: 0 <= panel.text.cursorRect(cursor).top() < panel.text.viewport().height(),
                    timeout=5000)
    # the records citing it are listed, by kind; activating one opens it
    names = [panel.citing.item(i).text() for i in range(panel.citing.count())]
    assert any(n.startswith("Agreements (") for n in names)
    other = next(c for c in panel.article.cites if c.record_id != BEREK)
    panel.text.anchorClicked.emit(QUrl(f"bri:record/{other.kind}/{other.record_id}"))
    settle(qtbot, window)
    assert window.details.record["id"] == other.record_id


def test_a_source_record_opens_its_article_and_a_missing_file_is_said(qtbot, window, monkeypatch, tmp_path):
    window.on_details_link(QUrl("bri:article/no-such-source"))
    settle(qtbot, window)
    assert "no source 'no-such-source'" in window.statusBar().currentMessage()
    conn = sqlite3.connect(paths.bundled_db())
    source = conn.execute("SELECT id FROM sources WHERE NOT imported ORDER BY seq").fetchone()[0]
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)  # the articles are not where they were
    window.show_article(source)
    qtbot.waitUntil(lambda: window.views.currentWidget() is window.article, timeout=10000)
    assert "cannot be read" in window.article.text.toPlainText()
    assert window.last_error == ""


def _open_at_quote(qtbot, window):
    click_record(qtbot, window, BEREK)
    settle(qtbot, window)
    quote = window.details.record["citations"][0]
    window.on_details_link(QUrl(f"bri:article/{quote['source']}/agreements/{BEREK}"))
    qtbot.waitUntil(lambda: window.views.currentWidget() is window.article, timeout=10000)
    settle(qtbot, window)
    return window.article, " ".join(quote["quote"].split()[:4])


def test_the_quote_in_view_stays_in_view_when_the_window_is_resized(qtbot, window):
    panel, words = _open_at_quote(qtbot, window)
    cursor = panel.text.document().find(words)
    qtbot.waitUntil(lambda: 0 <= panel.text.cursorRect(cursor).top() < panel.text.viewport().height(), timeout=5000)
    for size in ((900, 600), (1500, 950), (1000, 680)):
        window.resize(*size)
        qtbot.wait(50)
        top = panel.text.cursorRect(cursor).top()
        assert 0 <= top < panel.text.viewport().height() // 2, (size, top)


def test_the_records_citing_it_follow_the_filters(qtbot, window):
    from PySide6.QtGui import QPalette

    from bri_desktop.core.filters import Filter

    panel, _words = _open_at_quote(qtbot, window)
    heads = [panel.citing.item(i) for i in range(panel.citing.count()) if not panel.citing.item(i).data(257)]
    assert heads and all(h.flags() & Qt.ItemFlag.ItemIsEnabled for h in heads)  # headings are not greyed
    window.set_filter(Filter(countries=frozenset({"KG"})))
    qtbot.waitUntil(lambda: "The filters hide" in panel.status.text(), timeout=10000)
    conn = sqlite3.connect(paths.bundled_db())
    disabled = panel.citing.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).color()
    for item in (panel.citing.item(i) for i in range(panel.citing.count())):
        key = item.data(257)
        if not key:
            continue
        kind, record_id = key
        kept = kind in ("agreements", "events", "packages", "projects") and conn.execute(
            f"SELECT 1 FROM {kind} WHERE id = ? AND country = 'KG'", (record_id,)).fetchone() is not None
        if kind == "indicators":
            kept = conn.execute("SELECT 1 FROM indicator_countries WHERE indicator_id = ? AND country = 'KG'",
                                (record_id,)).fetchone() is not None
        if kind == "organizations":
            kept = conn.execute("SELECT 1 FROM organizations WHERE id = ? AND country = 'KG'",
                                (record_id,)).fetchone() is not None
        assert (item.foreground().color() == disabled) is (not kept), (key, kept)
    # the dark theme: the hidden records take its grey, the kept ones its own text colour
    from bri_desktop.ui.theme import theme_of

    theme_of().apply("dark")
    qtbot.waitUntil(lambda: panel.citing.palette().color(QPalette.ColorRole.Text).lightness() > 128, timeout=5000)
    try:
        dark_grey = panel.citing.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).color()
        for item in (panel.citing.item(i) for i in range(panel.citing.count())):
            if item.data(257) and item.data(Qt.ItemDataRole.ForegroundRole) is not None:
                assert item.foreground().color() == dark_grey
            elif item.data(257):  # kept: no colour of its own, so the theme's text (light on dark)
                assert item.data(Qt.ItemDataRole.ForegroundRole) is None
    finally:
        theme_of().apply("light")
    window.clear_filters()
    qtbot.waitUntil(lambda: "The filters hide" not in panel.status.text(), timeout=10000)

"""Typing in the search box filters the records; a malformed query never loses the result."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import settle


def fts_count(conn, kind: str, query: str) -> int:
    return conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ? AND kind = ?",
                        (query, kind)).fetchone()[0]


def search(qtbot, window, text: str) -> None:
    window.search.edit.selectAll()  # typing replaces the selection, as a user would
    qtbot.keyClicks(window.search.edit, text)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    settle(qtbot, window)


def test_typing_sinopec_finds_its_agreements(qtbot, window, db_conn):
    search(qtbot, window, "Sinopec")
    assert window.model.matched == fts_count(db_conn, "agreements", "Sinopec") >= 3
    parties = [window.model.index(r, 1).data() for r in range(window.model.rowCount())]
    assert all("Sinopec" in p for p in parties)
    total = db_conn.execute("SELECT count(*) FROM agreements").fetchone()[0]
    assert window.status_label.text() == f"{window.model.matched} of {total} agreements"


def test_alias_kmg_finds_kazmunaygas(qtbot, window, db_conn):
    search(qtbot, window, "KMG")
    ids = {window.model.record_id(r) for r in range(window.model.rowCount())}
    party_of = {r[0] for r in db_conn.execute(
        "SELECT agreement_id FROM agreement_parties WHERE org_id = 'kmg'")}
    assert party_of and party_of <= ids


def test_prefix_and_phrase(qtbot, window, db_conn):
    search(qtbot, window, "sino*")
    assert window.model.matched == fts_count(db_conn, "agreements", "sino*")
    window.set_kind("projects")
    settle(qtbot, window)
    search(qtbot, window, '"Shymkent refinery"')
    names = {window.model.index(r, 0).data() for r in range(window.model.rowCount())}
    assert any("Shymkent" in n for n in names)


def test_malformed_query_keeps_last_result(qtbot, window):
    search(qtbot, window, "Sinopec")
    before = [window.model.record_id(r) for r in range(window.model.rowCount())]
    for bad, words in (('"shymkent', "Unbalanced quote"), ("AND", "needs a search term"),
                       ("sinopec OR", "needs a search term after")):
        search(qtbot, window, bad)
        assert window.search.message.isVisible()
        assert words in window.search.message.text()
        assert window.filter.search == "Sinopec"
        assert [window.model.record_id(r) for r in range(window.model.rowCount())] == before
    search(qtbot, window, "CNPC")
    assert not window.search.message.isVisible()


def test_escape_clears_search(qtbot, window):
    search(qtbot, window, "Sinopec")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.filter.search == ""
    assert window.model.matched == window.dataset.totals["agreements"]

"""Two computers sharing a team workspace through a real PostgreSQL server: each works on its own
copy at once, offline too; changes travel when the server answers; a note edited on both is
kept twice for the user to choose; a server killed mid-save loses nothing and the queue drains."""

from __future__ import annotations

import pytest

from bri_desktop.workspace import briefings as b
from bri_desktop.workspace import server
from bri_desktop.workspace import team as t
from bri_desktop.workspace.sync import TeamSync

KEY = ("agreements", "kmg-sinopec-berekovskoye")
OTHER = ("projects", "line-d")


class Computer:
    """One analyst's laptop: the copy of the team workspace, and its sync with the server."""

    def __init__(self, pg, team_db, role, closing):
        name, roles = team_db
        self.address, self.password = t.parse(pg.url(roles[role], f"pw-{roles[role]}", name))
        self.ws = t.open_copy(self.address)
        self.sync = TeamSync(self.ws, self._connect, lambda exc: t.explain(exc, self.address))
        closing.extend([self.ws, self.sync])

    def _connect(self):
        return t.open_server(self.address, self.password)

    def step(self):
        return self.sync.step()


@pytest.fixture
def team(pg, team_db, closing):
    owner = t.open_server(*t.parse(pg.url(team_db[1]["owner"], f"pw-{team_db[1]['owner']}", team_db[0])))
    closing.append(owner)
    return lambda role: Computer(pg, team_db, role, closing)


def test_what_one_makes_the_other_sees_after_a_step_with_who_and_when(team):
    alice, bob = team("alice"), team("bob")
    alice.ws.set_note(KEY, "Signed in Astana")
    pin = alice.ws.add_pin("record", "Berekovskoye", KEY)
    alice.ws.tag(KEY, "gas")
    alice.ws.save_view("Kazakh gas", {"filter": {"countries": ["KZ"]}})
    b.save_briefing(alice.ws, "Weekly", {"items": []})
    assert alice.sync.waiting() == 5
    report = alice.step()
    assert report.sent == 5 and report.waiting == 0 and not report.conflicts
    report = bob.step()
    assert bob.ws.note(KEY).text == "Signed in Astana" and bob.ws.note(KEY).updated_by == alice.address.user
    assert [(p.uid, p.title) for p in bob.ws.pins()] == [(pin.uid, "Berekovskoye")]
    assert bob.ws.tags_of(KEY) == ["gas"] and [v.name for v in bob.ws.views()] == ["Kazakh gas"]
    assert b.briefing(bob.ws, "Weekly") is not None
    assert {"notes", "pins", "record_tags", "views", "briefings"} <= report.tables
    # removals travel too
    bob.ws.remove_pin(bob.ws.pins()[0].id)
    bob.ws.untag(KEY, "gas")
    bob.ws.delete_view("Kazakh gas")
    bob.step()
    alice.step()
    assert alice.ws.pins() == [] and alice.ws.tags_of(KEY) == [] and alice.ws.views() == []
    # the Team view's log: who did what, on both computers
    log = [(c["by"], c["what"], c["action"]) for c in server.changes_since(alice.sync._remote, 0)]
    assert (alice.address.user, "note", "added") in log and (bob.address.user, "pin", "removed") in log
    assert len(alice.ws.recent_changes()) == len(log)


def test_offline_edits_stay_in_the_copy_and_go_when_the_server_answers(team, pg):
    alice, bob = team("alice"), team("bob")
    pg.stop()
    try:
        alice.ws.set_note(KEY, "Written on the train")
        alice.ws.add_pin("record", "Line D", OTHER)
        with pytest.raises(t.TeamError) as error:
            alice.step()
        assert error.value.kind == "unreachable"
        assert alice.ws.note(KEY).text == "Written on the train"  # the window still has it
        assert alice.sync.waiting() == 2
    finally:
        pg.start()
    assert alice.step().sent == 2
    bob.step()
    assert bob.ws.note(KEY).text == "Written on the train" and [p.title for p in bob.ws.pins()] == ["Line D"]


def test_a_note_edited_on_both_computers_keeps_both_texts_until_the_user_chooses(team):
    alice, bob = team("alice"), team("bob")
    alice.ws.set_note(KEY, "First text")
    alice.step()
    bob.step()
    alice.ws.set_note(KEY, "Alice's edit")
    bob.ws.set_note(KEY, "Bob's edit")
    alice.step()
    report = bob.step()
    assert report.conflicts == [f"note {KEY[0]}/{KEY[1]}"]
    note = bob.ws.note(KEY)
    assert (note.text, note.conflict_text) == ("Bob's edit", "Alice's edit")  # side by side
    alice.step()
    assert alice.ws.note(KEY).text == "Alice's edit"  # nothing of Alice's was overwritten
    bob.ws.resolve_note(KEY, "Bob's edit\n\nAlice's edit")  # "keep both"
    bob.step()
    alice.step()
    assert alice.ws.note(KEY).text == "Bob's edit\n\nAlice's edit"
    assert bob.ws.note(KEY).conflict_text is None


def test_a_briefing_saved_over_a_colleagues_is_kept_under_a_name_of_its_own(team):
    alice, bob = team("alice"), team("bob")
    b.save_briefing(alice.ws, "Weekly", {"items": ["a"]})
    alice.step()
    bob.step()
    b.save_briefing(alice.ws, "Weekly", {"items": ["a", "alice"]})
    b.save_briefing(bob.ws, "Weekly", {"items": ["a", "bob"]})
    alice.step()
    report = bob.step()
    assert len(report.conflicts) == 1
    bob.step()
    alice.step()
    names = {x.name: x.spec for x in b.briefings(alice.ws)}
    assert names["Weekly"] == {"items": ["a", "alice"]}
    assert {"items": ["a", "bob"]} in names.values() and len(names) == 2


@pytest.mark.parametrize("when", ["after the server saved it", "before the server committed"])
def test_a_server_killed_mid_save_loses_nothing_and_the_queue_drains(team, pg, monkeypatch, when):
    alice, bob = team("alice"), team("bob")
    for n in range(30):
        alice.ws.set_note(("agreements", f"record-{n}"), f"Note {n}")
    real_apply = server.apply
    calls = {"n": 0}

    def dying(ws, op, args):
        calls["n"] += 1
        if calls["n"] == 12 and when == "before the server committed":
            original = ws.record

            def record_then_die(conn, *a, **k):
                original(conn, *a, **k)
                pg.kill()  # mid-transaction: the server never commits this change
            monkeypatch.setattr(ws, "record", record_then_die)
        real_apply(ws, op, args)
        if calls["n"] == 12 and when == "after the server saved it":
            pg.kill()  # the server has it; the laptop never hears so

    monkeypatch.setattr(server, "apply", dying)
    with pytest.raises(t.TeamError):
        alice.step()
    assert 18 <= alice.sync.waiting() <= 19  # the unsent stay queued, in order
    pg.start()
    monkeypatch.setattr(server, "apply", real_apply)
    alice.sync._remote = None  # a new connection, as after a restart
    report = alice.step()
    assert report.waiting == 0 and not report.conflicts
    bob.step()
    notes = {n.record_id: (n.text, n.version) for n in bob.ws.all_notes()}
    assert notes == {f"record-{n}": (f"Note {n}", 1) for n in range(30)}  # each once, none lost


def test_a_readers_edits_stay_on_the_computer_with_a_clear_message(team, pg):
    alice, reader = team("alice"), team("reader")
    alice.ws.set_note(KEY, "From Alice")
    alice.step()
    reader.step()
    assert reader.ws.note(KEY).text == "From Alice"
    reader.ws.set_note(OTHER, "The reader's own")
    reader.ws.set_note(("agreements", "x"), "The reader's take")
    alice.ws.set_note(("agreements", "x"), "Alice's take")
    alice.ws.set_note(KEY, "Alice again")
    alice.step()
    report = reader.step()
    assert "may read the team workspace but not change it" in report.problem
    assert reader.ws.note(OTHER).text == "The reader's own" and report.waiting == 2  # kept here
    assert reader.ws.note(("agreements", "x")).text == "The reader's take"
    assert reader.ws.note(KEY).text == "Alice again"  # and colleagues' changes still come


def test_a_workspace_file_imported_into_the_team_copy_reaches_colleagues(team, tmp_path):
    """File > Import workspace into a team's copy: what it adds is sent like any change."""
    from bri_desktop.workspace.store import Workspace
    from bri_desktop.workspace.transfer import export_workspace, import_workspace

    mine = Workspace(tmp_path / "laptop.sqlite")
    mine.set_note(KEY, "From my own workspace")
    mine.add_pin("record", "Berekovskoye", KEY)
    mine.tag(KEY, "gas")
    mine.save_view("Kazakh gas", {"filter": {}})
    b.save_briefing(mine, "Old briefing", {"title": "Old"})
    export_workspace(mine, tmp_path / "mine.json")
    mine.close()
    alice, bob = team("alice"), team("bob")
    import_workspace(alice.ws, tmp_path / "mine.json")
    assert alice.step().sent == 5
    bob.step()
    assert bob.ws.note(KEY).text == "From my own workspace" and [p.title for p in bob.ws.pins()] == ["Berekovskoye"]
    assert bob.ws.tags_of(KEY) == ["gas"] and [v.name for v in bob.ws.views()] == ["Kazakh gas"]
    assert b.briefing(bob.ws, "Old briefing") is not None


def test_a_rename_to_a_name_a_colleague_took_is_refused_said_and_blocks_nothing(team):
    alice, bob = team("alice"), team("bob")
    b.save_briefing(alice.ws, "Draft A", {"title": "A"})
    b.save_briefing(alice.ws, "Draft B", {"title": "B"})
    alice.ws.save_view("View A", {"n": 1})
    alice.ws.save_view("View B", {"n": 2})
    alice.ws.tag(KEY, "gas")
    alice.step()
    bob.step()
    b.rename_briefing(alice.ws, "Draft A", "Final")
    alice.ws.rename_view("View A", "Final view")
    alice.ws.rename_tag("gas", "natural gas")
    alice.step()
    b.rename_briefing(bob.ws, "Draft B", "Final")
    bob.ws.rename_view("View B", "Final view")
    bob.ws.rename_tag("gas", "LNG")
    bob.ws.set_note(KEY, "Bob's note, written after the renames")
    report = bob.step()
    assert len(report.refused) == 3 and any("“gas”" in r for r in report.refused)
    assert report.waiting == 0  # nothing left stuck at the head of the outbox
    bob.step()
    alice.step()
    assert alice.ws.note(KEY).text == "Bob's note, written after the renames"  # later changes still sent
    mine = {x.name: x.spec for x in b.briefings(bob.ws)}
    assert mine == {"Final": {"title": "A"}, "Draft B": {"title": "B"}}  # Bob's B is back under its name
    assert {v.name for v in bob.ws.views()} == {"Final view", "View B"}
    assert bob.ws.tags_of(KEY) == ["natural gas"]

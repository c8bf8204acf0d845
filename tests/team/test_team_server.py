"""The team workspace on a real PostgreSQL server: the same models, made and upgraded there one
client at a time; TLS when the address asks; clear messages for a wrong password, an unreachable
server, and a role that may not write."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, text

from bri_desktop.workspace import schema
from bri_desktop.workspace import team as t
from bri_desktop.workspace.store import NoteConflict, WorkspaceError

KEY = ("agreements", "kmg-sinopec-berekovskoye")


def address(pg, database, login, **query):
    parsed, password = t.parse(pg.url(login, f"pw-{login}", database, **query))
    return parsed, password


OPENED: list = []


@pytest.fixture(autouse=True)
def _close_them(closing):
    OPENED[:] = []
    yield
    closing.extend(OPENED)


def server_ws(pg, team_db, role="owner", **kwargs):
    name, roles = team_db
    parsed, password = address(pg, name, roles[role])
    ws = t.open_server(parsed, password, **kwargs)
    OPENED.append(ws)
    return ws


def test_the_owner_makes_the_tables_and_editors_share_notes_with_their_names(pg, team_db):
    owner = server_ws(pg, team_db)
    alice, bob = server_ws(pg, team_db, "alice"), server_ws(pg, team_db, "bob")
    assert not alice.read_only and not bob.read_only
    alice.set_note(KEY, "Signed in Astana", expected=0)
    note = bob.note(KEY)
    assert note is not None and note.text == "Signed in Astana" and note.updated_by == team_db[1]["alice"]
    pin = bob.add_pin("record", "Berekovskoye", KEY)
    assert [p.uid for p in alice.pins()] == [pin.uid] and pin.created_by == team_db[1]["bob"]
    alice.tag(KEY, "gas")
    assert bob.tags_of(KEY) == ["gas"]
    log = [(c["by"], c["what"], c["action"]) for c in
           __import__("bri_desktop.workspace.server", fromlist=["x"]).changes_since(owner, 0)]
    assert log == [(team_db[1]["alice"], "note", "added"), (team_db[1]["bob"], "pin", "added"),
                   (team_db[1]["alice"], "tag", "added")]


def test_the_second_to_save_a_note_finds_the_first_ones_text(pg, team_db):
    server_ws(pg, team_db)
    alice, bob = server_ws(pg, team_db, "alice"), server_ws(pg, team_db, "bob")
    alice.set_note(KEY, "First text", expected=0)
    seen = bob.note(KEY).version  # both read version 1
    alice.set_note(KEY, "Alice's edit", expected=seen)
    with pytest.raises(NoteConflict) as conflict:
        bob.set_note(KEY, "Bob's edit", expected=seen)
    assert conflict.value.theirs.text == "Alice's edit"
    assert alice.note(KEY).text == "Alice's edit"  # nothing overwritten
    bob.set_note(KEY, "Alice's edit", expected=seen)  # the same text sent again: no conflict


def test_a_reader_role_opens_read_only_and_says_why(pg, team_db):
    server_ws(pg, team_db)
    reader = server_ws(pg, team_db, "reader")
    assert reader.read_only
    assert "may read the team workspace but not change it" in reader.opened.message
    with pytest.raises(WorkspaceError, match="may read the team workspace"):
        reader.set_note(KEY, "x")


def test_an_editor_cannot_make_the_tables_and_is_told_who_can(pg, team_db):
    with pytest.raises(t.TeamError, match="has no BRI Desktop tables") as error:
        server_ws(pg, team_db, "alice")
    assert error.value.kind == "schema"


def test_wrong_password_unreachable_server_and_bad_addresses_say_so(pg, team_db):
    name, roles = team_db
    parsed, _ = address(pg, name, roles["alice"])
    with pytest.raises(t.TeamError) as error:
        t.open_server(parsed, "wrong")
    assert error.value.kind == "password" and roles["alice"] in str(error.value)
    closed, _ = t.parse(f"postgresql+psycopg://alice@127.0.0.1:{_closed_port()}/x")
    with pytest.raises(t.TeamError) as error:
        t.open_server(closed, "pw")
    assert error.value.kind == "unreachable" and "cannot be reached" in str(error.value)
    for bad, says in (("sqlite:///x.db", "PostgreSQL"), ("postgresql+psycopg2://a@h/d", "psycopg"),
                      ("postgresql+psycopg://h/d", "needs a user"), ("not a url", "not a database address"),
                      ("postgresql+psycopg://a:p@ss@h/d", "more than one @"),
                      ("postgresql+psycopg://a:p@ss:w/rd@h:5432/d", "is written %40"),
                      ("postgresql+psycopg://a@h:port/d", "port is not a number")):
        with pytest.raises(t.TeamError, match=says) as refused:
            t.parse(bad)
        assert ":p@" not in str(refused.value) and "p@ss" not in str(refused.value)  # no password shown
    parsed, password = t.parse("postgresql+psycopg://ann:s3cret@h:5433/d?sslmode=require")
    assert password == "s3cret" and "s3cret" not in parsed.shown and "sslmode=require" in parsed.shown


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sslmode_require_is_honoured(pg, team_db):
    server_ws(pg, team_db)
    name, roles = team_db
    parsed, password = address(pg, name, roles["alice"], sslmode="require")
    ws = t.open_server(parsed, password)
    OPENED.append(ws)
    with ws.engine.connect() as conn:
        assert conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
    ws.close()
    pg.sql("ALTER SYSTEM SET ssl = off")
    pg.sql("SELECT pg_reload_conf()")
    try:
        time.sleep(0.5)
        with pytest.raises(t.TeamError) as error:
            t.open_server(parsed, password)
        assert error.value.kind == "tls"
        plain, _ = address(pg, name, roles["alice"], sslmode="disable")
        t.open_server(plain, password).close()  # without the demand, the same server answers
    finally:
        pg.sql("ALTER SYSTEM SET ssl = on")
        pg.sql("SELECT pg_reload_conf()")
        time.sleep(0.5)


def test_an_old_team_database_is_upgraded_by_the_first_newer_client_while_others_wait(pg, team_db):
    name, roles = team_db
    old = create_engine(pg.url(roles["owner"], f"pw-{roles['owner']}", name).replace(
        "postgresql+psycopg", "postgresql+psycopg"))
    with old.begin() as conn:  # a version 3 team database, with a note in it
        for table in schema.metadata.sorted_tables:
            if table.name not in ("ws_changes", "briefing_locks", "ws_outbox"):
                pass
        conn.execute(text("CREATE TABLE ws_meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"))
        conn.execute(text("INSERT INTO ws_meta VALUES ('schema_version', '3')"))
        conn.execute(text("CREATE TABLE pins (id SERIAL PRIMARY KEY, position INTEGER NOT NULL, what VARCHAR(16) "
                          "NOT NULL, record_kind VARCHAR(32), record_id VARCHAR(200), settings TEXT NOT NULL, "
                          "title TEXT NOT NULL, snapshot TEXT NOT NULL, dataset_version VARCHAR(64) NOT NULL, "
                          "created_at VARCHAR(32) NOT NULL, updated_at VARCHAR(32) NOT NULL, created_by "
                          "VARCHAR(120) NOT NULL DEFAULT '', updated_by VARCHAR(120) NOT NULL DEFAULT '')"))
        conn.execute(text("INSERT INTO pins (position, what, settings, title, snapshot, dataset_version, "
                          "created_at, updated_at) VALUES (1, 'view', '{}', 'Old pin', '{}', '', 'x', 'x')"))
        conn.execute(text("CREATE TABLE notes (id SERIAL PRIMARY KEY, record_kind VARCHAR(32) NOT NULL, "
                          "record_id VARCHAR(200) NOT NULL, text TEXT NOT NULL, created_at VARCHAR(32) NOT NULL, "
                          "updated_at VARCHAR(32) NOT NULL, created_by VARCHAR(120) NOT NULL DEFAULT '', "
                          "updated_by VARCHAR(120) NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 1, "
                          "conflict_text TEXT, CONSTRAINT uq_notes_record UNIQUE (record_kind, record_id))"))
        conn.execute(text("INSERT INTO notes (record_kind, record_id, text, created_at, updated_at) "
                          "VALUES ('agreements', 'kmg-sinopec-berekovskoye', 'Old note', 'x', 'x')"))
        conn.execute(text("CREATE TABLE tags (id SERIAL PRIMARY KEY, name VARCHAR(200) NOT NULL UNIQUE)"))
        conn.execute(text("CREATE TABLE record_tags (tag_id INTEGER REFERENCES tags(id) ON DELETE CASCADE, "
                          "record_kind VARCHAR(32), record_id VARCHAR(200), "
                          "PRIMARY KEY (tag_id, record_kind, record_id))"))
        for table in ("views", "briefings"):
            body = "state" if table == "views" else "spec"
            conn.execute(text(f"CREATE TABLE {table} (id SERIAL PRIMARY KEY, name VARCHAR(200) NOT NULL UNIQUE, "
                              f"{body} TEXT NOT NULL, created_at VARCHAR(32) NOT NULL, updated_at VARCHAR(32) "
                              "NOT NULL, created_by VARCHAR(120) NOT NULL DEFAULT '', updated_by VARCHAR(120) "
                              "NOT NULL DEFAULT '')"))
    old.dispose()
    # an editor cannot upgrade: told who can
    with pytest.raises(t.TeamError, match="cannot make them"):
        server_ws(pg, team_db, "alice")
    # the owner's client upgrades; another client opening meanwhile waits and says why
    holder = create_engine(pg.url(roles["owner"], f"pw-{roles['owner']}", name))
    told: list[str] = []
    with holder.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": __import__(
            "bri_desktop.workspace.store", fromlist=["x"]).SCHEMA_LOCK})
        opened: list = []
        waiting = threading.Thread(target=lambda: opened.append(server_ws(pg, team_db, on_wait=told.append)))
        waiting.start()
        time.sleep(1.5)
        assert told and "upgrading the team workspace" in told[0] and not opened
    waiting.join(20)
    holder.dispose()
    ws = opened[0]
    assert [p.title for p in ws.pins()] == ["Old pin"] and ws.pins()[0].uid
    assert ws.note(KEY).text == "Old note"
    with ws.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM ws_meta WHERE key = 'schema_version'")).scalar() == \
            str(schema.SCHEMA_VERSION)
    alice = server_ws(pg, team_db, "owner")
    alice.set_note(KEY, "After the upgrade", expected=1)
    assert alice.note(KEY).version == 2


def test_the_readmes_grants_are_enough_and_no_more(pg, closing):
    """The SQL the README gives an administrator, run as it is: the owner makes the tables, an
    analyst changes the workspace, a reader only reads."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## A team's workspace on PostgreSQL.*?```sql\n(.*?)```", readme, re.S).group(1)
    statements = [s.strip() for s in re.sub(r"--[^\n]*", "", block).split(";") if s.strip()]
    roles = [re.search(r"CREATE ROLE (\w+)", s).group(1) for s in statements if s.startswith("CREATE ROLE")]
    pg.sql("CREATE DATABASE bri")
    try:
        for statement in statements:
            pg.sql(statement, database="bri")
        owner = t.open_server(*t.parse(pg.url("bri_owner", "owner-password", "bri")))
        alice = t.open_server(*t.parse(pg.url("alice", "alice-password", "bri")))
        victor = t.open_server(*t.parse(pg.url("victor", "victor-password", "bri")))
        closing.extend([owner, alice, victor])
        assert not alice.read_only and victor.read_only
        alice.set_note(KEY, "Alice's note")
        alice.add_pin("record", "Berekovskoye", KEY)
        assert victor.note(KEY).text == "Alice's note"
        with pytest.raises(WorkspaceError):
            victor.set_note(KEY, "Victor's")
        with alice.engine.begin() as conn, pytest.raises(Exception, match=r"must be owner|permission denied"):
            conn.execute(text("DROP TABLE notes"))  # an analyst changes rows, never the tables
    finally:
        for ws in closing:
            ws.close()
        closing.clear()
        pg.sql("DROP DATABASE bri WITH (FORCE)")
        for role in reversed(roles):
            pg.sql(f"DROP OWNED BY {role} CASCADE")
            pg.sql(f"DROP ROLE {role}")


def test_a_certificate_that_cannot_be_checked_is_said_so(pg, team_db, closing, tmp_path, monkeypatch):
    """sslmode=verify-full against a server whose certificate no trusted root signs."""
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.postgresql/root.crt
    server_ws(pg, team_db)
    name, roles = team_db
    parsed, password = address(pg, name, roles["alice"], sslmode="verify-full")
    with pytest.raises(t.TeamError) as error:
        t.open_server(parsed, password)
    assert error.value.kind == "tls" and "certificate cannot be checked" in str(error.value)

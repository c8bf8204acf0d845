"""`bri-desktop team check|sync`: what an administrator runs after making the roles, and a
headless way to send what waits on this computer."""

from __future__ import annotations

from bri_desktop.cli import main
from bri_desktop.workspace import team as t


def test_team_check_says_tls_contents_and_what_the_role_may_do(pg, team_db, closing, capsys):
    name, roles = team_db
    owner = t.open_server(*t.parse(pg.url(roles["owner"], f"pw-{roles['owner']}", name)))
    closing.append(owner)
    owner.set_note(("agreements", "x"), "A note")
    assert main(["team", "check", pg.url(roles["alice"], f"pw-{roles['alice']}", name, sslmode="require")]) == 0
    out = capsys.readouterr().out
    assert "encrypted (TLS)" in out and "0 pins, 1 notes" in out and f"the latest by {roles['owner']}" in out
    assert "This role may change the workspace." in out
    assert main(["team", "check", pg.url(roles["reader"], f"pw-{roles['reader']}", name)]) == 0
    assert "may read the team workspace but not change it" in capsys.readouterr().out
    assert main(["team", "check", pg.url(roles["alice"], "wrong", name)]) == 2
    assert "refused the password" in capsys.readouterr().err


def test_team_sync_sends_what_waits_here(pg, team_db, closing, capsys, monkeypatch):
    name, roles = team_db
    owner = t.open_server(*t.parse(pg.url(roles["owner"], f"pw-{roles['owner']}", name)))
    closing.append(owner)
    address, _ = t.parse(pg.url(roles["alice"], None, name))
    copy = t.open_copy(address)
    copy.set_note(("agreements", "x"), "Written offline")
    copy.close()
    monkeypatch.setenv(t.URL_VARIABLE, pg.url(roles["alice"], f"pw-{roles['alice']}", name))
    assert main(["team", "sync"]) == 0
    assert "Sent 1" in capsys.readouterr().out and owner.note(("agreements", "x")).text == "Written offline"

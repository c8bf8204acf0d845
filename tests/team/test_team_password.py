"""The team password is kept in the system keyring (keyring's backends, else the Secret Service
through secret-tool) and never anywhere else; without a keyring it is asked for each time."""

from __future__ import annotations

import os
import stat

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from bri_desktop.workspace import team as t

FAKE_TOOL = """#!/bin/sh
# secret-tool as the tests see it: secrets in a file, one "attributes<TAB>secret" line each
store="$(dirname "$0")/secrets"
command="$1"; shift
case "$command" in
  store) shift; key="$*"; read -r secret; grep -v "^$key	" "$store" 2>/dev/null > "$store.new";
         printf '%s\\t%s\\n' "$key" "$secret" >> "$store.new"; mv "$store.new" "$store" ;;
  lookup) key="$*"; line=$(grep "^$key	" "$store" 2>/dev/null) || exit 1; printf '%s' "${line#*	}" ;;
  clear) key="$*"; grep -v "^$key	" "$store" 2>/dev/null > "$store.new"; mv "$store.new" "$store" ;;
esac
"""


@pytest.fixture
def no_python_keyring(monkeypatch):
    monkeypatch.setattr(keyring, "get_keyring", lambda: NoKeyring())


def test_without_any_keyring_nothing_is_kept_and_the_window_asks(no_python_keyring, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no secret-tool either
    address, _ = t.parse("postgresql+psycopg://alice@db.example.org/bri")
    assert not t.keyring_available()
    assert t.save_password(address, "s3cret") is False
    assert t.saved_password(address) is None


def test_the_secret_service_through_secret_tool_keeps_forgets_and_keeps_apart(no_python_keyring, monkeypatch,
                                                                            tmp_path):
    tool = tmp_path / "secret-tool"
    tool.write_text(FAKE_TOOL, encoding="utf-8")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}/usr/bin{os.pathsep}/bin")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    alice, _ = t.parse("postgresql+psycopg://alice@db.example.org/bri")
    bob, _ = t.parse("postgresql+psycopg://bob@db.example.org:5433/bri")
    assert t.keyring_available()
    assert t.save_password(alice, "alice's secret") and t.save_password(bob, "bob's")
    assert t.saved_password(alice) == "alice's secret" and t.saved_password(bob) == "bob's"
    t.forget_password(alice)
    assert t.saved_password(alice) is None and t.saved_password(bob) == "bob's"


def test_a_password_in_the_address_is_taken_out_of_it():
    address, password = t.parse("postgresql+psycopg://ann:p%40ss@h:5433/d?sslmode=require")
    assert password == "p@ss" and "p@ss" not in address.shown and "p%40ss" not in address.shown
    assert address.url.password is None and address.url.query == {"sslmode": "require"}
    kept = address.url.render_as_string(hide_password=False)  # what Preferences writes to the settings
    assert kept == "postgresql+psycopg://ann@h:5433/d?sslmode=require"


def test_a_password_in_the_query_is_used_never_kept_and_odd_settings_refused():
    address, password = t.parse("postgresql+psycopg://ann@h/d?password=s3cret&sslmode=require")
    assert password == "s3cret" and "s3cret" not in address.url.render_as_string(hide_password=False)
    assert address.url.query == {"sslmode": "require"}
    for bad, says in (("postgresql+psycopg://ann@h/d?sslmode=bogus", "is not one of"),
                      ("postgresql+psycopg://ann@h/d?sslpassword=x", "Leave sslpassword"),
                      ("postgresql+psycopg://ann@ss@h/d", "more than one @")):
        with pytest.raises(t.TeamError, match=says):
            t.parse(bad)


def test_two_team_addresses_never_share_a_copy():
    from bri_desktop import paths

    accounts = ["a@h:5432/team x", "a@h:5432/team_x", "a@" + "x" * 200 + ":5432/one",
                "a@" + "x" * 200 + ":5432/two"]
    files = {paths.team_copy_file(account) for account in accounts}
    assert len(files) == len(accounts) and all(len(f.name) < 120 for f in files)

"""`bri-desktop team ...`: check a team workspace's address from the command line (what an
administrator runs after making the roles), and send what waits on this computer."""

from __future__ import annotations

import argparse
import getpass
import sys

from bri_desktop.core.errors import fail


def add_parser(sub) -> None:  # type: ignore[no-untyped-def]
    team = sub.add_parser("team", help="a team's shared workspace on PostgreSQL")
    team_sub = team.add_subparsers(dest="team_command", required=True)
    for name, text in (("check", "connect, and say what the team workspace holds and what this role may do"),
                       ("sync", "send this computer's waiting changes and fetch the team's")):
        command = team_sub.add_parser(name, help=text)
        command.add_argument("address", nargs="?",
                             help="postgresql+psycopg://user@server:port/database[?sslmode=require] "
                                  "(default: BRI_WORKSPACE_URL)")


def _password(address, given: str | None) -> str | None:  # type: ignore[no-untyped-def]
    from bri_desktop.workspace import team

    found = given or team.saved_password(address)
    if found is None and sys.stdin.isatty():
        found = getpass.getpass(f"Password of {address.user} on {address.url.host}: ") or None
    return found


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select, text

    from bri_desktop.workspace import schema as s
    from bri_desktop.workspace import team
    from bri_desktop.workspace.sync import TeamSync

    where = args.address or team.address_from_environment()
    if not where:
        return fail(f"Give the team workspace's address, or set {team.URL_VARIABLE}.")
    try:
        address, given = team.parse(where)
        password = _password(address, given)
        if args.team_command == "sync":
            copy = team.open_copy(address)
            sync = TeamSync(copy, lambda: team.open_server(address, password),
                            lambda exc: team.explain(exc, address))
            try:
                report = sync.step()
            finally:
                sync.close()
                copy.close()
            print(f"Sent {report.sent}, received {report.received}; {report.waiting} waiting."
                  + (f" Both versions kept: {', '.join(report.conflicts)}." if report.conflicts else "")
                  + (f" {report.problem}" if report.problem else ""))
            return 0
        ws = team.open_server(address, password, on_wait=lambda message: print(message, file=sys.stderr))
    except team.TeamError as exc:
        return fail(str(exc))
    try:
        with ws.engine.connect() as conn:
            tls = conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
            counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar()
                      for t in (s.pins, s.notes, s.briefings, s.changes)}
            last = conn.execute(select(s.changes.c.at, s.changes.c.by).order_by(s.changes.c.seq.desc())
                                .limit(1)).first()
    finally:
        ws.close()
    print(f"Connected to {address.url.host}:{address.url.port or 5432}/{address.url.database} as "
          f"{address.user} ({'encrypted (TLS)' if tls else 'not encrypted'}).")
    print(f"Team workspace: {counts['pins']:,} pins, {counts['notes']:,} notes, {counts['briefings']:,} "
          f"briefings, {counts['ws_changes']:,} changes logged"
          + (f"; the latest by {last[1]} at {last[0]}." if last else "."))
    print(ws.opened.message or "This role may change the workspace.")
    return 0

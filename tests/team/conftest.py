"""A PostgreSQL server for the whole session (started here, removed at the end), and a fresh
database with a role of its own for each test."""

from __future__ import annotations

import itertools

import pytest

from tests.team import pg_server

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg():
    why = pg_server.why_not()
    if why:
        pytest.skip(f"no PostgreSQL test server: {why}")
    server = pg_server.make_server()
    yield server
    pg_server.remove(server)


@pytest.fixture
def team_db(pg):
    """A new database owned by nobody in particular, and the names of roles that may use it:
    ``alice`` and ``bob`` with the grants the README gives, ``reader`` who may only read."""
    pg.ensure_running()
    n = next(_numbers)
    name = f"team{n}"
    pg.sql(f"CREATE DATABASE {name}")
    roles = {}
    for role in ("alice", "bob", "reader", "owner"):
        login = f"{role}{n}"
        pg.sql(f"CREATE ROLE {login} LOGIN PASSWORD 'pw-{login}'")
        roles[role] = login
    for statement in grants(roles):
        pg.sql(statement, database=name)
    return name, roles


def grants(roles: dict[str, str]) -> list[str]:
    """The README's grants: the owner makes and upgrades the tables, editors change them,
    a reader reads."""
    owner, editors, reader = roles["owner"], f"{roles['alice']}, {roles['bob']}", roles["reader"]
    return [f"GRANT ALL ON SCHEMA public TO {owner}",
            f"GRANT USAGE ON SCHEMA public TO {editors}, {reader}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {editors}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
            f"GRANT USAGE, SELECT ON SEQUENCES TO {editors}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public GRANT SELECT ON TABLES TO {reader}"]


@pytest.fixture
def closing():
    """Workspaces a test opens, closed (their connections returned) when it ends."""
    opened: list = []
    yield opened
    for ws in opened:
        ws.close()

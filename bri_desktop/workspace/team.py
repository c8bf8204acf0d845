"""Where a team's shared workspace lives: a PostgreSQL database URL (Preferences, or
``BRI_WORKSPACE_URL``), its password kept in the system keyring or asked for, never written to
the settings file; opening the connection, and what to tell the user when it fails.

``sslmode`` and the other libpq settings in the URL's query are passed to the server as given:
``?sslmode=require`` refuses a connection without TLS.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from bri_desktop import paths
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.workspace.items import Opened, WorkspaceError
from bri_desktop.workspace.store import Workspace

URL_VARIABLE = "BRI_WORKSPACE_URL"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
KEYRING_SERVICE = "BRI Desktop team workspace"
CONNECT_TIMEOUT_S = 5
EXAMPLE = "postgresql+psycopg://alice@db.example.org:5432/bri?sslmode=require"


class TeamError(WorkspaceError):
    """The team workspace cannot be reached or used. ``kind``: address, driver, unreachable,
    password, tls, database, grants, schema; ``detail``: the server's or the driver's own words."""

    def __init__(self, kind: str, message: str, detail: str = ""):
        super().__init__(message)
        self.kind = kind
        self.detail = detail


# what the driver says when the server cannot be reached, and how the window says it (translated
# where it is shown, in explain)
UNREACHABLE = (("connection refused", QT_TRANSLATE_NOOP("team", "connection refused: is the server running?")),
               ("could not translate host name", QT_TRANSLATE_NOOP("team", "no such server name")),
               ("timeout", QT_TRANSLATE_NOOP("team", "no answer in time")),
               ("timed out", QT_TRANSLATE_NOOP("team", "no answer in time")),
               ("server closed the connection", QT_TRANSLATE_NOOP("team", "the server closed the connection")),
               ("terminating connection", QT_TRANSLATE_NOOP("team", "the server is shutting down")),
               ("connection is closed", QT_TRANSLATE_NOOP("team", "the connection was lost")),
               ("consuming input failed", QT_TRANSLATE_NOOP("team", "the connection was lost")),
               ("could not connect", QT_TRANSLATE_NOOP("team", "no connection")),
               ("connection failed", QT_TRANSLATE_NOOP("team", "no connection")),
               ("network is unreachable", QT_TRANSLATE_NOOP("team", "no network")),
               ("no route to host", QT_TRANSLATE_NOOP("team", "no network")))


@dataclass(frozen=True)
class TeamAddress:
    url: URL  # without the password

    @property
    def user(self) -> str:
        return self.url.username or ""

    @property
    def shown(self) -> str:
        """The address as the window shows it (never a password)."""
        return self.url.render_as_string(hide_password=True)

    @property
    def account(self) -> str:
        """The keyring's name for this login."""
        return f"{self.user}@{self.url.host}:{self.url.port or 5432}/{self.url.database}"


def parse(address: str) -> tuple[TeamAddress, str | None]:
    """The address, and the password it carried (None: none). Raises TeamError saying what is
    wrong with it."""
    address = address.strip()
    shown = address if len(address) <= 120 else address[:117] + "…"
    try:
        url = make_url(address)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        if isinstance(exc, ValueError):
            message = translate("team", "“{address}” is not a database address (its port is not a number; a "
                                        "password with @ : / or % in it is written %40 %3A %2F %25; for example "
                                        "{example}).")
        else:
            message = translate("team", "“{address}” is not a database address (for example {example}).")
        raise TeamError("address", message.format(address=_hidden(shown), example=EXAMPLE)) from exc
    if url.get_backend_name() != "postgresql":
        raise TeamError("address", translate("team", "A team workspace lives on PostgreSQL: the address starts "
                                                     "with postgresql+psycopg:// (for example {example}).")
                        .format(example=EXAMPLE))
    if url.get_driver_name() not in ("psycopg", ""):
        raise TeamError("address", translate("team", "BRI Desktop talks to PostgreSQL through psycopg: write the "
                                                     "address as postgresql+psycopg://… (not {driver}).")
                        .format(driver=url.drivername))
    if "@" in (url.host or "") or "@" in (url.username or ""):
        raise TeamError("address", translate("team", "The address has more than one @: a password with @ in it "
                                                     "is written %40 (and : / % as %3A %2F %25)."))
    if not url.username or not url.host or not url.database:
        raise TeamError("address", translate("team", "The address needs a user, a server and a database, as in "
                                                     "{example}.").format(example=EXAMPLE))
    query = dict(url.query)
    password = url.password if url.password is not None else query.pop("password", None)
    query.pop("password", None)
    if "sslpassword" in query or "passfile" in query:
        raise TeamError("address", translate("team", "Leave sslpassword and passfile out of the address: BRI "
                                                     "Desktop asks for the password and keeps it in the system "
                                                     "keyring."))
    mode = query.get("sslmode")
    if mode is not None and mode not in SSL_MODES:
        raise TeamError("address", translate("team", "sslmode={mode} is not one of {modes}.").format(
            mode=_hidden(str(mode))[:40], modes=", ".join(SSL_MODES)))
    # made anew: URL.set(password=None) would keep the password (None there means "unchanged")
    bare = URL.create("postgresql+psycopg", username=url.username, host=url.host, port=url.port,
                      database=url.database, query=query)
    return TeamAddress(bare), (password if isinstance(password, str) else None)


def _hidden(text: str) -> str:
    """An address as a message may show it: a password in it replaced by ***."""
    head, at, tail = text.rpartition("@")
    scheme, sep, login = head.partition("://")
    if at and sep and ":" in login:
        return f"{scheme}://{login.split(':', 1)[0]}:***@{tail}"
    return text


def address_from_environment() -> str:
    return os.environ.get(URL_VARIABLE, "").strip()


# -- the password: the system keyring when there is one; otherwise the window asks each time.
# keyring's own backends first (macOS, Windows, and Linux with SecretStorage); else the Secret
# Service through libsecret's secret-tool (the Linux bundle leaves out SecretStorage's
# cryptography, a sixth of its size); else none.

def _python_keyring():  # type: ignore[no-untyped-def]
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:
        return None
    if type(backend).__module__ in ("keyring.backends.fail", "keyring.backends.null"):
        return None
    return keyring


def _secret_tool(*args: str, secret: str | None = None) -> str | None:
    """secret-tool's output, or None when it is missing or fails (no keyring running)."""
    tool = shutil.which("secret-tool")
    if tool is None or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    try:
        done = subprocess.run([tool, *args], input=secret, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def _attributes(address: TeamAddress) -> list[str]:
    return ["service", KEYRING_SERVICE, "account", address.account]


def keyring_available() -> bool:
    """Whether this system has a keyring to keep the password in."""
    return _python_keyring() is not None or (
        shutil.which("secret-tool") is not None and bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")))


def saved_password(address: TeamAddress) -> str | None:
    keyring = _python_keyring()
    if keyring is not None:
        try:
            return keyring.get_password(KEYRING_SERVICE, address.account)
        except Exception:  # locked, or refused
            return None
    found = _secret_tool("lookup", *_attributes(address))
    return found or None


def save_password(address: TeamAddress, password: str) -> bool:
    """Keep the password in the system keyring; False when there is none (it is asked again)."""
    keyring = _python_keyring()
    if keyring is not None:
        try:
            keyring.set_password(KEYRING_SERVICE, address.account, password)
            return True
        except Exception:
            return False
    return _secret_tool("store", f"--label={KEYRING_SERVICE} ({address.account})", *_attributes(address),
                        secret=password) is not None


def forget_password(address: TeamAddress) -> None:
    keyring = _python_keyring()
    if keyring is not None:
        with contextlib.suppress(Exception):
            keyring.delete_password(KEYRING_SERVICE, address.account)
        return
    _secret_tool("clear", *_attributes(address))


# -- connecting

def engine_for(address: TeamAddress, password: str | None) -> Engine:
    """An engine for the team's database; nothing is connected until it is used."""
    try:
        import psycopg  # noqa: F401 (the driver, and libpq under it)
    except ImportError as exc:
        raise TeamError("driver", translate("team", "The PostgreSQL client library is missing (libpq: on Debian "
                                                    "or Ubuntu, apt-get install libpq5): {error}").format(error=exc)
                        ) from exc
    url = address.url.set(password=password) if password else address.url
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                                       "application_name": "BRI Desktop",
                                       # a server gone mid-conversation is noticed in seconds
                                       "tcp_user_timeout": CONNECT_TIMEOUT_S * 1000,
                                       "keepalives_idle": 30, "keepalives_interval": 10,
                                       "keepalives_count": 3})


def check(engine: Engine, address: TeamAddress) -> None:
    """Connect once: raise TeamError saying why when the server cannot be used."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        raise explain(exc, address) from exc


def explain(exc: BaseException, address: TeamAddress) -> TeamError:
    """What a failure talking to the team's server means for the user."""
    why = str(getattr(exc, "orig", exc)).strip()
    low = why.lower()
    where = f"{address.url.host}:{address.url.port or 5432}"
    user = address.user
    if "no password supplied" in low:
        return TeamError("password", translate("team", "The server {where} asks for the password of {user}.")
                         .format(where=where, user=user))
    if "password authentication failed" in low:
        return TeamError("password", translate("team", "The server {where} refused the password of {user}.")
                         .format(where=where, user=user))
    if "ssl" in low and ("not support" in low or "required" in low or ("no pg_hba.conf entry" in low
                         and "no encryption" in low)):
        return TeamError("tls", translate("team", "The address asks for an encrypted connection (sslmode) and "
                                                  "{where} does not offer one: {why}").format(where=where, why=why))
    if "certificate" in low or "root.crt" in low:
        return TeamError("tls", translate("team", "The server {where}'s certificate cannot be checked as the "
                                                  "address asks (sslmode verify-ca/verify-full): {why}").format(
                                                      where=where, why=why.splitlines()[-1] if why else ""), why)
    if "database" in low and "does not exist" in low:
        return TeamError("database", translate("team", "There is no database {database} on {where}.").format(
            database=address.url.database, where=where))
    if "permission denied" in low or "must be owner" in low or "insufficientprivilege" in low:
        return TeamError("grants", translate("team", "Your database role {user} may not do this in the team "
                                                     "workspace (ask its administrator for the grants in the "
                                                     "README): {why}").format(user=user, why=why))
    for sign, short in UNREACHABLE:
        if sign in low:
            return TeamError("unreachable", translate("team", "The team workspace at {where} cannot be reached "
                                                              "({reason}).").format(
                                                                  where=where, reason=translate("team", short)), why)
    return TeamError("unreachable", translate("team", "The team workspace at {where} failed: {why}").format(
        where=where, why=why.splitlines()[0]), why)


def can_write(engine: Engine) -> bool:
    """Whether this role may change the workspace's tables (the grants in the README)."""
    with engine.connect() as conn:
        return all(conn.execute(text("SELECT has_table_privilege(current_user, :t, :p)"),
                                {"t": table, "p": privilege}).scalar()
                   for table in ("pins", "notes", "tags", "record_tags", "views", "briefings",
                                 "ws_changes", "briefing_locks")
                   for privilege in ("INSERT", "UPDATE", "DELETE") if not (
                       table == "ws_changes" and privilege != "INSERT"))


def open_server(address: TeamAddress, password: str | None,
                on_wait: Callable[[str], None] | None = None) -> Workspace:
    """The team's workspace on its server (made or upgraded there when needed, one client at a
    time); raises TeamError saying why it cannot be used."""
    engine = engine_for(address, password)
    check(engine, address)
    try:
        ws = Workspace(Path(address.account), engine=engine, who=address.user, journal="log",
                       on_wait=on_wait)
    except DBAPIError as exc:
        engine.dispose()
        error = explain(exc, address)
        if error.kind == "grants":
            raise TeamError("schema", translate("team", "The team database {database} has no BRI Desktop "
                                                        "tables (or older ones), and your role {user} cannot "
                                                        "make them: its administrator opens it once with a role "
                                                        "that can (README: Team workspace).").format(
                                                            database=address.url.database, user=address.user)
                            ) from exc
        raise error from exc
    if not ws.read_only and not can_write(engine):
        ws.opened = Opened(True, translate("team", "Your database role {user} may read the team workspace but "
                                                   "not change it: your changes stay on this computer until its "
                                                   "administrator gives the grants in the README.").format(
                                                       user=address.user))
    return ws


def open_copy(address: TeamAddress) -> Workspace:
    """This computer's copy of the team workspace (made at first use)."""
    return Workspace(paths.team_copy_file(address.account), who=address.user, journal="outbox")

"""A real PostgreSQL server for the team workspace's tests: Debian's postgresql package, initdb
into a temporary folder, pg_ctl on a free local port, TLS on with a self-signed certificate.

PostgreSQL refuses to run as root: under root (CI) the server runs as the ``postgres`` user the
package makes. ``why_not()`` says why no server can be started here (the tests skip with it).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "bri_admin"
SUPERUSER_PASSWORD = "admin-secret"


def bin_dir() -> Path | None:
    """The newest installed server's programs (Debian keeps them off PATH)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def why_not() -> str:
    """Why no test server can be started, or "" when one can."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        return f"psycopg cannot be imported ({exc})"
    if bin_dir() is None:
        return "PostgreSQL's server is not installed (Debian: apt-get install postgresql)"
    if shutil.which("openssl") is None:
        return "openssl is not installed (the test server's certificate is made with it)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run the server as"
    return ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    folder: Path
    port: int = field(default_factory=_free_port)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(a) for a in args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)

    def init(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        password_file = self.folder / "pw"
        password_file.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=localhost", "-keyout", str(self.folder / "server.key"),
                        "-out", str(self.folder / "server.crt")],
                       capture_output=True, check=True, timeout=60)
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            for path in (self.folder, *self.folder.iterdir()):
                os.chown(path, user.pw_uid, user.pw_gid)
        os.chmod(self.folder / "server.key", 0o600)
        self._run(bin_dir() / "initdb", "-D", self.data, "-U", SUPERUSER, "--pwfile", password_file,
                  "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                       f"unix_socket_directories = '{self.folder}'\n"
                       f"ssl = on\nssl_cert_file = '{self.folder / 'server.crt'}'\n"
                       f"ssl_key_file = '{self.folder / 'server.key'}'\n"
                       "fsync = off\nmax_connections = 60\n")

    def start(self) -> None:
        self._run(bin_dir() / "pg_ctl", "-D", self.data, "-l", self.folder / "log", "-w", "-t", "60",
                  "start")

    def ensure_running(self) -> None:
        """Started again if a test stopped it and failed before starting it."""
        if self._run(bin_dir() / "pg_ctl", "-D", self.data, "status", check=False).returncode != 0:
            self.start()

    def stop(self, mode: str = "fast") -> None:
        self._run(bin_dir() / "pg_ctl", "-D", self.data, "-m", mode, "-w", "stop", check=False)

    def kill(self) -> None:
        """As a crash or a pulled cable: the server stops at once, mid-transaction."""
        self.stop("immediate")

    def url(self, user: str = SUPERUSER, password: str | None = SUPERUSER_PASSWORD,
            database: str = "postgres", **query: str) -> str:
        secret = f":{quote(password, safe='')}" if password is not None else ""
        tail = "&".join(f"{k}={v}" for k, v in query.items())
        return (f"postgresql+psycopg://{quote(user, safe='')}{secret}@127.0.0.1:{self.port}/{database}"
                + (f"?{tail}" if tail else ""))

    def sql(self, statement: str, database: str = "postgres", params: tuple = ()) -> list[tuple]:
        """Run one statement as the superuser (autocommit: CREATE DATABASE needs it)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             password=SUPERUSER_PASSWORD, dbname=database, autocommit=True,
                             sslmode="disable") as conn:
            cursor = conn.execute(statement, params)  # type: ignore[call-overload]
            return cursor.fetchall() if cursor.description else []


def make_server() -> PgServer:
    folder = Path(tempfile.mkdtemp(prefix="bri-pg-", dir="/tmp"))
    server = PgServer(folder)
    server.init()
    server.start()
    return server


def remove(server: PgServer) -> None:
    server.stop("immediate")
    shutil.rmtree(server.folder, ignore_errors=True)


def team_database(server: PgServer, name: str = "team",
                  roles: tuple[str, ...] = ("owner", "alice", "bob", "reader")) -> dict[str, str]:
    """A database with a login role for each name (password "pw-NAME") and the README's grants
    (the benchmark and the screenshots use it; the tests number their roles)."""
    from tests.team.conftest import grants

    logins = {role: role for role in roles}
    server.sql(f"CREATE DATABASE {name}")
    for login in logins.values():
        server.sql(f"CREATE ROLE {login} LOGIN PASSWORD 'pw-{login}'")
    for statement in grants(logins):
        server.sql(statement, database=name)
    return logins

"""The one module that knows where files live, in the source tree and in a frozen bundle.

Nothing else in the application reads ``sys._MEIPASS`` or builds paths to bundled files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def app_root() -> Path:
    """The folder that holds ``data/`` and ``resources/``: the repository or the bundle."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return app_root() / "data"


def bundled_db() -> Path:
    """The dataset the application ships with, opened read-only."""
    override = os.environ.get("BRI_DESKTOP_DB")
    return Path(override) if override else data_dir() / "bri.sqlite"


def records_dir() -> Path:
    """The curated TOML records the build reads (source tree only)."""
    return data_dir() / "records"


def sources_dir() -> Path:
    """The source articles the records quote (source tree only)."""
    return data_dir() / "sources"


def resource(relative: str) -> Path:
    """A file under ``resources/``, e.g. ``resource("icons/app.svg")``."""
    return app_root() / "resources" / relative


def translations_dir() -> Path:
    """The compiled translations (.qm: the app's, made at build time, and Qt's own)."""
    return resource("i18n")


APP = "bri-desktop"


def user_data_dir() -> Path:
    """The user's own data: the workspace, imported collections, the log. Never inside the
    bundle (platformdirs: ~/.local/share/bri-desktop, %LOCALAPPDATA%\\bri-desktop, ~/Library/
    Application Support/bri-desktop). BRI_DESKTOP_HOME overrides it (tests, portable use)."""
    override = os.environ.get("BRI_DESKTOP_HOME")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def settings_file() -> Path:
    """The user's settings (window state, columns, last view), in the user's config folder."""
    override = os.environ.get("BRI_DESKTOP_HOME")
    if override:
        return Path(override) / "settings.ini"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "settings.ini"


def workspace_file() -> Path:
    """The user's workspace: pins, notes, tags and saved views (SQLite)."""
    override = os.environ.get("BRI_WORKSPACE_FILE")
    return Path(override) if override else user_data_dir() / "workspace.sqlite"


def team_copy_file(account: str) -> Path:
    """This computer's copy of a team's shared workspace (``account``: user@server:port/db), read
    and written at once, sent to the server as the network allows."""
    import hashlib

    safe = "".join(c if c.isalnum() or c in "-_.@" else "_" for c in account)[:80]
    digest = hashlib.sha256(account.encode("utf-8")).hexdigest()[:12]  # two accounts, two files
    return user_data_dir() / "team" / f"{safe}-{digest}.sqlite"


def collections_dir() -> Path:
    """The imported collections (CGIT, AidData, tables), one folder each."""
    return user_data_dir() / "collections"


def combined_db() -> Path:
    """The bundled dataset with the imported collections added: rebuilt from both, never edited."""
    return user_data_dir() / "combined.sqlite"


def import_mappings_file() -> Path:
    """The column mappings chosen for imported tables, by the shape of their header."""
    return user_data_dir() / "import-mappings.json"


def log_file() -> Path:
    """Where the app logs what went wrong, with tracebacks (the screen shows a short message)."""
    return user_data_dir() / "bri-desktop.log"


def outlines() -> Path:
    """Country outlines for the corridor map (Natural Earth, converted by data/scripts)."""
    return data_dir() / "geo" / "outlines.geojson"


def build_info() -> Path:
    """Version and build metadata written by the installer build (absent in a source tree)."""
    return app_root() / "build_info.json"

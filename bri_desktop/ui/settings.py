"""Typed settings keys with defaults, stored with QSettings in the user's settings file.

Every value is read through ``Settings.get``: a value of the wrong type or out of range (a file
edited by hand, or written by another version) gives the key's default, and the log says which
key. A settings folder that cannot be written leaves the app running without saving its state;
``Settings.problem`` says why, in one line, for the status bar.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from bri_desktop import paths
from bri_desktop.core.i18n import translate

log = logging.getLogger("bri_desktop")
INT_RANGE = (-(2**31), 2**31 - 1)


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    type: type
    choices: tuple = ()  # the values allowed, when there are few
    low: int = INT_RANGE[0]
    high: int = INT_RANGE[1]


WINDOW_GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Key("window/state", QByteArray(), QByteArray)
MAIN_SPLITTER = Key("window/main_splitter", QByteArray(), QByteArray)
LEFT_SPLITTER = Key("window/right_splitter", QByteArray(), QByteArray)  # name kept: older files
CENTER_SPLITTER = Key("window/center_splitter", QByteArray(), QByteArray)
LAST_KIND = Key("view/last_kind", "agreements", str)
VIEW_TAB = Key("view/tab", 0, int, low=0, high=16)
LAST_EXPORT_DIR = Key("export/last_dir", "", str)
LAST_IMPORT_DIR = Key("import/last_dir", "", str)
CHART_MEASURE = Key("chart/measure", "investment", str)
CHART_DIMENSION = Key("chart/dimension", "sector", str)
CHART_BREAKDOWN = Key("chart/breakdown", "", str)
MAP_MODE = Key("map/mode", "geographic", str, choices=("geographic", "schematic"))
TIMELINE_LANES = Key("timeline/lanes", "kind", str, choices=("kind", "country"))
LANGUAGE = Key("view/language", "system", str, choices=("system", "en", "ru", "zh_CN"))
THEME = Key("view/theme", "system", str, choices=("system", "light", "dark"))
REOPEN_LAST_VIEW = Key("view/reopen_last", True, bool)
LAST_VIEW = Key("view/last", "", str)  # JSON of core.views.view_to_dict


def header_key(kind: str) -> Key:
    """Column order, widths, visibility and sort of one kind's table."""
    return Key(f"table/{kind}/header", QByteArray(), QByteArray)


class BadValue(ValueError):
    pass


def coerce(key: Key, raw: Any) -> Any:
    """``raw`` as ``key`` wants it, or BadValue."""
    if raw is None:
        return key.default
    if key.type is QByteArray:
        if isinstance(raw, QByteArray):
            return raw
        if isinstance(raw, bytes | bytearray):
            return QByteArray(bytes(raw))
        raise BadValue(f"expected bytes, found {type(raw).__name__}")
    if key.type is int:
        if isinstance(raw, bool) or not isinstance(raw, int | str | float):
            raise BadValue(f"expected a whole number, found {type(raw).__name__}")
        try:
            value = int(raw)
        except ValueError:
            raise BadValue(f"'{raw}' is not a whole number") from None
        if not key.low <= value <= key.high:
            raise BadValue(f"{value} is outside {key.low}..{key.high}")
        return value
    if key.type is str:
        if not isinstance(raw, str):
            raise BadValue(f"expected text, found {type(raw).__name__}")
        if key.choices and raw not in key.choices:
            raise BadValue(f"'{raw}' is not one of {', '.join(key.choices)}")
        return raw
    if key.type is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in ("true", "false"):
            return raw.lower() == "true"
        raise BadValue(f"'{raw}' is not true or false")
    raise BadValue(f"no reader for {key.type.__name__}")


class Settings:
    def __init__(self) -> None:
        path = paths.settings_file()
        self.path = path
        self.problem = ""  # why the settings cannot be saved, if they cannot (in the interface language)
        self.unusable: list[str] = []  # keys whose value was of the wrong kind (the default was used)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.problem = translate("Settings", "{folder} cannot be made ({reason})").format(
                folder=path.parent, reason=reason)
            log.warning("settings will not be saved: %s cannot be made (%s)", path.parent, reason)
        if not self.problem and not _writable(path):
            self.problem = translate("Settings", "{file} cannot be written").format(file=path)
            log.warning("settings will not be saved: %s cannot be written", path)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: Key) -> Any:
        try:
            raw = self._qs.value(key.name, key.default)
            return coerce(key, raw)
        except (BadValue, TypeError, ValueError, OverflowError) as exc:
            log.warning("settings: %s in %s is not usable (%s); using the default", key.name,
                        self.path, exc)
            if key.name not in self.unusable:
                self.unusable.append(key.name)
            return key.default

    def set(self, key: Key, value: Any) -> None:
        self._qs.setValue(key.name, value)

    def sync(self) -> None:
        if self.problem:
            return  # kept in memory for this session; the file is left as it was
        self._qs.sync()
        if self._qs.status() != QSettings.Status.NoError:
            self.problem = translate("Settings", "{file} could not be written").format(file=self.path)
            log.warning("settings: %s could not be written", self.path)


def _writable(path) -> bool:
    if path.exists():
        return path.is_file() and os.access(path, os.W_OK)
    return path.parent.is_dir() and os.access(path.parent, os.W_OK)

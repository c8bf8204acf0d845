"""Typed settings keys with defaults, stored with QSettings in the user's settings file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from bri_desktop import paths


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    type: type


WINDOW_GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Key("window/state", QByteArray(), QByteArray)
MAIN_SPLITTER = Key("window/main_splitter", QByteArray(), QByteArray)
LEFT_SPLITTER = Key("window/right_splitter", QByteArray(), QByteArray)  # name kept: older files
CENTER_SPLITTER = Key("window/center_splitter", QByteArray(), QByteArray)
LAST_KIND = Key("view/last_kind", "agreements", str)
VIEW_TAB = Key("view/tab", 0, int)
LAST_EXPORT_DIR = Key("export/last_dir", "", str)
CHART_MEASURE = Key("chart/measure", "investment", str)
CHART_DIMENSION = Key("chart/dimension", "sector", str)
CHART_BREAKDOWN = Key("chart/breakdown", "", str)
MAP_MODE = Key("map/mode", "geographic", str)
THEME = Key("view/theme", "system", str)


def header_key(kind: str) -> Key:
    """Column order, widths, visibility and sort of one kind's table."""
    return Key(f"table/{kind}/header", QByteArray(), QByteArray)


class Settings:
    def __init__(self) -> None:
        path = paths.settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: Key) -> Any:
        value = self._qs.value(key.name, key.default)
        if value is None:
            return key.default
        if key.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
        try:
            return key.type(value)
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key, value: Any) -> None:
        self._qs.setValue(key.name, value)

    def sync(self) -> None:
        self._qs.sync()

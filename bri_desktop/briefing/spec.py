"""What a briefing is made of, as the user composed it: a title block and named sections of
items. Stored as JSON (in the workspace, or a spec file for ``brief build``); read back with every
fault named by where it is ("sections[2].items[0]: ...").

Items:
- ``record``: ``kind``, ``id`` — a short paragraph from the record's fields, its figures cited;
- ``chart``: ``measure``, ``dimension``, ``breakdown``, ``filter`` — drawn again from its settings;
- ``map``: ``mode``, ``selected``, ``filter`` — the corridor map;
- ``table``: ``kind``, ``filter``, ``columns`` (field names), ``limit`` — a saved view's records;
- ``note``: ``text`` — the user's own words, never cited;
- ``indicator``: ``id`` — an indicator with the other sources' figures for the same measure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from bri_desktop.core.dates import day_text
from bri_desktop.core.i18n import translate

ITEM_TYPES = ("record", "chart", "map", "table", "note", "indicator", "timeline", "figures")
PAGE_SIZES = ("A4", "Letter")
# What an item must carry, by type.
_REQUIRED = {"record": ("kind", "id"), "chart": ("measure", "dimension"), "map": ("mode",),
             "table": ("kind",), "note": ("text",), "indicator": ("id",), "timeline": (), "figures": ("measure",)}
MAX_TEXT = 20_000  # a note, a title: longer is refused, not cut
MAX_ITEMS = 500


class BriefingError(ValueError):
    """A briefing that cannot be read: says where and what."""


@dataclass
class Item:
    type: str
    settings: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"type": self.type, **self.settings}


@dataclass
class Section:
    name: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Briefing:
    title: str = field(default_factory=lambda: translate("spec", "Briefing"))
    subtitle: str = ""
    author: str = ""
    date: str = ""  # as the user wants it printed; empty: the generation date
    page_size: str = "A4"
    sections: list[Section] = field(default_factory=list)

    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def to_dict(self) -> dict:
        return {"title": self.title, "subtitle": self.subtitle, "author": self.author,
                "date": self.date, "page_size": self.page_size,
                "sections": [{"name": s.name, "items": [i.to_dict() for i in s.items]}
                             for s in self.sections]}


def _text(data: dict, key: str, where: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise BriefingError(translate("spec", "{where}{key}: expected text, found {found}")
                            .format(where=where, key=key, found=type(value).__name__))
    if len(value) > MAX_TEXT:
        raise BriefingError(translate("spec", "{where}{key}: {count} characters, at most {most}")
                            .format(where=where, key=key, count=f"{len(value):,}", most=f"{MAX_TEXT:,}"))
    return value


def _item(data: object, where: str) -> Item:
    if not isinstance(data, dict):
        raise BriefingError(_not_an_object(where, data))
    kind = data.get("type")
    if kind not in ITEM_TYPES:
        raise BriefingError(translate("spec", "{where}.type: '{value}' is not one of {choices}")
                            .format(where=where, value=kind, choices=", ".join(ITEM_TYPES)))
    settings = {k: v for k, v in data.items() if k != "type"}
    for key in _REQUIRED[kind]:
        if settings.get(key) in (None, ""):
            raise BriefingError(translate("spec", "{where}: a {type} item needs '{key}'")
                                .format(where=where, type=kind, key=key))
    for key in ("kind", "id", "measure", "dimension", "breakdown", "mode", "selected"):
        if key in settings and settings[key] is not None and not isinstance(settings[key], str):
            raise BriefingError(translate("spec", "{where}.{key}: expected text, found {found}")
                                .format(where=where, key=key, found=type(settings[key]).__name__))
    if kind == "note":
        _text(settings, "text", f"{where}.")
    if "filter" in settings and not isinstance(settings["filter"], dict):
        raise BriefingError(translate("spec", "{where}.filter: expected an object").format(where=where))
    if "columns" in settings and not (isinstance(settings["columns"], list)
                                      and all(isinstance(c, str) for c in settings["columns"])):
        raise BriefingError(translate("spec", "{where}.columns: expected a list of field names").format(where=where))
    if "limit" in settings and (isinstance(settings["limit"], bool)
                                or not isinstance(settings["limit"], int) or settings["limit"] < 1):
        raise BriefingError(translate("spec", "{where}.limit: expected a whole number above 0").format(where=where))
    return Item(kind, settings)


def briefing_from_dict(data: object) -> Briefing:
    if not isinstance(data, dict):
        raise BriefingError(translate("spec", "the briefing: expected an object, found {found}")
                            .format(found=type(data).__name__))
    default = translate("spec", "Briefing")
    briefing = Briefing(title=_text(data, "title", "", default) or default,
                        subtitle=_text(data, "subtitle", ""), author=_text(data, "author", ""),
                        date=_text(data, "date", ""))
    size = data.get("page_size", "A4")
    if size not in PAGE_SIZES:
        raise BriefingError(translate("spec", "page_size: '{value}' is not one of {choices}")
                            .format(value=size, choices=", ".join(PAGE_SIZES)))
    briefing.page_size = size
    sections = data.get("sections", [])
    if not isinstance(sections, list):
        raise BriefingError(translate("spec", "sections: expected a list"))
    count = 0
    for i, raw in enumerate(sections):
        where = f"sections[{i}]"
        if not isinstance(raw, dict):
            raise BriefingError(_not_an_object(where, raw))
        items = raw.get("items", [])
        if not isinstance(items, list):
            raise BriefingError(translate("spec", "{where}.items: expected a list").format(where=where))
        count += len(items)
        if count > MAX_ITEMS:
            raise BriefingError(translate("spec", "{where}: more than {most} items in the briefing")
                                .format(where=where, most=MAX_ITEMS))
        briefing.sections.append(Section(_text(raw, "name", f"{where}."),
                                         [_item(it, f"{where}.items[{j}]") for j, it in enumerate(items)]))
    return briefing


def _not_an_object(where: str, found: object) -> str:
    return translate("spec", "{where}: expected an object, found {found}").format(where=where,
                                                                                   found=type(found).__name__)


def shown_date(briefing: Briefing, generated: dt.date) -> str:
    """The date the user wrote, or the generation date in the interface language ("12 May 2024")."""
    return briefing.date or day_text(generated, long=True)

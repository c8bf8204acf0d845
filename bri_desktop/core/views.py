"""A view the user can save, send and reopen: the kind, the filter, the sort and columns, the
chart's choices and the map's layout, as plain data (no Qt), and its text link.

A link reads ``bri-desktop:view/<data>``: the view as compact JSON, base64url-encoded, so it
pastes into an e-mail or a chat whole and opens with ``bri-desktop open LINK`` or File > Open
link. Nothing in a link runs: it is read as data, and what is not understood is left out.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field

from bri_desktop.core.filters import Filter, filter_from_dict, filter_to_dict
from bri_desktop.core.i18n import translate

PREFIX = "bri-desktop:view/"


class LinkError(ValueError):
    """The text is not a view link, or the link is damaged; the message says which."""


@dataclass(frozen=True)
class ViewState:
    kind: str = "agreements"
    filter: Filter = field(default_factory=Filter)
    sort: str | None = None
    descending: bool | None = None
    columns: tuple[str, ...] = ()  # visible column keys, in order ("" keeps the defaults)
    chart: tuple[str, str, str] = ("investment", "sector", "")  # measure, dimension, breakdown
    map_mode: str = "geographic"
    tab: int = 0  # the view tab shown: 0 chart, 1 corridor map, 2 timeline, 3 figures, 4 article
    record: str = ""  # the record open in the details pane


def view_to_dict(view: ViewState) -> dict:
    out: dict = {"kind": view.kind, "filter": filter_to_dict(view.filter),
                 "chart": list(view.chart), "map_mode": view.map_mode, "tab": view.tab}
    if view.sort:
        out["sort"] = view.sort
        out["descending"] = bool(view.descending)
    if view.columns:
        out["columns"] = list(view.columns)
    if view.record:
        out["record"] = view.record
    return out


def view_from_dict(data: object, kinds: set[str]) -> ViewState:
    """A view from ``view_to_dict``'s data; an unknown kind or value falls back to the default."""
    if not isinstance(data, dict):
        raise LinkError(translate("views", "The view holds no settings."))
    kind = data.get("kind")
    chart = data.get("chart")
    chart_t = tuple(str(c) for c in chart[:3]) if isinstance(chart, list) and len(chart) >= 3 \
        else ViewState.chart
    columns = data.get("columns")
    return ViewState(
        kind=kind if isinstance(kind, str) and kind in kinds else "agreements",
        filter=filter_from_dict(data.get("filter")),
        sort=data.get("sort") if isinstance(data.get("sort"), str) else None,
        descending=bool(data.get("descending")) if "descending" in data else None,
        columns=tuple(c for c in columns if isinstance(c, str)) if isinstance(columns, list) else (),
        chart=chart_t,  # type: ignore[arg-type]
        map_mode="schematic" if data.get("map_mode") == "schematic" else "geographic",
        tab=_tab(data.get("tab")),
        record=str(data.get("record", ""))[:200],
    )


MAX_TAB = 15  # a tab number beyond any the window has is read as the first


def _tab(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_TAB else 0


def view_link(view: ViewState) -> str:
    raw = json.dumps(view_to_dict(view), separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return PREFIX + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def parse_link(text: str, kinds: set[str]) -> ViewState:
    text = "".join(text.split())  # a link broken over lines in an e-mail
    if not text.startswith(PREFIX):
        raise LinkError(translate("views", "This is not a BRI Desktop view link (it should begin with “{prefix}”).")
                        .format(prefix=PREFIX))
    body = text[len(PREFIX):]
    if len(body) > 20_000:
        raise LinkError(translate("views", "The link is too long to be a BRI Desktop view."))
    try:
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise LinkError(translate("views", "The link is damaged: part of it is missing or changed. Ask for it "
                                           "again, or copy it whole.")) from None
    return view_from_dict(data, kinds)

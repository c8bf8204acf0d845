"""The texts of the active filters' chips above the table ("Country: Kazakhstan",
"Value: $1 bn – any"), each with the key the window removes it by."""

from __future__ import annotations

from collections.abc import Callable

from bri_desktop.core.dates import format_partial
from bri_desktop.core.filters import FACET_LABELS, Filter, facet_label
from bri_desktop.core.i18n import translate
from bri_desktop.core.money import format_usd


def chip_texts(flt: Filter, label_of: Callable[[str, object], str]) -> list[tuple[object, str]]:
    """(key, text) of every chip ``flt`` shows; ``label_of(facet, value)`` names a value."""
    chips: list[tuple[object, str]] = []
    if flt.search:
        chips.append((("search",), translate("chip_texts", "Search: {text}").format(text=flt.search)))
    for facet in FACET_LABELS:
        for value in sorted(flt.selected(facet), key=str):
            chips.append((("facet", facet, value), translate("chip_texts", "{facet}: {value}").format(
                facet=facet_label(facet), value=label_of(facet, value))))
    if flt.value_min is not None or flt.value_max is not None:
        chips.append((("value",), _value_chip(flt.value_min, flt.value_max)))
    if flt.date_from or flt.date_to:
        chips.append((("date",), translate("chip_texts", "Date: {start} – {end}").format(
            start=format_partial(flt.date_from) if flt.date_from else "…",
            end=format_partial(flt.date_to) if flt.date_to else "…")))
    return chips


def _value_chip(low: float | None, high: float | None) -> str:
    if low is None:
        return translate("chip_texts", "Value: any – {high}").format(high=format_usd(high or 0))
    if high is None:
        return translate("chip_texts", "Value: {low} – any").format(low=format_usd(low))
    return translate("chip_texts", "Value: {low} – {high}").format(low=format_usd(low), high=format_usd(high))

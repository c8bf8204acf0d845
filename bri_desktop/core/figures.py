"""Figures compared, as a reader sees them: how a qualifier is drawn, which source a figure
comes from, and the figures of a measure as rows of a table or lines of text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bri_desktop.core.dates import format_partial, span_years
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, TranslatedTexts, translate
from bri_desktop.core.money import format_number

# How a dot shows its qualifier: "over 6,000" points right (the true figure is above), "nearly
# 5,000" points left, "about 85%" is a ring, a figure stated plainly a filled dot.
SHAPES = {"over": "above", "more than": "above", "at least": "above",
          "nearly": "below", "up to": "below", "about": "about", "approximately": "about"}
# Read in the interface language (``SHAPE_TEXT.english``: as written here).
SHAPE_TEXT = TranslatedTexts("figures", {
    "above": QT_TRANSLATE_NOOP("figures", "▶ the figure is a floor (over, more than, at least)"),
    "below": QT_TRANSLATE_NOOP("figures", "◀ the figure is a ceiling (nearly, up to)"),
    "about": QT_TRANSLATE_NOOP("figures", "○ approximate (about)"),
    "exact": QT_TRANSLATE_NOOP("figures", "● stated plainly")})


def shape_of(figure: Mapping) -> str:
    return SHAPES.get(str(figure.get("value_qualifier") or ""), "exact")


def figure_text(figure: Mapping) -> str:
    return format_number(figure["value"], figure.get("unit"), figure.get("value_qualifier"))


def source_text(figure: Mapping) -> str:
    """"Akorda.kz, 2025 · Silk Road Briefing, Dec 2024": every source the figure cites."""
    parts = []
    for cite in figure.get("citations", []):
        who = cite.get("publisher") or cite.get("title") or cite.get("source")
        parts.append(f"{who}, {format_partial(cite['published'])}" if cite.get("published") else str(who))
    return " · ".join(dict.fromkeys(parts))


def quote_text(figure: Mapping) -> str:
    return " … ".join(f"“{c['quote']}”" for c in figure.get("citations", []))


def period_span(figure: Mapping) -> tuple[float, float] | None:
    """The figure's period in fractional years (2024.0 to 2025.0 for "2024"), or None when the
    article states none. A period with only an end ("by 2023") is the end's own day."""
    start, end = figure.get("period_start"), figure.get("period_end")
    if not (start or end):
        return None
    return span_years(str(start or end), str(end or start))


def rows_as_text(figures: Sequence[Mapping]) -> str:
    """Tab-separated, with a header: for the clipboard (the table's Copy)."""
    header = [translate("figures", "Figure"), translate("figures", "Period"), translate("figures", "Kind"),
              translate("figures", "Scope"), translate("figures", "Sources"), translate("figures", "Quote"),
              translate("figures", "Record")]
    lines = ["\t".join(header)]
    lines += ["\t".join([figure_text(f), str(f["period_label"]), str(f["kind"]), str(f["scope"]),
                         source_text(f), quote_text(f), str(f["id"])]).replace("\n", " ")
              for f in figures]
    return "\n".join(lines)


def caption(label: str, figures: Sequence[Mapping], filters: str, version: str) -> str:
    """A picture's caption: the measure, its figures with their sources, the filters."""
    parts = [f"{figure_text(f)} ({f['period_label']}; {source_text(f)})" for f in figures]
    hidden = sum(1 for f in figures if not f.get("kept", True))
    text = translate("figures", "{measure}: the figures different sources give, side by side, none reconciled: "
                                "{figures}.").format(measure=label, figures="; ".join(parts))
    if hidden:
        text += " " + translate("figures", "%n of them hidden by the filters (faded).", None, hidden)
    return text + " " + translate("figures", "Filters: {filters}. Dataset {version}.").format(filters=filters,
                                                                                               version=version)

"""The timeline and the figures compared, in a briefing: read here (on the worker, no Qt), drawn by
the renderer from what was read. The timeline cites the dataset; each figure compared cites its
own sources, as the figure's record does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bri_desktop.briefing.document import CAVEAT, FACT, Block, Figure, Run
from bri_desktop.core import timeline as timeline_text
from bri_desktop.core.figures import caption as figures_caption
from bri_desktop.core.figures import figure_text
from bri_desktop.core.filters import filter_from_dict
from bri_desktop.core.i18n import translate
from bri_desktop.db import figures, timeline
from bri_desktop.db.details import record_details

if TYPE_CHECKING:
    from bri_desktop.briefing.compose import Composer


def add_timeline(composer: Composer, s: dict) -> None:
    lanes = str(s["lanes"]) if s.get("lanes") in timeline_text.LANES_BY else "kind"
    flt = filter_from_dict(s.get("filter", {}))
    dataset = composer.dataset
    overview = timeline.overview(composer.conn, flt, lanes, dataset.vocabulary.get("countries", {}),
                                 composer.generated)
    start, end = s.get("start"), s.get("end")
    if not (isinstance(start, int | float) and isinstance(end, int | float) and end > start):
        start, end = overview.first, overview.last
    shown = timeline_text.in_view(overview, overview.items, float(start), float(end))
    caption = timeline_text.caption(overview, shown, dataset.describe(flt), dataset.version, float(start),
                                    float(end), timeline.KIND_LABELS)
    cite = composer.cite_dataset(translate("views", "Timeline; filters: {filters}")
                                 .format(filters=dataset.describe(flt)))
    composer.blocks.append(Figure("timeline", caption, (cite,), {"overview": overview, "start": float(start),
                                                                 "end": float(end)}))


def add_figures(composer: Composer, s: dict) -> None:
    """A measure's figures side by side: the chart, and each figure as a fact with its sources."""
    measure = str(s.get("measure", ""))
    flt = filter_from_dict(s.get("filter", {}))
    listed, _lacking = figures.measures(composer.conn, flt)
    known = next((m for m in listed if m["code"] == measure), None)
    if known is None:
        missing = translate("views", "No measure '{measure}' in this dataset: left out.").format(measure=measure)
        composer.blocks.append(Block(CAVEAT, [Run(missing)]))
        return
    rows = figures.measure_figures(composer.conn, measure, flt)
    cites = []
    for row in rows:
        record = record_details(composer.conn, "indicators", row["id"])
        cites.append(composer.cite_record(record) if record else (composer.cite_dataset(),))
    caption = figures_caption(str(known["label"]), rows, composer.dataset.describe(flt), composer.dataset.version)
    composer.blocks.append(Figure("figures", caption, tuple(dict.fromkeys(n for c in cites for n in c)),
                                  {"figures": rows}))
    for row, numbers in zip(rows, cites, strict=True):
        composer.blocks.append(Block(FACT, [Run(f"{figure_text(row)}, {row['period_label']}: {row['name']}",
                                                numbers)]))
    composer.blocks.append(Block(CAVEAT, [Run(translate(
        "views", "These figures measure the same thing as different sources give it: they are shown side by side, "
                 "never reconciled or averaged."))]))

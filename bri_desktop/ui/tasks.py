"""Worker functions: what the window runs off the GUI thread through ``TaskRunner.submit``.

Each takes the task's ``TaskState`` first, reads through the dataset's connection for its thread
(watched, so that cancelling the task stops its query), and imports no Qt: they are plain
functions over the db and core layers, and their results are plain data.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from bri_desktop import paths
from bri_desktop.core.charts import ChartData, build_chart
from bri_desktop.core.dates import format_partial, from_years, last_day_before
from bri_desktop.core.export import ExportStamp, ShownColumn, write_export
from bri_desktop.core.filters import Filter
from bri_desktop.core.formatting import SHOWN_CHARS, cell_formatter, shorten
from bri_desktop.core.geo import geographic_model, load_outlines, schematic_model
from bri_desktop.core.i18n import translate, vocabulary_label
from bri_desktop.core.timeline import Item, Overview
from bri_desktop.db import aggregates, cube, everything, queries, slices, timeline
from bri_desktop.db.cache import CountCache
from bri_desktop.db.corridors import corridor_network
from bri_desktop.db.corridors import matching_corridors as corridors_matching
from bri_desktop.db.dataset import Dataset
from bri_desktop.db.details import export_records, record_details, record_fields
from bri_desktop.db.kinds import KINDS, VIEWS
from bri_desktop.db.queries import FacetValue
from bri_desktop.db.slices import Slice
from bri_desktop.workspace.store import Pin, Workspace

if TYPE_CHECKING:
    from bri_desktop.ui.workers import TaskState

# -- the records table

@dataclass(frozen=True)
class Query:
    kind: str
    filter: Filter
    sort: str
    descending: bool


@dataclass(frozen=True)
class Page:
    query: Query
    count: int | None  # None for a follow-on page
    offset: int
    rows: list[tuple[str, tuple[str, ...]]]  # (record id, display text per column)


def load_page(state: TaskState, dataset: Dataset, query: Query, offset: int, limit: int,
              with_count: bool) -> Page:
    """Worker function: one page of display rows, and the total match count for a first page."""
    conn = state.watch(dataset.connection())
    if query.kind == "everything":
        return _everything_page(conn, dataset, query, offset, limit, with_count)
    kind = KINDS[query.kind]
    count = queries.count(conn, query.kind, query.filter) if with_count else None
    state.check()
    raw = queries.fetch_rows(conn, query.kind, query.filter, query.sort, query.descending,
                             offset, limit)
    cells = [cell_formatter(c, dataset.vocabulary) for c in kind.columns]
    rows = [(r["id"], tuple(text if len(text := cell(r)) <= SHOWN_CHARS else shorten(text, SHOWN_CHARS)
                            for cell in cells)) for r in raw]
    return Page(query, count, offset, rows)


def _everything_page(conn, dataset: Dataset, query: Query, offset: int, limit: int,
                     with_count: bool) -> Page:
    """The Everything list: a row's id is "kind/id", its first cell the kind's name."""
    count = everything.count_all(conn, query.filter) if with_count else None
    rows: list[tuple[str, tuple[str, ...]]] = []
    for r in everything.page(conn, query.filter, query.sort, query.descending, offset, limit):
        cells = (KINDS[r["kind"]].singular.capitalize(), shorten(str(r["title"]), SHOWN_CHARS),
                 dataset.vocabulary.get("countries", {}).get(r["country"], r["country"] or ""),
                 format_partial(r["date"]) if r["date"] else "")
        rows.append((f"{r['kind']}/{r['id']}", cells))
    return Page(query, count, offset, rows)



# -- the filter panel

@dataclass(frozen=True)
class FacetResult:
    kind: str
    filter: Filter
    facets: dict[str, list[FacetValue]]
    kind_counts: dict[str, int]
    labels: dict[tuple[str, object], str] = field(default_factory=dict)  # (facet, value) -> label
    counted: float = 1.0  # share of the search's matches counted so far (1: every count exact)
    floors: frozenset[str] = frozenset()  # facets whose counts are floors until ``counted`` is 1

    @property
    def exact(self) -> bool:
        return self.counted >= 1.0


COUNTS = "\0counts"  # the keys of the match counts and labels among the facet names
LABELS = "\0labels"
PARTIAL_EVERY_S = 0.25  # after the first slice's, counts so far go out at most this often


def load_facets(state: TaskState, dataset: Dataset, kind: str, flt: Filter,
                cache: CountCache) -> FacetResult:
    """Worker function: counts for every facet of ``kind``, the match count of every kind, and
    the labels of the values the filter selects (for its chips). A broad search's facets are
    counted in slices (db.slices): the counts so far go out as partial results."""
    spec = VIEWS[kind]
    names = [f.name for f in spec.facets if f.listed]
    values: dict[str, list[tuple]] = {}

    def values_of(conn: sqlite3.Connection, name: str) -> list[tuple]:
        if name not in values:
            if spec.facet(name).workspace:  # type: ignore[union-attr]  # the user's tags, or notes
                values[name] = queries.workspace_values(name, flt)
            else:
                values[name] = cache.get_or_make(("values", kind, name),
                                                 lambda: queries.facet_values(conn, kind, name))
        return values[name]

    def facet_job(name: str) -> list[FacetValue]:
        state.check()
        with state.watching(dataset.connection()) as conn:
            return queries.facet_counts(conn, kind, flt, name, values_of(conn, name), cache)

    def slice_job(name: str, part: Slice) -> dict:
        state.check()
        with state.watching(dataset.connection()) as conn:
            values_of(conn, name)
            # remembered slice by slice: counting that starts again (Undo, back from another
            # kind) goes on from where it stopped
            return cache.get_or_make(
                (*queries.facet_cache_key(kind, name, flt), part),
                lambda: queries.count_values(conn, spec, spec.facet(name), flt,  # type: ignore[arg-type]
                                             slices.seq_range(conn, kind, part)))

    def counts_job() -> dict[str, int]:
        result = {}
        with state.watching(dataset.connection()) as conn:
            for name in KINDS:
                state.check()
                result[name] = cache.get_or_make(("count", name, flt),
                                                 partial(queries.count, conn, name, flt))
        return result

    def labels_job() -> dict[tuple[str, object], str]:
        state.check()
        with state.watching(dataset.connection()) as conn:
            return queries.selected_labels(conn, flt, kind)

    if kind not in KINDS:  # Everything: the search alone, no facets to count
        plan = [slices.WHOLE]
    else:
        with state.watching(dataset.connection()) as conn:
            plan = slices.plan(conn, (kind,), flt)
    sliced = [] if len(plan) == 1 else [
        n for n in names if cache.get(queries.facet_cache_key(kind, n, flt)) is None]
    parts: dict = {name: partial(facet_job, name) for name in names if name not in sliced}
    parts[COUNTS] = counts_job
    parts[LABELS] = labels_job
    sums: dict[str, Counter] = {name: Counter() for name in sliced}
    sent = 0.0  # the first slice's counts go out at once, the others at most every PARTIAL_EVERY_S
    for part in plan if sliced else [slices.WHOLE]:
        parts.update({name: partial(slice_job, name, part) for name in sliced})
        results = state.parallel(parts)
        state.check()
        for name in sliced:
            sums[name].update(results.pop(name))
        if part.start == 0:
            whole, parts = results, {}
        if part.share < 1 and time.monotonic() - sent >= PARTIAL_EVERY_S:
            state.send_partial(_facet_result(kind, flt, whole, sums, values, part.share))
            sent = time.monotonic()
        state.renew_time_limit()  # the limit is for each slice: a broad count runs to its end
    for name, counts in sums.items():  # exact now: remembered like any other count
        cache.put(queries.facet_cache_key(kind, name, flt), dict(counts))
        # and its slices forgotten (an organization's run to megabytes at 1M)
        cache.discard([(*queries.facet_cache_key(kind, name, flt), part) for part in plan])
    return _facet_result(kind, flt, whole, sums, values, 1.0)


def _facet_result(kind: str, flt: Filter, whole: dict, sums: dict[str, Counter],
                  values: dict[str, list[tuple]], counted: float) -> FacetResult:
    facets = {name: got for name, got in whole.items() if name not in (COUNTS, LABELS)}
    for name, counts in sums.items():
        facets[name] = [FacetValue(v, label, counts.get(v, 0)) for v, label in values[name]]
    return FacetResult(kind, flt, facets, whole[COUNTS], whole[LABELS], counted,
                       frozenset(sums) if counted < 1 else frozenset())



def make_cube(state: TaskState, dataset: Dataset) -> None:
    """Worker function: the counts by small facets that answer the commonest filters (db.cube)."""
    cube.make(state.watch(dataset.connection()))


# -- chart, map, details, exports

def load_chart(state: TaskState, dataset: Dataset, measure: str, dimension: str,
               breakdown: str | None, flt: Filter) -> ChartData:
    """Worker function: SQL aggregates, then the chart's bars and notes. A broad search's
    matches are summed in slices (db.slices): the chart so far goes out as a partial result."""
    sent = 0.0
    conn = state.watch(dataset.connection())
    plan = slices.plan(conn, ("agreements", "projects"), flt)
    agg = aggregates.aggregate(conn, dimension, flt, breakdown, plan[0])
    for part in plan[1:]:
        if time.monotonic() - sent >= PARTIAL_EVERY_S:
            state.send_partial(build_chart(agg, measure, dataset.labels))
            sent = time.monotonic()
        agg.add(aggregates.aggregate(conn, dimension, flt, breakdown, part))
        state.check()
        state.renew_time_limit()
    return build_chart(agg, measure, dataset.labels)


def load_top(state: TaskState, dataset: Dataset, dimension: str, key: object,
             flt: Filter) -> list[dict]:
    conn = state.watch(dataset.connection())
    return aggregates.top_records(conn, dimension, key, flt)


def load_maps(state: TaskState, dataset: Dataset) -> tuple[dict, str]:
    """Worker function: both layouts of the corridor network, and the outlines' attribution."""
    network = corridor_network(state.watch(dataset.connection()))
    outlines, attribution = load_outlines(paths.outlines())
    return {"geographic": geographic_model(network, outlines),
            "schematic": schematic_model(network)}, attribution


def run_export(state: TaskState, dataset: Dataset, kind: str, flt: Filter, fmt: str, target: Path,
               stamp: ExportStamp, sort: str | None = None, descending: bool | None = None,
               columns: list[ShownColumn] | None = None) -> int:
    """Worker function: write the export in the table's order and columns; the stamp counts
    the records this connection writes (not what the table showed); progress counts records
    written."""
    conn = state.watch(dataset.connection())
    stamp = replace(stamp, count=queries.count(conn, kind, flt))
    records = export_records(conn, kind, flt, sort, descending,
                             [c.key for c in columns] if columns else None)
    return write_export(fmt, target, kind, records, dataset.vocabulary, stamp,
                        progress=state.set_progress, cancelled=lambda: state.cancelled,
                        columns=columns, fields=record_fields(conn, kind))


def load_details(state: TaskState, dataset: Dataset, kind: str, record_id: str) -> dict | None:
    """One record with its links, sources and (a bounded number of) related records."""
    return record_details(state.watch(dataset.connection()), kind, record_id)


@dataclass(frozen=True)
class Located:
    """Where a record stands against a filter: the parts of the filter that hide it."""

    kind: str
    record_id: str
    filter: Filter
    failing: tuple[str, ...]
    exists: bool


def locate(state: TaskState, dataset: Dataset, kind: str, record_id: str, flt: Filter) -> Located:
    conn = state.watch(dataset.connection())
    exists = conn.execute(f"SELECT 1 FROM {KINDS[kind].table} WHERE id = ?",
                          (record_id,)).fetchone() is not None
    failing = queries.failing_criteria(conn, kind, record_id, flt) if exists else []
    return Located(kind, record_id, flt, tuple(failing), exists)


def matching_corridors(state: TaskState, dataset: Dataset, flt: Filter) -> set[str]:
    """Corridors the filter keeps; the map dims the others."""
    return corridors_matching(state.watch(dataset.connection()), flt)


def count_kinds(state: TaskState, dataset: Dataset, kinds: tuple[str, ...], flt: Filter) -> dict[str, int]:
    conn = state.watch(dataset.connection())
    return {kind: queries.count(conn, kind, flt) for kind in kinds}


# -- the workspace

def open_workspace(state: TaskState, path: Path) -> Workspace:
    """Open (make, upgrade) the user's workspace: importing SQLAlchemy and opening the file stays
    off the start-up path."""
    return Workspace(path)


def missing_pins(state: TaskState, dataset: Dataset, pins: list[Pin]) -> dict[int, str]:
    """Pins of records no longer in the dataset: pin id -> "not in dataset 2026.12 (was in …)"."""
    conn = state.watch(dataset.connection())
    found: dict[int, str] = {}
    for pin in pins:
        if pin.what != "record" or not pin.record_kind or pin.record_kind not in KINDS:
            continue
        table = KINDS[pin.record_kind].table
        if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (pin.record_id,)).fetchone() is None:
            found[pin.id] = (translate("tasks", "not in dataset {version} (was in {was})").format(
                version=dataset.version, was=pin.dataset_version) if pin.dataset_version
                else translate("tasks", "not in dataset {version}").format(version=dataset.version))
    return found


# -- imported collections

@contextmanager
def _no_collections_pause() -> Iterator[None]:
    """An import builds hundreds of thousands of objects: Python's collector, run over a heap
    that grows so fast, would stop every thread (the window's too) for a few hundred ms at a
    time. It is paused while the import runs, and what the import made is then set aside
    from it (``gc.freeze``), or the first collection after would walk all of it at once.
    Nothing the import makes holds a reference cycle: reference counting frees it as usual."""
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


def read_import_file(state: TaskState, path: Path, encoding: str | None):  # type: ignore[no-untyped-def]
    """Worker function: every sheet of a file to import (a Workbook), for the dialog's preview."""
    from bri_desktop.importers.read import read_workbook

    state.set_progress(5)
    with _no_collections_pause():
        return read_workbook(path, encoding, cancelled=lambda: state.cancelled)


def prepare_import(state: TaskState, base: Path, path: Path, options: dict, book):  # type: ignore[no-untyped-def]
    """Worker function: the file's rows as records, checked; nothing is stored yet."""
    from bri_desktop.importers.prepare import prepare
    from bri_desktop.importers.session import collection_store, read_base

    state.set_progress(10)
    taken = {c.id for c in collection_store().collections()}
    with _no_collections_pause():
        prepared = prepare(path, read_base(base), taken=taken, book=book,
                           cancelled=lambda: state.cancelled, **options)
    state.set_progress(100)
    return prepared


def _progress(state: TaskState, start: int, end: int):  # type: ignore[no-untyped-def]
    """A combine progress callback on the part ``start``-``end`` of the progress bar."""
    def report(done: int, total: int, _what: str) -> None:
        state.set_progress(start + (end - start) * done // max(total, 1))
    return report


def commit_import(state: TaskState, base: Path, prepared, rows: list):  # type: ignore[no-untyped-def]
    """Worker function: store the rows as a collection and rebuild the combined dataset (both
    undone if either fails or is cancelled); the collection and the file to open now."""
    from bri_desktop.importers.session import apply

    state.set_progress(5)
    with _no_collections_pause():
        return apply(lambda store: store.save(prepared, rows), base, _progress(state, 20, 100),
                     lambda: state.cancelled)


def change_collection(state: TaskState, base: Path, action: str, key: str, name: str = ""):  # type: ignore[no-untyped-def]
    """Worker function: rename or remove a collection, then rebuild the combined dataset."""
    from bri_desktop.importers.session import apply

    def change(store):  # type: ignore[no-untyped-def]
        return store.rename(key, name) if action == "rename" else store.remove(key)

    return apply(change, base, _progress(state, 10, 100), lambda: state.cancelled)


def current_dataset_file(state: TaskState, dataset: Dataset) -> Path | None:
    """Worker function: the file the window should show now, when it is not the one it shows
    (the base dataset was rebuilt, or collections were changed by another window or the
    command line); None when nothing changed."""
    from bri_desktop.importers.session import current_file

    target = current_file(dataset.base_path, _progress(state, 0, 100))
    if target != dataset.path:
        return target
    return target if dataset.changed_on_disk() else None


def compose_briefing(state: TaskState, dataset: Dataset, spec: dict, generated: dt.date):
    """Worker function: the briefing's text, citations and chart data (figures are drawn after,
    on the GUI thread)."""
    from bri_desktop.briefing.compose import compose
    from bri_desktop.briefing.spec import briefing_from_dict

    state.watch(dataset.connection())
    return compose(briefing_from_dict(spec), dataset, generated)


@dataclass
class Article:
    """A source article as the Article view shows it."""

    source: dict
    html: str
    passages: list
    cites: list  # every Cited, in the order of the records
    missing: list  # Cited whose quote is not found in the text
    more: int  # citing records beyond those listed
    problem: str = ""  # why there is no text to show


def load_article(state: TaskState, dataset: Dataset, source_id: str) -> Article | None:
    """Worker function: the article's text with every quoted passage found."""
    from bri_desktop.core.article import Cited, article_html, find_passages
    from bri_desktop.db.details import source_citations

    source, rows, more = source_citations(state.watch(dataset.connection()), source_id)
    if source is None:
        return None
    cites = [Cited(r["kind"], r["id"], str(r["title"]), r["quote"]) for r in rows]
    if source["imported"]:
        return Article(source, "", [], cites, [], more, translate(
            "tasks", "This source is an imported file: each record's details show the row it was read from "
            "(Imported from, The row as it was)."))
    path = paths.data_dir() / str(source["file"])
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return Article(source, "", [], cites, [], more, translate(
            "tasks", "The article's text cannot be read ({file}: {error}).").format(
                file=path, error=getattr(exc, "strerror", None) or exc))
    state.check()
    passages, missing = find_passages(text, cites)
    return Article(source, article_html(text, passages), passages, cites, missing, more)


def records_kept(state: TaskState, dataset: Dataset, keys: list[tuple[str, str]],
                 flt: Filter) -> set[tuple[str, str]]:
    """Worker function: which of these records the filters keep."""
    return queries.kept(state.watch(dataset.connection()), keys, flt)


def load_measures(state: TaskState, dataset: Dataset, flt: Filter) -> tuple[list[dict], list[str]]:
    """Worker function: the curated measures that have figures, with how many the filters keep."""
    from bri_desktop.db.figures import measures

    return measures(state.watch(dataset.connection()), flt)


def load_figures(state: TaskState, dataset: Dataset, measure: str,
                 flt: Filter) -> tuple[list[dict], dict[str, str]]:
    """Worker function: a measure's figures with their sources (and whether the filters keep
    each), and the indicator kinds' labels."""
    from bri_desktop.db.figures import measure_figures

    conn = state.watch(dataset.connection())
    kinds = {code: vocabulary_label(label) for code, label in conn.execute(
        "SELECT code, label FROM vocabulary WHERE \"group\" = 'indicator_kinds'")}
    return measure_figures(conn, measure, flt), kinds


# -- the timeline


def load_timeline(state: TaskState, dataset: Dataset, flt: Filter, lanes_by: str) -> Overview:
    conn = state.watch(dataset.connection())
    return timeline.overview(conn, flt, lanes_by, dataset.vocabulary.get("countries", {}), dt.date.today())


def load_timeline_items(state: TaskState, dataset: Dataset, flt: Filter, lanes_by: str, start: float,
                        end: float, precisions: tuple[str, ...],
                        kinds: tuple[str, ...]) -> tuple[list[Item] | None, tuple[str, ...]]:
    """The records of a stretch of time (its end excluded) of the kinds counted in bins, at as
    many of the precisions asked for (finest first) as are few enough: the records and those
    precisions (None and none when even the finest are too many)."""
    conn = state.watch(dataset.connection())
    first, last = from_years(start).isoformat(), last_day_before(end).isoformat()
    for n in range(len(precisions), 0, -1):
        found = timeline.items_between(conn, flt, lanes_by, first, last, precisions[:n], kinds=kinds)
        if found is not None:
            return found, precisions[:n]
        state.check()
    return None, ()

"""Command line: no arguments start the application; subcommands build and export the dataset."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from bri_desktop import __version__, paths
from bri_desktop.core.errors import fail
from bri_desktop.db.kinds import KINDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bri-desktop",
        description="BRI Desktop: China–Central Asia Belt and Road cooperation, offline.")
    parser.add_argument("--version", action="version", version=f"BRI Desktop {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="build the main window offscreen, run a search, and exit")
    parser.add_argument("--db", type=Path, help="dataset to open (default: the bundled one)")
    sub = parser.add_subparsers(dest="command")

    data = sub.add_parser("data", help="dataset maintenance")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    build = data_sub.add_parser("build", help="validate data/records and write data/bri.sqlite")
    build.add_argument("--data-dir", type=Path, default=None, help="folder holding records/")
    build.add_argument("-o", "--output", type=Path, default=None, help="database to write")

    export = sub.add_parser("export", help="write records of one kind to CSV, JSON or XLSX")
    export.add_argument("kind", choices=list(KINDS))
    export.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="dataset to read (default: the bundled one)")
    export.add_argument("--format", choices=("csv", "json", "xlsx"), default="csv")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    export.add_argument("--country", action="append", default=[],
                        help="country code or name; repeat for several (any of them)")
    export.add_argument("--sector", action="append", default=[], help="sector; repeatable")
    export.add_argument("--year", action="append", type=int, default=[], help="year; repeatable")
    export.add_argument("--search", default="", help="full-text search, as in the app")
    export.add_argument("--collection", action="append", default=[],
                        help="an imported collection's name, or 'curated'; repeatable")

    imp = sub.add_parser("import", help="import a CGIT, AidData or other table (CSV, XLSX) as a collection")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=("cgit", "aiddata", "table"), help="default: detected")
    imp.add_argument("--sheet", help="the sheet to import (default: CGIT's datasets, or the first)")
    imp.add_argument("--name", help="the collection's name (default: from the format and the file's name)")
    imp.add_argument("--replace", action="store_true",
                     help="replace the collection of that name (a newer release of its dataset)")
    imp.add_argument("--encoding", help="a CSV's encoding (default: detected): utf-8, cp1252, utf-16 …")
    imp.add_argument("--header-row", type=int, help="the header's row number (default: found)")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="tables: the column of a field (title, country, sector, year, amount, partner, "
                          "notes); repeatable")
    imp.add_argument("--unit", choices=("USD", "USD m", "USD bn"), help="tables: the amounts' unit")
    imp.add_argument("--valid-only", action="store_true",
                     help="import the valid rows when some rows have problems (default: import nothing)")
    imp.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                     help="the dataset the collection joins (default: the bundled one)")
    coll = sub.add_parser("collections", help="the imported collections")
    coll_sub = coll.add_subparsers(dest="collections_command", required=True)
    coll_sub.add_parser("list", help="list them").add_argument("--format", choices=("text", "json"), default="text")
    coll_sub.add_parser("remove", help="remove one").add_argument("name")
    rename = coll_sub.add_parser("rename", help="rename one")
    rename.add_argument("name")
    rename.add_argument("new_name")

    ws = sub.add_parser("workspace", help="your pins, notes, tags and saved views, as one file")
    ws_sub = ws.add_subparsers(dest="workspace_command", required=True)
    ws_sub.add_parser("export", help="write the workspace to a file").add_argument("file", type=Path)
    ws_sub.add_parser("import", help="merge a workspace file into yours").add_argument("file", type=Path)
    pins = sub.add_parser("pins", help="what is on the Pinboard")
    pins_sub = pins.add_subparsers(dest="pins_command", required=True)
    pins_list = pins_sub.add_parser("list", help="list the pins, in the Pinboard's order")
    pins_list.add_argument("--format", choices=("text", "json"), default="text")
    from bri_desktop.cli_brief import add_parser as add_brief
    from bri_desktop.cli_team import add_parser as add_team

    add_brief(sub)
    add_team(sub)
    opener = sub.add_parser("open", help="start the application on a view link")
    opener.add_argument("link", help="a bri-desktop:view/... link (File > Open link in the app)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for name, value in vars(args).items():  # bytes that are not UTF-8 reach us as surrogates
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str | Path) and not _is_utf8(str(item)):
                return fail(f"--{name.replace('_', '-')}: {str(item)!r} is not valid UTF-8 text")
    if args.command in (None, "open"):
        return _window(args)
    try:
        return _command(args)
    except Exception as exc:  # a fault of ours (or an odd value we did not foresee): said, logged
        return _fault(args.command, exc)


def _fault(command: str, exc: Exception) -> int:
    import traceback

    detail = "".join(traceback.format_exception(exc))
    log_file = paths.log_file()
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with open(log_file, "a", encoding="utf-8") as log:
            log.write(f"bri-desktop {command} failed:\n{detail}")
        said = f"the details are in the log: {log_file}"
    except OSError:
        said = f"the details:\n{detail}"
    return fail(f"{command} failed because of a fault in BRI Desktop ({type(exc).__name__}: {exc}); {said}", 70)


def _command(args: argparse.Namespace) -> int:
    if args.command == "data":
        return _data_build(args)
    if args.command == "export":
        return _export(args)
    if args.command in ("workspace", "pins"):
        return _workspace(args)
    if args.command in ("import", "collections"):
        from bri_desktop.cli_import import run_collections, run_import

        return run_import(args) if args.command == "import" else run_collections(args)
    if args.command == "brief":
        from bri_desktop.cli_brief import run as run_brief

        return run_brief(args)
    if args.command == "team":
        from bri_desktop.cli_team import run as run_team

        return run_team(args)
    raise ValueError(f"unknown command {args.command}")


def _window(args: argparse.Namespace) -> int:
    link = None
    if args.command == "open":
        from bri_desktop.core.views import LinkError, parse_link

        try:
            parse_link(args.link, set(KINDS))
        except LinkError as exc:
            return fail(str(exc))
        link = args.link
    from bri_desktop.ui.app import run

    return run(db_path=args.db, smoke_test=args.smoke_test, link=link)


def _workspace(args: argparse.Namespace) -> int:
    import json

    from bri_desktop.workspace.store import Workspace, WorkspaceError
    from bri_desktop.workspace.transfer import export_workspace, import_workspace

    ws = Workspace(paths.workspace_file())
    if ws.opened.message:
        print(ws.opened.message, file=sys.stderr)
    try:
        if args.command == "pins":
            pins = ws.pins()
            if args.format == "json":
                print(json.dumps([{"position": p.position, "what": p.what, "title": p.title,
                                   "record_kind": p.record_kind, "record_id": p.record_id,
                                   "settings": p.settings, "dataset_version": p.dataset_version,
                                   "created_at": p.created_at} for p in pins],
                                 ensure_ascii=False, indent=2))
            else:
                for p in pins:
                    print(f"{p.position:>3}  {p.what:<6}  {p.title}")
        elif args.workspace_command == "export":
            data = export_workspace(ws, args.file)
            print(f"Wrote {args.file}: {len(data['pins'])} pins, {len(data['notes'])} notes, "
                  f"{len(data['tags'])} tags, {len(data['views'])} saved views", file=sys.stderr)
        else:
            print(import_workspace(ws, args.file).text(), file=sys.stderr)
    except (WorkspaceError, OSError) as exc:
        return fail(str(exc), 1)
    finally:
        ws.close()
    return 0


def _data_build(args: argparse.Namespace) -> int:
    from bri_desktop.data.build import BuildError, BuildPlaceError, build_database

    data_dir = args.data_dir or paths.data_dir()
    output = args.output or data_dir / "bri.sqlite"
    try:
        result = build_database(data_dir, output)
    except BuildPlaceError as exc:
        return fail(str(exc), 1)
    except BuildError as exc:
        for error in exc.errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"Build stopped: {len(exc.errors)} error(s); {output} was not changed.",
              file=sys.stderr)
        return 1
    counts = ", ".join(f"{n} {k}" for k, n in result.counts.items())
    print(f"Wrote {result.path} (dataset {result.version}): {counts}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from bri_desktop.core.export import ExportMismatch, ExportStamp, write_export
    from bri_desktop.core.filters import Filter
    from bri_desktop.core.search import SearchSyntaxError
    from bri_desktop.db import queries
    from bri_desktop.db.connection import DatasetError, open_readonly, read_meta
    from bri_desktop.db.details import export_records, record_fields

    if args.output is None and sys.stdout is None:
        return fail("standard output is closed: give a file to write with -o")
    if args.format == "xlsx" and not args.output:
        return fail("XLSX is a binary format: give an output file with -o")
    from bri_desktop.importers.combine import CombineError
    from bri_desktop.importers.session import current_file

    try:
        conn = open_readonly(current_file(args.db or paths.bundled_db()))
    except (DatasetError, CombineError) as exc:
        return fail(str(exc))
    vocab = queries.vocabulary(conn)
    try:
        countries = [_choose("country", c, vocab["countries"]) for c in args.country]
        sectors = [_choose("sector", s, vocab["sectors"]) for s in args.sector]
        collections = [_choose("collection", c, vocab["collections"]) for c in args.collection]
    except ValueError as exc:
        return fail(str(exc))
    wrong = [y for y in args.year if not 1000 <= y <= 9999]
    if wrong:
        return fail(f"--year {wrong[0]} is not a year (give four digits, such as 2023)")
    flt = Filter(search=args.search, countries=frozenset(countries), sectors=frozenset(sectors),
                 years=frozenset(args.year), collections=frozenset(collections))
    try:
        queries.check_search(conn, flt.search)
        total = queries.count(conn, args.kind, flt)
    except SearchSyntaxError as exc:
        return fail(str(exc))
    stamp = ExportStamp(read_meta(conn)["dataset_version"], args.kind,
                        flt.describe(queries.all_labels(conn)), total)
    records = export_records(conn, args.kind, flt)
    fields = record_fields(conn, args.kind)
    try:
        if args.output:
            written = write_export(args.format, args.output, args.kind, records, vocab, stamp,
                                   fields=fields)
            print(f"Wrote {written} {args.kind} to {args.output}", file=sys.stderr)
        else:
            write_export(args.format, sys.stdout, args.kind, records, vocab, stamp, bare_json=True,
                         fields=fields)
            sys.stdout.flush()
    except BrokenPipeError:  # the reader (head, less) stopped early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except ExportMismatch as exc:
        return fail(str(exc), 1)
    except OSError as exc:
        where = args.output or "standard output"
        return fail(f"cannot write {where}: {exc.strerror or exc}", 1)
    return 0


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True



def _choose(what: str, text: str, values: dict[str, str]) -> str:
    """The code of ``text`` among ``values`` ({code: label}), by code or label in any case;
    otherwise a ValueError that names the nearest and lists them all."""
    import difflib

    folded = text.strip().casefold()
    for code, label in values.items():
        if folded in (code.casefold(), str(label).casefold()):
            return code
    names = [str(label) for label in values.values()]
    near = difflib.get_close_matches(text, names + list(values), n=1, cutoff=0.6)
    hint = f" Did you mean '{near[0]}'?" if near else ""
    return_all = ", ".join(sorted(set(names)))
    raise ValueError(f"unknown {what} '{text}'.{hint} Use one of: {return_all}")

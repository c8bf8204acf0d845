"""Command line: ``import FILE`` and ``collections list|remove|rename``."""

from __future__ import annotations

import argparse
import json
import sys

from bri_desktop import paths
from bri_desktop.core.errors import fail


def _mapping(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from bri_desktop.importers.table import FIELDS, Mapping

    if not args.map and not args.unit:
        return None
    columns = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        field = field.strip().lower()
        if not sep or field not in FIELDS or not column.strip():
            raise ValueError(f"--map {item!r}: write FIELD=COLUMN, FIELD one of {', '.join(FIELDS)}")
        columns[field] = column.strip()
    return Mapping(columns, args.unit or "USD")


def run_import(args: argparse.Namespace) -> int:
    from bri_desktop.db.connection import DatasetError
    from bri_desktop.importers.combine import CombineError
    from bri_desktop.importers.prepare import ImportFileError, default_name, prepare
    from bri_desktop.importers.session import apply, collection_store, read_base
    from bri_desktop.importers.store import StoreError, clean_name

    base_file = getattr(args, "db", None) or paths.bundled_db()
    try:
        mapping = _mapping(args)
        base = read_base(base_file)
    except ValueError as exc:
        return fail(str(exc))
    except DatasetError as exc:
        return fail(str(exc))
    store = collection_store()
    existing = store.collections()
    try:
        from bri_desktop.importers.read import read_workbook

        book = read_workbook(args.file, args.encoding)
        from bri_desktop.importers.prepare import detect_format

        fmt = args.format or detect_format(book)
        name = clean_name(args.name if args.name is not None else default_name(fmt, args.file))
        replaced = store.get(name)
        if replaced is not None and not args.replace:
            return fail(f"there is already a collection called '{replaced.name}' (from {replaced.file}, "
                         f"{replaced.rows:,} records): give --replace to replace it with this file, or "
                         "--name for a collection of its own")
        prepared = prepare(args.file, base, fmt=fmt, name=name, sheet=args.sheet, header_row=args.header_row,
                           mapping=mapping, book=book, taken={c.id for c in existing},
                           collection_id=replaced.id if replaced else None)
    except ImportFileError as exc:
        return fail(str(exc), 1)
    except StoreError as exc:
        return fail(f"--name: {exc}")
    for issue in prepared.issues:
        print(f"problem: {issue}", file=sys.stderr)
    for line in prepared.summary_lines():
        print(line, file=sys.stderr)
    rows = prepared.valid_records()
    if prepared.issues and not args.valid_only:
        print(f"Nothing imported: {len(prepared.bad_rows):,} rows have problems. Correct them in the file, "
              "or import the valid rows with --valid-only.", file=sys.stderr)
        return 1
    if not rows:
        why = ("the file has no rows below its header" if not prepared.rows_read
               else "no row of the file is a record for the five countries")
        print(f"Nothing imported: {why}.", file=sys.stderr)
        return 1
    try:
        collection, path = apply(lambda s: s.save(prepared, rows), base_file)
    except (StoreError, CombineError) as exc:
        return fail(f"{exc}; nothing was imported", 1)
    before = f"{replaced.rows:,} record{'s' if replaced.rows != 1 else ''} before" if replaced else ""
    verb = f"Replaced the collection '{collection.name}' ({before})" if replaced \
        else f"Added the collection '{collection.name}'"
    print(f"{verb}: {collection.rows:,} record{'s' if collection.rows != 1 else ''}. The app opens {path}.",
          file=sys.stderr)
    from bri_desktop.importers.combine import left_out

    for problem in left_out(path):
        print(f"warning: {problem}", file=sys.stderr)
    return 0


def run_collections(args: argparse.Namespace) -> int:
    from bri_desktop.importers.combine import CombineError
    from bri_desktop.importers.session import apply, collection_store
    from bri_desktop.importers.store import StoreError

    store = collection_store()
    if args.collections_command == "list":
        found = store.collections()
        for problem in store.problems:
            print(f"warning: {problem}", file=sys.stderr)
        if args.format == "json":
            print(json.dumps([c.__dict__ for c in found], ensure_ascii=False, indent=2))
        elif not found:
            print("No imported collections (bri-desktop import FILE adds one).", file=sys.stderr)
        for c in found if args.format == "text" else []:
            print(f"{c.name}\t{c.format}\t{c.rows:,} records\t{c.file}\timported {c.imported_at}")
        return 0
    try:
        if args.collections_command == "remove":
            collection, _path = apply(lambda s: s.remove(args.name), paths.bundled_db())
            print(f"Removed the collection '{collection.name}' ({collection.rows:,} records).", file=sys.stderr)
        else:
            collection, _path = apply(lambda s: s.rename(args.name, args.new_name), paths.bundled_db())
            print(f"Renamed the collection to '{collection.name}'.", file=sys.stderr)
    except (StoreError, CombineError) as exc:
        return fail(str(exc), 1)
    return 0

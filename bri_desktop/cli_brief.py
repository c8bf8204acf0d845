"""`bri-desktop brief ...`: write a saved briefing, or one from a spec file, as DOCX, PDF or
Markdown, headless (Qt's offscreen platform draws the charts and maps and lays out the PDF)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from bri_desktop import paths
from bri_desktop.core.errors import fail

FORMATS = ("docx", "pdf", "md")


def add_parser(sub) -> None:
    brief = sub.add_parser("brief", help="briefings: list them, write one as DOCX, PDF or Markdown")
    brief_sub = brief.add_subparsers(dest="brief_command", required=True)
    brief_sub.add_parser("list", help="the briefings in your workspace")
    export = brief_sub.add_parser("export", help="write a saved briefing")
    export.add_argument("name")
    build = brief_sub.add_parser("build", help="write the briefing a spec file (JSON) describes")
    build.add_argument("spec", type=Path)
    for p in (export, build):
        p.add_argument("--format", choices=FORMATS, help="default: from the output file's extension")
        p.add_argument("-o", "--output", type=Path, required=True)
        p.add_argument("--date", help="the generation date (YYYY-MM-DD); default: today")
        p.add_argument("--db", type=Path, help="a dataset file instead of yours")



def run(args: argparse.Namespace) -> int:
    from bri_desktop.briefing.spec import BriefingError, briefing_from_dict
    from bri_desktop.workspace.briefings import briefing, briefings
    from bri_desktop.workspace.store import Workspace

    if args.brief_command == "list":
        ws = Workspace(paths.workspace_file())
        try:
            for b in briefings(ws):
                print(f"{b.updated_at[:16]}  {b.name}")
        finally:
            ws.close()
        return 0
    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        return fail(f"cannot tell the format from '{args.output.name}': give --format {'|'.join(FORMATS)}")
    try:
        generated = dt.datetime.fromisoformat(args.date) if args.date else dt.datetime.now().replace(microsecond=0)
    except ValueError:
        return fail(f"--date {args.date}: give a date as YYYY-MM-DD")
    if args.brief_command == "export":
        ws = Workspace(paths.workspace_file())
        try:
            saved = briefing(ws, args.name)
        finally:
            ws.close()
        if saved is None:
            return fail(f"no briefing called “{args.name}” (see: bri-desktop brief list)")
        data: object = saved.spec
    else:
        try:
            data = json.loads(args.spec.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            return fail(f"{args.spec}: cannot read it ({exc})")
        except ValueError as exc:
            return fail(f"{args.spec}: not JSON ({exc})")
    try:
        spec = briefing_from_dict(data)
    except BriefingError as exc:
        return fail(f"{args.spec if args.brief_command == 'build' else args.name}: {exc}")
    return _write(spec, fmt, args.output, generated, args.db)


def _write(spec, fmt: str, target: Path, generated: dt.datetime, db: Path | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bri_desktop.briefing import docx_out, markdown_out
    from bri_desktop.briefing.compose import compose
    from bri_desktop.core.safe_write import UnsafeTarget
    from bri_desktop.db.connection import DatasetError
    from bri_desktop.db.dataset import Dataset
    from bri_desktop.importers.combine import CombineError
    from bri_desktop.importers.session import current_file
    from bri_desktop.ui.briefing_render import draw_figures, write_pdf

    app = QApplication.instance() or QApplication(["bri-desktop"])  # noqa: F841  (keeps Qt alive)
    try:
        base = db or paths.bundled_db()
        dataset = Dataset(current_file(base), base=base)
    except (DatasetError, CombineError) as exc:
        return fail(str(exc))
    document = compose(spec, dataset, generated.date())
    draw_figures(document)
    try:
        if fmt == "docx":
            docx_out.write(document, target, generated)
        elif fmt == "md":
            markdown_out.write(document, target)
        else:
            write_pdf(document, target)
    except (UnsafeTarget, OSError) as exc:
        return fail(f"{target}: {exc}", 1)
    print(f"Wrote {target}: {len(spec.items())} items, {len(document.endnotes)} sources cited", file=sys.stderr)
    return 0

"""Team workspace timings on a local PostgreSQL server this script starts: opening a team
workspace of 10,000 pins and 10,000 notes (the first time, when this computer's copy is made and
everything fetched; and later, the copy already here), and saving a note (here, at once; and sent
to the server). Prints a table; asserts nothing. Skipped, saying why, without a server.

    .venv/bin/python bench/team_bench.py

Targets: open <= 1 s, save <= 100 ms.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-bench-team-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from bench.results import figure, write
from bri_desktop.workspace import schema as s
from bri_desktop.workspace import team as t
from bri_desktop.workspace.sync import TeamSync
from tests.team import pg_server

ITEMS = 10_000
SAVES = 20
DATASET = f"team ({ITEMS:,} pins + {ITEMS:,} notes)"


def fill(server: pg_server.PgServer) -> None:
    """The team database, its roles, and ITEMS pins and notes made by bob (with their log)."""
    pg_server.team_database(server)
    owner = t.open_server(*t.parse(server.url("owner", "pw-owner", "team")))
    stamp = "2026-12-07T09:00:00Z"
    who = {"created_at": stamp, "updated_at": stamp, "created_by": "bob", "updated_by": "bob"}
    with owner.engine.begin() as conn:
        conn.execute(insert(s.pins), [
            {"position": n, "what": "record", "record_kind": "agreements", "record_id": f"record-{n}",
             "settings": "{}", "title": f"Agreement {n}", "snapshot": json.dumps({"title": f"Agreement {n}"}),
             "dataset_version": "2026.11", "uid": s.new_uid(), **who} for n in range(ITEMS)])
        conn.execute(insert(s.notes), [
            {"record_kind": "agreements", "record_id": f"record-{n}", "version": 1,
             "text": f"Note {n}: checked against the article; the figure is the announced total.", **who}
            for n in range(ITEMS)])
        conn.execute(insert(s.changes), [
            {"at": stamp, "by": "bob", "what": what, "item": f"agreements/record-{n}", "action": "added",
             "summary": ""} for n in range(ITEMS) for what in ("pin", "note")])
    owner.close()


def computer(server: pg_server.PgServer, role: str) -> TeamSync:
    address, password = t.parse(server.url(role, f"pw-{role}", "team"))
    local = t.open_copy(address)
    return TeamSync(local, lambda: t.open_server(address, password), lambda exc: t.explain(exc, address))


def timed(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def run(server: pg_server.PgServer) -> list[dict]:
    fill(server)
    rows = []
    first = None

    def open_first():
        nonlocal first
        first = computer(server, "alice")
        first.step()

    ms = timed(open_first)
    assert first is not None
    pins, notes = len(first.local.pins()), len(first.local.all_notes())
    rows.append(("open, the first time (copy made, all fetched)", ms, "team open", f"{pins:,} pins, {notes:,} notes"))
    first.close()
    first.local.close()
    later = None

    def open_later():
        nonlocal later
        later = computer(server, "alice")
        later.step()

    rows.append(("open, the copy already here", timed(open_later), "team open", "nothing new"))
    assert later is not None
    bob = computer(server, "bob")
    bob.step()
    for n in range(100):
        bob.local.set_note(("agreements", f"record-{n}"), f"Note {n}, revised by Bob")
    bob.step()
    later.close()
    later.local.close()
    again = computer(server, "alice")
    rows.append(("open, 100 notes changed since", timed(again.step), "team open", ""))
    local_ms, sent_ms = [], []
    for n in range(SAVES):
        key = ("agreements", f"record-{n}")
        local_ms.append(timed(lambda key=key, n=n: again.local.set_note(key, f"Alice's note {n}")))
        sent_ms.append(timed(again.step))
    rows.append(("save a note, here (what the user waits for)", statistics.median(local_ms), "team save",
                 f"max {max(local_ms):.1f} ms"))
    rows.append(("save a note, sent to the server", statistics.median(sent_ms), "team save",
                 f"max {max(sent_ms):.1f} ms (one step: send, then fetch)"))
    for sync in (again, bob):
        sync.close()
        sync.local.close()
    print(f"Team workspace on a local PostgreSQL server, {DATASET} (targets: open <= 1000 ms, save <= 100 ms)")
    found = []
    for scenario, value, name, note in rows:
        mark = " " if value <= (1000 if name == "team open" else 100) else "✗"
        print(f"   {scenario:<48} {value:8.1f} ms{mark}  {note}")
        found.append(figure(DATASET, scenario, name, value, note))
    return found


def main() -> None:
    why = pg_server.why_not()
    if why:
        print(f"Team workspace: not measured ({why})")
        return
    server = pg_server.make_server()
    try:
        found = run(server)
    finally:
        pg_server.remove(server)
    # bench/run.py adds these to results.json
    write(found, Path(__file__).resolve().parent / "out" / "team-results.json")


if __name__ == "__main__":
    main()

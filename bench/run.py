"""`make bench`: start-up, filter and facet timings and memory for the bundled dataset and for
synthetic datasets of 100k and 1M agreements. Prints a table; asserts nothing.

    .venv/bin/python bench/run.py [--sizes 100000,1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
TIME_LIMIT_S = 600  # a dataset's scenarios stop here and the table says so
sys.path.insert(0, str(ROOT))


def dataset_for(size: int) -> Path:
    from bench.synth import VERSION, generate

    label = f"{size // 1000}k" if size < 1_000_000 else f"{size // 1_000_000}m"
    path = OUT / f"synth-{label}.sqlite"
    if not path.exists() or _content_hash(path) != _content_hash(paths_bundled()) \
            or _meta(path, "synth_version") != VERSION or _indexes(path) != _indexes(paths_bundled()):
        print(f"generating {path.name} (once per bundled dataset; kept in bench/out)…", file=sys.stderr)
        generate(size, path)
    return path


def paths_bundled() -> Path:
    from bri_desktop import paths

    return paths.bundled_db()


def _content_hash(path: Path) -> str:
    """The bundled records a dataset was made from (a synthetic one copies the bundled file)."""
    return _meta(path, "content_hash")


def _indexes(path: Path) -> str:
    """The indexes' definitions: a synthetic dataset made before they changed is made again."""
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                                "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)").fetchone()[0])
    finally:
        conn.close()


def _meta(path: Path, key: str) -> str:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return str(conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0])
        finally:
            conn.close()
    except (sqlite3.DatabaseError, TypeError):
        return ""


def cold_start(db: Path, runs: int = 3, command: list[str] | None = None) -> float:
    """Seconds from launching the app (from source, or the frozen bundle) to the table's first
    paint with records in it."""
    times = []
    command = command or [sys.executable, "-m", "bri_desktop"]
    env = {**os.environ, "BRI_DESKTOP_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen",
           "BRI_DESKTOP_HOME": str(OUT / "home")}
    for _ in range(runs):
        start = time.time()
        result = subprocess.run([*command, "--db", str(db)], env=env,
                                capture_output=True, text=True, timeout=120, cwd=ROOT)
        line = next((x for x in result.stdout.splitlines() if x.startswith("first-paint")), None)
        if line is None:
            raise RuntimeError(f"no first paint: {result.stderr[-500:]}")
        times.append(float(line.split()[1]) - start)
    return statistics.median(times)


def into_os_cache(db: Path) -> None:
    """Read the file through once, so every run starts with it in the OS cache (as it is after the
    first minutes of use): which scenario first reads a page from disk no longer depends on the run
    before. The first search from disk is measured apart (measure.first_search_from_disk)."""
    with db.open("rb") as f:
        while f.read(16 << 20):
            pass


def measure(db: Path) -> dict:
    into_os_cache(db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "measure.py"), str(db),
                             str(TIME_LIMIT_S)], env=env,
                            capture_output=True, text=True, timeout=1800, cwd=ROOT)
    if result.returncode:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


# Benchmarks of their own, run after the tables above.
BENCHMARKS = ("import_bench.py", "briefing_bench.py", "timeline_bench.py", "team_bench.py")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000")
    args = parser.parse_args()
    from bri_desktop import paths

    datasets = [("bundled", paths.bundled_db())]
    datasets += [(f"{int(s):,}", dataset_for(int(s))) for s in args.sizes.split(",") if s]
    from bench import results as figures

    print("BRI Desktop benchmark (times in ms, the database file in the OS cache; 'rows' the median of 5 "
          "runs of the change; 'sql' is the same SQL from the sqlite3 module alone, one query after "
          "another; 'sql4' as the app runs it: the rows on a connection used before (median of 5), then "
          "the counts on four connections at once; x = rows / sql4; ✗ marks a figure over its target)")
    print(figures.HEADER)
    rows: list[dict] = []
    for name, db in datasets:
        start_ms = cold_start(db) * 1000
        result = measure(db)
        for line in figures.table(result, name, start_ms):
            print(line)
        for d in result.get("details", []):
            print(f"{'':>34} details of the {d['kind'][:-1]} with most links ({d['id']}): "
                  f"{d['ms']:.1f} ms, GUI block {d['blocked_ms']:.1f} ms "
                  f"({d['related']} listed, {d['more']:,} more summarised)")
        deep = result.get("deep_page")
        if deep:
            print(f"{'':>34} scrolled to row {deep['offset']:,}: the page in {deep['ms']:.1f} ms "
                  f"(sqlite alone {deep['sqlite_ms']:.1f} ms)")
        disk = result.get("from_disk")
        if disk:
            print(f"{'':>34} first search from disk ('{disk['search']}', the file out of the OS cache): "
                  f"first rows in {disk['ms']:.0f} ms (sqlite alone {disk['sqlite_ms']:.0f} ms)")
        if result.get("unfinished"):
            print(f"{name:>10}  DID NOT FINISH: stopped after {TIME_LIMIT_S} s in "
                  f"{json.dumps(result['unfinished'])}; the scenarios after it were not run")
        rows += figures.of_dataset(name, result, start_ms)
    print("'facets' and 'chart': the first counts shown (floors such as '≥ 12,000' while a broad search is "
          "counted in slices, or exact); 'exact': when every count is exact.")
    print("Targets: first rows <= 100 ms, facets <= 500 ms, chart <= 300 ms (first and exact), details <= 100 ms, "
          "GUI block "
          "<= 50 ms (start-up included), peak memory <= 300 MB, rows / sqlite <= 1.5 where SQLite alone is "
          "within the target, the page at row 100,000 <= 100 ms, cold start <= 1000 ms.")
    print()
    frozen = ROOT / "dist" / "bri-desktop" / "bri-desktop"
    print("Start-up to the first painted window with records, bundled dataset (median of 3)")
    print(f"   from source  {cold_start(paths.bundled_db()) * 1000:7.0f} ms")
    if frozen.exists():
        print(f"   frozen       {cold_start(paths.bundled_db(), command=[str(frozen)]) * 1000:7.0f} ms")
        deb = next(iter(sorted((ROOT / "dist").glob("*.deb"))), None)
        tar = next(iter(sorted((ROOT / "dist").glob("*.tar.gz"))), None)
        folder = sum(p.stat().st_size for p in frozen.parent.rglob("*")
                     if p.is_file() and not p.is_symlink())
        print("Sizes (targets: .deb < 55 MB, installed folder < 200 MB)")
        for label, size in ((".deb", deb.stat().st_size if deb else 0),
                            (".tar.gz", tar.stat().st_size if tar else 0),
                            ("installed folder", folder)):
            print(f"   {label:<17}{size / 1e6:7.1f} MB")
    else:
        print("   frozen       (no bundle: run make dist)")
    print()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "map_bench.py")], env=env,
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    maps = json.loads(result.stdout.strip().splitlines()[-1])
    print("Corridor map, bundled dataset (median / max ms; targets: redraw <= 16, hover <= 5)")
    for mode, m in maps.items():
        print(f"{mode:>12}  redraw {m['redraw_ms']:6.2f} / {m['redraw_max_ms']:6.2f}   "
              f"hover {m['hover_ms']:6.2f} / {m['hover_max_ms']:6.2f}")
    for script in BENCHMARKS:
        print(flush=True)
        # each prints its own table; a failure is shown, and the others still run
        done = subprocess.run([sys.executable, str(ROOT / "bench" / script)], env=env, cwd=ROOT,
                              timeout=3000, check=False)
        if done.returncode:
            print(f"{script} failed (exit code {done.returncode})")
    for extra in ("timeline-results.json", "team-results.json", "import-results.json"):  # written by those
        if (OUT / extra).exists():
            rows += json.loads((OUT / extra).read_text(encoding="utf-8"))
    figures.write(rows, OUT / "results.json")
    missed = [r for r in rows if not r["met"]]
    print(f"\n{len(rows)} figures in {OUT / 'results.json'}; {len(missed)} over their target:")
    for r in missed:
        value = "not reached" if r["value"] is None else f"{r['value']:.1f} {r['unit']}"
        print(f"  {r['dataset']:>10}  {r['scenario']:<28} {r['figure']:<26} {value} (target {r['target']:g})"
              + (f": {r['note']}" if r["note"] else ""))


if __name__ == "__main__":
    main()

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
            or _meta(path, "synth_version") != VERSION:
        print(f"generating {path.name} (once per bundled dataset; kept in bench/out)…", file=sys.stderr)
        generate(size, path)
    return path


def paths_bundled() -> Path:
    from bri_desktop import paths

    return paths.bundled_db()


def _content_hash(path: Path) -> str:
    """The bundled records a dataset was made from (a synthetic one copies the bundled file)."""
    return _meta(path, "content_hash")


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


def measure(db: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "measure.py"), str(db),
                             str(TIME_LIMIT_S)], env=env,
                            capture_output=True, text=True, timeout=1800, cwd=ROOT)
    if result.returncode:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


# Benchmarks of their own, run after the tables above.
BENCHMARKS = ("import_bench.py", "briefing_bench.py", "timeline_bench.py")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000")
    args = parser.parse_args()
    from bri_desktop import paths

    datasets = [("bundled", paths.bundled_db())]
    datasets += [(f"{int(s):,}", dataset_for(int(s))) for s in args.sizes.split(",") if s]
    print("BRI Desktop benchmark (times in ms; 'sqlite' is the same SQL from the sqlite3 module "
          "alone; x = app / sqlite)")
    print(f"{'dataset':>10} {'cold start':>10} {'peak MB':>8}  {'scenario':<20} {'matched':>9} "
          f"{'first rows':>10} {'sqlite':>7} {'x':>5} {'facets':>8} {'sqlite':>7} {'x':>5} "
          f"{'chart':>7} {'sqlite':>7} {'GUI block':>9}")
    startup_blocks = []
    for name, db in datasets:
        start_s = cold_start(db)
        result = measure(db)
        startup_blocks.append((name, result.get("startup_blocked_ms")))
        for i, s in enumerate(result["scenarios"]):
            head = (f"{name:>10} {start_s * 1000:>10.0f} {result['peak_mb']:>8.0f}" if i == 0
                    else " " * 30)
            print(f"{head}  {s['scenario']:<20} {s['matched']:>9,} {s['rows_ms']:>10.1f} "
                  f"{s['rows_sqlite_ms']:>7.1f} {s['rows_ms'] / max(s['rows_sqlite_ms'], 0.01):>5.1f} "
                  f"{s['facets_ms']:>8.1f} {s['facets_sqlite_ms']:>7.1f} "
                  f"{s['facets_ms'] / max(s['facets_sqlite_ms'], 0.01):>5.1f} "
                  f"{s['chart_ms']:>7.1f} {s['chart_sqlite_ms']:>7.1f} {s['blocked_ms']:>9.1f}")
        for d in result.get("details", []):
            print(f"{'':>30}  details of the {d['kind'][:-1]} with most links ({d['id']}): "
                  f"{d['ms']:.1f} ms, GUI block {d['blocked_ms']:.1f} ms "
                  f"({d['related']} listed, {d['more']:,} more summarised)")
        if result.get("unfinished"):
            print(f"{name:>10}  DID NOT FINISH: stopped after {TIME_LIMIT_S} s in "
                  f"{json.dumps(result['unfinished'])}; the scenarios after it were not run")
    print("Targets at 1M: first rows <= 100 ms, facets <= 500 ms, chart <= 300 ms, details <= 100 "
          "ms, GUI block <= 50 ms, peak memory < 300 MB; cold start to first painted window "
          "<= 1000 ms.")
    print("Longest GUI block while the window fills at start-up (rows, facets, first chart "
          "drawn, with pyqtgraph's import): " + ", ".join(
              f"{name} {ms:.0f} ms" if ms is not None else f"{name} (not reached)"
              for name, ms in startup_blocks))
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


if __name__ == "__main__":
    main()

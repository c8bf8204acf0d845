"""Import timings: a 20,000-row AidData-shaped file (130 columns, every row in Central Asia, so
every row becomes a record) as CSV and as XLSX, stage by stage; the longest GUI block while the
window runs the import; and the 1M-agreement dataset with that import added. Prints a table.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/import_bench.py [--big bench/out/synth-1m.sqlite]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))
ROWS = 20_000


def files() -> dict[str, Path]:
    from tests.importers.files import aiddata_csv, aiddata_xlsx

    OUT.mkdir(parents=True, exist_ok=True)
    made = {"CSV": OUT / "aiddata-20k.csv", "XLSX": OUT / "aiddata-20k.xlsx"}
    if not made["CSV"].exists():
        aiddata_csv(made["CSV"], seed=11, count=ROWS, only_central_asia=True)
    if not made["XLSX"].exists():
        aiddata_xlsx(made["XLSX"], seed=11, count=ROWS, only_central_asia=True)
    return made


def stages(path: Path, base: Path) -> dict:
    """Each stage of one import, headless, into a fresh user folder."""
    home = Path(tempfile.mkdtemp(prefix="bri-import-bench-"))
    os.environ["BRI_DESKTOP_HOME"] = str(home)
    from bri_desktop.importers.prepare import prepare
    from bri_desktop.importers.read import read_workbook
    from bri_desktop.importers.session import apply, read_base

    found: dict = {}
    start = time.perf_counter()
    book = read_workbook(path)
    found["read_s"] = time.perf_counter() - start
    mark = time.perf_counter()
    prepared = prepare(path, read_base(base), book=book, name="AidData 20k")
    found["check_s"] = time.perf_counter() - mark
    mark = time.perf_counter()
    apply(lambda store: store.save(prepared, prepared.valid_records()), base)
    found["store_and_combine_s"] = time.perf_counter() - mark
    found["total_s"] = time.perf_counter() - start
    found["records"] = len(prepared.valid_records())
    found["combined"] = str(home / "combined.sqlite")
    return found


def first_touch_us() -> float:
    """Microseconds to touch a page of fresh memory for the first time (0.1 to 0.3 on most
    machines; a virtual machine that backs its memory lazily takes far longer, and a thread
    holds the GIL through it)."""
    import numpy as np

    pages = 50_000
    block = np.empty(pages * 512)
    start = time.perf_counter()
    block[::512] = 1.0
    return (time.perf_counter() - start) / pages * 1e6


def warm_memory(megabytes: int = 1500) -> None:
    """Touch (and free) this much memory first, so the import's allocations find it backed."""
    import numpy as np

    block = np.empty(megabytes * 1_000_000 // 8)
    block[::512] = 1.0
    del block


def gui_block(path: Path, warm: bool = False) -> dict:
    """The window's own import tasks (check, then store and combine, then reopen) with a 2 ms
    timer on the GUI thread: the longest gap between its ticks."""
    os.environ["BRI_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="bri-import-gui-")
    from PySide6.QtWidgets import QApplication

    from bench.measure import GapMeter
    from bri_desktop import paths
    from bri_desktop.db.dataset import Dataset
    from bri_desktop.ui.app import wait_for
    from bri_desktop.ui.main_window import MainWindow
    from bri_desktop.ui.tasks import commit_import, prepare_import, read_import_file

    sys.setswitchinterval(0.001)  # as the app sets it (ui.app.run)
    app = QApplication.instance() or QApplication([])
    window = MainWindow(Dataset(paths.bundled_db()))
    window.show()
    wait_for(app, lambda: not window.runner.is_busy(), 30)
    import gc

    gc.freeze()  # as ui.app.run does once the window shows
    window.grab()  # the first paint (the chart's, the table's) is start-up's, not the import's
    wait_for(app, lambda: False, 1.0)
    if warm:
        warm_memory()
    meter = GapMeter()
    meter.start()
    box: dict = {}
    start = time.perf_counter()
    window.runner.submit("import-read", read_import_file, path, None, time_limit=0,
                         on_result=lambda b: box.update(book=b), on_error=lambda info: box.update(error=info[1]))
    wait_for(app, lambda: "book" in box or "error" in box, 120)
    if "error" in box:
        raise RuntimeError(box["error"])
    book = box["book"]
    window.runner.submit("import", prepare_import, paths.bundled_db(), path, {"name": "AidData 20k"}, book,
                         time_limit=0, on_result=lambda p: box.update(prepared=p),
                         on_error=lambda info: box.update(error=info[1]))
    wait_for(app, lambda: "prepared" in box or "error" in box, 120)
    if "error" in box:
        raise RuntimeError(box["error"])
    prepared = box["prepared"]
    window.runner.submit("import", commit_import, paths.bundled_db(), prepared, prepared.valid_records(),
                         time_limit=0, on_result=lambda r: box.update(done=r),
                         on_error=lambda info: box.update(error=info[1]))
    wait_for(app, lambda: "done" in box or "error" in box, 120)
    if "error" in box:
        raise RuntimeError(box["error"])
    window.reopen_dataset(box["done"][1])
    wait_for(app, lambda: window.dataset.imported and not window.runner.is_busy(), 60)
    seconds = time.perf_counter() - start
    worst = meter.stop()
    window.runner.shutdown()
    return {"gui_block_ms": worst * 1000, "in_window_s": seconds}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=("stages", "gui", "gui-warm", "touch"), help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--base", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--big", type=Path, default=OUT / "synth-1m.sqlite")
    args = parser.parse_args()
    if args.part == "stages":
        print(json.dumps(stages(args.file, args.base)))
        return
    if args.part in ("gui", "gui-warm"):
        print(json.dumps(gui_block(args.file, warm=args.part == "gui-warm")))
        return
    if args.part == "touch":
        print(json.dumps({"us": first_touch_us()}))
        return
    from bri_desktop import paths

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*extra: str) -> dict:
        result = subprocess.run([sys.executable, __file__, *extra], env=env, capture_output=True,
                                text=True, timeout=1800, cwd=ROOT)
        if result.returncode:
            raise RuntimeError(result.stderr[-2000:])
        return json.loads(result.stdout.strip().splitlines()[-1])

    from bench.results import figure, write

    found: list[dict] = []
    made = files()
    print(f"Import of a {ROWS:,}-row AidData-shaped file (130 columns, every row a record) into the "
          "bundled dataset, seconds (target: under 10 s; GUI block <= 50 ms)")
    print(f"{'file':>6} {'size MB':>8} {'read':>7} {'check':>7} {'store+combine':>14} {'total':>7} {'records':>8}")
    for label, path in made.items():
        s = run("--part", "stages", "--file", str(path), "--base", str(paths.bundled_db()))
        print(f"{label:>6} {path.stat().st_size / 1e6:>8.1f} {s['read_s']:>7.2f} {s['check_s']:>7.2f} "
              f"{s['store_and_combine_s']:>14.2f} {s['total_s']:>7.2f} {s['records']:>8,}")
        found.append(figure("bundled", f"import {ROWS:,} rows ({label})", "import", s["total_s"]))
    touch = run("--part", "touch")["us"]
    print(f"This machine touches a fresh page of memory in {touch:.1f} us (most machines: 0.1-0.3 us); "
          "the importing thread holds the GIL meanwhile, so a slow figure here lengthens the blocks")
    for label, path in made.items():
        for part, how in (("gui", "fresh process"), ("gui-warm", "memory touched first")):
            g = run("--part", part, "--file", str(path))
            print(f"In the window ({label}: read, check, store, combine, reopen; {how}): "
                  f"{g['in_window_s']:.2f} s, longest GUI block {g['gui_block_ms']:.1f} ms")
            found.append(figure("bundled", f"import {ROWS:,} rows ({label}) in the window, {how}", "GUI block",
                                g["gui_block_ms"], f"a fresh page of memory takes {touch:.1f} us here"
                                if g["gui_block_ms"] > 50 else ""))
    if args.big.exists():
        s = run("--part", "stages", "--file", str(made["CSV"]), "--base", str(args.big))
        print(f"Into the 1M-agreement dataset ({args.big.name}): store + combine {s['store_and_combine_s']:.1f} s "
              f"(a copy of {args.big.stat().st_size / 1e9:.2f} GB, then the rows)")
        from bench.run import measure

        result = measure(Path(s["combined"]))
        print(f"The 1M dataset with the {s['records']:,} imported records: peak {result['peak_mb']:.0f} MB")
        print(f"{'scenario':<20} {'matched':>9} {'first rows':>10} {'facets':>8} {'chart':>7} {'GUI block':>9}")
        for sc in result["scenarios"]:  # a sort changes no count: no facets, no chart
            print(f"{sc['scenario']:<20} {sc['matched']:>9,} {sc['rows_ms']:>10.1f} {sc.get('facets_ms', 0):>8.1f} "
                  f"{sc.get('chart_ms', 0):>7.1f} {sc['blocked_ms']:>9.1f}")
        shutil.rmtree(Path(s["combined"]).parent, ignore_errors=True)
    else:
        print(f"(no {args.big}: make bench generates it; the 1M run with an import is skipped)")
    write(found, ROOT / "bench" / "out" / "import-results.json")  # bench/run.py adds these to results.json


if __name__ == "__main__":
    main()

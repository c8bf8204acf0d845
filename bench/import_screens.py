"""Screenshots of imported collections: the import dialog, the check with problems, a project
list with the Collection facet, an imported record's details, and a chart that draws each
collection as its own bar. The files are the tests' made-up ones (tests/importers/files.py),
named as test files in the app.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/import_screens.py OUTDIR
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-import-screens-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bench.screens import choose, settle, shot
from bri_desktop import paths
from bri_desktop.core.filters import Filter
from bri_desktop.db.dataset import Dataset
from bri_desktop.importers.prepare import prepare
from bri_desktop.importers.session import apply, collection_store, current_file, read_base
from bri_desktop.ui.app import wait_for
from bri_desktop.ui.collections_dialog import CollectionsDialog, ImportReview
from bri_desktop.ui.import_dialog import ImportDialog
from bri_desktop.ui.main_window import MainWindow
from bri_desktop.ui.theme import theme_of
from tests.importers.files import aiddata_csv, cgit_csv, cgit_workbook, deals


def _import(path: Path, name: str) -> None:
    base = read_base(paths.bundled_db())
    prepared = prepare(path, base, name=name, taken={c.id for c in collection_store().collections()})
    apply(lambda store: store.save(prepared, prepared.valid_records()), paths.bundled_db())


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    files = Path(os.environ["BRI_DESKTOP_HOME"]) / "files"
    files.mkdir(exist_ok=True)
    workbook = cgit_workbook(files / "cgit-test.xlsx", {"Dataset 1": deals(1, 300), "Dataset 2": deals(2, 150),
                                                         "Dataset 1+2": deals(1, 300) + deals(2, 150),
                                                         "Dataset 3": deals(3, 40)}, hidden=(1, 4))
    _import(workbook, "CGIT test workbook")
    _import(aiddata_csv(files / "gcdf-test.csv", count=600), "AidData test file")
    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(Dataset(current_file(paths.bundled_db()), base=paths.bundled_db()))
    window.resize(1600, 950)
    window.show()
    for theme in ("light", "dark"):
        theme_of().apply(theme)
        window.set_kind("projects")
        window.set_filter(Filter(search="CNPC", countries=frozenset({"KZ"})))
        settle(app, window)
        window.table.selectRow(0)
        settle(app, window)
        shot(app, window, out, f"import-projects-{theme}")
        found = next((i for i in range(window.model.rowCount())
                      if str(window.model.record_id(i)).startswith("cgit")), 0)
        window.table.selectRow(found)
        settle(app, window)
        window.details.grab().save(str(out / f"import-details-{theme}.png"))
        window.views.setCurrentWidget(window.chart)
        window.clear_filters()
        choose(window.chart.measure, "investment")
        choose(window.chart.dimension, "country")
        choose(window.chart.breakdown, None)
        shot(app, window, out, f"import-chart-{theme}")
    theme_of().apply("light")
    window.resize(1000, 680)
    window.set_kind("projects")
    window.set_filter(Filter(collections=frozenset({"aiddata-test-file"})))
    settle(app, window)
    window.table.selectRow(0)
    shot(app, window, out, "import-small-window")
    window.resize(1600, 950)
    # the dialog, on a table that needs a mapping, and on a CSV in Windows-1252
    table = files / "deals-1252.csv"
    cgit_csv(table, deals(4, 30, whole=True), encoding="cp1252", form="dot-thousands")
    dialog = ImportDialog(window, window.runner, window.settings, collection_store().collections())
    dialog.show()
    dialog.open_file(table)
    wait_for(app, lambda: dialog.book is not None, 15)
    app.processEvents()
    dialog.grab().save(str(out / "import-dialog-cgit-csv.png"))
    mapped = files / "my-deals.csv"
    mapped.write_text("Deal name,Host,Industry,Signed,USD bn,Who\nTurkistan solar park,Kazakhstan,Energy,"
                      "2019-05-01,1.2,Sinopec\nTashkent metro cars,Uzbekistan,Transport,2021,\"0,35\",CRRC\n",
                      encoding="utf-8")
    dialog.open_file(mapped)
    wait_for(app, lambda: dialog.book is not None and dialog.path == mapped, 15)
    app.processEvents()
    dialog.grab().save(str(out / "import-dialog-table.png"))
    dialog.close()
    # the check, with problems listed by row and column
    broken = files / "cgit-broken.csv"
    cgit_csv(broken, deals(6, 40, whole=True), encoding="utf-8", form="dollar")
    rows = list(csv.reader(broken.read_text(encoding="utf-8").splitlines()))
    for i in range(5, len(rows), 7):  # a few amounts in words, a few years mistyped
        rows[i][3 if i % 2 else 0] = "about a billion" if i % 2 else "20l5"
    with open(broken, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    prepared = prepare(broken, read_base(paths.bundled_db()), name="CGIT broken test file")
    review = ImportReview(window, prepared)
    QTimer.singleShot(0, lambda: None)
    review.show()
    app.processEvents()
    review.grab().save(str(out / "import-review-problems.png"))
    review.close()
    manage = CollectionsDialog(window, collection_store().collections(), [])
    manage.show()
    app.processEvents()
    manage.grab().save(str(out / "import-manage.png"))
    manage.close()
    window.runner.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out/screens"))

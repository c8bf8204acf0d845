"""Start the Qt application on the bundled dataset."""

from __future__ import annotations

import sys
from pathlib import Path

from bri_desktop import paths


def run(db_path: Path | None = None, smoke_test: bool = False) -> int:
    if smoke_test:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from bri_desktop.db.connection import DatasetError, open_readonly, read_meta

    app = QApplication.instance() or QApplication(sys.argv)
    try:
        conn = open_readonly(db_path or paths.bundled_db())
    except DatasetError as exc:
        if smoke_test:
            print(f"smoke test failed: {exc}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, "BRI Desktop", str(exc))
        return 1
    meta = read_meta(conn)
    lines = [f"{k.removeprefix('count_')}: {v}" for k, v in meta.items() if k.startswith("count_")]
    label = QLabel(f"BRI Desktop — dataset {meta['dataset_version']}\n\n" + "\n".join(lines))
    label.setWindowTitle("BRI Desktop")
    label.resize(420, 300)
    label.show()
    if smoke_test:
        app.processEvents()
        return 0
    return app.exec()

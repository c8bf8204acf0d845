"""Screenshots of the Article view (a source's text with the quoted passages highlighted, and the
records citing it) in the light and the dark theme and in a small window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/article_screens.py OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-article-screens-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QUrl

from bench.screens import open_window, settle, shot
from bri_desktop.ui.app import wait_for
from bri_desktop.ui.theme import theme_of


def main(out: Path) -> None:
    app, window = open_window(out)
    settle(app, window)
    window.open_record("agreements", "kmg-sinopec-berekovskoye")
    settle(app, window)
    source = window.details.record["citations"][0]["source"]
    for theme in ("light", "dark"):
        theme_of().apply(theme)
        window.on_details_link(QUrl(f"bri:article/{source}/agreements/kmg-sinopec-berekovskoye"))
        wait_for(app, lambda: window.views.currentWidget() is window.article, 15)
        shot(app, window, out, f"article-{theme}")
    theme_of().apply("light")
    window.resize(1000, 680)
    shot(app, window, out, "article-small-window")
    window.runner.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out/screens"))

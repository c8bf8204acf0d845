"""Screenshots of the Figures view (a measure's figures side by side: table, dot chart, over
time) reached from an indicator's details, in the light and the dark theme and in a small window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/figures_screens.py OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-figures-screens-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QUrl

from bench.screens import open_window, settle, shot
from bri_desktop.core.filters import Filter
from bri_desktop.ui.app import wait_for
from bri_desktop.ui.theme import theme_of


def main(out: Path) -> None:
    app, window = open_window(out)
    settle(app, window)
    for theme, record, measure in (("light", "trans-caspian-cargo-2024", "trans-caspian-cargo"),
                                   ("dark", "cn-companies-in-kz-akorda", "cn-companies-in-kz")):
        theme_of().apply(theme)
        window.open_record("indicators", record)
        settle(app, window)
        window.on_details_link(QUrl(f"bri:figures/{measure}"))
        wait_for(app, lambda m=measure: window.figures.current_measure == m
                 and window.views.currentWidget() is window.figures, 15)
        settle(app, window)
        window.center_splitter.setSizes([300, 560])
        settle(app, window)
        shot(app, window, out, f"figures-{theme}")
    theme_of().apply("light")
    window.resize(1000, 680)
    shot(app, window, out, "figures-small-window")
    # the filters followed: a search keeping the nine-month figures greys the others
    window.resize(1600, 950)
    window.on_details_link(QUrl("bri:figures/trans-caspian-cargo"))
    window.set_filter(Filter(search="nine months"))
    wait_for(app, lambda: window.figures.filtered and window.figures.current_measure == "trans-caspian-cargo", 15)
    settle(app, window)
    shot(app, window, out, "figures-filtered")
    window.runner.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out/screens"))

"""Screenshots of the Timeline tab: every dated record by kind, by country with a filter, zoomed
into 2024 with a record open, in the light and the dark theme and in a small window; and the 1M
dataset's timeline, counted per month.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/timeline_screens.py OUTDIR [LARGE.sqlite]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-timeline-screens-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.screens import choose, open_window, settle, shot
from bri_desktop.core.filters import Filter
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui.app import wait_for
from bri_desktop.ui.main_window import MainWindow
from bri_desktop.ui.theme import theme_of


def _timeline(app, window) -> None:
    window.views.setCurrentWidget(window.timeline)
    window.center_splitter.setSizes([260, 600])
    settle(app, window)


def main(out: Path, large: Path | None) -> None:
    app, window = open_window(out)
    settle(app, window)
    for theme in ("light", "dark"):
        theme_of().apply(theme)
        window.clear_filters()
        choose(window.timeline.lanes, "kind")
        _timeline(app, window)
        shot(app, window, out, f"timeline-{theme}")
        window.timeline.view.set_range(2024.0, 2025.2)
        window.open_record("events", "cku-railway-signing-2024")
        settle(app, window)
        _timeline(app, window)
        shot(app, window, out, f"timeline-2024-{theme}")
    theme_of().apply("light")
    window.set_filter(Filter(countries=frozenset({"KZ", "KG", "UZ"})))
    choose(window.timeline.lanes, "country")
    _timeline(app, window)
    shot(app, window, out, "timeline-by-country")
    window.resize(1000, 680)
    settle(app, window)
    shot(app, window, out, "timeline-small-window")
    window.runner.shutdown()
    if large is not None:
        big = MainWindow(Dataset(large))
        big.resize(1600, 950)
        big.show()
        settle(app, big)
        choose(big.timeline.lanes, "kind")
        _timeline(app, big)
        shot(app, big, out, "timeline-1m")
        big.timeline.view.set_range(2024.2, 2024.21)  # about four days
        wait_for(app, lambda: any(i.kind == "agreements" for i in big.timeline.view.items), 30)
        shot(app, big, out, "timeline-1m-zoomed")
        big.runner.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out/screens"),
         Path(sys.argv[2]) if len(sys.argv) > 2 else None)

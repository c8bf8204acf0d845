"""Screenshots of the Briefing pane (contents and live preview) in the light and the dark theme
and in a small window, and the pages of the PDF it writes (pdftoppm).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/briefing_screens.py OUTDIR
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-briefing-screens-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from PySide6.QtCore import Qt

from bench.screens import open_window, settle, shot
from bri_desktop.briefing.spec import Item
from bri_desktop.ui.app import wait_for
from bri_desktop.ui.theme import theme_of

ITEMS = [Item("record", {"kind": "packages", "id": "bri3-kz-contracts", "title": "Commercial contracts "
                         "with Kazakhstan at the third Belt and Road Forum"}),
         Item("record", {"kind": "agreements", "id": "kz-bri3-27", "title": "kz-bri3-27"}),
         Item("indicator", {"id": "cn-companies-in-kz-akorda", "title": "Chinese companies operating in Kazakhstan"}),
         Item("chart", {"measure": "investment", "dimension": "country", "filter": {},
                        "title": "Disclosed investment (USD) by country"}),
         Item("map", {"mode": "schematic", "filter": {}, "title": "Corridor map (schematic)"}),
         Item("table", {"kind": "projects", "filter": {"countries": ["KZ"]}, "limit": 8,
                        "name": "Kazakhstan projects", "title": "Kazakhstan projects"}),
         Item("note", {"text": "Reading: the pipeline is long; disclosed money is a fraction of it."})]


def main(out: Path) -> None:
    app, window = open_window(out)
    wait_for(app, lambda: window.workspace is not None, 15)
    pane = window.briefing_pane
    pane.show()
    window.new_briefing()
    pane.title.setText("China and Kazakhstan: deals and figures")
    pane.author.setText("A. Analyst")
    for item in ITEMS:
        pane.add_item(item)
    window.resizeDocks([pane], [620], Qt.Orientation.Horizontal)
    for theme in ("light", "dark"):
        theme_of().apply(theme)
        window.refresh_preview()
        settle(app, window)
        wait_for(app, lambda: pane.pages_layout.count() > 0, 15)
        shot(app, window, out, f"briefing-pane-{theme}")
    theme_of().apply("light")
    window.resize(1000, 680)
    shot(app, window, out, "briefing-small-window")
    window.export_briefing("pdf", out / "briefing.pdf")
    settle(app, window)
    wait_for(app, lambda: (out / "briefing.pdf").exists(), 15)
    window.export_briefing("docx", out / "briefing.docx")
    settle(app, window)
    window.runner.shutdown()
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(out / "briefing.pdf"), str(out / "briefing-page")],
                       check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out/screens"))

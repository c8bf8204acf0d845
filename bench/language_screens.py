"""Screenshots of the window in Russian and in Chinese: the table with a filter and a record's
details, the chart, the corridor map, the timeline, Preferences, and a small window, in the
light and the dark theme. Each language runs in its own process (as the app, it is chosen
before the window is made).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/language_screens.py OUTDIR [ru zh_CN]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_language(out: Path, language: str) -> None:
    os.environ.setdefault("BRI_DESKTOP_HOME", tempfile.mkdtemp(prefix="bri-language-screens-"))
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    import bench.screens  # noqa: F401  (first: it gives the offscreen platform a desktop-sized screen)

    app = QApplication.instance() or QApplication(sys.argv)
    from bri_desktop.ui import i18n

    chosen, problem = i18n.install(language)
    if problem or chosen != language:
        raise SystemExit(f"{language}: {problem or 'not installed'}")
    from bench.screens import open_window, settle, shot
    from bri_desktop.core.filters import Filter
    from bri_desktop.ui.app import wait_for
    from bri_desktop.ui.team_dialogs import Preferences
    from bri_desktop.ui.theme import theme_of

    app, window = open_window(out)
    settle(app, window)
    for theme in ("light", "dark"):
        theme_of().apply(theme)
        window.set_kind("agreements")
        window.set_filter(Filter(countries=frozenset({"KZ"}), sectors=frozenset({"Energy"})))
        settle(app, window)
        window.table.selectRow(0)
        settle(app, window)
        for tab in range(window.views.count()):
            window.views.setCurrentIndex(tab)
            settle(app, window)
            name = window.views.widget(tab).objectName() or f"tab{tab}"
            shot(app, window, out, f"lang-{language}-{theme}-{name}")
    theme_of().apply("light")
    dialog = Preferences(window)
    dialog.show()
    wait_for(app, lambda: False, 0.3)
    dialog.grab().save(str(out / f"lang-{language}-preferences.png"))
    dialog.close()
    window.resize(1024, 640)
    window.views.setCurrentIndex(0)
    settle(app, window)
    shot(app, window, out, f"lang-{language}-small")
    window.runner.shutdown()


def main() -> None:
    out = Path(sys.argv[1])
    languages = sys.argv[2:] or ["ru", "zh_CN"]
    if len(languages) == 1 and os.environ.get("BRI_LANGUAGE_SCREENS_CHILD"):
        one_language(out, languages[0])
        return
    for language in languages:
        subprocess.run([sys.executable, __file__, str(out), language], check=True,
                       env={**os.environ, "BRI_LANGUAGE_SCREENS_CHILD": "1"})


if __name__ == "__main__":
    main()

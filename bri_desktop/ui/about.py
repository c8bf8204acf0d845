"""Help > About and Help > Keyboard shortcuts."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox

from bri_desktop import __version__
from bri_desktop.core.dates import format_partial
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow

SHORTCUTS = [  # (keys, what they do): shown with translate("about", ...)
    (QT_TRANSLATE_NOOP("about", "Ctrl+F or /"), QT_TRANSLATE_NOOP("about", "Search")),
    ("Esc", QT_TRANSLATE_NOOP("about", "Clear the search")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("about", "Switch record kind (Ctrl+9: everything)")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("about", "Copy selected rows (tab-separated, with headers)")),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("about", "Copy the selected record's citation")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("about", "Export filtered records")),
    ("Ctrl+Shift+L", QT_TRANSLATE_NOOP("about", "Clear all filters")),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("about", "Undo / redo a filter change")),
    ("Alt+Left / Alt+Right", QT_TRANSLATE_NOOP("about", "Back / forward (also the mouse's side buttons)")),
    (QT_TRANSLATE_NOOP("about", "Space or Enter"), QT_TRANSLATE_NOOP("about", "Toggle the focused filter value")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("about", "Pin or unpin the open record")),
    ("Ctrl+Shift+P", QT_TRANSLATE_NOOP("about", "Show the Pinboard")),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("about", "Save this view")),
    ("Ctrl+Shift+K", QT_TRANSLATE_NOOP("about", "Copy a link to this view")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("about", "Open a view link")),
    ("F1", QT_TRANSLATE_NOOP("about", "This list")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("about", "Quit")),
]


def build_text() -> str:
    """"Built from commit abc1234 (2026-11-22) for Linux x86_64", or "Running from source"."""
    import json

    from bri_desktop import paths

    try:
        info = json.loads(paths.build_info().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return translate("about", "Running from source.")
    return translate("about", "Build {version} from commit {commit} ({date}) for {platform}.").format(
        version=info.get("version", "?"), commit=info.get("commit", "?"),
        date=str(info.get("commit_date", ""))[:10], platform=info.get("platform", "?"))


def about_html(window: MainWindow) -> str:
    meta = window.dataset.meta
    not_stated = translate("about", "publisher not stated")
    sources = "".join(
        f"<li>{escape(s['title'])} — {escape(s['publisher'] or not_stated)}"
        f"{', ' + escape(format_partial(s['published'])) if s['published'] else ''}</li>"
        for s in window.dataset.sources)
    reference = translate("about", "An offline reference on China–Central Asia Belt and Road cooperation.")
    dataset, sources_heading, licences = (translate("about", "Dataset"), translate("about", "Sources"),
                                          translate("about", "Licences"))
    built_with = translate("about", "Built with Qt for Python (PySide6 {version}, LGPLv3), SQLite (public "
                                    "domain), SQLAlchemy (MIT), pandas (BSD), pyqtgraph (MIT) and openpyxl (MIT).")
    return (
        f"<h3>BRI Desktop {escape(__version__)}</h3><p>{escape(build_text())}</p>"
        f"<p>{escape(reference)}</p>"
        f"<p><b>{escape(dataset)}</b> {escape(window.dataset.version)}<br>{escape(meta.get('title', ''))}</p>"
        f"<p><b>{escape(sources_heading)}</b></p><ul>{sources}</ul>"
        f"<p><b>{escape(licences)}</b><br>{escape(meta.get('licence', ''))}<br>"
        f"{escape(built_with.format(version=pyside_version))}</p>"
    )


def show_about(window: MainWindow) -> None:
    QMessageBox.about(window, translate("about", "About BRI Desktop"), about_html(window))


def show_shortcuts(window: MainWindow) -> None:
    shown = [(translate("about", keys), translate("about", what)) for keys, what in SHORTCUTS]
    rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in shown)
    QMessageBox.information(window, translate("about", "Keyboard shortcuts"),
                            f"<table cellpadding='3'>{rows}</table>")

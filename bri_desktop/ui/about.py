"""Help > About and Help > Keyboard shortcuts."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox

from bri_desktop import __version__
from bri_desktop.core.dates import format_partial

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow

SHORTCUTS = [
    ("Ctrl+F or /", "Search"), ("Esc", "Clear the search"),
    ("Ctrl+1 … Ctrl+9", "Switch record kind (Ctrl+9: everything)"),
    ("Ctrl+C", "Copy selected rows (tab-separated, with headers)"),
    ("Ctrl+Shift+C", "Copy the selected record's citation"), ("Ctrl+E", "Export filtered records"),
    ("Ctrl+Shift+L", "Clear all filters"), ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo a filter change"),
    ("Alt+Left / Alt+Right", "Back / forward (also the mouse's side buttons)"),
    ("Space or Enter", "Toggle the focused filter value"),
    ("Ctrl+D", "Pin or unpin the open record"), ("Ctrl+Shift+P", "Show the Pinboard"),
    ("Ctrl+Shift+S", "Save this view"), ("Ctrl+Shift+K", "Copy a link to this view"),
    ("Ctrl+L", "Open a view link"), ("F1", "This list"), ("Ctrl+Q", "Quit"),
]


def build_text() -> str:
    """"Built from commit abc1234 (2026-11-22) for Linux x86_64", or "Running from source"."""
    import json

    from bri_desktop import paths

    try:
        info = json.loads(paths.build_info().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "Running from source."
    return (f"Build {info.get('version', '?')} from commit {info.get('commit', '?')} "
            f"({str(info.get('commit_date', ''))[:10]}) for {info.get('platform', '?')}.")


def about_html(window: MainWindow) -> str:
    meta = window.dataset.meta
    sources = "".join(
        f"<li>{escape(s['title'])} — {escape(s['publisher'] or 'publisher not stated')}"
        f"{', ' + escape(format_partial(s['published'])) if s['published'] else ''}</li>"
        for s in window.dataset.sources)
    return (
        f"<h3>BRI Desktop {escape(__version__)}</h3><p>{escape(build_text())}</p>"
        "<p>An offline reference on China–Central Asia Belt and Road cooperation.</p>"
        f"<p><b>Dataset</b> {escape(window.dataset.version)}<br>{escape(meta.get('title', ''))}</p>"
        f"<p><b>Sources</b></p><ul>{sources}</ul>"
        f"<p><b>Licences</b><br>{escape(meta.get('licence', ''))}<br>"
        f"Built with Qt for Python (PySide6 {escape(pyside_version)}, LGPLv3), SQLite (public "
        "domain), SQLAlchemy (MIT), pandas (BSD), pyqtgraph (MIT) and openpyxl (MIT).</p>"
    )


def show_about(window: MainWindow) -> None:
    QMessageBox.about(window, "About BRI Desktop", about_html(window))


def show_shortcuts(window: MainWindow) -> None:
    rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in SHORTCUTS)
    QMessageBox.information(window, "Keyboard shortcuts", f"<table cellpadding='3'>{rows}</table>")

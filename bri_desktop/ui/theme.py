"""Light and dark themes, and readable secondary and error text in either.

View > Theme offers System (follow the desktop's light or dark scheme), Light and Dark. Widgets
never carry fixed greys: secondary text ("muted") and error text take colours computed from the
palette in use, at 5:1 contrast or more on their background (WCAG AA asks 4.5:1). A widget marked
with ``set_tone`` is given its colours again whenever the theme changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP
from bri_desktop.core.palette import readable_mix

THEMES = {"system": QT_TRANSLATE_NOOP("theme", "System"), "light": QT_TRANSLATE_NOOP("theme", "Light"),
          "dark": QT_TRANSLATE_NOOP("theme", "Dark")}  # View > Theme: translate("theme", label)
ERROR = {"light": "#b00020", "dark": "#ff8a80"}
_TONE = "bri_tone"

_DARK = {
    # Fields and lists (Base) are lighter than the window: Fusion outlines check boxes in a
    # shade darker than the window, which must show against the list behind them.
    QPalette.ColorRole.Window: "#1f2023", QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#2c2e33", QPalette.ColorRole.AlternateBase: "#33363b",
    QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#34373c",
    QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Highlight: "#3b73c9", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.LinkVisited: "#c58af9",
    QPalette.ColorRole.ToolTipBase: "#2d2f33", QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6", QPalette.ColorRole.Light: "#5f6368",
    QPalette.ColorRole.Midlight: "#4a4d51", QPalette.ColorRole.Mid: "#5f6368",
    QPalette.ColorRole.Dark: "#3c4043", QPalette.ColorRole.Shadow: "#000000",
}
_DARK_DISABLED = {QPalette.ColorRole.WindowText: "#8a8f94", QPalette.ColorRole.Text: "#8a8f94",
                  QPalette.ColorRole.ButtonText: "#8a8f94", QPalette.ColorRole.Base: "#26282c",
                  QPalette.ColorRole.Button: "#26282b"}


class Theme(QObject):
    """The application's one theme; ``changed`` fires after a new palette is in place."""

    changed = Signal()

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        self.choice = "system"
        self._system_palette = QPalette(app.palette())
        self._system_style = app.style().name()
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self._follow_system())

    def apply(self, choice: str) -> None:
        self.choice = choice if choice in THEMES else "system"
        dark = self.choice == "dark" or (
            self.choice == "system"
            and self.app.styleHints().colorScheme() == Qt.ColorScheme.Dark)
        if self.choice == "system" and dark == _is_dark(self._system_palette):
            self._set(self._system_style, self._system_palette)  # the desktop's own look
        else:
            self._set("fusion", dark_palette() if dark else light_palette())

    def _follow_system(self) -> None:
        if self.choice == "system":
            self.apply("system")

    def _set(self, style: str, palette: QPalette) -> None:
        if self.app.style().name().lower() != style.lower():
            made = QStyleFactory.create(style)
            if made is not None:
                self.app.setStyle(made)
        self.app.setPalette(palette)
        for widget in self.app.allWidgets():
            if widget.property(_TONE):
                _paint_tone(widget, widget.property(_TONE))
        # Once every widget has had its palette change: what redraws itself reads the new one.
        QTimer.singleShot(0, self.changed.emit)


def theme_of(app: QApplication | None = None) -> Theme:
    """The application's Theme, made on first use."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert app is not None, "a Theme needs the QApplication"
    found = app.findChild(Theme)
    return found if found is not None else Theme(app)


def light_palette() -> QPalette:
    style = QStyleFactory.create("fusion")
    return QPalette(style.standardPalette())


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted_colour(palette: QPalette | None = None, role=QPalette.ColorRole.Window) -> str:
    """Secondary text, readable on the palette's ``role`` (Window for labels, Base for views)."""
    palette = palette or QGuiApplication.palette()
    return readable_mix(palette.color(QPalette.ColorRole.WindowText).name(),
                        palette.color(role).name())


def error_colour(palette: QPalette | None = None, role=QPalette.ColorRole.Window) -> str:
    palette = palette or QGuiApplication.palette()
    base = ERROR["dark" if _is_dark(palette) else "light"]
    return readable_mix(base, palette.color(role).name(), share=0.0)


def set_tone(widget: QWidget, tone: str) -> None:
    """Mark ``widget`` as "muted" or "error" text; its colour follows the theme from now on."""
    widget.setProperty(_TONE, tone)
    _paint_tone(widget, tone)


def _paint_tone(widget: QWidget, tone: str) -> None:
    current = QGuiApplication.palette()
    background = widget.backgroundRole()
    colour = error_colour(current, background) if tone == "error" else muted_colour(current, background)
    palette = QPalette()  # only the text roles are set: the rest follows the theme
    palette.setColor(widget.foregroundRole(), QColor(colour))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)

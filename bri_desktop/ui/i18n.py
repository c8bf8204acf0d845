"""The interface language: Qt's translators for the app's texts (resources/i18n/bri_*.qm, made
from the .ts files with pyside6-lrelease) and for Qt's own (standard buttons, file dialogs), the
locale numbers and dates are written in, and core.i18n told of both.

The language is chosen in Preferences (system default, English, Русский, 中文) and used from
the next start.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QProcess, QTranslator
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from bri_desktop import paths
from bri_desktop.core import i18n
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger("bri_desktop")
CHOICES = {"system": QT_TRANSLATE_NOOP("Preferences", "System default"), **i18n.LANGUAGES}
_installed: list[QTranslator] = []  # kept alive as long as the app


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language (a key of core.i18n.LANGUAGES) a choice in Preferences stands for: the
    system's when it is one of them, else English."""
    if choice in i18n.LANGUAGES:
        return choice
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.Russian:
        return "ru"
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def install(choice: str) -> tuple[str, str]:
    """Use the language ``choice`` stands for from now on; the language, and a problem (a
    missing or damaged translation file: the interface then stays in English) or ""."""
    _remove()
    language = resolve(choice)
    if language != "en":
        folder = paths.translations_dir()
        for name in (f"bri_{language}", f"qtbase_{language}"):
            translator = QTranslator()
            if translator.load(name, str(folder)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
            elif name.startswith("bri_"):
                problem = f"{folder / (name + '.qm')} cannot be read: the interface stays in English"
                log.warning("language: %s", problem)
                QLocale.setDefault(QLocale("en_US"))
                i18n.install(i18n.english, "en")
                return "en", problem
            else:  # Qt's own buttons stay in English
                log.warning("language: %s.qm not found in %s", name, folder)
    QLocale.setDefault(QLocale("en_US" if language == "en" else language))
    i18n.install(_qt_translate if language != "en" else i18n.english, language)
    return language, ""


def _remove() -> None:
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()


def _qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


class LanguageBox(QGroupBox):
    """Preferences' language choice."""

    def __init__(self, parent: QWidget, current: str):
        super().__init__(translate("Preferences", "Language"), parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.combo = QComboBox(self)
        self.combo.setObjectName("language")
        for key, name in CHOICES.items():
            self.combo.addItem(translate("Preferences", name) if key == "system" else name, key)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        label = QLabel(translate("Preferences", "&Interface language:"), self)
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        layout.addLayout(row)
        note = QLabel(translate("Preferences", "Menus, dialogs, labels and the briefing's fixed texts; "
                                               "the records stay in the language of their sources. "
                                               "A new language is used from the next start."), self)
        note.setWordWrap(True)
        layout.addWidget(note)

    def choice(self) -> str:
        return str(self.combo.currentData())


def choose_language(window, choice: str) -> None:  # type: ignore[no-untyped-def]
    """Keep ``choice``; when it changes the language, offer to restart now."""
    from bri_desktop.ui.settings import LANGUAGE

    before = window.settings.get(LANGUAGE)
    if choice == before:
        return
    window.settings.set(LANGUAGE, choice)
    window.settings.sync()
    if resolve(choice) == i18n.language():
        return
    name = i18n.LANGUAGES[resolve(choice)]
    box = QMessageBox(QMessageBox.Icon.Information, translate("Preferences", "Language"),
                      translate("Preferences", "BRI Desktop will be in {language} from its next start.")
                      .format(language=name), QMessageBox.StandardButton.NoButton, window)
    restart = box.addButton(translate("Preferences", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Preferences", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is restart and window.close():
        QProcess.startDetached(sys.executable, restart_arguments())
        QCoreApplication.quit()


def restart_arguments() -> list[str]:
    """What starts this app again: the bundle's executable takes the same arguments; from the
    source tree, Python runs the package."""
    from bri_desktop import paths

    if paths.is_frozen():
        return sys.argv[1:]
    return ["-m", "bri_desktop", *sys.argv[1:]]

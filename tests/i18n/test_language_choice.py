"""Choosing the language: Preferences keeps it and offers a restart; a damaged settings value or
a missing translation file leaves the interface in English with a message, never a crash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bri_desktop.core import i18n as core_i18n
from bri_desktop.ui import i18n
from bri_desktop.ui.settings import LANGUAGE, Settings


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    i18n.install("en")


def _answer_message(button_text: str, seen: list) -> None:
    """Press ``button_text`` on the next message box, noting its text."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(20, press)


def test_russian_chosen_in_preferences_is_kept_for_the_next_start(make_window, qtbot, monkeypatch):
    from bri_desktop.ui.team_dialogs import Preferences

    window = make_window()
    started = []
    monkeypatch.setattr(i18n.QProcess, "startDetached", lambda *a: started.append(a))

    def choose_russian() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, Preferences):
            QTimer.singleShot(20, choose_russian)
            return
        dialog.language.combo.setCurrentIndex(dialog.language.combo.findData("ru"))
        _answer_message("Later", seen)
        dialog.accept()

    seen: list[str] = []
    QTimer.singleShot(20, choose_russian)
    window.show_preferences()
    assert seen == ["BRI Desktop will be in Русский from its next start."]
    assert Settings().get(LANGUAGE) == "ru"
    assert window.menuBar().actions()[0].text() == "&File"  # this session stays in English
    assert not started and window.isVisible()


def test_restart_now_starts_the_app_again_and_closes_this_window(make_window, qtbot, monkeypatch):
    window = make_window()
    started = []
    monkeypatch.setattr(i18n.QProcess, "startDetached", lambda *a: started.append(a) or True)
    monkeypatch.setattr(i18n.QCoreApplication, "quit", lambda: None)
    seen: list[str] = []
    _answer_message("Restart now", seen)
    i18n.choose_language(window, "zh_CN")
    assert seen and started and started[0][1][:2] == ["-m", "bri_desktop"]
    assert not window.isVisible()


def test_a_language_the_settings_file_does_not_know_is_the_system_default(tmp_path, qapp):
    settings = Settings()
    settings.set(LANGUAGE, "klingon")
    assert settings.get(LANGUAGE) == "system"
    assert settings.unusable == ["view/language"]  # said at start, in the status bar


def test_a_start_with_unusable_settings_says_which(tmp_path):
    """The app starts on defaults and says which settings it could not use (and where)."""
    import os
    import subprocess
    import sys

    from bri_desktop import paths

    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text("[view]\nlanguage=xx\ntab=many\n", encoding="utf-8")
    code = ("import sys; from PySide6.QtWidgets import QApplication; from bri_desktop.ui import app as a; "
            "from PySide6.QtCore import QTimer; QApplication(sys.argv); "
            "QTimer.singleShot(1500, lambda: (print('STATUS', QApplication.activeWindow().statusBar()"
            ".currentMessage()), QApplication.quit())); a.run()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    status = next(line for line in result.stdout.splitlines() if line.startswith("STATUS"))
    assert "view/language" in status and "view/tab" in status and "settings.ini" in status, status


def test_a_missing_translation_file_leaves_english_and_says_which(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n.paths, "translations_dir", lambda: tmp_path)
    language, problem = i18n.install("ru")
    assert language == "en" and "bri_ru.qm" in problem and "English" in problem
    assert core_i18n.language() == "en" and QLocale().name() == "en_US"


def test_a_damaged_translation_file_leaves_english(tmp_path, monkeypatch):
    (tmp_path / "bri_zh_CN.qm").write_bytes(b"not a translation file")
    monkeypatch.setattr(i18n.paths, "translations_dir", lambda: tmp_path)
    language, problem = i18n.install("zh_CN")
    assert language == "en" and "bri_zh_CN.qm" in problem


def test_system_default_follows_the_system_language():
    assert i18n.resolve("system", QLocale(QLocale.Language.Russian)) == "ru"
    assert i18n.resolve("system", QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)) == "zh_CN"
    assert i18n.resolve("system", QLocale(QLocale.Language.German)) == "en"

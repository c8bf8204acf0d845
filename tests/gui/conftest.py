from __future__ import annotations

import pytest

from bri_desktop import paths
from bri_desktop.db.dataset import Dataset


def settle(qtbot, window, timeout: int = 10000) -> None:
    """Wait until every background query has delivered."""
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=timeout)
    qtbot.wait(10)


@pytest.fixture
def make_window(qtbot):
    from bri_desktop.ui.main_window import MainWindow

    made = []

    def make(db_path=None):
        window = MainWindow(Dataset(db_path or paths.bundled_db()))
        qtbot.addWidget(window)
        window.show()
        settle(qtbot, window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.runner.shutdown()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def window_with(make_window, data_copy):
    """A window over the bundled records plus ``extra`` TOML records, freshly built."""
    from bri_desktop.data.build import build_database

    def make(extra: str):
        (data_copy / "records" / "zz_test.toml").write_text(extra, encoding="utf-8")
        build_database(data_copy, data_copy / "bri.sqlite")
        return make_window(data_copy / "bri.sqlite")

    return make

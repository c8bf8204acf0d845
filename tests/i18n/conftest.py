from tests.gui.conftest import make_window  # noqa: F401  (the window fixture, as the GUI tests have it)

"""Entry point of the frozen application (PyInstaller)."""

import sys

from bri_desktop.cli import main

sys.exit(main())

"""`python -m bri_desktop` runs the same entry point as the `bri-desktop` command."""

import sys

from bri_desktop.cli import main

sys.exit(main())

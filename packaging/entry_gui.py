"""Frozen entry point of the window (`kdm-desktop`)."""

import sys

from kdm_desktop.ui.app import main

sys.exit(main())

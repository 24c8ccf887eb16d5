"""Frozen entry point of the command line (`kdm`)."""

import sys

from kdm_desktop.cli.main import main

sys.exit(main())

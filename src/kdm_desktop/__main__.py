"""`python -m kdm_desktop` starts the desktop app (the CLI is `kdm`)."""

import sys

from kdm_desktop.ui.app import main

sys.exit(main())

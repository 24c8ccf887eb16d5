from __future__ import annotations

import sys
from pathlib import Path

_TESTS = Path(__file__).parent.parent
for folder in ("transfers", "cases", "app", "cases/ui"):
    sys.path.insert(0, str(_TESTS / folder))

from staff_fixtures import as_user, staffed  # noqa: E402

from qt_fixtures import make_app, qm_path, turkish_ui  # noqa: E402

__all__ = ["as_user", "make_app", "qm_path", "staffed", "turkish_ui"]

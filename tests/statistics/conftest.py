from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "cases"))
sys.path.insert(0, str(Path(__file__).parent.parent / "app"))


from staff_fixtures import as_user, staffed

from qt_fixtures import make_app, qm_path, turkish_ui

__all__ = ["as_user", "make_app", "qm_path", "staffed", "turkish_ui"]

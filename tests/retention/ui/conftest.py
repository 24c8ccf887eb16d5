"""Fixtures for the retention page: the Turkish catalogue and the window."""

from __future__ import annotations

import sys
from pathlib import Path

from qt_fixtures import make_app, qm_path, turkish_ui

# The dated synthetic cases of the retention tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

__all__ = ["make_app", "qm_path", "turkish_ui"]

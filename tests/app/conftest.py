"""Fixtures for the window: the Turkish catalogue, and controllers cleaned up after use."""

from qt_fixtures import make_app, qm_path, turkish_ui

__all__ = ["make_app", "qm_path", "turkish_ui"]

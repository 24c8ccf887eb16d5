"""The bundled DejaVu fonts as the application font.

Windows' UI font differs between versions and the offscreen platform may have
none at all; DejaVu has every Turkish glyph, so the window, the tests and the
screenshots look the same everywhere.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kdm_desktop.ui.fit import apply_field_widths

SANS = "DejaVu Sans"
MONO = "DejaVu Sans Mono"
POINT_SIZE = 10
_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf")
_loaded = False


def load_fonts() -> None:
    """Register the fonts with Qt once per process."""
    global _loaded
    if _loaded:
        return
    for name in _FILES:
        # Bytes rather than a path, so frozen builds need not extract files.
        data = (files("kdm_desktop") / "resources" / "fonts" / name).read_bytes()
        QFontDatabase.addApplicationFontFromData(data)
    _loaded = True


def apply_app_font(app: QApplication) -> None:
    load_fonts()
    font = QFont(SANS, POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    # Set here because every entry point (the app, tests, screenshots) applies the font.
    apply_field_widths(app)


def mono_font(point_size: int = POINT_SIZE) -> QFont:
    load_fonts()
    font = QFont(MONO, point_size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font

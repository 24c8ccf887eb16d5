"""Embedded TrueType fonts and paragraph styles for every KDM PDF.

The base-14 PDF fonts (Helvetica, Times, Courier) have no glyphs for ş, ğ, ı
and İ and show them as black boxes, so all documents must use the DejaVu fonts
shipped in ``kdm_desktop/resources/fonts``. Call :func:`register_fonts` (or
:func:`paragraph_styles`, which calls it) before building a document.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import threading
from importlib.resources import files

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = [
    "FONT",
    "FONT_BOLD",
    "FONT_MONO",
    "paragraph_styles",
    "register_fonts",
    "register_fonts_in_background",
]

FONT = "KDMSans"
FONT_BOLD = "KDMSans-Bold"
FONT_MONO = "KDMMono"

_FONT_FILES: dict[str, str] = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_MONO: "DejaVuSansMono.ttf",
}

# Reports may be rendered from a worker thread while the UI thread renders
# another; reportlab's font registry is a plain global dict.
_lock = threading.Lock()
_registered = False


def _load_font(name: str, filename: str) -> TTFont:
    resource = files("kdm_desktop") / "resources" / "fonts" / filename
    # Reading the bytes instead of passing a filesystem path keeps this working
    # when the package is imported from a zip (frozen builds) without
    # extracting anything to a temporary directory.
    data = io.BytesIO(resource.read_bytes())
    # reportlab uses the stream's name in error messages and subsetting checks.
    data.name = filename
    return TTFont(name, data)


def register_fonts() -> None:
    """Register KDMSans, KDMSans-Bold and KDMMono with reportlab (idempotent)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(_load_font(name, filename))
        # Without a family mapping, <b> and <i> inside a Paragraph look up
        # fonts that do not exist. No oblique face is shipped, so italic maps
        # to the upright face rather than silently falling back to Helvetica.
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        pdfmetrics.registerFontFamily(
            FONT_MONO, normal=FONT_MONO, bold=FONT_MONO, italic=FONT_MONO, boldItalic=FONT_MONO
        )
        _registered = True


def register_fonts_in_background() -> threading.Thread | None:
    """Start registering the fonts on a daemon thread; None if they are registered.

    Parsing the three DejaVu files is pure-Python work of about 0.1 s, paid by the
    first PDF of a process (issue #18: first referral letter in a fresh process).
    Started before the password is checked, it overlaps Argon2id, which releases
    the GIL; in the window it runs while the letter form is being filled in. The
    thread imports nothing (no import-lock interplay with the main thread); a
    failure here is left for the foreground call, which reports it properly.
    """
    if _registered:
        return None
    # What the parsing imports on first use (resource readers, the Mac Roman codec
    # for font names) is imported here, so the thread only computes.
    files("kdm_desktop").joinpath("resources", "fonts").is_dir()
    codecs.lookup("mac_roman")

    def work() -> None:
        with contextlib.suppress(Exception):
            register_fonts()

    thread = threading.Thread(target=work, name="kdm-fonts", daemon=True)
    thread.start()
    return thread


def paragraph_styles() -> dict[str, ParagraphStyle]:
    """Return fresh styles keyed ``body``, ``heading``, ``title``, ``small``, ``mono``.

    A new dict is built on each call so that a caller tweaking a style cannot
    change another document's layout.
    """
    register_fonts()
    body = ParagraphStyle(
        "KDMBody",
        fontName=FONT,
        # ParagraphStyle defaults bullets to Helvetica, which cannot draw ş or ı.
        bulletFontName=FONT,
        fontSize=10.5,
        # DejaVu's accents (İ, Ş, Ç cedilla) reach further above and below the
        # baseline than Helvetica's; a generous leading keeps lines apart.
        leading=15,
        alignment=TA_LEFT,
        spaceAfter=4,
    )
    return {
        "body": body,
        "heading": ParagraphStyle(
            "KDMHeading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=17,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "title": ParagraphStyle(
            "KDMTitle",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=20,
            leading=26,
            spaceAfter=10,
        ),
        "small": ParagraphStyle(
            "KDMSmall",
            parent=body,
            fontSize=8.5,
            leading=12,
            spaceAfter=2,
        ),
        "mono": ParagraphStyle(
            "KDMMono",
            parent=body,
            fontName=FONT_MONO,
            fontSize=10,
            leading=14,
        ),
    }

"""Language selection: Qt translators for the window, the core's catalogue for errors.

Source strings are English; Turkish is the default and comes from the compiled
.qm. The core cannot use Qt's translator, so its own catalogue is switched too.
"""

from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget

from kdm_desktop import messages

LANGUAGES = ("tr", "en")
DEFAULT_LANGUAGE = "tr"
QM_NAME = "kdm_desktop_tr.qm"

_log = logging.getLogger("kdm.ui")
_installed: list[QTranslator] = []


def packaged_qm() -> Path:
    return Path(str(files("kdm_desktop") / "resources" / "translations" / QM_NAME))


def locale_for(lang: str) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)


def install(app: QCoreApplication, lang: str, *, qm_path: Path | None = None) -> bool:
    """Switch the whole program to `lang`; False if the Turkish catalogue is missing."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    messages.set_language(lang)
    QLocale.setDefault(locale_for(lang))
    if lang == "en":
        return True
    ours = QTranslator(app)
    if not ours.load(str(qm_path or packaged_qm())):
        # A broken install: the window falls back to English, and says so
        # (app.main shows warn_missing_catalogue); the log records it too.
        _log.error("translation catalogue missing: %s", QM_NAME)
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)
    # Standard buttons (Tamam, İptal …) and file dialogs come from Qt's catalogue.
    if qt_own.load("qtbase_tr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return True


# Shown when the Turkish catalogue itself is missing, so it cannot come from it.
# Both languages at once: the user's choice cannot be honoured without the catalogue.
MISSING_CATALOGUE_TEXT = "\n\n".join(
    messages.CATALOGUE["window.missing_catalogue"][lang] for lang in ("tr", "en")
)


def warn_missing_catalogue(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("missingCatalogueBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("KDM Desktop")
    box.setText(MISSING_CATALOGUE_TEXT)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def current_locale() -> QLocale:
    return QLocale()

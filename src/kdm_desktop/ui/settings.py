"""Non-secret, per-installation preferences in `<data_dir>/settings.ini`.

Nothing personal belongs here: the file is not encrypted. No user names, no
recent pages, no search terms.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from kdm_desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

SETTINGS_FILE = "settings.ini"
DEFAULT_AUTOLOCK_MINUTES = 5
MIN_AUTOLOCK_MINUTES = 1
MAX_AUTOLOCK_MINUTES = 60

_LANGUAGE = "ui/language"
_AUTOLOCK = "security/autolock_minutes"


class AppSettings(QObject):
    autolock_minutes_changed = Signal(int)
    language_changed = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = data_dir / SETTINGS_FILE
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._qs.value(_LANGUAGE, DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        if lang != self.language:
            self._qs.setValue(_LANGUAGE, lang)
            self._qs.sync()
            self.language_changed.emit(lang)

    @property
    def autolock_minutes(self) -> int:
        try:
            value = int(str(self._qs.value(_AUTOLOCK, DEFAULT_AUTOLOCK_MINUTES)))
        except ValueError:
            return DEFAULT_AUTOLOCK_MINUTES
        # A hand-edited file must not switch the lock off or make it absurdly long.
        return max(MIN_AUTOLOCK_MINUTES, min(MAX_AUTOLOCK_MINUTES, value))

    def set_autolock_minutes(self, minutes: int) -> None:
        minutes = max(MIN_AUTOLOCK_MINUTES, min(MAX_AUTOLOCK_MINUTES, int(minutes)))
        if minutes != self.autolock_minutes:
            self._qs.setValue(_AUTOLOCK, minutes)
            self._qs.sync()
            self.autolock_minutes_changed.emit(minutes)

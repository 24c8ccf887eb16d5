"""Backup preferences (folder, generations kept, reminder days) in settings.ini.

A folder path and two numbers: nothing personal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from kdm_desktop.services.backup import DEFAULT_KEEP, DEFAULT_REMIND_DAYS

_FOLDER = "backup/folder"
_KEEP = "backup/keep"
_REMIND = "backup/remind_days"
_ON_CLOSE = "backup/on_close"


def _int(qs: QSettings, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(str(qs.value(key, default)))
    except ValueError:
        return default
    return max(low, min(high, value))


class BackupPrefs:
    def __init__(self, settings_path: Path) -> None:
        self._qs = QSettings(str(settings_path), QSettings.Format.IniFormat)

    @property
    def folder(self) -> str:
        return str(self._qs.value(_FOLDER, ""))

    @folder.setter
    def folder(self, value: str) -> None:
        self._qs.setValue(_FOLDER, value)
        self._qs.sync()

    @property
    def keep(self) -> int:
        return _int(self._qs, _KEEP, DEFAULT_KEEP, 1, 100)

    @keep.setter
    def keep(self, value: int) -> None:
        self._qs.setValue(_KEEP, int(value))
        self._qs.sync()

    @property
    def remind_days(self) -> int:
        return _int(self._qs, _REMIND, DEFAULT_REMIND_DAYS, 1, 90)

    @remind_days.setter
    def remind_days(self, value: int) -> None:
        self._qs.setValue(_REMIND, int(value))
        self._qs.sync()

    @property
    def on_close(self) -> bool:
        return str(self._qs.value(_ON_CLOSE, "false")).lower() == "true"

    @on_close.setter
    def on_close(self, value: bool) -> None:
        self._qs.setValue(_ON_CLOSE, "true" if value else "false")
        self._qs.sync()

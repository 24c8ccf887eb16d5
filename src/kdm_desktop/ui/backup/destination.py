"""Where backups go: a USB stick found now, or a folder she chose, remembered.

Split from the backup page (page.py), which takes, checks and restores backups:
this widget only offers the destinations, keeps her choice in the backup
preferences and says when it changed. Its texts keep the "BackupPage"
translation context they were written under.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from kdm_desktop.ui.backup.drives import removable_drives
from kdm_desktop.ui.backup.prefs import BackupPrefs
from kdm_desktop.ui.i18n import current_locale


class DestinationPicker(QWidget):
    changed = Signal()  # her choice changed (not when the list is merely refilled)

    def __init__(self, prefs: BackupPrefs) -> None:
        super().__init__()
        self._prefs = prefs
        self.target = QComboBox()
        self.target.setObjectName("backupTarget")
        self.target.setAccessibleName(
            QCoreApplication.translate("BackupPage", "Backup destination")
        )
        self.target.setMinimumWidth(420)
        choose = QPushButton(QCoreApplication.translate("BackupPage", "Choose &folder…"))
        choose.clicked.connect(self._choose_folder)
        refresh = QPushButton(QCoreApplication.translate("BackupPage", "Refresh &drives"))
        refresh.clicked.connect(self.fill)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.target, 1)
        layout.addWidget(choose)
        layout.addWidget(refresh)
        self.fill()
        self.target.currentIndexChanged.connect(self._target_changed)

    def destination(self) -> Path | None:
        value = self.target.currentData()
        return Path(value) if value else None

    def fill(self) -> None:
        """The drives plugged in now, and the folder she chose before."""
        current = self._prefs.folder
        self.target.blockSignals(True)
        self.target.clear()
        for drive in removable_drives():
            free = current_locale().formattedDataSize(drive.free_bytes)
            self.target.addItem(
                QCoreApplication.translate("BackupPage", "USB: {name} ({free} free)").format(
                    name=drive.name, free=free
                ),
                str(Path(drive.root) / "KDM-Yedek"),
            )
        if current and self.target.findData(current) < 0:
            self.target.addItem(current, current)
        if current:
            self.target.setCurrentIndex(self.target.findData(current))
        self.target.blockSignals(False)

    def set_destination(self, folder: Path) -> None:
        self._prefs.folder = str(folder)
        self.fill()
        self.changed.emit()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("BackupPage", "Backup folder")
        )
        if folder:
            self.set_destination(Path(folder))

    def _target_changed(self) -> None:
        dest = self.destination()
        if dest is not None:
            self._prefs.folder = str(dest)
        self.changed.emit()

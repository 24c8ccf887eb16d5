"""The centre's logo on the letter templates page: shown, chosen, removed.

Split from the templates page (templates_page.py), which rewords templates: this
box only reads the chosen image into memory (one byte over the limit, enough for
the service to say it is too large) and hands it to `LetterService.set_logo`,
which checks type and size. Its texts keep the "LetterTemplatesPage" translation
context they were written under.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QGroupBox, QLabel, QPushButton, QVBoxLayout

from kdm_desktop.errors import KdmError
from kdm_desktop.services.letters import MAX_LOGO_BYTES, LetterService
from kdm_desktop.ui.widgets import NOTE_STYLE, FieldError, note

LOGO_BOX = 160


class LogoBox(QGroupBox):
    def __init__(self, service: LetterService) -> None:
        super().__init__(QCoreApplication.translate("LetterTemplatesPage", "Centre's logo"))
        self._service = service
        self.logo = QLabel()
        self.logo.setObjectName("logoPreview")
        self.logo.setFixedSize(LOGO_BOX, LOGO_BOX)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid #bbbbbb;" + NOTE_STYLE)
        self.logo.setWordWrap(True)
        self.logo_error = FieldError()
        choose = QPushButton(QCoreApplication.translate("LetterTemplatesPage", "Choose &logo…"))
        choose.clicked.connect(self._choose_logo)
        self.remove_logo_button = QPushButton(
            QCoreApplication.translate("LetterTemplatesPage", "&Remove logo")
        )
        self.remove_logo_button.clicked.connect(self.remove_logo)
        ll = QVBoxLayout(self)
        ll.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        ll.addWidget(
            note(
                QCoreApplication.translate(
                    "LetterTemplatesPage",
                    "PNG or JPEG, at most %1 KB; printed at the top of every letter.",
                ).replace("%1", str(MAX_LOGO_BYTES // 1024))
            )
        )
        ll.addWidget(choose)
        ll.addWidget(self.remove_logo_button)
        ll.addWidget(self.logo_error)
        self.show_logo()

    def show_logo(self) -> None:
        data = self._service.logo()
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.logo.setPixmap(
                pixmap.scaled(
                    LOGO_BOX - 8,
                    LOGO_BOX - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo.clear()
            self.logo.setText(QCoreApplication.translate("LetterTemplatesPage", "No logo"))
        self.remove_logo_button.setEnabled(bool(data))

    def has_logo(self) -> bool:
        pixmap = self.logo.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("LetterTemplatesPage", "Choose the centre's logo"),
            "",
            QCoreApplication.translate("LetterTemplatesPage", "Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.set_logo_from(Path(path))

    def set_logo_from(self, path: Path) -> bool:
        self.logo_error.clear_error()
        try:
            with path.open("rb") as fh:
                # One byte over the limit is enough for the service to say it is too large.
                data = fh.read(MAX_LOGO_BYTES + 1)
        except OSError:
            self.logo_error.show_error(
                QCoreApplication.translate("LetterTemplatesPage", "The file could not be opened.")
            )
            return False
        return self._apply_logo(data)

    def remove_logo(self) -> bool:
        self.logo_error.clear_error()
        return self._apply_logo(None)

    def _apply_logo(self, data: bytes | None) -> bool:
        try:
            self._service.set_logo(data)
        except KdmError as exc:
            self.logo_error.show_error(exc.message)
            return False
        self.show_logo()
        return True

"""Settings › General: language, automatic lock, case-file check."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import CheckReport, Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.panel import limited
from kdm_desktop.ui.settings import MAX_AUTOLOCK_MINUTES, MIN_AUTOLOCK_MINUTES
from kdm_desktop.ui.tasks import IsCancelled, Progress
from kdm_desktop.ui.widgets import note

# Each language is named in itself, so anyone can find their way back.
_LANGUAGES = (("tr", "Türkçe"), ("en", "English"))


class GeneralTab(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self.setObjectName("generalTab")
        self._session = session
        self._ctx = ctx
        settings = ctx.settings

        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in _LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language.setMaximumWidth(260)
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("&Language:"), self.language)
        language_form.addRow(
            note(self.tr("A new language takes effect when KDM Desktop is started again."))
        )

        self.autolock = QSpinBox()
        self.autolock.setObjectName("autolockMinutes")
        self.autolock.setAccessibleName(self.tr("Automatic lock after minutes without use"))
        self.autolock.setRange(MIN_AUTOLOCK_MINUTES, MAX_AUTOLOCK_MINUTES)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setValue(settings.autolock_minutes)
        self.autolock.setMaximumWidth(140)
        self.autolock.valueChanged.connect(settings.set_autolock_minutes)
        may_change = session.can(Permission.MANAGE_CENTRE)
        self.autolock.setEnabled(may_change)
        lock_box = QGroupBox(self.tr("Automatic lock"))
        lock_form = QFormLayout(lock_box)
        lock_form.addRow(self.tr("Lock after &no use for:"), self.autolock)
        lock_form.addRow(
            note(
                self.tr(
                    "The case file locks itself when nobody touches the keyboard or mouse "
                    "for this long. It applies to everyone on this computer."
                )
                if may_change
                else self.tr("Only an administrator can change this.")
            )
        )

        layout = QVBoxLayout(self)
        layout.addWidget(limited(language_box, 900))
        layout.addWidget(limited(lock_box, 900))
        self.check_button: QPushButton | None = None
        if session.can(Permission.VIEW_AUDIT):
            self.check_button = QPushButton(self.tr("&Check the case file"))
            self.check_button.setObjectName("checkFileButton")
            self.check_button.clicked.connect(self.check_file)
            file_box = QGroupBox(self.tr("Case file"))
            file_form = QFormLayout(file_box)
            location = QLabel(str(CaseFilePaths(ctx.data_dir).database))
            location.setWordWrap(True)
            file_form.addRow(self.tr("Location:"), location)
            file_form.addRow(
                note(
                    self.tr(
                        "The check reads the whole file and verifies the audit chain. "
                        "Run it now and then, and before making a backup."
                    )
                )
            )
            check_row = QHBoxLayout()
            check_row.addWidget(self.check_button)
            check_row.addStretch(1)
            file_form.addRow(check_row)
            layout.addWidget(limited(file_box, 900))
        layout.addStretch(1)

    def _language_changed(self, index: int) -> None:
        self._ctx.settings.set_language(str(self.language.itemData(index)))

    def check_file(self) -> None:
        session = self._session

        def work(progress: Progress, cancelled: IsCancelled) -> CheckReport:
            return session.check()

        self._ctx.runner.start(
            self, work, label=self.tr("Checking the case file…"), on_success=self._checked
        )

    def _checked(self, report: CheckReport) -> None:
        if report.sound:
            dialogs.inform(
                self,
                self.tr(
                    "The case file is sound: the database passed its integrity checks and "
                    "the audit chain of {count} entries is unbroken."
                ).format(count=report.audit.count),
            )
            return
        problems = report.integrity_problems + report.audit.problems
        dialogs.warn(
            self,
            self.tr(
                "Problems were found in the case file:\n{problems}\n"
                "Do not make a backup over an older one; ask your administrator."
            ).format(problems="\n".join(f"• {p}" for p in problems[:20])),
        )

"""'Yedekleme': verified backups to a USB stick or folder, checks, drills, restore."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.dates import format_shown_datetime
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.backup import (
    BackupPreview,
    BackupResult,
    BackupService,
    Credentials,
    RestoreResult,
    list_backups,
    restore_backup,
    verify_backup,
)
from kdm_desktop.services.session import Session
from kdm_desktop.ui.backup.credentials import CredentialsDialog
from kdm_desktop.ui.backup.destination import DestinationPicker
from kdm_desktop.ui.backup.prefs import BackupPrefs
from kdm_desktop.ui.cases.formatting import timestamp_text
from kdm_desktop.ui.i18n import current_locale
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.tasks import IsCancelled, Progress
from kdm_desktop.ui.widgets import heading


def _moment(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        return None


def format_moment(iso: str | None) -> str:
    """A moment in a sentence: "5 Aralık 2026 Cumartesi, 13:46" / "Saturday 5 December
    2026, 13:46" (the centre's wall-clock time, as stored)."""
    moment = _moment(iso)
    if moment is None:
        return iso or "—"
    return format_shown_datetime(moment)


def table_moment(iso: str | None) -> str:
    """A moment in a table cell: "5 Aralık 2026 13:46", as every other table shows one."""
    return timestamp_text(iso) if iso else "—"


def status_text(session: Session, remind_days: int) -> tuple[str, bool]:
    reminder = BackupService(session).reminder(days=remind_days)
    if reminder.last_verified_at is None:
        return QCoreApplication.translate(
            "Backup", "No verified backup has been taken yet. Take one now."
        ), True
    when = format_moment(reminder.last_verified_at)
    if not reminder.days_since:
        text = QCoreApplication.translate("Backup", "Last verified backup: {when} (today).").format(
            when=when
        )
    else:
        text = QCoreApplication.translate(
            "Backup", "Last verified backup: {when} ({days} days ago)."
        ).format(when=when, days=reminder.days_since)
    if reminder.overdue:
        text += " " + QCoreApplication.translate("Backup", "It is time for a new backup.")
    return text, reminder.overdue


def describe_preview(preview: BackupPreview) -> str:
    counts = ", ".join(f"{k}: {v}" for k, v in preview.counts.items())
    return QCoreApplication.translate(
        "Backup", "Centre: {centre} ({code})\nTaken: {when}\nContents: {counts}"
    ).format(
        centre=preview.centre_name,
        code=preview.centre_code,
        when=format_moment(preview.created_at),
        counts=counts,
    ) + _slot_warning(preview)


def _slot_warning(preview: BackupPreview) -> str:
    # The core's own sentence (Turkish or English): damaged key slots in the backup.
    warning = preview.slot_warning()
    return "\n\n" + warning if warning else ""


class BackupPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self._session = session
        self._ctx = ctx
        self._prefs = BackupPrefs(ctx.settings.path)

        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)

        self.picker = DestinationPicker(self._prefs)
        self.target = self.picker.target
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(self._prefs.keep)
        self.keep.setAccessibleName(self.tr("Generations to keep"))
        self.keep.valueChanged.connect(self._save_prefs)
        self.remind = QSpinBox()
        self.remind.setRange(1, 90)
        self.remind.setValue(self._prefs.remind_days)
        self.remind.setAccessibleName(self.tr("Remind after days"))
        self.remind.valueChanged.connect(self._save_prefs)
        self.on_close = QCheckBox(self.tr("Also back up when the program is closed"))
        self.on_close.setObjectName("backupOnClose")
        self.on_close.setChecked(self._prefs.on_close)
        self.on_close.toggled.connect(self._save_prefs)
        for spin in (self.keep, self.remind):
            spin.setMaximumWidth(120)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up)
        self.verify_button = QPushButton(self.tr("&Check a backup…"))
        self.verify_button.clicked.connect(self.check_backup)
        self.drill_button = QPushButton(self.tr("Restore &drill…"))
        self.drill_button.setToolTip(
            self.tr("Restore a backup into a temporary place and compare it with the case file")
        )
        self.drill_button.clicked.connect(self.drill)
        self.restore_button = QPushButton(self.tr("&Restore into a new folder…"))
        self.restore_button.clicked.connect(self.restore_to_folder)
        self.restore_button.setEnabled(session.can(Permission.MANAGE_CENTRE))

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(self.tr("Backups in the destination"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("File")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        form = QFormLayout()
        form.addRow(self.tr("Destination:"), self.picker)
        form.addRow(self.tr("Generations to keep:"), self.keep)
        form.addRow(self.tr("Remind after (days):"), self.remind)
        form.addRow("", self.on_close)
        actions = QHBoxLayout()
        for button in (
            self.backup_button,
            self.verify_button,
            self.drill_button,
            self.restore_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Backup"), 1.5))
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Backups in this destination:")))
        layout.addWidget(self.table, 1)
        self.picker.changed.connect(self._refresh)
        self._refresh()

    # ----- destination -----
    def destination(self) -> Path | None:
        return self.picker.destination()

    def set_destination(self, folder: Path) -> None:
        self.picker.set_destination(folder)

    def _save_prefs(self) -> None:
        self._prefs.keep = self.keep.value()
        self._prefs.remind_days = self.remind.value()
        self._prefs.on_close = self.on_close.isChecked()
        self._refresh()

    def _refresh(self) -> None:
        text, overdue = status_text(self._session, self._prefs.remind_days)
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020; font-weight: bold;" if overdue else "")
        dest = self.destination()
        self.backup_button.setEnabled(dest is not None)
        backups = list_backups(dest) if dest is not None and dest.is_dir() else []
        self.table.setRowCount(len(backups))
        for row, b in enumerate(backups):
            taken = table_moment(b.created_at) if b.readable else self.tr("(unreadable)")
            size = current_locale().formattedDataSize(b.size)
            for col, value in enumerate((taken, size, b.path.name)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    # ----- actions -----
    def back_up(self) -> None:
        dest = self.destination()
        if dest is None:
            return
        session, keep = self._session, self.keep.value()

        def work(progress: Progress, cancelled: IsCancelled) -> BackupResult:
            return BackupService(session).create(
                dest, keep=keep, progress=progress, cancelled=cancelled
            )

        self._ctx.runner.start(
            self,
            work,
            label=self.tr("Taking, writing and verifying the backup…"),
            cancellable=True,
            on_success=lambda result: self._refresh(),
            success_message=lambda result: (
                self.tr("The backup was written and verified:\n{path}").format(path=result.path)
                + _slot_warning(result.preview)
            ),
        )

    def _ask(self) -> Credentials | None:
        dialog = CredentialsDialog(self._session.user.username, self)
        return dialog.credentials() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _pick_backup(self) -> Path | None:
        start = str(self.destination() or "")
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), start, self.tr("KDM backups (*.kdmbak)")
        )
        return Path(path) if path else None

    def check_backup(self, path: Path | None = None, creds: Credentials | None = None) -> None:
        path = path or self._pick_backup()
        creds = creds or (self._ask() if path else None)
        if path is None or creds is None:
            return
        data_dir, casefile_id = self._ctx.data_dir, self._session.casefile_id

        def work(progress: Progress, cancelled: IsCancelled) -> BackupPreview:
            return verify_backup(
                path,
                creds,
                work_near=data_dir,
                expected_casefile_id=casefile_id,
                progress=progress,
                cancelled=cancelled,
            )

        self._ctx.runner.start(
            self,
            work,
            label=self.tr("Checking the backup…"),
            cancellable=True,
            success_message=lambda p: (
                self.tr("The backup is sound.") + "\n\n" + describe_preview(p)
            ),
        )

    def drill(self, path: Path | None = None, creds: Credentials | None = None) -> None:
        path = path or self._pick_backup()
        creds = creds or (self._ask() if path else None)
        if path is None or creds is None:
            return
        session = self._session

        def work(
            progress: Progress, cancelled: IsCancelled
        ) -> tuple[BackupPreview, dict[str, tuple[int, int]]]:
            return BackupService(session).drill(path, creds, progress, cancelled)

        self._ctx.runner.start(
            self,
            work,
            label=self.tr("Restoring into a temporary place and comparing…"),
            cancellable=True,
            success_message=self._drill_report,
        )

    def _drill_report(self, result: tuple[BackupPreview, dict[str, tuple[int, int]]]) -> str:
        preview, comparison = result
        lines = [
            self.tr("{table}: case file {live}, backup {backup}").format(
                table=table, live=live, backup=backup
            )
            for table, (live, backup) in comparison.items()
        ]
        return (
            self.tr("Restore drill passed: the backup opens and is intact.")
            + "\n\n"
            + describe_preview(preview)
            + "\n\n"
            + "\n".join(lines)
        )

    def restore_to_folder(
        self, path: Path | None = None, folder: Path | None = None, creds: Credentials | None = None
    ) -> None:
        path = path or self._pick_backup()
        if path is None:
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Empty folder to restore into"))
            folder = Path(chosen) if chosen else None
        creds = creds or (self._ask() if folder else None)
        if folder is None or creds is None:
            return
        target = folder

        def work(progress: Progress, cancelled: IsCancelled) -> RestoreResult:
            return restore_backup(path, target, creds, progress=progress, cancelled=cancelled)

        self._ctx.runner.start(
            self,
            work,
            label=self.tr("Restoring the backup…"),
            cancellable=True,
            success_message=lambda r: (
                self.tr("The backup was restored into:\n{folder}\n\n").format(folder=r.data_dir)
                + describe_preview(r.preview)
            ),
        )


class BackupCard(QWidget):
    """The start screen says when the last verified backup was taken, and nags."""

    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self._session = session
        self._ctx = ctx
        self.label = QLabel()
        self.label.setObjectName("backupCardText")
        self.label.setWordWrap(True)
        self.refresh()
        go = QPushButton(self.tr("Go to backups"))
        go.clicked.connect(lambda: ctx.events.navigate_requested.emit("backup"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(go)

    def refresh(self) -> None:
        if self._ctx.runner.busy:
            return  # the session belongs to the running task; showEvent comes again
        text, overdue = status_text(self._session, BackupPrefs(self._ctx.settings.path).remind_days)
        self.label.setText(text)
        self.label.setStyleSheet("color: #b00020; font-weight: bold;" if overdue else "")

    def showEvent(self, event: QShowEvent) -> None:
        # The start page is kept while the user works elsewhere; a backup taken
        # meanwhile must show when she comes back.
        self.refresh()
        super().showEvent(event)

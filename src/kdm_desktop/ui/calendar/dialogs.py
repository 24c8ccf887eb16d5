"""Booking an appointment (changing one is ui/calendar/entry_dialog.py, re-exported here)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.calendar import (
    AppointmentType,
    resolve_wall_time,
)
from kdm_desktop.domain.dates import format_shown_date
from kdm_desktop.domain.drafts import NEW, DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.calendar import (
    AppointmentInput,
    Booked,
    CalendarService,
    ClientMatch,
)
from kdm_desktop.services.session import Session
from kdm_desktop.ui.calendar.entry_dialog import EntryDialog, service_can_log
from kdm_desktop.ui.date_field import DateField
from kdm_desktop.ui.drafts import DraftKeeper, guarded_reject

__all__ = ["AppointmentDialog", "EntryDialog", "service_can_log"]

_ERROR_STYLE = "color: #b00020;"
_WARNING_STYLE = "color: #8a5300;"


class AppointmentDialog(QDialog):
    """New appointment at a clicked slot; conflicts and warnings are shown in place."""

    def __init__(
        self,
        service: CalendarService,
        start: dt.datetime,
        parent: QWidget | None = None,
        staff: str | None = None,
        case: ClientMatch | None = None,
        *,
        session: Session | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self.service = service
        self.booked: Booked | None = None
        # The case chosen from the matches (or given by the case view), if any.
        self.chosen: ClientMatch | None = None
        self.setWindowTitle(self.tr("New appointment"))
        self.date = DateField(QDate(start.year, start.month, start.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        # Typed as on Turkish forms; beside it the day it is, as the window writes days.
        self.day_text = QLabel()
        self.day_text.setObjectName("appointmentDay")
        self.date.dateChanged.connect(self._show_day)
        self._show_day()
        self.time = QTimeEdit(QTime(start.hour, start.minute))
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(5)
        self.duration.setValue(50)
        self.duration.setSuffix(self.tr(" min"))
        self.staff = QComboBox()
        for username, name in service.staff_choices():
            self.staff.addItem(name, username)
        # Whoever books is, by default, the one who will see her (not the first name
        # in the list); the sekreter is not bookable, so her list keeps its first entry.
        staff = staff or service.username
        if staff:
            index = self.staff.findData(staff)
            if index >= 0:
                self.staff.setCurrentIndex(index)
        self.room = QLineEdit()
        self.room.setAccessibleName(self.tr("Room"))
        self.case_number = QLineEdit()
        self.case_number.setObjectName("appointmentClient")
        self.case_number.setPlaceholderText(self.tr("Surname, name or case number"))
        self.case_number.setAccessibleName(self.tr("Client: surname, name or case number"))
        self.case_number.setClearButtonEnabled(True)
        self.case_number.returnPressed.connect(self._find_case)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._find_case)
        self.case_number.textEdited.connect(lambda _t: self._search_timer.start())
        self.find_case = QPushButton(self.tr("&Find"))
        self.find_case.clicked.connect(self._find_case)
        self.matches = QListWidget()
        self.matches.setObjectName("clientMatches")
        self.matches.setAccessibleName(self.tr("Matching clients"))
        self.matches.setMaximumHeight(120)
        self.matches.itemActivated.connect(self._choose_item)
        self.matches.itemClicked.connect(self._choose_item)
        self.matches.hide()
        self.case_status = QLabel()
        self.case_status.setObjectName("caseStatus")
        self.case_status.setWordWrap(True)
        self.type = QComboBox()
        for kind in AppointmentType:
            self.type.addItem(kind.label, kind.value)
        self.type.setCurrentIndex(self.type.findData(AppointmentType.FOLLOW_UP.value))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab moves on, as in every form
        self.note.setFixedHeight(60)
        self.note.setAccessibleName(self.tr("Note"))
        self.interpreter = QCheckBox(self.tr("Interpreter needed"))
        self.repeat = QCheckBox(self.tr("Repeat weekly"))
        self.repeat_count = QSpinBox()
        self.repeat_count.setRange(2, 52)
        self.repeat_count.setValue(8)
        self.repeat_count.setSuffix(self.tr(" sessions"))
        self.repeat_count.setEnabled(False)
        self.repeat.toggled.connect(self.repeat_count.setEnabled)
        self.warnings = QLabel()
        self.warnings.setObjectName("appointmentWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(_WARNING_STYLE)
        self.error = QLabel()
        self.error.setObjectName("appointmentError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)

        case_row = QHBoxLayout()
        case_row.addWidget(self.case_number, 1)
        case_row.addWidget(self.find_case)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat)
        repeat_row.addWidget(self.repeat_count)
        repeat_row.addStretch(1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.day_text, 1)
        form = QFormLayout()
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)  # its shortcut still reaches the field inside the row
        form.addRow(date_label, date_row)
        form.addRow(self.tr("&Time:"), self.time)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("&Staff:"), self.staff)
        form.addRow(self.tr("&Room:"), self.room)
        case_label = QLabel(self.tr("&Case:"))
        case_label.setBuddy(self.case_number)
        form.addRow(case_label, case_row)
        form.addRow("", self.matches)
        form.addRow("", self.case_status)
        form.addRow(self.tr("T&ype:"), self.type)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow("", self.interpreter)
        form.addRow("", repeat_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for signal in (
            self.date.dateChanged,
            self.time.timeChanged,
            self.duration.valueChanged,
            self.staff.currentIndexChanged,
        ):
            signal.connect(self._update_warnings)
        self._update_warnings()
        if case is not None:
            self.choose(case)  # before the draft's baseline: given, not typed
        self.draft_keeper: DraftKeeper | None = None
        if session is not None and session.can(Permission.EDIT_CALENDAR):
            self.draft_keeper = DraftKeeper(self, session, DraftKind.APPOINTMENT, NEW)
            self.draft_keeper.baseline()

    def reject(self) -> None:
        guarded_reject(self, self.draft_keeper)

    def _show_day(self) -> None:
        d = self.date.date()
        self.day_text.setText(format_shown_date(dt.date(d.year(), d.month(), d.day())))

    def _start(self) -> dt.datetime:
        d, t = self.date.date(), self.time.time()
        wall = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        return resolve_wall_time(wall, strict=False)

    def value(self) -> AppointmentInput:
        return AppointmentInput(
            start=self._start(),
            duration_minutes=self.duration.value(),
            staff=str(self.staff.currentData() or ""),
            type=AppointmentType(self.type.currentData()),
            case_ref=self._case_ref(),
            room=self.room.text().strip() or None,
            note=self.note.toPlainText(),
            interpreter_needed=self.interpreter.isChecked(),
        )

    def _update_warnings(self) -> None:
        if self.staff.count() == 0:
            self.warnings.setText("")
            return
        texts = self.service.check(self.value())
        self.warnings.setText("\n".join(texts))

    def _case_ref(self) -> str | None:
        if self.chosen is not None:
            return self.chosen.case_id
        return self.case_number.text().strip() or None

    def _find_case(self) -> None:
        """Search by surname, name, T.C. no, phone or number; show who was found."""
        self._search_timer.stop()
        text = self.case_number.text().strip()
        self.chosen = None
        self.matches.clear()
        self.matches.hide()
        self.case_status.setStyleSheet("")
        if not text:
            self.case_status.setText("")
            return
        try:
            found = self.service.find_clients(text)
        except KdmError as exc:
            self.case_status.setStyleSheet(_ERROR_STYLE)
            self.case_status.setText(exc.message)
            return
        exact = [m for m in found if m.case_number.casefold() == text.casefold()]
        if len(exact) == 1 or len(found) == 1:
            self.choose((exact or found)[0])
            return
        if not found:
            self.case_status.setStyleSheet(_ERROR_STYLE)
            self.case_status.setText(
                self.tr(
                    "No client found for “{text}”. Check the spelling or try the case number."
                ).format(text=text)
            )
            return
        for match in found:
            item = QListWidgetItem(match.label)
            item.setData(Qt.ItemDataRole.UserRole, match)
            self.matches.addItem(item)
        self.matches.show()
        self.case_status.setText(
            self.tr("{count} clients found: choose the one you mean.").format(count=len(found))
        )

    def _choose_item(self, item: QListWidgetItem) -> None:
        match = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(match, ClientMatch):
            self.choose(match)

    def choose(self, match: ClientMatch) -> None:
        """Book for this case; the label says who it is, so she can confirm."""
        self.chosen = match
        self.case_number.setText(match.case_number)
        if self.matches.isVisible():
            self.matches.hide()
            self.adjustSize()  # no empty gap where the list was
        self.case_status.setStyleSheet("")
        self.case_status.setText(self.tr("Client: {label}").format(label=match.label))

    def save(self) -> None:
        self.error.setText("")
        try:
            value = self.value()
            if self.repeat.isChecked():
                self.booked = self.service.add_weekly(value, self.repeat_count.value())
            else:
                self.booked = self.service.add(value)
        except KdmError as exc:
            self.error.setText(exc.message)
            return
        if self.draft_keeper is not None:
            self.draft_keeper.discard()
        self.accept()

"""Booking an appointment, and changing the status of one."""

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
    AppointmentStatus,
    AppointmentType,
    resolve_wall_time,
)
from kdm_desktop.domain.drafts import NEW, DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.calendar import (
    AppointmentInput,
    Booked,
    CalendarEntry,
    CalendarService,
    ClientMatch,
)
from kdm_desktop.services.session import Session
from kdm_desktop.ui.date_field import DateField
from kdm_desktop.ui.drafts import DraftKeeper, guarded_reject

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
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date)
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


class EntryDialog(QDialog):
    """An existing appointment: mark it done or no-show, or cancel it."""

    def __init__(
        self, service: CalendarService, entry: CalendarEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.entry = entry
        self.changed = False
        a = entry.appointment
        self.setWindowTitle(self.tr("Appointment"))
        info = QLabel(
            f"<b>{_html(entry.label)}</b><br>"
            f"{a.start:%d.%m.%Y %H:%M}–{a.end:%H:%M} · {_html(entry.staff_name)}"
            + (f" · {_html(a.room)}" if a.room else "")
            + f"<br>{_html(a.status.label)}"
            + (f"<br>{_html(a.note)}" if a.note else "")
        )
        info.setObjectName("entryInfo")
        info.setWordWrap(True)
        self.add_service = QCheckBox(self.tr("Also add to the case's services log"))
        can_log = a.case_id is not None and service_can_log(service)
        self.add_service.setVisible(can_log)
        self.add_service.setChecked(can_log)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.no_show_button = QPushButton(self.tr("&No-show"))
        self.planned_button = QPushButton(self.tr("&Planned"))
        self.cancel_button = QPushButton(self.tr("Cancel &appointment"))
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        # Moving: a new day and time for this appointment (one occurrence of a series).
        self.move_date = DateField(QDate(a.start.year, a.start.month, a.start.day))
        self.move_date.setCalendarPopup(True)
        self.move_date.setDisplayFormat("dd.MM.yyyy")
        self.move_date.setAccessibleName(self.tr("New date"))
        self.move_time = QTimeEdit(QTime(a.start.hour, a.start.minute))
        self.move_time.setDisplayFormat("HH:mm")
        self.move_time.setAccessibleName(self.tr("New time"))
        self.move_button = QPushButton(self.tr("&Move"))
        self.move_button.setObjectName("entryMove")
        self.move_button.clicked.connect(self._move)
        self.move_hint = QLabel(
            self.tr("Only this appointment moves; the rest of its series stays where it is.")
            if a.series_id is not None
            else ""
        )
        self.move_hint.setWordWrap(True)
        self.move_hint.setVisible(a.series_id is not None)
        move_row = QHBoxLayout()
        move_row.addWidget(QLabel(self.tr("Move to:")))
        move_row.addWidget(self.move_date)
        move_row.addWidget(self.move_time)
        move_row.addWidget(self.move_button)
        move_row.addStretch(1)
        self.done_button.clicked.connect(lambda: self._set(AppointmentStatus.DONE))
        self.no_show_button.clicked.connect(lambda: self._set(AppointmentStatus.NO_SHOW))
        self.planned_button.clicked.connect(lambda: self._set(AppointmentStatus.PLANNED))
        self.cancel_button.clicked.connect(lambda: self._set(AppointmentStatus.CANCELLED))
        buttons = QHBoxLayout()
        for b in (self.done_button, self.no_show_button, self.planned_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.add_service)
        layout.addLayout(move_row)
        layout.addWidget(self.move_hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _move(self) -> None:
        d, t = self.move_date.date(), self.move_time.time()
        wall = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        try:
            self.service.change(self.entry.ref, start=resolve_wall_time(wall, strict=False))
        except KdmError as exc:
            self.error.setText(exc.message)
            return
        self.changed = True
        self.accept()

    def _set(self, status: AppointmentStatus) -> None:
        try:
            self.service.set_status(
                self.entry.ref,
                status,
                add_service=status is AppointmentStatus.DONE and self.add_service.isChecked(),
            )
        except KdmError as exc:
            self.error.setText(exc.message)
            return
        self.changed = True
        self.accept()


def service_can_log(service: CalendarService) -> bool:
    return service.can(Permission.EDIT_CASES)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""The retention sentences shown on the page and on the start screen's card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kdm_desktop.domain.dates import format_shown_day as short_date
from kdm_desktop.services.retention import RetentionService
from kdm_desktop.services.session import Session
from kdm_desktop.services.subject_requests import SubjectRequestService


def reminder_text(session: Session) -> tuple[str, bool]:
    """The start screen's and the page's sentence about periodic destruction."""
    r = RetentionService(session).reminder()
    last = (
        short_date(r.last_run) if r.last_run else QCoreApplication.translate("Retention", "never")
    )
    if r.run_due:
        text = QCoreApplication.translate(
            "Retention",
            "A periodic destruction run is due (last run: {last}); {count} records have "
            "reached the end of their retention period.",
        ).format(last=last, count=r.due_count)
    else:
        text = QCoreApplication.translate(
            "Retention", "Last destruction run: {last}. The next one is due by {next}."
        ).format(last=last, next=short_date(r.next_due))
    return text, r.run_due


def requests_text(session: Session) -> tuple[str, bool]:
    s = SubjectRequestService(session).summary()
    if not s.open:
        return QCoreApplication.translate("Retention", "No open data-subject requests."), False
    text = QCoreApplication.translate(
        "Retention",
        "Open data-subject requests: {open} (overdue: {overdue}); nearest deadline {day}.",
    ).format(open=s.open, overdue=s.overdue, day=short_date(s.next_due) if s.next_due else "—")
    return text, s.overdue > 0


def style_alarm(label: QLabel, alarm: bool) -> None:
    label.setStyleSheet("color: #b00020; font-weight: bold;" if alarm else "")

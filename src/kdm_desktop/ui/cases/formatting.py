"""How case values read on screen: dates, yes/no/not stated, choices."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QDate

from kdm_desktop.domain.cases.choices import Choice, not_stated
from kdm_desktop.domain.dates import format_shown_date


def short_date(day: datetime.date | None) -> str:
    """dd.mm.yyyy, the way dates are written on Turkish forms."""
    return "" if day is None else day.strftime("%d.%m.%Y")


def long_date(day: datetime.date | None) -> str:
    return "" if day is None else format_shown_date(day)


def day_text(day: datetime.date | None) -> str:
    """A date as people read it in tables and views: "3 Aralık 2026"."""
    return "" if day is None else format_shown_date(day, weekday=False)


def iso_day_text(iso: str) -> str:
    """A stored ISO date as "3 Aralık 2026" (the text itself if it is not one)."""
    try:
        return format_shown_date(datetime.date.fromisoformat(iso[:10]), weekday=False)
    except ValueError:
        return iso


def timestamp_text(ts: str) -> str:
    """A stored ISO time as "3 Aralık 2026 14:05" (wall-clock, as stored)."""
    try:
        moment = datetime.datetime.fromisoformat(ts)
    except ValueError:
        return ts
    return f"{format_shown_date(moment, weekday=False)} {moment:%H:%M}"


def yes_no(value: bool | None) -> str:
    if value is None:
        return not_stated()
    return (
        QCoreApplication.translate("CaseFormat", "Yes")
        if value
        else QCoreApplication.translate("CaseFormat", "No")
    )


def choice_text(value: Choice | None) -> str:
    return not_stated() if value is None else value.label


def to_qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> datetime.date:
    return datetime.date(day.year(), day.month(), day.day())


def parse_form_date(text: str) -> str | None:
    """A date typed as dd.mm.yyyy (or ISO) as ISO text; "" when empty; None if unreadable."""
    text = text.strip()
    if not text:
        return ""
    for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None

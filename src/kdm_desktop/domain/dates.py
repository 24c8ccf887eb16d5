"""Turkish date formatting that does not depend on the operating system locale.

Counselling centres run on machines whose locale may be English or missing
entirely, and ``strftime("%B")`` would then print English month names on
documents handed to Turkish staff. The names are therefore spelled out here.
"""

from __future__ import annotations

import datetime

from kdm_desktop import messages

__all__ = [
    "TURKISH_MONTHS",
    "TURKISH_WEEKDAYS",
    "format_date_in",
    "format_shown_date",
    "format_shown_datetime",
    "format_shown_day",
    "format_shown_iso_day",
    "format_shown_span",
    "format_shown_stamp",
    "format_turkish_date",
    "format_turkish_datetime",
]

# The names live in the message catalogue (catalogue/protection.py, tr + en).
# Index 0 is January, matching ``date.month - 1``.
TURKISH_MONTHS: tuple[str, ...] = tuple(
    messages.CATALOGUE[f"date.month.{m}"]["tr"] for m in range(1, 13)
)

# Index 0 is Monday, matching ``date.weekday()``.
TURKISH_WEEKDAYS: tuple[str, ...] = tuple(
    messages.CATALOGUE[f"date.weekday.{d}"]["tr"] for d in range(7)
)


def format_date_in(d: datetime.date, lang: str, *, weekday: bool = False) -> str:
    """A date in `lang`: "3 Aralık 2026" / "3 December 2026" (with the weekday after
    it in Turkish, before it in English, when asked)."""
    month = messages.CATALOGUE[f"date.month.{d.month}"]
    day = messages.CATALOGUE[f"date.weekday.{d.weekday()}"]
    text = f"{d.day} {month.get(lang) or month['tr']} {d.year}"
    if not weekday:
        return text
    name = day.get(lang) or day["tr"]
    return f"{text} {name}" if lang == "tr" else f"{name} {text}"


def format_shown_date(d: datetime.date, *, weekday: bool = True) -> str:
    """A date on the screen, in the language of the moment: "25 Kasım 2026 Çarşamba" /
    "Wednesday 25 November 2026" (Turkish exactly as `format_turkish_date`/`format_day`)."""
    return format_date_in(d, messages.language(), weekday=weekday)


def format_shown_day(d: datetime.date) -> str:
    """A date in a table or a sentence on the screen: "3 Aralık 2026" / "3 December 2026"."""
    return format_shown_date(d, weekday=False)


def format_shown_datetime(dt: datetime.datetime) -> str:
    """A moment on the screen: "25 Kasım 2026 Çarşamba, 14:05" / "Wednesday 25 November
    2026, 14:05" (Turkish exactly as `format_turkish_datetime`; wall clock as given)."""
    return f"{format_shown_date(dt)}, {dt.hour:02d}:{dt.minute:02d}"


def format_shown_span(start: datetime.datetime, end: datetime.datetime) -> str:
    """One appointment's time: "8 Aralık 2026 Salı, 10:00–10:50" / "Tuesday 8 December
    2026, 10:00–10:50" (wall clock as given; the end's day is the start's)."""
    return f"{format_shown_datetime(start)}–{end.hour:02d}:{end.minute:02d}"


def format_shown_iso_day(text: str | None) -> str:
    """A stored ISO date (or the day of a stored ISO time) as a table reads it: "3 Aralık
    2026" / "3 December 2026"; empty for None, the text itself if it is not a date."""
    if not text:
        return ""
    try:
        return format_shown_day(datetime.date.fromisoformat(text[:10]))
    except ValueError:
        return text


def format_shown_stamp(text: str | None, *, weekday: bool = False, seconds: bool = False) -> str:
    """A stored ISO time, wall clock as stored (never converted): "3 Aralık 2026 14:05" in
    a table ("… 14:05:09" with `seconds`, as the audit log reads), "3 Aralık 2026 Perşembe,
    14:05" with `weekday` (one moment on its own); the text itself if it is not a time."""
    if not text:
        return ""
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return text
    clock = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    if weekday:
        return f"{format_shown_date(moment)}, {clock}"
    return f"{format_shown_day(moment)} {clock}"


def format_turkish_date(d: datetime.date) -> str:
    """Return e.g. ``"25 Kasım 2026 Çarşamba"``.

    A ``datetime`` is accepted too (it is a ``date``); its time is ignored.
    """
    return f"{d.day} {TURKISH_MONTHS[d.month - 1]} {d.year} {TURKISH_WEEKDAYS[d.weekday()]}"


def format_day(d: datetime.date) -> str:
    """Return e.g. ``"3 Aralık 2026"``: a date in a table, a list or a letter line."""
    return f"{d.day} {TURKISH_MONTHS[d.month - 1]} {d.year}"


def format_turkish_datetime(dt: datetime.datetime) -> str:
    """Return e.g. ``"25 Kasım 2026 Çarşamba, 14:05"``.

    The wall-clock fields of ``dt`` are used as they are: converting an aware
    value to some other zone is the caller's decision, not a formatter's.
    """
    return f"{format_turkish_date(dt)}, {dt.hour:02d}:{dt.minute:02d}"

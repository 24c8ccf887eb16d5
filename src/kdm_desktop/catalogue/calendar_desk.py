"""Core messages of the calendar desk (Turkish first, English second).

The `calendar.expected_*` entries fill the `{expected}` of `calendar.bad_field`. The
`demo_calendar.*` entries are the demo's synthetic data: the demo case file is always
written in Turkish (`services/demo_calendar.py` reads only the "tr" text).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "calendar.expected_text": {
        "tr": "metin (string)",
        "en": "text (a string)",
    },
    "calendar.expected_integer": {
        "tr": "tam sayı",
        "en": "a whole number",
    },
    "calendar.expected_boolean": {
        "tr": "true ya da false",
        "en": "true or false",
    },
    "demo_calendar.closed_reason": {
        "tr": "İdari izin",
        "en": "Administrative leave",
    },
    "demo_calendar.workshop_room": {
        "tr": "Toplantı Salonu",
        "en": "Meeting room",
    },
    "demo_calendar.room": {
        "tr": "Oda {n}",
        "en": "Room {n}",
    },
    "demo_calendar.workshop_note": {
        "tr": "Ekonomik şiddet ve haklar atölyesi",
        "en": "Workshop on economic violence and rights",
    },
}

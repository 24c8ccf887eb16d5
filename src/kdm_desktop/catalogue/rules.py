"""Core messages of the domain rules (Turkish first, English second).

A rule raised with a key (`DomainRuleError.keyed`) keeps its Turkish sentence in
`message_tr` (scripts and tests read it) and shows `message` in the user's language.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "calendar.rule.type_unknown": {
        "tr": "Randevu türü tanınmıyor: {value}.",
        "en": "The appointment type is not recognised: {value}.",
    },
    "calendar.rule.status_unknown": {
        "tr": "Randevu durumu tanınmıyor: {value}.",
        "en": "The appointment status is not recognised: {value}.",
    },
    "calendar.rule.start_offset": {
        "tr": "Başlangıç zamanına saat dilimi yazmayın; saat İstanbul saatiyle girilir.",
        "en": "Do not write a time zone in the start time; times are entered in Istanbul time.",
    },
    "calendar.rule.start_unreadable": {
        "tr": "Başlangıç zamanı okunamadı: {value}. Örnek: 2026-12-01T10:00 ya da "
        "01.12.2026 10:00.",
        "en": "The start time could not be read: {value}. Example: 2026-12-01T10:00 or "
        "01.12.2026 10:00.",
    },
    "calendar.rule.start_invalid": {
        "tr": "Başlangıç zamanı geçerli bir tarih-saat değil: {value}.",
        "en": "The start time is not a valid date and time: {value}.",
    },
    "calendar.rule.duration_type": {
        "tr": "Süre tam sayı (dakika) olarak verilmeli.",
        "en": "The duration must be given as a whole number of minutes.",
    },
    "calendar.rule.duration_range": {
        "tr": "Süre {low} ile {high} dakika arasında olmalı (verilen: {value}).",
        "en": "The duration must be between {low} and {high} minutes (given: {value}).",
    },
    "calendar.rule.staff_name": {
        "tr": "Görevli kullanıcı adı 3–32 karakter olmalı ve yalnızca harf (a–z), "
        "rakam, nokta, alt çizgi ya da tire içermeli.",
        "en": "The staff user name must have 3–32 characters, only letters (a–z), "
        "digits, dots, underscores or hyphens.",
    },
}

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
    "calendar.rule.frequency_unknown": {
        "tr": "Tekrar sıklığı tanınmıyor: {value}.",
        "en": "The repetition frequency is not recognised: {value}.",
    },
    "calendar.rule.interval_range": {
        "tr": "Tekrar aralığı 1 ile {high} arasında olmalı.",
        "en": "The repetition interval must be between 1 and {high}.",
    },
    "calendar.rule.weekdays_weekly": {
        "tr": "Haftanın günleri yalnızca haftalık tekrarda seçilebilir.",
        "en": "Days of the week can be chosen only for a weekly repetition.",
    },
    "calendar.rule.weekdays_range": {
        "tr": "Haftanın günleri 0 (Pazartesi) ile 6 (Pazar) arasında olmalı.",
        "en": "Days of the week must be between 0 (Monday) and 6 (Sunday).",
    },
    "calendar.rule.count_or_until": {
        "tr": "Tekrar için ya seans sayısı ya da bitiş tarihi verilmeli (ikisi değil).",
        "en": "Give either the number of sessions or an end date for the repetition (not both).",
    },
    "calendar.rule.count_range": {
        "tr": "Seans sayısı 1 ile {high} arasında olmalı.",
        "en": "The number of sessions must be between 1 and {high}.",
    },
    "calendar.rule.until_date": {
        "tr": "Bitiş tarihi saat içermeyen bir tarih olmalı.",
        "en": "The end date must be a date without a time of day.",
    },
    "calendar.rule.until_before_first": {
        "tr": "Bitiş tarihi ilk randevudan önce olamaz.",
        "en": "The end date cannot be before the first appointment.",
    },
    "calendar.rule.exception_twice": {
        "tr": "Aynı seans tarihi için birden çok değişiklik var.",
        "en": "There is more than one change for the same session date.",
    },
    "calendar.rule.rule_missing": {
        "tr": "Tekrar kuralı eksik.",
        "en": "The repetition rule is missing.",
    },
    "calendar.rule.series_too_long": {
        "tr": "Bir seri en fazla {high} seans içerebilir.",
        "en": "A series can have at most {high} sessions.",
    },
    "calendar.rule.not_in_series": {
        "tr": "{date} bu serinin seans tarihlerinden biri değil.",
        "en": "{date} is not one of this series' session dates.",
    },
    "calendar.rule.hours_naive": {
        "tr": "Çalışma saatleri saat dilimsiz verilmeli.",
        "en": "Working hours must be given without a time zone.",
    },
    "calendar.rule.open_before_close": {
        "tr": "Çalışma saatinde açılış kapanıştan önce olmalı.",
        "en": "In working hours the opening time must come before the closing time.",
    },
    "calendar.rule.seven_days": {
        "tr": "Çalışma saatleri yedi gün için verilmeli.",
        "en": "Working hours must be given for all seven days.",
    },
    "calendar.rule.duration_between": {
        "tr": "Süre {low} ile {high} dakika arasında olmalı.",
        "en": "The duration must be between {low} and {high} minutes.",
    },
}

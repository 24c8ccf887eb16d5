"""The appointment calendar's service errors.

Core messages moved out of messages.py, keys unchanged."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- appointment calendar ---
    "calendar.conflict": {
        "tr": "Randevu kaydedilmedi, çakışma var: {detail}.",
        "en": "The appointment was not saved because of a clash: {detail}.",
    },
    "calendar.series_conflict": {
        "tr": "Tekrarlanan randevu kaydedilmedi: {date} tarihli seans çakışıyor ({detail}). Hiçbir seans kaydedilmedi.",
        "en": "The recurring appointment was not saved: the session on {date} clashes ({detail}). No session was saved.",
    },
    "calendar.staff_unknown": {
        "tr": "Görevli: '{user}' adlı, dosyalarda çalışabilen etkin bir kullanıcı yok.",
        "en": "Staff: there is no active user '{user}' who may work on cases.",
    },
    "calendar.not_found": {
        "tr": "Randevu bulunamadı: {ref}.",
        "en": "No such appointment: {ref}.",
    },
    "calendar.no_case_for_service": {
        "tr": "Hizmet kaydı eklenemedi: randevu bir dosyaya bağlı değil.",
        "en": "No service entry was added: the appointment is not linked to a case.",
    },
    "calendar.bad_field": {
        "tr": "Randevu: '{name}' alanı {expected} olmalı.",
        "en": "Appointment: the field '{name}' must be {expected}.",
    },
    "calendar.unknown_field": {
        "tr": "Randevu: '{name}' alanı tanınmıyor. Kullanılabilecekler: {allowed}.",
        "en": "Appointment: unknown field '{name}'. Allowed: {allowed}.",
    },
}

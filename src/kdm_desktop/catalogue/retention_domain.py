"""Words of the retention rules themselves (domain/retention): the events a period
counts from, the reasons a record is due or held, and the kinds of KVKK request."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "retention.event.case_closed": {
        "tr": "dosyanın kapatıldığı tarih",
        "en": "date the file was closed",
    },
    "retention.event.last_contact": {
        "tr": "son görüşme/hizmet tarihi",
        "en": "date of the last meeting/service",
    },
    "retention.event.order_ended": {
        "tr": "son tedbir kararının bittiği tarih",
        "en": "date the last protection order ended",
    },
    "retention.event.appointment_date": {"tr": "randevu tarihi", "en": "appointment date"},
    "retention.event.transfer_date": {"tr": "aktarım tarihi", "en": "transfer date"},
    "retention.event.entry_written": {
        "tr": "kaydın yazıldığı tarih",
        "en": "date the entry was written",
    },
    "retention.due.case_reason": {
        "tr": "{event}: {start}; saklama süresi {years} yıl, {due} tarihinde doldu",
        "en": "{event}: {start}; retention period {years} years, ended on {due}",
    },
    "retention.due.entry_reason": {
        "tr": "{events} {latest} ya da daha önce; saklama süresi {years} yıl",
        "en": "{events} {latest} or earlier; retention period {years} years",
    },
    "retention.hold.orders_in_force": {
        "tr": "yürürlükte tedbir kararı var ({count})",
        "en": "a protection order is in force ({count})",
    },
    "retention.hold.legal": {
        "tr": "yasal saklama: {reason}",
        "en": "legal hold: {reason}",
    },
    "retention.request.access": {"tr": "Bilgi/erişim talebi", "en": "Access request"},
    "retention.request.deletion": {"tr": "Silme talebi", "en": "Deletion request"},
    "retention.request.correction": {"tr": "Düzeltme talebi", "en": "Correction request"},
}

"""Risk assessments, safety plans, protection orders.

Core messages moved out of messages.py, keys unchanged."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- risk, safety plans, protection orders ---
    "protection.future_date": {
        "tr": "{label} ileri bir tarih olamaz ({date}).",
        "en": "{label} cannot be in the future ({date}).",
    },
    "protection.order_not_found": {
        "tr": "Tedbir kaydı bulunamadı: {ref}.",
        "en": "No protection order record: {ref}.",
    },
    "protection.no_plan": {
        "tr": "Bu dosyada henüz kaydedilmiş bir güvenlik planı yok; yazdırılacak bir şey yok.",
        "en": "This case has no saved safety plan yet; there is nothing to print.",
    },
    "protection.days": {
        "tr": "Gün sayısı 0 ile 366 arasında olmalıdır (girilen: {days}).",
        "en": "The number of days must be between 0 and 366 (given: {days}).",
    },
}

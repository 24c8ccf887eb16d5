"""Core messages of the drafts feature (Turkish first, English second)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "drafts.bad_object": {
        "tr": "Taslak kaydedilemedi: ait olduğu kayıt bulunamadı. Formu kapatıp yeniden açın.",
        "en": "The draft could not be kept: the record it belongs to was not found. "
        "Close the form and open it again.",
    },
    "drafts.too_large": {
        "tr": "Taslak kaydedilemedi: form içeriği çok büyük. Formu şimdi kaydedin.",
        "en": "The draft could not be kept: the form's content is too large. Save the form now.",
    },
}

"""Core words shown when a person decides a transfer conflict (Turkish first, English second)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "transfers.conflict.field.status": {"tr": "Durum", "en": "Status"},
    "transfers.conflict.field.closure_reason": {
        "tr": "Kapanış nedeni",
        "en": "Closure reason",
    },
    "transfers.conflict.value.yes": {"tr": "Evet", "en": "Yes"},
    "transfers.conflict.value.no": {"tr": "Hayır", "en": "No"},
}

"""Core messages of the audit feature (Turkish first, English second)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "auth.state_unwritable": {
        "tr": "Giriş denemeleri kaydedilemiyor: {path} yazılamıyor (yerinde bir klasör ya da "
        "salt okunur bir dosya olabilir). Onu kaldırın ya da yazılabilir yapın, "
        "sonra yeniden deneyin.",
        "en": "Login attempts cannot be recorded: {path} is not writable (a folder or a read-only "
        "file may be in its place). Remove it or make it writable, then try again.",
    },
}

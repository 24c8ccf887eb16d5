"""Details of the security checks (security/*): audit-chain findings and what is
wrong with a typed recovery key. They are the `{detail}` of keyed messages and the
`problems` of `kdm audit verify`, so they speak the user's language."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "security.audit.missing": {
        "tr": "kayıt {expected} eksik (sonraki {found})",
        "en": "entry {expected} is missing (next {found})",
    },
    "security.audit.prev_mismatch": {
        "tr": "kayıt {seq}: önceki özet uyuşmuyor",
        "en": "entry {seq}: the previous hash does not match",
    },
    "security.audit.altered": {
        "tr": "kayıt {seq}: içerik değiştirilmiş",
        "en": "entry {seq}: the content was altered",
    },
    "security.audit.head": {
        "tr": "son kayıt {expected} olmalıydı, bulunan {found}",
        "en": "the last entry should be {expected}, found {found}",
    },
    "security.recovery.length": {
        "tr": "{count}/{total} karakter",
        "en": "{count}/{total} characters",
    },
    "security.recovery.bad_char": {"tr": "'{char}' geçersiz", "en": "'{char}' is not valid"},
    "security.recovery.checksum": {"tr": "sağlama", "en": "checksum"},
}

"""Core messages of the hardening against an adversary at the PC (Turkish first)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.cases.search_stdin_missing": {
        "tr": "Aranacak metin okunamadı: `kdm case search -` metni stdin'den bekler "
        "(--password-stdin ile parolanın altındaki satırda). Metni o satıra yazın.",
        "en": "No search text was read: `kdm case search -` expects it on stdin "
        "(with --password-stdin, on the line after the password). Put the text on that line.",
    },
    "cli.cases.prompt.search": {
        "tr": "Aranacak metin (ekranda görünmez): ",
        "en": "Text to search for (not shown): ",
    },
    "cli.cases.help.search.stdin": {
        "tr": "ad, soyad, T.C., telefon, dosya no; - ile stdin'den okunur "
        "(kabuk geçmişinde kalmaz)",
        "en": "first name, last name, T.C. number, phone, case number; - reads it from "
        "stdin (kept out of the shell history)",
    },
    "audit.object.role_key": {
        "tr": "Psikolog notları anahtarı",
        "en": "Psychologists' notes key",
    },
    "audit.detail.role_key_granted": {
        "tr": "bu kullanıcıya verildi",
        "en": "given to this user",
    },
}

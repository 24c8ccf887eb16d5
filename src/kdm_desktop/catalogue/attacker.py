"""Core messages of the hardening against an adversary at the PC (Turkish first)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.cases.search_stdin_missing": {
        "tr": "Aranacak metin okunamadı: metin yerine - verildiğinde metin stdin'den okunur "
        "(--password-stdin ile parolanın altındaki satırdan). Metni o satıra yazın.",
        "en": "No search text was read: with - in place of the text, it is read from stdin "
        "(with --password-stdin, from the line after the password). Put the text on that line.",
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

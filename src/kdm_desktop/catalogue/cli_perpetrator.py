"""Messages of the command line: `kdm perpetrator`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.perpetrator.help.list": {
        "tr": "dosyadaki şiddet uygulayanlar (asıl önce)",
        "en": "the perpetrators in a case (primary first)",
    },
    "cli.perpetrator.help.list.ref": {
        "tr": "dosya kimliği (UUID) ya da dosya numarası",
        "en": "case ID (UUID) or case number",
    },
    "cli.perpetrator.help.add": {
        "tr": "JSON dosyasından yeni kişi ekle",
        "en": "add a new person from a JSON file",
    },
    "cli.perpetrator.help.update": {
        "tr": "bir kaydın tüm alanlarını yenile",
        "en": "replace all fields of a record",
    },
    "cli.perpetrator.help.primary": {
        "tr": "bir kaydı asıl şiddet uygulayan yap",
        "en": "make a record the primary perpetrator",
    },
    "cli.perpetrator.help.remove": {
        "tr": "bir kaydı sil",
        "en": "delete a record",
    },
    "cli.perpetrator.primary_mark": {
        "tr": "(asıl)",
        "en": "(primary)",
    },
    "cli.perpetrator.weapon_access": {
        "tr": "· silaha erişim: {label}",
        "en": "· access to weapons: {label}",
    },
    "cli.perpetrator.none": {
        "tr": "Şiddet uygulayan kaydı yok.",
        "en": "No perpetrator records.",
    },
    "cli.perpetrator.added": {
        "tr": "Şiddet uygulayan kaydedildi: ",
        "en": "Perpetrator saved: ",
    },
    "cli.perpetrator.updated": {
        "tr": "Şiddet uygulayan güncellendi: ",
        "en": "Perpetrator updated: ",
    },
    "cli.perpetrator.removed": {
        "tr": "Şiddet uygulayan kaydı silindi.",
        "en": "Perpetrator record deleted.",
    },
}

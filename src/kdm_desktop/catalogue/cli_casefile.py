"""Messages of the command line: `kdm init / info / check / recover / rekey / recovery-key`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.casefile.help.init.centre": {
        "tr": "merkezin adı",
        "en": "the centre's name",
    },
    "cli.casefile.help.init.centre_code": {
        "tr": "merkez kodu, ör. NRL",
        "en": "centre code, e.g. NRL",
    },
    "cli.casefile.help.init.admin": {
        "tr": "ilk yöneticinin kullanıcı adı",
        "en": "the first administrator's user name",
    },
    "cli.casefile.help.init.admin_name": {
        "tr": "yöneticinin adı soyadı",
        "en": "the administrator's full name",
    },
    "cli.casefile.help.recover.rebuild_slots": {
        "tr": (
            "anahtar dosyası kayıp, bozuk ya da reddedildiyse onu kurtarma anahtarıyla yeniden "
            "kur (yalnızca --user yönetici için parola; dosya yeni anahtara geçer)"
        ),
        "en": (
            "if the key file is lost, damaged or refused, rebuild it with the recovery key "
            "(password only for --user, an administrator; the file moves to a new key)"
        ),
    },
    "cli.casefile.help.recover.keys_from": {
        "tr": "kurtarma yuvasını bu yedekte (.kdmbak) ya da anahtar dosyası kopyasında da ara",
        "en": "also look for the recovery slot in this backup (.kdmbak) or key file copy",
    },
    "cli.casefile.help.recovery_key_renew": {
        "tr": "yeni kurtarma anahtarı oluştur (eskisi geçersiz olur)",
        "en": "create a new recovery key (the old one stops working)",
    },
    "cli.casefile.init": {
        "tr": (
            "Vaka dosyası oluşturuldu: {path}\n"
            "\n"
            "KURTARMA ANAHTARI (yalnızca bu kez gösterilir; yazıp kilitli bir yerde saklayın):\n"
            "\n"
            "    {key}\n"
        ),
        "en": (
            "Case file created: {path}\n"
            "\n"
            "RECOVERY KEY (shown only this once; write it down and keep it locked away):\n"
            "\n"
            "    {key}\n"
        ),
    },
    "cli.casefile.info_text": {
        "tr": (
            "KDM Desktop {version}\n"
            "Dosya: {path}\n"
            "Merkez: {centre_name} ({centre_code})\n"
            "Şema sürümü: {schema_version}\n"
            "SQLCipher: {cipher_version}\n"
            "Sayılar: {counts}"
        ),
        "en": (
            "KDM Desktop {version}\n"
            "File: {path}\n"
            "Centre: {centre_name} ({centre_code})\n"
            "Schema version: {schema_version}\n"
            "SQLCipher: {cipher_version}\n"
            "Counts: {counts}"
        ),
    },
    "cli.casefile.sound": {
        "tr": "Vaka dosyası sağlam. Denetim kaydı: {count} kayıt.",
        "en": "The case file is sound. Audit log: {count} entries.",
    },
    "cli.casefile.prompt_recovery_key": {
        "tr": "Kurtarma anahtarı: ",
        "en": "Recovery key: ",
    },
    "cli.casefile.recovered": {
        "tr": "'{user}' için yeni parola belirlendi.",
        "en": "New password set for '{user}'.",
    },
    "cli.casefile.rekeyed": {
        "tr": "Vaka dosyası yeni bir ana anahtara geçirildi.",
        "en": "The case file was moved to a new master key.",
    },
    "cli.casefile.recovery_key_shown": {
        "tr": (
            "\n\nKURTARMA ANAHTARI (yalnızca bu kez gösterilir; yazıp kilitli bir yerde saklayın):"
        ),
        "en": "\n\nRECOVERY KEY (shown only this once; write it down and keep it locked away):",
    },
    "cli.casefile.problems": {
        "tr": "Sorun bulundu:\n",
        "en": "Problems found:\n",
    },
}

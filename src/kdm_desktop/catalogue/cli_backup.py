"""Messages of the command line: `kdm backup`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.backup.help.create": {
        "tr": "doğrulanmış bir yedek al",
        "en": "make a verified backup",
    },
    "cli.backup.help.create.keep": {
        "tr": "klasörde tutulacak kuşak sayısı",
        "en": "how many generations to keep in the folder",
    },
    "cli.backup.help.verify": {
        "tr": "yedeği aç ve denetle (bozuksa çıkış kodu 4)",
        "en": "open and check a backup (exit code 4 if damaged)",
    },
    "cli.backup.help.restore": {
        "tr": "yedeği bir klasöre geri yükle",
        "en": "restore a backup into a folder",
    },
    "cli.backup.help.verify_restore.recovery_key": {
        "tr": "parola yerine kurtarma anahtarı kullan (stdin'in ilk satırı)",
        "en": "use the recovery key instead of a password (first line of stdin)",
    },
    "cli.backup.help.restore.replace": {
        "tr": (
            "hedefteki vaka dosyasının yerine koy (yalnızca yönetici; mevcut dosya kenara "
            "alınır; stdin: 1. satır yönetici parolası, --recovery-key ile 2. satır yedeğin "
            "kurtarma anahtarı)"
        ),
        "en": (
            "replace the case file at the target (administrators only; the current file is kept "
            "aside; stdin: line 1 the administrator's password, with --recovery-key line 2 the "
            "backup's recovery key)"
        ),
    },
    "cli.backup.help.list": {
        "tr": "klasördeki yedekleri listele",
        "en": "list the backups in a folder",
    },
    "cli.backup.prompt_recovery_key": {
        "tr": "Kurtarma anahtarı: ",
        "en": "Recovery key: ",
    },
    "cli.backup.removed_old": {
        "tr": "\nEski yedeklerden silinen: {count_removed}",
        "en": "\nRemoved from old backups: {count_removed}",
    },
    "cli.backup.created": {
        "tr": "Yedek alındı ve doğrulandı: {path} ({size_mb:.1f} MB){removed}",
        "en": "Backup made and verified: {path} ({size_mb:.1f} MB){removed}",
    },
    "cli.backup.describe_text": {
        "tr": "Merkez: {centre_name} ({centre_code})\nTarih: {created_at}\nSayılar: {counts}",
        "en": "Centre: {centre_name} ({centre_code})\nDate: {created_at}\nCounts: {counts}",
    },
    "cli.backup.sound": {
        "tr": "Yedek sağlam.\n",
        "en": "The backup is sound.\n",
    },
    "cli.backup.unreadable": {
        "tr": "(okunamadı)",
        "en": "(unreadable)",
    },
    "cli.backup.none": {
        "tr": "Bu klasörde yedek yok.",
        "en": "No backups in this folder.",
    },
    "cli.backup.kept_aside": {
        "tr": "\nÖnceki vaka dosyası şuraya alındı: {kept_aside}",
        "en": "\nThe previous case file was moved to: {kept_aside}",
    },
    "cli.backup.users_removed": {
        "tr": "\nYedekten sonra silinmiş kullanıcılar geri yüklenen dosyadan da silindi: ",
        "en": "\nUsers removed after the backup were removed from the restored file too: ",
    },
    "cli.backup.restored": {
        "tr": "Geri yüklendi: {data_dir}\n",
        "en": "Restored: {data_dir}\n",
    },
    "cli.backup.warning": {
        "tr": "\nUYARI: {text}",
        "en": "\nWARNING: {text}",
    },
}

"""Backups (.kdmbak).

Core messages moved out of messages.py, keys unchanged."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- backups ---
    "backup.damaged": {
        "tr": "Yedek dosyası bozuk ya da değiştirilmiş ({detail}). Bu yedek kullanılamaz.",
        "en": "The backup file is damaged or was altered ({detail}). This backup cannot be used.",
    },
    "backup.not_backup": {
        "tr": "Bu dosya bir KDM yedeği değil: {path}",
        "en": "This file is not a KDM backup: {path}",
    },
    "backup.unsupported": {
        "tr": "Bu yedek programın daha yeni bir sürümüyle alınmış (biçim {version}). Programı güncelleyin.",
        "en": "This backup was made by a newer version (format {version}). Update the program.",
    },
    "backup.wrong_casefile": {
        "tr": "Bu yedek başka bir merkezin ya da başka bir vaka dosyasının yedeği. "
        "Mevcut vaka dosyasının yerine konmadı.",
        "en": "This backup belongs to another centre or case file. It was not put in place of "
        "the current case file.",
    },
    "backup.verify_failed": {
        "tr": "YEDEK DOĞRULANAMADI: yazılan dosya geri okunduğunda hatalı çıktı ({detail}). "
        "Yedek sayılmadı ve silindi; başka bir bellek ya da klasörle yeniden deneyin.",
        "en": "BACKUP NOT VERIFIED: the written file read back wrong ({detail}). It was not "
        "counted and was removed; try again with another drive or folder.",
    },
    "backup.io": {
        "tr": "Yedek yazılamadı ya da okunamadı ({detail}). Bellek çıkarılmış ya da dolu olabilir; "
        "vaka dosyanız değişmedi.",
        "en": "The backup could not be written or read ({detail}). The drive may be removed or "
        "full; your case file is unchanged.",
    },
    "backup.no_credentials": {
        "tr": "Yedeği açmak için bir kullanıcının parolası ya da kurtarma anahtarı gerekir.",
        "en": "Opening the backup needs a user's password or the recovery key.",
    },
    "backup.target_exists": {
        "tr": "Hedef klasörde zaten bir vaka dosyası var: {path}. Yerine koymak için --replace kullanın; "
        "mevcut dosya kenara alınır.",
        "en": "The target folder already has a case file: {path}. Use --replace to put the backup in "
        "its place; the current file is kept aside.",
    },
}

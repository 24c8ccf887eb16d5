"""The case file, its key slots, long work and generic errors.

Core messages moved out of messages.py, keys unchanged."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- the case file ---
    "casefile.missing": {
        "tr": "Bu klasörde vaka dosyası yok: {path}. Önce 'kdm init' ile oluşturun.",
        "en": "There is no case file in this folder: {path}. Create one with 'kdm init' first.",
    },
    "casefile.exists": {
        "tr": "Bu klasörde zaten bir vaka dosyası var: {path}. Üzerine yazılmadı.",
        "en": "A case file already exists in this folder: {path}. Nothing was overwritten.",
    },
    "casefile.in_use": {
        "tr": "Vaka dosyası şu anda başka bir pencerede ya da programda açık. "
        "Önce onu kapatın, sonra yeniden deneyin.",
        "en": "The case file is open in another window or program. Close it first, then try again.",
    },
    "casefile.not_encrypted": {
        "tr": "SQLCipher bulunamadı: şifreleme olmadan çalışılamaz. Kurulumu yenileyin.",
        "en": "SQLCipher is missing: the app refuses to run without encryption. Reinstall.",
    },
    "casefile.wrong_key": {
        "tr": "Vaka dosyası bu anahtarla açılamadı. Dosya bozulmuş ya da başka bir merkeze ait olabilir.",
        "en": "The case file does not open with this key. It may be damaged or belong to another centre.",
    },
    "casefile.damaged": {
        "tr": "Vaka dosyası okunamadı; dosya bozulmuş olabilir ({detail}). Yedekten geri yükleyin.",
        "en": "The case file cannot be read; it may be damaged ({detail}). Restore it from a backup.",
    },
    "casefile.too_new": {
        "tr": "Bu vaka dosyası programın daha yeni bir sürümüyle oluşturulmuş "
        "(şema {found}, bu sürüm en çok {supported}). Programı güncelleyin.",
        "en": "This case file was made by a newer version (schema {found}, this version "
        "supports up to {supported}). Update the program.",
    },
    "casefile.io": {
        "tr": "Dosyaya yazılamadı ({detail}). Disk dolu ya da çıkarılmış olabilir; hiçbir şey yarım kalmadı.",
        "en": "The file could not be written ({detail}). The disk may be full or removed; "
        "nothing was half-written.",
    },
    # --- key slots ---
    "keys.missing": {
        "tr": "Anahtar dosyası bulunamadı: {path}. Vaka dosyası onsuz açılamaz; yedekten geri yükleyin.",
        "en": "The key file is missing: {path}. The case file cannot open without it; restore a backup.",
    },
    "keys.damaged": {
        "tr": "Anahtar dosyası bozuk ya da değiştirilmiş: {detail}.",
        "en": "The key file is damaged or was tampered with: {detail}.",
    },
    # --- long work ---
    "task.cancelled": {
        "tr": "İşlem iptal edildi; hiçbir şey yarım kalmadı.",
        "en": "The operation was cancelled; nothing was left half-done.",
    },
    # --- generic ---
    "error.unexpected": {
        "tr": "Beklenmeyen bir hata oluştu; işlem yapılmadı. Ayrıntı günlükte: {log}",
        "en": "An unexpected error occurred; nothing was changed. Details are in the log: {log}",
    },
    "usage.error": {
        "tr": "Kullanım hatası: {detail}",
        "en": "Usage error: {detail}",
    },
}

"""User-facing messages of the headless core, in Turkish first and English second.

The core cannot use Qt's translator (it never imports Qt), so its messages live in
this small catalogue. Keys are stable identifiers; the CLI's `--json` output carries
the key as `error_code`, so scripts never parse prose.
"""

from __future__ import annotations

import os
from typing import Final

_LANG_ENV: Final = "KDM_LANG"
SUPPORTED_LANGUAGES: Final = ("tr", "en")

_current = (
    os.environ.get(_LANG_ENV, "tr") if os.environ.get(_LANG_ENV) in SUPPORTED_LANGUAGES else "tr"
)

CATALOGUE: Final[dict[str, dict[str, str]]] = {
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
    # --- authentication ---
    "auth.failed": {
        "tr": "Kullanıcı adı ya da parola yanlış.",
        "en": "Wrong user name or password.",
    },
    "auth.failed_wait": {
        "tr": "Kullanıcı adı ya da parola yanlış. Güvenlik için {seconds} saniye bekleyin.",
        "en": "Wrong user name or password. Wait {seconds} seconds before the next try.",
    },
    "auth.locked_out": {
        "tr": "Çok sayıda hatalı deneme ({failures}). Yeniden denemek için {seconds} saniye bekleyin.",
        "en": "Too many failed attempts ({failures}). Wait {seconds} seconds before trying again.",
    },
    "auth.recovery_failed": {
        "tr": "Kurtarma anahtarı bu vaka dosyasına ait değil.",
        "en": "The recovery key does not belong to this case file.",
    },
    "auth.recovery_format": {
        "tr": "Kurtarma anahtarı hatalı yazılmış ({detail}). Kâğıttaki grupları kontrol edin.",
        "en": "The recovery key is mistyped ({detail}). Check the groups on the sheet.",
    },
    "auth.user_disabled": {
        "tr": "Bu kullanıcı hesabı kapatılmış.",
        "en": "This user account has been disabled.",
    },
    "auth.no_password": {
        "tr": "Parola verilmedi. --password-stdin ya da KDM_PASSWORD kullanın.",
        "en": "No password given. Use --password-stdin or KDM_PASSWORD.",
    },
    "auth.no_user": {
        "tr": "Kullanıcı adı verilmedi. --user ile belirtin.",
        "en": "No user name given. Use --user.",
    },
    "auth.permission": {
        "tr": "Bu işlem için yetkiniz yok ({role}: {action}).",
        "en": "You are not allowed to do this ({role}: {action}).",
    },
    # --- validation ---
    "input.password_weak": {
        "tr": "Parola en az {min} karakter olmalı.",
        "en": "The password must have at least {min} characters.",
    },
    "input.username": {
        "tr": "Kullanıcı adı 3–32 karakter olmalı; yalnızca harf, rakam, nokta, tire ve alt çizgi içerebilir.",
        "en": "The user name must be 3–32 characters: letters, digits, dot, hyphen, underscore.",
    },
    "input.user_exists": {
        "tr": "'{user}' adlı bir kullanıcı zaten var.",
        "en": "A user named '{user}' already exists.",
    },
    "input.user_unknown": {
        "tr": "'{user}' adlı bir kullanıcı yok.",
        "en": "There is no user named '{user}'.",
    },
    "input.role": {
        "tr": "Bilinmeyen rol: '{role}'. Geçerli roller: {roles}.",
        "en": "Unknown role: '{role}'. Valid roles: {roles}.",
    },
    "input.last_admin": {
        "tr": "Son yönetici silinemez; önce başka bir yönetici ekleyin.",
        "en": "The last administrator cannot be removed; add another administrator first.",
    },
    "input.remove_self": {
        "tr": "Kendi hesabınızı silemezsiniz.",
        "en": "You cannot remove your own account.",
    },
    "input.centre_name": {
        "tr": "Merkez adı boş olamaz ve en çok {max} karakter olabilir.",
        "en": "The centre name must not be empty and may have at most {max} characters.",
    },
    "input.centre_code": {
        "tr": "Merkez kodu 2–8 büyük harf ya da rakam olmalı (ör. NRL).",
        "en": "The centre code must be 2–8 capital letters or digits (e.g. NRL).",
    },
    # --- audit ---
    "audit.ok": {
        "tr": "Denetim kaydı sağlam: {count} kayıt, zincir kesintisiz.",
        "en": "The audit log is sound: {count} entries, the chain is unbroken.",
    },
    "audit.broken": {
        "tr": "Denetim kaydı değiştirilmiş ya da silinmiş: {detail}.",
        "en": "The audit log was edited or has rows deleted: {detail}.",
    },
    # --- long work ---
    "task.cancelled": {
        "tr": "İşlem iptal edildi; hiçbir şey yarım kalmadı.",
        "en": "The operation was cancelled; nothing was left half-done.",
    },
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


def set_language(lang: str) -> None:
    global _current
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(lang)
    _current = lang


def language() -> str:
    return _current


def text(key: str, /, **params: object) -> str:
    """Return the message for `key` in the current language, with `params` filled in."""
    entry = CATALOGUE[key]
    template = entry.get(_current) or entry["tr"]
    return template.format(**params)

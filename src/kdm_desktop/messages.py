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
    "input.centre_field": {
        "tr": "Bu alan en çok {max} karakter olabilir.",
        "en": "This field may have at most {max} characters.",
    },
    "input.change_own_role": {
        "tr": "Kendi rolünüzü değiştiremezsiniz; başka bir yönetici değiştirmeli.",
        "en": "You cannot change your own role; another administrator must do it.",
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
    # --- case records: field checks (each names the field) ---
    "input.fields_invalid": {
        "tr": "Kayıt kaydedilmedi; {count} alanda sorun var:\n{details}",
        "en": "The record was not saved; {count} field(s) have problems:\n{details}",
    },
    "input.case.required": {
        "tr": "{label} boş bırakılamaz.",
        "en": "{label} must not be empty.",
    },
    "input.case.too_long": {
        "tr": "{label} en çok {max} karakter olabilir (şu an {length}).",
        "en": "{label} may have at most {max} characters (now {length}).",
    },
    "input.case.control_chars": {
        "tr": "{label} görünmeyen denetim karakterleri içeriyor; metni yeniden yazın.",
        "en": "{label} contains invisible control characters; retype the text.",
    },
    "input.case.name_chars": {
        "tr": "{label} yalnızca harf, boşluk, kesme işareti, nokta ve tire içerebilir.",
        "en": "{label} may contain only letters, spaces, apostrophes, dots and hyphens.",
    },
    "input.case.phone_empty": {
        "tr": "{label}: telefon numarası boş.",
        "en": "{label}: the phone number is empty.",
    },
    "input.case.phone_characters": {
        "tr": "{label}: telefon numarasında yalnızca rakam, boşluk, +, -, ( ve ) olabilir.",
        "en": "{label}: a phone number may contain only digits, spaces, +, -, ( and ).",
    },
    "input.case.phone_length": {
        "tr": "{label}: telefon numarası alan koduyla birlikte 10 haneli olmalı (ör. 0532 123 45 67).",
        "en": "{label}: the phone number must have 10 digits with the area code (e.g. 0532 123 45 67).",
    },
    "input.case.phone_area_code": {
        "tr": "{label}: Türkiye'de geçerli bir alan kodu değil (5XX cep, 2XX/3XX/4XX sabit hat ya da 850).",
        "en": "{label}: not a valid Turkish area code (5XX mobile, 2XX/3XX/4XX landline or 850).",
    },
    "input.case.tc_length": {
        "tr": "T.C. Kimlik No 11 haneli olmalı.",
        "en": "The T.C. identity number must have 11 digits.",
    },
    "input.case.tc_digits": {
        "tr": "T.C. Kimlik No yalnızca rakamlardan oluşmalı.",
        "en": "The T.C. identity number must contain digits only.",
    },
    "input.case.tc_leading_zero": {
        "tr": "T.C. Kimlik No 0 ile başlayamaz.",
        "en": "The T.C. identity number cannot start with 0.",
    },
    "input.case.tc_checksum": {
        "tr": "T.C. Kimlik No geçersiz: son iki hane tutmuyor. Numarayı kimlik kartından yeniden okuyun.",
        "en": "The T.C. identity number is invalid: its check digits do not match. Re-read it from the ID card.",
    },
    "input.case.future_date": {
        "tr": "{label} ileri bir tarih olamaz.",
        "en": "{label} cannot be in the future.",
    },
    "input.case.too_early": {
        "tr": "{label} {earliest} tarihinden önce olamaz; yazım hatası olabilir.",
        "en": "{label} cannot be before {earliest}; it may be a typo.",
    },
    "input.case.int_range": {
        "tr": "{label} {min} ile {max} arasında bir sayı olmalı.",
        "en": "{label} must be a number from {min} to {max}.",
    },
    "input.case.birth_after_application": {
        "tr": "Doğum tarihi başvuru tarihinden sonra olamaz.",
        "en": "The birth date cannot be after the application date.",
    },
    "input.case.age_mismatch": {
        "tr": "Yaşı ({age}) doğum tarihiyle uyuşmuyor (doğum tarihine göre {derived}). Birini düzeltin ya da yaşı boş bırakın.",
        "en": "The age ({age}) does not match the birth date ({derived} by the birth date). Fix one or leave the age empty.",
    },
    "input.case.type_text": {
        "tr": "{label} metin olmalı.",
        "en": "{label} must be text.",
    },
    "input.case.type_bool": {
        "tr": "{label} için true ya da false verilmeli.",
        "en": "{label} must be true or false.",
    },
    "input.case.type_int": {
        "tr": "{label} tam sayı olmalı.",
        "en": "{label} must be a whole number.",
    },
    "input.case.type_list": {
        "tr": "{label} bir liste olmalı.",
        "en": "{label} must be a list.",
    },
    "input.case.type_object": {
        "tr": "{label} bir nesne ({{...}}) olmalı.",
        "en": "{label} must be an object ({{...}}).",
    },
    "input.case.type_child": {
        "tr": 'Her çocuk {{"age": yaş, "with_her": true/false}} biçiminde yazılmalı.',
        "en": 'Each child must be written as {{"age": age, "with_her": true/false}}.',
    },
    "input.case.date_format": {
        "tr": "{label} YYYY-AA-GG biçiminde geçerli bir tarih olmalı (ör. 2026-03-15).",
        "en": "{label} must be a valid date written YYYY-MM-DD (e.g. 2026-03-15).",
    },
    "input.case.choice": {
        "tr": "{label}: '{value}' geçerli bir seçenek değil. Geçerli seçenekler: {choices}.",
        "en": "{label}: '{value}' is not a valid choice. Valid choices: {choices}.",
    },
    "input.case.too_many": {
        "tr": "{label} en çok {max} tane olabilir.",
        "en": "{label}: at most {max} entries.",
    },
    "input.case.unknown_key": {
        "tr": "Bilinmeyen alan: '{key}'. Kabul edilen alanlar docs/cli.md dosyasında listelenir.",
        "en": "Unknown field: '{key}'. The accepted fields are listed in docs/cli.md.",
    },
    "input.case.not_object": {
        "tr": "Dosya bir JSON nesnesi ({{...}}) içermeli: {detail}",
        "en": "The file must contain a JSON object ({{...}}): {detail}",
    },
    "input.file_unreadable": {
        "tr": "Dosya okunamadı: {path} ({detail}).",
        "en": "The file could not be read: {path} ({detail}).",
    },
    "input.case.duplicate_key": {
        "tr": "'{key}' alanı dosyada birden çok kez yazılmış; hangisinin geçerli olduğu belli değil.",
        "en": "The field '{key}' appears more than once in the file; it is unclear which one counts.",
    },
    "input.case.status_transition": {
        "tr": "Dosya durumu '{current}' iken '{target}' yapılamaz. Bu durumdan geçilebilecekler: {allowed}.",
        "en": "A file in status '{current}' cannot become '{target}'. Possible next: {allowed}.",
    },
    "input.case.closure_reason": {
        "tr": "Dosya kapatılırken kapanış nedeni seçilmeli.",
        "en": "Closing a file needs a closure reason.",
    },
    "input.case.closure_reason_unexpected": {
        "tr": "Kapanış nedeni yalnızca dosya kapatılırken verilir.",
        "en": "A closure reason is only given when closing a file.",
    },
    "input.case.staff_unknown": {
        "tr": "{label}: '{user}' adlı, dosyalarda çalışabilen etkin bir personel yok.",
        "en": "{label}: there is no active staff member '{user}' who may work on cases.",
    },
    # --- case records: lookups ---
    "case.not_found": {
        "tr": "Dosya bulunamadı: {ref}.",
        "en": "No such case file: {ref}.",
    },
    "case.note_not_found": {
        "tr": "Not bulunamadı: {ref}.",
        "en": "No such note: {ref}.",
    },
    # --- consent (KVKK açık rıza) ---
    "consent.missing": {
        "tr": '{case_number} numaralı dosyada "{purpose}" için açık rıza yok. Rıza alınmadan paylaşım ya da dışa aktarma yapılmaz; hiçbir şey paylaşılmadı.',
        "en": 'Case {case_number} has no explicit consent for "{purpose}". Nothing is shared or exported without it; nothing was shared.',
    },
    "consent.withdrawn": {
        "tr": '{case_number} numaralı dosyada "{purpose}" için verilen açık rıza {date} tarihinde geri alınmış. Paylaşım ya da dışa aktarma yapılmadı.',
        "en": 'Case {case_number}: the explicit consent for "{purpose}" was withdrawn on {date}. Nothing was shared or exported.',
    },
    "consent.already_active": {
        "tr": '{case_number} numaralı dosyada "{purpose}" için geçerli bir açık rıza zaten kayıtlı.',
        "en": 'Case {case_number} already has an explicit consent in force for "{purpose}".',
    },
    "consent.not_found": {
        "tr": "Açık rıza kaydı bulunamadı ya da zaten geri alınmış: {ref}.",
        "en": "No such consent in force: {ref}.",
    },
    "consent.withdrawn_before_granted": {
        "tr": "Geri alma tarihi, rızanın verildiği tarihten ({granted}) önce olamaz.",
        "en": "The withdrawal date cannot be before the date consent was given ({granted}).",
    },
    "consent.recipient": {
        "tr": 'Kurum türü yalnızca "Bir kurumla paylaşım" rızası için ve o rızada mutlaka seçilir.',
        "en": 'A recipient kind goes with "sharing with an institution" consent, and only with it.',
    },
    # --- attachments ---
    "attachment.type": {
        "tr": "Bu dosya eklenemez: yalnızca {allowed} dosyaları eklenebilir ve dosyanın uzantısı içeriğiyle uyuşmalı.",
        "en": "This file cannot be attached: only {allowed} files are allowed, and the extension must match the content.",
    },
    "attachment.too_large": {
        "tr": "Dosya çok büyük: en çok {max_mb} MB eklenebilir. Belgeyi daha düşük çözünürlükte tarayın ya da bölün.",
        "en": "The file is too large: at most {max_mb} MB. Scan at a lower resolution or split the document.",
    },
    "attachment.empty": {
        "tr": "Dosya boş; eklenmedi.",
        "en": "The file is empty; nothing was attached.",
    },
    "attachment.filename": {
        "tr": "Dosya adı geçersiz.",
        "en": "The file name is invalid.",
    },
    "attachment.unreadable": {
        "tr": "Dosya okunamadı ({detail}); eklenmedi.",
        "en": "The file could not be read ({detail}); nothing was attached.",
    },
    "attachment.not_found": {
        "tr": "Ek bulunamadı: {ref}.",
        "en": "No such attachment: {ref}.",
    },
    "attachment.target_exists": {
        "tr": "Hedef dosya zaten var: {path}. Üzerine yazılmadı; başka bir ad seçin.",
        "en": "The target file already exists: {path}. It was not overwritten; choose another name.",
    },
    "attachment.damaged": {
        "tr": "Ekin içeriği kaydedildiği hâliyle uyuşmuyor (özet farklı); dışa aktarılmadı. Yedekten geri yükleyin.",
        "en": "The attachment does not match what was stored (digest differs); nothing was exported. Restore a backup.",
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

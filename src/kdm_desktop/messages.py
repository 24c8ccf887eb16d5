"""User-facing messages of the headless core, in Turkish first and English second.

The core cannot use Qt's translator (it never imports Qt), so its messages live in
this small catalogue. Keys are stable identifiers; the CLI's `--json` output carries
the key as `error_code`, so scripts never parse prose.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
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
        "tr": "Dosya geçerli bir JSON nesnesi ({{...}}) olmalı; sorun: {detail}.",
        "en": "The file must hold a valid JSON object ({{...}}); problem: {detail}.",
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
    # --- risk, safety plans, protection orders ---
    "protection.rule": {
        "tr": "{message}",
        "en": "{message}",
    },
    "protection.future_date": {
        "tr": "{label} ileri bir tarih olamaz ({date}).",
        "en": "{label} cannot be in the future ({date}).",
    },
    "protection.order_not_found": {
        "tr": "Tedbir kaydı bulunamadı: {ref}.",
        "en": "No protection order record: {ref}.",
    },
    "protection.no_plan": {
        "tr": "Bu dosyada henüz kaydedilmiş bir güvenlik planı yok; yazdırılacak bir şey yok.",
        "en": "This case has no saved safety plan yet; there is nothing to print.",
    },
    "protection.days": {
        "tr": "Gün sayısı 0 ile 366 arasında olmalıdır (girilen: {days}).",
        "en": "The number of days must be between 0 and 366 (given: {days}).",
    },
    # --- appointment calendar ---
    "calendar.rule": {
        "tr": "{message}",
        "en": "{message}",
    },
    "calendar.conflict": {
        "tr": "Randevu kaydedilmedi, çakışma var: {detail}.",
        "en": "The appointment was not saved because of a clash: {detail}.",
    },
    "calendar.series_conflict": {
        "tr": "Tekrarlanan randevu kaydedilmedi: {date} tarihli seans çakışıyor ({detail}). Hiçbir seans kaydedilmedi.",
        "en": "The recurring appointment was not saved: the session on {date} clashes ({detail}). No session was saved.",
    },
    "calendar.staff_unknown": {
        "tr": "Görevli: '{user}' adlı, dosyalarda çalışabilen etkin bir kullanıcı yok.",
        "en": "Staff: there is no active user '{user}' who may work on cases.",
    },
    "calendar.not_found": {
        "tr": "Randevu bulunamadı: {ref}.",
        "en": "No such appointment: {ref}.",
    },
    "calendar.no_case_for_service": {
        "tr": "Hizmet kaydı eklenemedi: randevu bir dosyaya bağlı değil.",
        "en": "No service entry was added: the appointment is not linked to a case.",
    },
    "calendar.bad_field": {
        "tr": "Randevu: '{name}' alanı {expected} olmalı.",
        "en": "Appointment: the field '{name}' must be {expected}.",
    },
    "calendar.unknown_field": {
        "tr": "Randevu: '{name}' alanı tanınmıyor. Kullanılabilecekler: {allowed}.",
        "en": "Appointment: unknown field '{name}'. Allowed: {allowed}.",
    },
    # --- referral letters ---
    "letter.template_invalid": {
        "tr": "Yazı şablonu geçersiz: '{detail}' alanı eksik ya da hatalı.",
        "en": "The letter template is invalid: the field '{detail}' is missing or wrong.",
    },
    "letter.unknown_placeholder": {
        "tr": "Yazı şablonunda bilinmeyen alan var: {names}. Yalnızca şablonun tanımladığı alanlar kullanılabilir.",
        "en": "The letter template uses unknown fields: {names}. Only fields the template defines may be used.",
    },
    "letter.shelter_field": {
        "tr": "'{kind}' için yazılan bir şablonda kaldığı yer / adres alanı olamaz: konukevi bilgisi yalnızca ŞÖNİM'e ve kolluğa yazılır.",
        "en": "A template for '{kind}' cannot have a place or address field: shelter details go only to ŞÖNİM and the police.",
    },
    "letter.shelter_refused": {
        "tr": "'{kind}' kurumuna yazılan yazıya kaldığı yer ya da adres yazılamaz: konukevi bilgisi yalnızca ŞÖNİM'e ve kolluğa verilir. Yazı oluşturulmadı.",
        "en": "A letter to '{kind}' cannot state where she stays or an address: shelter details go only to ŞÖNİM and the police. No letter was made.",
    },
    "letter.confidential_address": {
        "tr": "Yazıda danışanın gizli adresi geçiyor; gizli adres hiçbir yazıya basılmaz. Yazı oluşturulmadı.",
        "en": "The letter contains her confidential address, which is never printed. No letter was made.",
    },
    "letter.field_unknown": {
        "tr": "Bu şablonda '{key}' alanı yok. Kullanılabilecek alanlar: {known}.",
        "en": "This template has no field '{key}'. Fields you can fill: {known}.",
    },
    "letter.field_automatic": {
        "tr": "'{key}' alanı dosyadan otomatik doldurulur; elle yazılamaz (isteğe bağlı bilgiler işaretlenerek eklenir).",
        "en": "The field '{key}' is filled from the case file and cannot be typed in (optional facts are added by ticking them).",
    },
    "letter.field_required": {
        "tr": "{label} boş bırakılamaz.",
        "en": "{label} cannot be empty.",
    },
    "letter.field_too_long": {
        "tr": "{label} en çok {max} karakter olabilir.",
        "en": "{label} can be at most {max} characters.",
    },
    "letter.field_syntax": {
        "tr": "--field değeri anahtar=değer biçiminde olmalı: {value}",
        "en": "--field must look like key=value: {value}",
    },
    "letter.optional_unavailable": {
        "tr": "İsteğe bağlı bilgi '{key}' bu dosya için eklenemez (bilgi yok ya da bu sürümde bulunmuyor).",
        "en": "The optional fact '{key}' cannot be added for this case (not recorded, or not available in this version).",
    },
    "letter.template_unknown": {
        "tr": "'{name}' adlı yazı şablonu yok. Şablonlar: {known}.",
        "en": "There is no letter template '{name}'. Templates: {known}.",
    },
    "letter.recipient_unknown": {
        "tr": "Kurum türü tanınmadı: '{value}'. Geçerli türler: {known}.",
        "en": "Unknown recipient kind '{value}'. Valid kinds: {known}.",
    },
    "letter.logo_too_large": {
        "tr": "Logo çok büyük: en çok {max_kb} KB olabilir.",
        "en": "The logo is too large: at most {max_kb} KB.",
    },
    "letter.logo_type": {
        "tr": "Logo yalnızca PNG ya da JPEG resmi olabilir (en çok 4000×4000 piksel).",
        "en": "The logo must be a PNG or JPEG image (at most 4000×4000 pixels).",
    },
    "letter.not_found": {
        "tr": "Yazı bulunamadı: {ref}.",
        "en": "No such letter: {ref}.",
    },
    "letter.status_step": {
        "tr": "Takip durumu '{current}' iken '{new}' yapılamaz: sıra Gönderildi → Yanıt geldi → Sonuçlandı.",
        "en": "The follow-up cannot go from '{current}' to '{new}': the order is sent → answered → result.",
    },
    "letter.note_too_long": {
        "tr": "Takip notu en çok {max} karakter olabilir.",
        "en": "The follow-up note can be at most {max} characters.",
    },
    # --- transfers between centres (services/transfers.py, services/trust.py) ---
    "trust.card_invalid": {
        "tr": "Merkez kartı geçersiz ya da bozuk ({reason}); içe alınmadı.",
        "en": "The centre card is invalid or damaged ({reason}); it was not imported.",
    },
    "trust.own_card": {
        "tr": "Bu, bu merkezin kendi kartı; güvenilen merkezlere eklenmez.",
        "en": "This is this centre's own card; it is not added to the trusted centres.",
    },
    "trust.revoked_key": {
        "tr": "{code} merkezinin bu anahtarı iptal edilmiş; yeniden güvenilemez. Merkezden yeni bir kart isteyin.",
        "en": "This key of centre {code} was revoked and cannot be trusted again. Ask the centre for a new card.",
    },
    "trust.card_conflict": {
        "tr": "Bu imza anahtarı {code} merkezinde başka bilgilerle kayıtlı; kart içe alınmadı.",
        "en": "This signing key is already stored for {code} with other details; the card was not imported.",
    },
    "trust.nothing_to_verify": {
        "tr": "{code} merkezinin doğrulanmayı bekleyen bir kartı yok.",
        "en": "Centre {code} has no card waiting for verification.",
    },
    "trust.already_revoked": {
        "tr": "{code} merkezine güven zaten iptal edilmiş; hiçbir şey değişmedi.",
        "en": "Trust in centre {code} was already revoked; nothing changed.",
    },
    "trust.unknown_centre": {
        "tr": "{code} kodlu bir merkez güvenilen merkezler arasında yok. Önce merkezin kartını içe alın.",
        "en": "No centre with code {code} is among the trusted centres. Import the centre's card first.",
    },
    "trust.recipient_revoked": {
        "tr": "{code} merkezine güven iptal edilmiş; ona dosya gönderilemez.",
        "en": "Trust in centre {code} was revoked; no files can be sent to it.",
    },
    "trust.recipient_unverified": {
        "tr": "{code} merkezinin kartı henüz parmak iziyle doğrulanmadı; ona dosya gönderilemez.",
        "en": "The card of centre {code} has not been verified by fingerprint yet; no files can be sent to it.",
    },
    "trust.fingerprint_mismatch": {
        "tr": "Parmak izi eşleşmiyor: {code} merkezinin okuduğu rakamlar bu kartınkiyle aynı değil. Kart kaydedilmedi; merkezi bilinen numarasından arayıp yeniden karşılaştırın.",
        "en": "Fingerprint mismatch: the digits centre {code} read out differ from this card's. The card was not stored; call the centre on its known number and compare again.",
    },
    "transfer.write_failed": {
        "tr": "Aktarım dosyası yazılamadı: {path} ({detail}). Hiçbir şey kaydedilmedi.",
        "en": "The transfer file could not be written: {path} ({detail}). Nothing was recorded.",
    },
    "transfer.unreadable": {
        "tr": "Aktarım dosyası okunamadı: {path} ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The transfer file could not be read: {path} ({detail}). Nothing was imported.",
    },
    "transfer.already_imported": {
        "tr": "Bu aktarım dosyası zaten içe alınmış; hiçbir şey değişmedi.",
        "en": "This transfer file was already imported; nothing changed.",
    },
    "transfer.old_sequence": {
        "tr": "Aktarım dosyasının sıra numarası ({sequence}) bu merkezden alınan son dosyanınkinden ({last}) büyük değil: eski ya da yeniden gönderilmiş bir dosya. İçe alınmadı.",
        "en": "The bundle's sequence number ({sequence}) is not above the last one received from this centre ({last}): an old or replayed bundle. Nothing was imported.",
    },
    "transfer.confirm_needed": {
        "tr": "İçe almadan önce önizlemeyi onaylayın (komut satırında --yes). Hiçbir şey içe alınmadı.",
        "en": "Confirm the preview before importing (--yes on the command line). Nothing was imported.",
    },
    "transfer.receipt_not_imported": {
        "tr": "Bu aktarım dosyası bu merkezde içe alınmamış; alındı belgesi yazılamaz.",
        "en": "This bundle was not imported at this centre; no receipt can be written.",
    },
    "transfer.receipt_invalid": {
        "tr": "Alındı belgesi geçersiz ya da bozuk ({reason}); kaydedilmedi.",
        "en": "The receipt is invalid or damaged ({reason}); it was not recorded.",
    },
    "transfer.receipt_untrusted": {
        "tr": "Alındı belgesini imzalayan merkez doğrulanmış güvenilen merkezler arasında yok; kaydedilmedi.",
        "en": "The centre that signed the receipt is not a verified trusted centre; it was not recorded.",
    },
    "transfer.receipt_mismatch": {
        "tr": "Alındı belgesi bu merkezin gönderdiği hiçbir aktarım dosyasıyla (kimlik, özet, alıcı, dosyalar) eşleşmiyor; kaydedilmedi.",
        "en": "The receipt matches no bundle this centre sent (id, digest, recipient, cases); it was not recorded.",
    },
    "transfer.env.not_a_file": {
        "tr": "Seçilen yol normal bir dosya değil. Hiçbir şey içe alınmadı.",
        "en": "The chosen path is not a regular file. Nothing was imported.",
    },
    "transfer.env.truncated": {
        "tr": "Aktarım dosyası eksik (kesilmiş); bellek çubuğu erken çıkarılmış olabilir. Hiçbir şey içe alınmadı.",
        "en": "The bundle is incomplete (truncated); the stick may have been pulled out early. Nothing was imported.",
    },
    "transfer.env.bad_magic": {
        "tr": "Bu bir KDM aktarım dosyası değil. Hiçbir şey içe alınmadı.",
        "en": "This is not a KDM transfer bundle. Nothing was imported.",
    },
    "transfer.env.unsupported_version": {
        "tr": "Aktarım dosyası bu programın okuyamadığı daha yeni bir sürümde. Programı güncelleyin. Hiçbir şey içe alınmadı.",
        "en": "The bundle uses a newer version this program cannot read. Update the program. Nothing was imported.",
    },
    "transfer.env.downgrade": {
        "tr": "Aktarım dosyası artık kabul edilmeyen eski bir sürümde. Hiçbir şey içe alınmadı.",
        "en": "The bundle uses an old version that is no longer accepted. Nothing was imported.",
    },
    "transfer.env.header_too_large": {
        "tr": "Aktarım dosyasının başlığı izin verilenden büyük. Hiçbir şey içe alınmadı.",
        "en": "The bundle's header is larger than allowed. Nothing was imported.",
    },
    "transfer.env.bad_header": {
        "tr": "Aktarım dosyasının başlığı bozuk. Hiçbir şey içe alınmadı.",
        "en": "The bundle's header is damaged. Nothing was imported.",
    },
    "transfer.env.length_out_of_range": {
        "tr": "Aktarım dosyasında bildirilen uzunluk geçersiz. Hiçbir şey içe alınmadı.",
        "en": "The length declared in the bundle is out of range. Nothing was imported.",
    },
    "transfer.env.trailing_data": {
        "tr": "Aktarım dosyasının sonunda fazladan veri var; dosya değiştirilmiş. Hiçbir şey içe alınmadı.",
        "en": "The bundle has extra data at its end; it was altered. Nothing was imported.",
    },
    "transfer.env.unknown_sender": {
        "tr": "Gönderen merkez tanınmıyor, parmak iziyle doğrulanmamış ya da güveni iptal edilmiş. Hiçbir şey içe alınmadı.",
        "en": "The sending centre is unknown, not verified by fingerprint, or revoked. Nothing was imported.",
    },
    "transfer.env.bad_signature": {
        "tr": "Aktarım dosyasının imzası geçersiz: dosya bozulmuş ya da değiştirilmiş. Hiçbir şey içe alınmadı.",
        "en": "The bundle's signature is invalid: the file is damaged or was altered. Nothing was imported.",
    },
    "transfer.env.changed_during_read": {
        "tr": "Aktarım dosyası okunurken değişti; çubuğu takıp yeniden deneyin. Hiçbir şey içe alınmadı.",
        "en": "The bundle changed while it was being read; reinsert the stick and try again. Nothing was imported.",
    },
    "transfer.env.wrong_recipient": {
        "tr": "Bu aktarım dosyası bu merkeze gönderilmemiş. Hiçbir şey içe alınmadı.",
        "en": "This bundle was not sent to this centre. Nothing was imported.",
    },
    "transfer.env.payload": {
        "tr": "Aktarım dosyasının şifreli içeriği bozuk. Hiçbir şey içe alınmadı.",
        "en": "The bundle's encrypted content is damaged. Nothing was imported.",
    },
    "transfer.env.bad_inner_header": {
        "tr": "Aktarım dosyasının iç başlığı bozuk. Hiçbir şey içe alınmadı.",
        "en": "The bundle's inner header is damaged. Nothing was imported.",
    },
    "transfer.env.inner_sender_mismatch": {
        "tr": "Aktarım dosyasının içindeki gönderen, imzalayan merkezle aynı değil. Hiçbir şey içe alınmadı.",
        "en": "The sender inside the bundle differs from the centre that signed it. Nothing was imported.",
    },
    "transfer.env.inner_bundle_mismatch": {
        "tr": "Aktarım dosyasının içindeki kimlik dıştakiyle aynı değil. Hiçbir şey içe alınmadı.",
        "en": "The bundle id inside differs from the one outside. Nothing was imported.",
    },
    "transfer.env.inner_recipient_mismatch": {
        "tr": "Aktarım dosyasının içindeki alıcılar arasında bu merkez yok. Hiçbir şey içe alınmadı.",
        "en": "This centre is not among the recipients named inside the bundle. Nothing was imported.",
    },
    "transfer.env.cancelled": {
        "tr": "İşlem iptal edildi; hiçbir şey değişmedi. Hiçbir şey içe alınmadı.",
        "en": "Cancelled; nothing changed. Nothing was imported.",
    },
    "transfer.env.write_verify_failed": {
        "tr": "Yazılan aktarım dosyası geri okunurken doğrulanamadı ve silindi. Başka bir çubuk deneyin. Hiçbir şey içe alınmadı.",
        "en": "The bundle just written did not verify when read back and was deleted. Try another stick. Nothing was imported.",
    },
    "transfer.age.bad_version_line": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığının sürüm satırı bozuk. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad version line. Nothing was imported.",
    },
    "transfer.age.unsupported_version": {
        "tr": "Aktarım dosyası reddedildi: şifreleme sürümü desteklenmiyor. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, unsupported version. Nothing was imported.",
    },
    "transfer.age.truncated_header": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığı eksik. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, truncated header. Nothing was imported.",
    },
    "transfer.age.header_too_large": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığı çok büyük. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, header too large. Nothing was imported.",
    },
    "transfer.age.too_many_stanzas": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında çok fazla alıcı kaydı var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, too many stanzas. Nothing was imported.",
    },
    "transfer.age.bad_line": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında geçersiz bir satır var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad line. Nothing was imported.",
    },
    "transfer.age.bad_stanza": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında bozuk bir alıcı kaydı var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad stanza. Nothing was imported.",
    },
    "transfer.age.no_stanzas": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında alıcı kaydı yok. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, no stanzas. Nothing was imported.",
    },
    "transfer.age.bad_mac_line": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığının doğrulama satırı bozuk. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad mac line. Nothing was imported.",
    },
    "transfer.age.bad_x25519_stanza": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında bozuk bir X25519 kaydı var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad x25519 stanza. Nothing was imported.",
    },
    "transfer.age.scrypt_not_alone": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında parola kaydı başka kayıtlarla karışık. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, scrypt not alone. Nothing was imported.",
    },
    "transfer.age.low_order_share": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında geçersiz bir anahtar payı var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, low order share. Nothing was imported.",
    },
    "transfer.age.missing_nonce": {
        "tr": "Aktarım dosyası reddedildi: şifreli içerik eksik (nonce yok). Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, missing nonce. Nothing was imported.",
    },
    "transfer.age.bad_header_mac": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığının doğrulama kodu tutmuyor. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad header mac. Nothing was imported.",
    },
    "transfer.age.no_identity_match": {
        "tr": "Aktarım dosyası reddedildi: dosya bu merkezin anahtarıyla açılmıyor (başka bir merkeze gönderilmiş). Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, no identity match. Nothing was imported.",
    },
    "transfer.age.truncated_payload": {
        "tr": "Aktarım dosyası reddedildi: şifreli içerik eksik (kesilmiş). Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, truncated payload. Nothing was imported.",
    },
    "transfer.age.empty_final_chunk": {
        "tr": "Aktarım dosyası reddedildi: şifreli içeriğin son parçası boş. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, empty final chunk. Nothing was imported.",
    },
    "transfer.age.chunk_auth_failed": {
        "tr": "Aktarım dosyası reddedildi: şifreli içeriğin bir parçası doğrulanamadı (bozulmuş ya da değiştirilmiş). Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, chunk auth failed. Nothing was imported.",
    },
    "transfer.age.trailing_data": {
        "tr": "Aktarım dosyası reddedildi: şifreli içeriğin sonunda fazladan veri var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, trailing data. Nothing was imported.",
    },
    "transfer.age.too_many_chunks": {
        "tr": "Aktarım dosyası reddedildi: şifreli içerik çok fazla parçadan oluşuyor. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, too many chunks. Nothing was imported.",
    },
    "transfer.age.no_recipients": {
        "tr": "Aktarım dosyası reddedildi: alıcı yok. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, no recipients. Nothing was imported.",
    },
    "transfer.age.bad_recipient": {
        "tr": "Aktarım dosyası reddedildi: alıcı anahtarı geçersiz. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad recipient. Nothing was imported.",
    },
    "transfer.age.bad_key_encoding": {
        "tr": "Aktarım dosyası reddedildi: anahtar kodlaması geçersiz. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad key encoding. Nothing was imported.",
    },
    "transfer.age.cancelled": {
        "tr": "Aktarım dosyası reddedildi: işlem iptal edildi. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, cancelled. Nothing was imported.",
    },
    "transfer.payload.truncated": {
        "tr": "Aktarım dosyasının içeriği reddedildi: içerik eksik ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: content truncated ({detail}). Nothing was imported.",
    },
    "transfer.payload.bad_magic": {
        "tr": "Aktarım dosyasının içeriği reddedildi: içerik biçimi tanınmıyor ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: unknown content format ({detail}). Nothing was imported.",
    },
    "transfer.payload.unsupported_version": {
        "tr": "Aktarım dosyasının içeriği reddedildi: içerik sürümü desteklenmiyor ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: unsupported content version ({detail}). Nothing was imported.",
    },
    "transfer.payload.too_large": {
        "tr": "Aktarım dosyasının içeriği reddedildi: dosya listesi çok büyük ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: manifest too large ({detail}). Nothing was imported.",
    },
    "transfer.payload.too_deep": {
        "tr": "Aktarım dosyasının içeriği reddedildi: dosya listesi çok derin iç içe ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: manifest nested too deeply ({detail}). Nothing was imported.",
    },
    "transfer.payload.duplicate_key": {
        "tr": "Aktarım dosyasının içeriği reddedildi: dosya listesinde aynı alan iki kez var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: duplicate key in the manifest ({detail}). Nothing was imported.",
    },
    "transfer.payload.bad_json": {
        "tr": "Aktarım dosyasının içeriği reddedildi: dosya listesi geçerli JSON değil ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: manifest is not valid JSON ({detail}). Nothing was imported.",
    },
    "transfer.payload.bad_manifest": {
        "tr": "Aktarım dosyasının içeriği reddedildi: dosya listesi beklenen biçimde değil ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: manifest does not have the expected shape ({detail}). Nothing was imported.",
    },
    "transfer.payload.entry_hash": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir dosya kaydının özeti tutmuyor ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: a case entry's hash does not match ({detail}). Nothing was imported.",
    },
    "transfer.payload.too_many": {
        "tr": "Aktarım dosyasının içeriği reddedildi: izin verilenden çok kayıt ya da ek var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: too many entries or attachments ({detail}). Nothing was imported.",
    },
    "transfer.payload.duplicate_entry": {
        "tr": "Aktarım dosyasının içeriği reddedildi: aynı kayıt iki kez var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: duplicate entry ({detail}). Nothing was imported.",
    },
    "transfer.payload.duplicate_name": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir dosyada aynı adlı (büyük/küçük harf ya da Unicode farkıyla) iki ek var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: two attachments of a case have the same name after case folding or normalisation ({detail}). Nothing was imported.",
    },
    "transfer.payload.bad_name": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir ekin adı kabul edilemez (yol, sürücü, aygıt adı, denetim karakteri ya da çok uzun) ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: an attachment name is not acceptable (path, drive, device name, control character or too long) ({detail}). Nothing was imported.",
    },
    "transfer.payload.attachment_hash": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir ekin içeriği özetiyle uyuşmuyor ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: an attachment's content does not match its hash ({detail}). Nothing was imported.",
    },
    "transfer.payload.trailing_data": {
        "tr": "Aktarım dosyasının içeriği reddedildi: içeriğin sonunda fazladan veri var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: extra data after the content ({detail}). Nothing was imported.",
    },
    "transfer.payload.bad_case": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir dosya kaydındaki değerler geçersiz ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: a case entry holds invalid values ({detail}). Nothing was imported.",
    },
    "transfer.payload.case_number_taken": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bu dosya numarası burada başka bir dosyaya ait ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: this case number belongs to another case here ({detail}). Nothing was imported.",
    },
    "transfer.payload.attachment_mismatch": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir ek burada farklı içerikle zaten var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: an attachment already exists here with other content ({detail}). Nothing was imported.",
    },
    "transfer.payload.attachment_type": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir ekin türü adıyla ya da içeriğiyle uyuşmuyor ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: an attachment's type does not match its name or content ({detail}). Nothing was imported.",
    },
    "transfer.payload.sender_mismatch": {
        "tr": "Aktarım dosyasının içeriği reddedildi: içerikteki merkez kodu imzalayan merkezinkiyle aynı değil ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: the centre code in the content differs from the signer's ({detail}). Nothing was imported.",
    },
    "calendar.closed_day_not_found": {
        "tr": "Kapalı gün bulunamadı: {date} tarihinde kayıtlı kapalı gün yok.",
        "en": "No closed day found: nothing is recorded as closed on {date}.",
    },
    # --- letter templates (admin) ---
    "letter.template_key_unknown": {
        "tr": "Şablon dosyasında değiştirilemeyen ya da bilinmeyen alan var: {keys}. Değiştirilebilecekler: {allowed}.",
        "en": "The template file has fields that are unknown or cannot be changed: {keys}. Changeable: {allowed}.",
    },
    "letter.template_file": {
        "tr": 'Şablon dosyası okunamadı: geçerli bir JSON nesnesi ({{"subject": …}}) olmalı ({detail}).',
        "en": 'The template file could not be read: it must be a JSON object ({{"subject": …}}) ({detail}).',
    },
    "letter.file_unreadable": {
        "tr": "Dosya açılamadı: {path}",
        "en": "The file could not be opened: {path}",
    },
    "transfer.payload.service_mismatch": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir hizmet kaydı burada farklı bilgilerle zaten var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: a services-log entry already exists here with other details ({detail}). Nothing was imported.",
    },
    "transfer.conflict_not_found": {
        "tr": "Çakışma bulunamadı ya da zaten çözülmüş: {id}",
        "en": "The conflict was not found or is already resolved: {id}",
    },
    "transfer.conflict_bad_value": {
        "tr": "Gelen değer bu dosyaya uygulanamadı ({field}); bizdeki değer korundu, çakışma açık kaldı.",
        "en": "The incoming value could not be applied to this case ({field}); the local value was kept and the conflict stays open.",
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


def _merge_feature_catalogues() -> None:
    from kdm_desktop.catalogue import FEATURE_CATALOGUES

    for extra in FEATURE_CATALOGUES:
        clash = CATALOGUE.keys() & extra.keys()
        if clash:
            raise RuntimeError(f"message keys defined twice: {sorted(clash)}")
        CATALOGUE.update(extra)


_merge_feature_catalogues()


def set_language(lang: str) -> None:
    global _current
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(lang)
    _current = lang


# A document being built on this thread speaks its own language (`speaking`).
_document = threading.local()


def language() -> str:
    lang: str | None = getattr(_document, "lang", None)
    return lang or _current


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Within the block, this thread's messages (and every label read through them)
    are in `lang`: an official document stays Turkish whatever the screen shows,
    without switching the language of the window's other threads."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(lang)
    before = getattr(_document, "lang", None)
    _document.lang = lang
    try:
        yield
    finally:
        _document.lang = before


def text(key: str, /, **params: object) -> str:
    """Return the message for `key` in the current language, with `params` filled in."""
    entry = CATALOGUE[key]
    template = entry.get(language()) or entry["tr"]
    return template.format(**params)

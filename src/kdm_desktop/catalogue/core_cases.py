"""Case records: field checks, lookups, consent, attachments.

Core messages moved out of messages.py, keys unchanged."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
}

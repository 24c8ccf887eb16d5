"""Referral letters and letter templates.

Core messages moved out of messages.py, keys unchanged."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
}

"""Fixed words of the referral letter and its follow-up states (domain/letters).

The letter itself is an official Turkish document: its parts are read with
`keyed_labels.text_tr` whatever the reader's language (the English is here for
translators and the `--lang en` preview legend only). The markings are stored in
templates as these exact Turkish words. Follow-up states follow the language.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "letter.marking.confidential": {"tr": "GİZLİ", "en": "CONFIDENTIAL"},
    "letter.marking.personal": {"tr": "KİŞİYE ÖZEL", "en": "PERSONAL"},
    "letter.provisional_note": {
        "tr": "(geçici: yazdırıldığında ya da kaydedildiğinde kesinleşir)",
        "en": "(provisional: fixed when printed or saved)",
    },
    "letter.line.number": {"tr": "Sayı: {value}", "en": "Number: {value}"},
    "letter.line.date": {"tr": "Tarih: {value}", "en": "Date: {value}"},
    "letter.line.subject": {"tr": "Konu: {value}", "en": "Subject: {value}"},
    "letter.line.reference": {"tr": "İlgi: {value}", "en": "Reference: {value}"},
    "letter.line.prepared_by": {"tr": "Hazırlayan: {value}", "en": "Prepared by: {value}"},
    # "Ek:" whatever their number, as the official-correspondence rules write it.
    "letter.line.attachments": {"tr": "Ek:", "en": "Attachment:"},
    "letter.line.address": {"tr": "Adres: {value}", "en": "Address: {value}"},
    "letter.line.contact": {"tr": "İrtibat: {value}", "en": "Contact: {value}"},
    "letter.line.distribution": {"tr": "Dağıtım:", "en": "Distribution:"},
    "letter.status.gonderildi": {"tr": "Gönderildi", "en": "Sent"},
    "letter.status.yanitlandi": {"tr": "Yanıt geldi", "en": "Answer received"},
    "letter.status.sonuclandi": {"tr": "Sonuçlandı", "en": "Concluded"},
}

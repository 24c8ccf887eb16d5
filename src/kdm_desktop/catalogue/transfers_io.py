"""Core messages of bundle streaming: export limits (Turkish first, English second)."""

from __future__ import annotations

_NOTHING = "Hiçbir şey yazılmadı."
_NOTHING_EN = "Nothing was written."

MESSAGES: dict[str, dict[str, str]] = {
    "transfer.limit.cases": {
        "tr": "Bir aktarım dosyası en çok {limit} dosya taşıyabilir; {count} dosya seçildi. "
        f"Dosyaları birkaç aktarıma bölün. {_NOTHING}",
        "en": "A bundle can carry at most {limit} cases; {count} were chosen. "
        f"Split them over several bundles. {_NOTHING_EN}",
    },
    "transfer.limit.attachments": {
        "tr": "Bir aktarım dosyası en çok {limit} ek taşıyabilir; seçilen dosyalarda {count} ek "
        f"var. Dosyaları birkaç aktarıma bölün. {_NOTHING}",
        "en": "A bundle can carry at most {limit} attachments; the chosen cases have {count}. "
        f"Split them over several bundles. {_NOTHING_EN}",
    },
    "transfer.limit.case_attachments": {
        "tr": "{case_number} numaralı dosyada {count} ek var; bir aktarımda dosya başına en çok "
        f"{{limit}} ek gidebilir. {_NOTHING}",
        "en": "Case {case_number} has {count} attachments; a bundle can carry at most {limit} "
        f"per case. {_NOTHING_EN}",
    },
    "transfer.limit.case": {
        "tr": "{case_number} numaralı dosya aktarım dosyasına konamadı: karşı merkez onu kabul "
        f"etmezdi ({{reason}}). {_NOTHING}",
        "en": "Case {case_number} cannot go into a bundle: the other centre would refuse it "
        f"({{reason}}). {_NOTHING_EN}",
    },
    "transfer.limit.bundle": {
        "tr": "Seçilen dosyalar bir aktarım dosyasına sığmıyor ({reason}; dosya bilgileri en çok "
        f"{{limit}}). Dosyaları birkaç aktarıma bölün. {_NOTHING}",
        "en": "The chosen cases do not fit in one bundle ({reason}; case details at most "
        f"{{limit}}). Split them over several bundles. {_NOTHING_EN}",
    },
    "transfer.limit.reason.too_many": {
        "tr": "izin verilenden çok kayıt",
        "en": "more records than allowed",
    },
    "transfer.limit.reason.too_large": {
        "tr": "bilgileri çok büyük",
        "en": "its details are too large",
    },
    "transfer.limit.reason.bad_manifest": {
        "tr": "bir alan izin verilen uzunluğu ya da biçimi aşıyor",
        "en": "a field exceeds the allowed length or shape",
    },
    "transfer.limit.reason.bad_name": {
        "tr": "bir ekin adı kabul edilmez",
        "en": "an attachment's name would not be accepted",
    },
    "transfer.limit.reason.duplicate_name": {
        "tr": "iki ekin adı aynı",
        "en": "two attachments have the same name",
    },
    "transfer.limit.reason.bad_case": {
        "tr": "bir değer geçersiz",
        "en": "a value is not valid",
    },
    "transfer.limit.reason.other": {
        "tr": "içeriği aktarım biçimine uymuyor",
        "en": "its content does not fit the bundle format",
    },
    "transfer.export_changed": {
        "tr": "Dosyalar aktarım dosyası yazılırken değişti; aktarım dosyası yazılmadı. "
        "Yeniden deneyin.",
        "en": "The cases changed while the bundle was being written; no bundle was written. "
        "Try again.",
    },
    "transfer.payload.changed": {
        "tr": "Aktarım dosyasının içeriği reddedildi: içerik yazılırken değişmiş ({detail}). "
        "Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: it changed while it was written ({detail}). "
        "Nothing was imported.",
    },
}

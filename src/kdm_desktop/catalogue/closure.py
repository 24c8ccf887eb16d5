"""Core messages of case closure, handover and the case's paper forms (issue 14)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "printout.no_consent": {
        "tr": '{case_number} numaralı dosyada "{purpose}" için açık rıza yok; {form} '
        "yazdırılmadı. Önce Açık rıza sekmesinde rızasını kaydedin, sonra yeniden deneyin.",
        "en": 'Case {case_number} has no explicit consent for "{purpose}"; the {form} was '
        "not printed. Record her consent on the Consent tab first, then try again.",
    },
    "printout.consent_withdrawn": {
        "tr": '{case_number} numaralı dosyada "{purpose}" için verilen açık rıza {date} '
        "tarihinde geri alınmış; {form} yazdırılmadı.",
        "en": 'Case {case_number}: the explicit consent for "{purpose}" was withdrawn on '
        "{date}; the {form} was not printed.",
    },
    # --- the audit log in words ---
    "audit.object.intake_form": {"tr": "Başvuru formu", "en": "Intake form"},
    "audit.object.consent_form": {"tr": "Açık rıza formu", "en": "Consent form"},
    "audit.detail.sent": {"tr": "gönderilen dosyalar listesi", "en": "list of sent files"},
    "audit.key.reason": {"tr": "kapanış nedeni: {value}", "en": "closure reason: {value}"},
    "audit.key.centre": {"tr": "devredilen merkez: {value}", "en": "handed over to: {value}"},
    "audit.value.reason.hedefler_tamamlandi": {"tr": "Hedeflere ulaşıldı", "en": "Goals met"},
    "audit.value.reason.danisan_istegi": {"tr": "Danışanın isteği", "en": "Her request"},
    "audit.value.reason.ulasilamiyor": {"tr": "Danışana ulaşılamıyor", "en": "Unreachable"},
    "audit.value.reason.yonlendirildi": {
        "tr": "Başka kuruma yönlendirildi",
        "en": "Referred to another institution",
    },
    "audit.value.reason.tasindi": {"tr": "Başka bir yere taşındı", "en": "Moved away"},
    "audit.value.reason.devredildi": {
        "tr": "Başka merkeze devredildi",
        "en": "Transferred to another centre",
    },
    "audit.value.reason.vefat": {"tr": "Vefat etti", "en": "Deceased"},
    "audit.value.reason.diger": {"tr": "Diğer", "en": "Other"},
}

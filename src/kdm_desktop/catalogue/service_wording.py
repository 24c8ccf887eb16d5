"""Field labels and short texts of the services (issue #19): the label a field check
names, the form a refusal names, the statistics file preview, the answers the
retention services store. Turkish is byte-for-byte what the services said before."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # The Turkish Qt catalogue is missing (ui/i18n.py): shown in both languages.
    "window.missing_catalogue": {
        "tr": "Türkçe dil dosyası (kdm_desktop_tr.qm) bulunamadı: kurulum eksik. Program "
        "şimdilik İngilizce açılıyor. Programı yeniden kurun ya da kurulumu yapan kişiye "
        "haber verin.",
        "en": "The Turkish catalogue (kdm_desktop_tr.qm) is missing: the installation is "
        "incomplete. The program opens in English for now. Reinstall it.",
    },
    # Inside `backup.damaged` ("… bozuk ({detail}) …"): a .kdmbak whose zip is cut off.
    "backup.detail.truncated": {
        "tr": "kesik ya da bozuk yapı",
        "en": "truncated or broken structure",
    },
    "field.description": {"tr": "Açıklama", "en": "Description"},
    "field.consent_withdrawn_on": {"tr": "Geri alma tarihi", "en": "Date of withdrawal"},
    "field.hold_reason": {"tr": "Gerekçe", "en": "Reason"},
    "field.service_staff": {
        "tr": "Hizmeti veren personel",
        "en": "Staff member who gave the service",
    },
    "field.request_answer": {"tr": "Yanıt", "en": "Answer"},
    "printout.form.intake_form": {"tr": "Başvuru formu", "en": "intake form"},
    "printout.form.case_summary": {"tr": "Dosya özeti", "en": "case summary"},
    "printout.form.consent_form": {"tr": "Açık rıza formu", "en": "consent form"},
    # Written into a referral letter, which is always Turkish (read with text_tr).
    "letter.fact.no_order": {
        "tr": "yürürlükte koruyucu / önleyici tedbir kararı yok",
        "en": "no protective or preventive order in force",
    },
    "letter.fact.order_until": {
        "tr": "{date} tarihine kadar yürürlükte tedbir kararı var",
        "en": "a protective order is in force until {date}",
    },
    # Stored with the destruction record and the request (Turkish, like every record).
    "retention.request.erasure_reason": {
        "tr": "KVKK m. 11 silme talebi",
        "en": "KVKK art. 11 erasure request",
    },
    "retention.request.destroyed_answer": {
        "tr": "Dosya imha edildi; imha kaydı {run}",
        "en": "The file was destroyed; destruction record {run}",
    },
    # The preview of a statistics file before it is sent.
    "stats.preview.suppressed": {
        "tr": "yalnızca gizlenmiş sayılar (k = {k})",
        "en": "suppressed counts only (k = {k})",
    },
    "stats.preview.exact": {"tr": "kesin sayılar", "en": "exact counts"},
    "stats.preview.heading": {
        "tr": "Gidecek sayılar — {centre}, {period}, {kind}.",
        "en": "Counts to be sent — {centre}, {period}, {kind}.",
    },
    "stats.preview.no_personal_data": {
        "tr": "Dosyada ad, T.C. kimlik no, telefon, adres, dosya numarası ya da doğum tarihi "
        "yoktur.",
        "en": "The file holds no name, T.C. identity number, phone, address, case number or "
        "birth date.",
    },
    "stats.preview.activities": {"tr": "Etkinlikler: {count}", "en": "Activities: {count}"},
    "stats.preview.pattern": {
        "tr": "Merkezin kendi yayınlarında gizlenen hücreler (k = {k}): {count}; il raporu "
        "bunları da gizler.",
        "en": "Cells the centre's own publications hide (k = {k}): {count}; the province "
        "report hides them too.",
    },
    "stats.preview.standards": {
        "tr": "Standartlar öz değerlendirmesi: {count} madde",
        "en": "Standards self-assessment: {count} items",
    },
}

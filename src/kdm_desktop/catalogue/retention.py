"""Core messages of the retention feature (Turkish first, English second)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "retention.unknown_kind": {
        "tr": "Bilinmeyen kayıt türü: {kind}. Geçerli türler: {kinds}.",
        "en": "Unknown record kind: {kind}. Valid kinds: {kinds}.",
    },
    "retention.years_out_of_bounds": {
        "tr": "{label} için {years} yıl seçilemez: politika {low} ile {high} yıl arasına izin "
        "veriyor. Bu aralıkta bir süre girin.",
        "en": "{years} years is not allowed for {label}: the policy allows {low} to {high} "
        "years. Enter a period in that range.",
    },
    "retention.already_held": {
        "tr": "{case} numaralı dosya zaten yasal saklama altında. Gerekçeyi değiştirmek için "
        "önce kaldırın, sonra yeniden koyun.",
        "en": "Case {case} is already under a legal hold. Release it first to change the reason.",
    },
    "retention.not_held": {
        "tr": "{case} numaralı dosyada kaldırılacak bir yasal saklama yok.",
        "en": "Case {case} has no legal hold to release.",
    },
    "retention.no_record": {
        "tr": "Bu kimlikte bir imha kaydı bulunamadı: {id}. "
        "'kdm retention records' ile listeyi görün.",
        "en": "There is no destruction record with this id: {id}. "
        "See the list with 'kdm retention records'.",
    },
    "retention.compact_failed": {
        "tr": "Uyarı: imha tamamlandı ve kaydedildi, ancak dosya sıkıştırılamadı (disk dolu "
        "olabilir). Silinen içerik sıfırlandı; yer açıp bir sonraki imhada sıkıştırma yeniden "
        "denenir.",
        "en": "Warning: the destruction is complete and recorded, but the file could not be "
        "compacted (the disk may be full). Deleted content was zeroed; make room, and the "
        "next run compacts again.",
    },
    "retention.review_hint": {
        "tr": "Yalnızca bu listeyi imha etmek için: kdm retention run --confirm --reviewed {code}",
        "en": "To destroy exactly this list: kdm retention run --confirm --reviewed {code}",
    },
    "retention.review_changed": {
        "tr": "İncelediğiniz listeden bu yana imhası gelen kayıtlar değişti; hiçbir şey imha "
        "edilmedi. Listeyi yeniden görün (kdm retention run) ve yeni kodla onaylayın.",
        "en": "What is due for destruction has changed since the list you reviewed; nothing "
        "was destroyed. Look at the list again (kdm retention run) and confirm with its new "
        "code.",
    },
    "retention.confirm_needed": {
        "tr": "Hiçbir şey imha edilmedi: yalnızca liste gösterildi. Listeyi inceledikten sonra "
        "imha için --confirm ekleyin.",
        "en": "Nothing was destroyed: only the list was shown. After reviewing it, add "
        "--confirm to destroy.",
    },
    "retention.bad_date": {
        "tr": "Tarih anlaşılamadı: {value}. GG.AA.YYYY ya da YYYY-AA-GG biçiminde yazın.",
        "en": "The date is not understood: {value}. Write it as DD.MM.YYYY or YYYY-MM-DD.",
    },
    "retention.future_date": {
        "tr": "Talep tarihi ileride olamaz ({value}). Talebin alındığı günü girin.",
        "en": "The request date cannot be in the future ({value}). Enter the day it was received.",
    },
    "retention.no_request": {
        "tr": "Bu kimlikte bir talep bulunamadı: {id}. "
        "'kdm subject-request list' ile listeyi görün.",
        "en": "There is no request with this id: {id}. "
        "See the list with 'kdm subject-request list'.",
    },
    "retention.request_answered": {
        "tr": "Bu talep {day} tarihinde yanıtlanmış; yeniden yanıtlanamaz.",
        "en": "This request was answered on {day}; it cannot be answered again.",
    },
    "retention.not_deletion": {
        "tr": "Bu talep bir silme talebi değil; imha yalnızca silme talebiyle yapılır.",
        "en": "This request is not a deletion request; "
        "only a deletion request leads to destruction.",
    },
    "retention.deletion_blocked": {
        "tr": "{case} numaralı dosya şu anda imha edilemez: {reasons}. Talebe bu gerekçeyle "
        "yanıt verin; engel kalkınca yeniden deneyin.",
        "en": "Case {case} cannot be destroyed now: {reasons}. Answer the request with this "
        "reason; try again when the obstacle is gone.",
    },
    "retention.case_open": {
        "tr": "dosya açık (önce kapatılmalı)",
        "en": "the case is open (close it first)",
    },
    "retention.case_gone": {
        "tr": "Bu talebin dosyası zaten imha edilmiş.",
        "en": "The case of this request has already been destroyed.",
    },
    "retention.export_no_request": {
        "tr": "{case} için kayıtlı bir bilgi/erişim talebi yok. Önce talebi kaydedin: "
        "kdm subject-request add {case} --kind access",
        "en": "There is no access request recorded for {case}. Record it first: "
        "kdm subject-request add {case} --kind access",
    },
    "retention.export_psych": {
        "tr": "Dosyada psikolojik görüşme notları var; eksiksiz dökümü yalnızca bu notları "
        "görebilen bir kullanıcı (psikolog) alabilir.",
        "en": "The case has psychological session notes; only a user who may read them "
        "(a psychologist) can produce the complete copy.",
    },
    "retention.restore_live_locked": {
        "tr": "Geri yüklemeden önce mevcut dosyadaki imha kayıtları okunamadı: {detail}. "
        "Mevcut dosyanın parolasıyla ya da kurtarma anahtarıyla yeniden deneyin.",
        "en": "The destruction records of the current file could not be read before the "
        "restore: {detail}. Try again with the current file's password or the recovery key.",
    },
    # --- names people read for identifiers (labels.py, audit_words.py) ---
    "permission.manage_retention": {
        "tr": "saklama ve imhayı yönetme",
        "en": "managing retention and destruction",
    },
    "count.retention_runs": {"tr": "imha kayıtları", "en": "destruction records"},
    "count.retention_anon_stats": {
        "tr": "anonim istatistik satırları",
        "en": "anonymised statistics rows",
    },
    "count.subject_requests": {"tr": "kişisel veri başvuruları", "en": "data-subject requests"},
    "audit.object.retention_hold": {"tr": "Yasal saklama", "en": "Legal hold"},
    "audit.object.retention_run": {"tr": "İmha", "en": "Destruction run"},
    "audit.object.retention_policy": {"tr": "Saklama süresi", "en": "Retention period"},
    "audit.object.retention_restore": {
        "tr": "Geri yüklemede yeniden imha",
        "en": "Destruction re-applied on restore",
    },
    "audit.object.subject_request": {"tr": "Kişisel veri başvurusu", "en": "Data-subject request"},
}

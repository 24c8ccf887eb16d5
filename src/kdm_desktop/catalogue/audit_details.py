"""Words of the audit log's stored details (Turkish first, English second).

The audit log keeps each entry's detail as the code wrote it (`reprint case=…`,
`items=3 expired_records=2`); `domain/audit_words.detail_words` shows it through these
keys: `audit.detail.<word>` for a word on its own, `audit.key.<key>` (or `.count`,
`.date`) for `key=value`, `audit.value.<key>.<code>` for a coded value.
tests/core/test_audit_detail_vocabulary.py reads every detail the source writes and
fails when an English word of it reaches a Turkish screen (re-audit of issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # A word on its own.
    "audit.detail.pdf": {"tr": "PDF olarak", "en": "as PDF"},
    "audit.detail.withdrawn": {"tr": "geri çekildi", "en": "withdrawn"},
    "audit.detail.demo": {"tr": "tanıtım verisi", "en": "demo data"},
    "audit.detail.reprint": {"tr": "yeniden yazdırıldı", "en": "reprinted"},
    "audit.detail.default": {"tr": "varsayılan", "en": "default"},
    "audit.detail.recipient_fields": {
        "tr": "alıcı alanları güncellendi",
        "en": "recipient fields updated",
    },
    "audit.detail.extension": {"tr": "süre uzatıldı", "en": "extended"},
    "audit.detail.breach": {"tr": "ihlal kaydedildi", "en": "breach recorded"},
    "audit.detail.keys_rebuilt": {
        "tr": "anahtar dosyası yeniden kuruldu",
        "en": "key file rebuilt",
    },
    "audit.detail.recovery_key_renewed": {
        "tr": "kurtarma anahtarı yenilendi",
        "en": "recovery key renewed",
    },
    "audit.detail.exact": {"tr": "kesin sayılar", "en": "exact figures"},
    "audit.detail.published": {"tr": "paylaşılabilir tablolar", "en": "shareable tables"},
    "audit.detail.by_district": {"tr": "ilçelere göre", "en": "by district"},
    "audit.detail.answered": {"tr": "yanıtlandı", "en": "answered"},
    "audit.detail.subject_copy": {"tr": "kişisel veri dökümü", "en": "her copy of her data"},
    "audit.detail.transfer_conflicts": {
        "tr": "aktarım çakışmaları",
        "en": "transfer conflicts",
    },
    # A transfer's outcome for one case (services/transfer_merge.py).
    "audit.detail.created": {"tr": "yeni vaka olarak eklendi", "en": "added as a new case"},
    "audit.detail.updated": {"tr": "güncellendi", "en": "updated"},
    "audit.detail.unchanged": {"tr": "değişmedi", "en": "unchanged"},
    "audit.detail.preview": {"tr": "ön izleme", "en": "preview"},
    "audit.detail.password_changed": {"tr": "parola değiştirildi", "en": "password changed"},
    "audit.detail.rekey": {"tr": "ana anahtar yenilendi", "en": "master key renewed"},
    "audit.detail.series": {"tr": "tekrarlayan randevu", "en": "recurring series"},
    # key=value.
    "audit.key.recipient": {"tr": "alıcı: {value}", "en": "recipient: {value}"},
    "audit.key.anchor": {
        "tr": "denetim çapası: {value}. kayıt",
        "en": "audit anchor: entry {value}",
    },
    "audit.key.restored_from": {
        "tr": "geri yüklenen yedek: {value}",
        "en": "restored from: {value}",
    },
    "audit.key.backup_created": {"tr": "yedeğin tarihi: {value}", "en": "backup made: {value}"},
    "audit.key.replaced_live": {
        "tr": "çalışan dosyanın yerine: {value}",
        "en": "over the live file: {value}",
    },
    "audit.value.replaced_live.yes": {"tr": "evet", "en": "yes"},
    "audit.value.replaced_live.no": {"tr": "hayır", "en": "no"},
    "audit.key.replaced_by": {"tr": "yerine konan yedek: {value}", "en": "replaced by: {value}"},
    "audit.key.phase": {"tr": "aşama: {value}", "en": "phase: {value}"},
    "audit.value.phase.started": {"tr": "başladı", "en": "started"},
    "audit.key.count": {"tr": "sayı: {value}", "en": "count: {value}"},
    "audit.key.queries": {"tr": "{value} sorgu", "en": "{value} queries"},
    "audit.key.attempts.count": {"tr": "{n} başarısız deneme", "en": "{n} failed attempts"},
    "audit.key.lockouts.count": {"tr": "{n} kez beklemeye alındı", "en": "{n} lockouts"},
    "audit.key.first": {"tr": "ilk: {value}", "en": "first: {value}"},
    "audit.key.last": {"tr": "son: {value}", "en": "last: {value}"},
    "audit.key.new_end": {"tr": "yeni bitiş: {value}", "en": "new end: {value}"},
    "audit.key.new_end.date": {"tr": "yeni bitiş: {value}", "en": "new end: {value}"},
    "audit.key.outcome": {"tr": "sonuç: {value}", "en": "outcome: {value}"},
    "audit.key.items": {"tr": "{value} kalem", "en": "{value} items"},
    "audit.key.expired_records": {
        "tr": "süresi dolan {value} kayıt",
        "en": "{value} expired records",
    },
    "audit.key.years": {"tr": "{value} yıl", "en": "{value} years"},
    "audit.key.runs": {"tr": "{value} imha işlemi", "en": "{value} destruction runs"},
    "audit.key.cases_destroyed_again": {
        "tr": "yeniden imha edilen {value} vaka",
        "en": "{value} cases destroyed again",
    },
    "audit.key.period": {"tr": "dönem: {value}", "en": "period: {value}"},
    "audit.key.replaces": {"tr": "yerine geçtiği dosya: {value}", "en": "replaces: {value}"},
    "audit.key.file": {"tr": "dosya: {value}", "en": "file: {value}"},
    "audit.key.suppressed": {"tr": "gizlenen {value} hücre", "en": "{value} cells suppressed"},
    "audit.key.centres": {"tr": "{value} merkez", "en": "{value} centres"},
    "audit.key.revision": {"tr": "şablon paketi {value}", "en": "template set {value}"},
    "audit.key.cross": {"tr": "çapraz tablo: {value}", "en": "cross table: {value}"},
    "audit.key.conflicts": {"tr": "{value} çakışma", "en": "{value} conflicts"},
    "audit.key.notes+": {"tr": "{value} not eklendi", "en": "{value} notes added"},
    "audit.key.note_versions+": {
        "tr": "{value} not sürümü eklendi",
        "en": "{value} note versions added",
    },
    "audit.key.services+": {"tr": "{value} hizmet eklendi", "en": "{value} services added"},
    "audit.key.perpetrators+": {
        "tr": "{value} şiddet uygulayan eklendi",
        "en": "{value} perpetrators added",
    },
}

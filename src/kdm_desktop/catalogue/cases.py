"""Core messages of the case record: field labels of the intake form (Turkish first).

Keys: case.field.<draft field>; read through `draft.FIELD_LABELS` (a `KeyedLabels`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "case.field.anonymous": {"tr": "Anonim başvuru", "en": "Anonymous application"},
    # The name shown for a woman who applied without giving it.
    "case.anonymous_name": {"tr": "Anonim", "en": "Anonymous"},
    "case.field.first_name": {"tr": "Adı", "en": "First name"},
    "case.field.last_name": {"tr": "Soyadı", "en": "Surname"},
    "case.field.tc_kimlik_no": {"tr": "T.C. Kimlik No", "en": "T.C. identity number"},
    "case.field.birth_date": {"tr": "Doğum tarihi", "en": "Date of birth"},
    "case.field.age": {"tr": "Yaşı", "en": "Age"},
    "case.field.nationality": {"tr": "Uyruğu", "en": "Nationality"},
    "case.field.language": {"tr": "Konuştuğu dil", "en": "Language spoken"},
    "case.field.needs_interpreter": {"tr": "Tercüman ihtiyacı", "en": "Needs an interpreter"},
    "case.field.phone": {"tr": "Telefon", "en": "Phone"},
    "case.field.other_phones": {"tr": "Diğer telefonlar", "en": "Other phones"},
    "case.field.address": {"tr": "Adres", "en": "Address"},
    "case.field.neighbourhood": {"tr": "Mahalle", "en": "Neighbourhood"},
    "case.field.district": {"tr": "İlçe", "en": "District"},
    "case.field.address_confidential": {"tr": "Adres gizli", "en": "Address confidential"},
    "case.field.marital_status": {"tr": "Medeni durumu", "en": "Marital status"},
    "case.field.education": {"tr": "Eğitim durumu", "en": "Education"},
    "case.field.employment": {"tr": "Çalışma durumu", "en": "Employment"},
    "case.field.has_own_income": {"tr": "Kendi geliri var mı", "en": "Has her own income"},
    "case.field.income_band": {"tr": "Hane gelir düzeyi", "en": "Household income"},
    "case.field.health_notes": {"tr": "Sağlık durumu", "en": "Health"},
    "case.field.disability": {"tr": "Engel durumu", "en": "Disability"},
    "case.field.children": {"tr": "Çocuklar", "en": "Children"},
    "case.field.application_date": {"tr": "Başvuru tarihi", "en": "Application date"},
    "case.field.channel": {"tr": "Başvuru şekli", "en": "How she applied"},
    "case.field.reason": {"tr": "Başvuru nedeni", "en": "Reason for applying"},
    "case.field.heard_from": {"tr": "Merkezi nereden duydu", "en": "How she heard of the centre"},
    "case.field.violence_types": {"tr": "Şiddet türleri", "en": "Types of violence"},
    "case.field.perpetrator_relation": {
        "tr": "Şiddet uygulayanın yakınlığı",
        "en": "Perpetrator's relation to her",
    },
    "case.field.lives_with_perpetrator": {
        "tr": "Şiddet uygulayanla birlikte yaşıyor mu",
        "en": "Lives with the perpetrator",
    },
    "case.field.violence_frequency": {
        "tr": "Şiddetin sıklığı",
        "en": "How often the violence happens",
    },
    "case.field.violence_duration": {
        "tr": "Şiddetin süresi",
        "en": "How long the violence has gone on",
    },
    "case.field.weapon_access": {
        "tr": "Şiddet uygulayanın silaha erişimi",
        "en": "Perpetrator has access to a weapon",
    },
    "case.field.earlier_complaints": {
        "tr": "Daha önce şikâyette bulundu mu",
        "en": "Complained before",
    },
    "case.field.earlier_orders": {
        "tr": "Daha önce koruma kararı aldı mı",
        "en": "Had a protection order before",
    },
    "case.field.life_danger": {
        "tr": "Hayati tehlike bildiriyor mu",
        "en": "Reports danger to her life",
    },
    "case.id_kind.tc": {"tr": "T.C. Kimlik No", "en": "T.C. identity number"},
    "case.id_kind.foreign": {"tr": "Yabancı kimlik no", "en": "Foreign identity number"},
    "case.field.child_age": {"tr": "Çocuğun yaşı", "en": "Child's age"},
    "case.field.child_with_her": {"tr": "Çocuk yanında mı", "en": "Child lives with her"},
    "case.field.violence_type": {"tr": "Şiddet türü", "en": "Type of violence"},
    # --- perpetrator section (domain/perpetrator.py) ---
    "perp.field.relation": {
        "tr": "Şiddet uygulayanın yakınlığı",
        "en": "Perpetrator's relation to her",
    },
    "perp.field.name": {"tr": "Şiddet uygulayanın adı", "en": "Perpetrator's name"},
    "perp.field.age_band": {"tr": "Şiddet uygulayanın yaş grubu", "en": "Perpetrator's age group"},
    "perp.field.weapon_access": {"tr": "Silaha erişimi", "en": "Access to a weapon"},
    "perp.field.prior_orders": {
        "tr": "Hakkında daha önce tedbir kararı",
        "en": "Earlier protection order against him",
    },
    "perp.field.shared_children": {"tr": "Ortak çocuk sayısı", "en": "Children they share"},
    "perp.field.note": {"tr": "Not", "en": "Note"},
    # In official letters (always Turkish); English kept complete for translators.
    "perp.letter.relation": {"tr": "yakınlığı: {relation}", "en": "relation: {relation}"},
    "perp.letter.weapon": {
        "tr": "; başvurucu, şiddet uygulayanın silaha erişimi olduğunu beyan etmektedir",
        "en": "; the applicant states that the perpetrator has access to a weapon",
    },
    # --- consent in the intake (domain/cases/consent.py) ---
    "case.consent.date": {"tr": "Açık rıza tarihi", "en": "Date of explicit consent"},
    "case.consent.object": {"tr": "Açık rıza", "en": "Explicit consent"},
    "case.consent.processing": {"tr": "Veri işleme rızası", "en": "Consent to data processing"},
    "case.consent.share_with_centres": {
        "tr": "Merkezlerle paylaşım rızası",
        "en": "Consent to sharing with centres",
    },
    "case.consent.share_with": {
        "tr": "Paylaşılabilecek kurumlar",
        "en": "Institutions it may be shared with",
    },
    "case.consent.recipient_kind": {"tr": "Kurum türü", "en": "Kind of institution"},
    # --- possible duplicates at intake (domain/cases/duplicates.py) ---
    "case.duplicate.ayni_kimlik_no": {"tr": "Aynı kimlik numarası", "en": "Same identity number"},
    "case.duplicate.benzer_ad": {"tr": "Benzer ad soyad", "en": "Similar name"},
    "case.duplicate.ayni_dogum_yili": {"tr": "Aynı doğum yılı", "en": "Same year of birth"},
    "case.duplicate.ayni_telefon": {"tr": "Aynı telefon", "en": "Same phone"},
    # --- case list order (domain/cases/query.py) ---
    "case.order.ad": {"tr": "Soyadı, adı", "en": "Surname, first name"},
    "case.order.dosya_no": {"tr": "Dosya numarası", "en": "Case number"},
    "case.order.basvuru_tarihi": {"tr": "Başvuru tarihi", "en": "Application date"},
    "case.order.son_degisiklik": {"tr": "Son değişiklik", "en": "Last change"},
    # --- services, notes, status (service_log.py, notes.py, status.py) ---
    "case.service.date": {"tr": "Hizmet tarihi", "en": "Service date"},
    "case.service.duration": {"tr": "Süre (dakika)", "en": "Duration (minutes)"},
    "case.service.note": {"tr": "Hizmet notu", "en": "Service note"},
    "case.service.staff": {"tr": "Hizmeti veren personel", "en": "Staff member who gave it"},
    "case.note.text": {"tr": "Not", "en": "Note"},
    "case.status.handed_over": {"tr": "Devredildi", "en": "Handed over"},
    "case.field.assigned_to": {"tr": "Sorumlu personel", "en": "Responsible staff member"},
}

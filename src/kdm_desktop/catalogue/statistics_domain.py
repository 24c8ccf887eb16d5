"""Statistics rules (domain/statistics): activity and standards-answer checks, and
the notes the cross tables carry. Checks speak the user's language; activity kinds
and cross-table labels are part of the province report, read in Turkish there.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- activity kinds (printed in the province report) ---
    # The total row and column of a published table.
    "stat.total": {"tr": "Toplam", "en": "Total"},
    "stat.activity.seminer": {"tr": "Seminer / söyleşi", "en": "Seminar / talk"},
    "stat.activity.okul": {"tr": "Okul oturumu", "en": "School session"},
    "stat.activity.egitim": {"tr": "Eğitim / atölye", "en": "Training / workshop"},
    "stat.activity.meslek_kursu": {
        "tr": "Meslek edindirme kursu",
        "en": "Vocational course",
    },
    "stat.activity.istihdam": {"tr": "İstihdam programı", "en": "Employment programme"},
    "stat.activity.kampanya": {"tr": "Kampanya", "en": "Campaign"},
    "stat.activity.diger": {"tr": "Diğer", "en": "Other"},
    # --- checks of what the admin enters ---
    "stat.work.unknown_activity_field": {
        "tr": "Bilinmeyen alan: {field}. Etkinlikte yalnızca şu alanlar olur: {allowed} "
        "(katılımcı adları yazılmaz, yalnızca sayısı).",
        "en": "Unknown field: {field}. An activity has only these fields: {allowed} "
        "(participants' names are never written, only their number).",
    },
    "stat.work.bad_date": {
        "tr": "Tarih YYYY-AA-GG biçiminde yazılmalı (ör. 2026-03-08).",
        "en": "Write the date as YYYY-MM-DD (e.g. 2026-03-08).",
    },
    "stat.work.future_date": {
        "tr": "Etkinlik tarihi ileride olamaz; yapılmış etkinlikler girilir.",
        "en": "The activity date cannot be in the future; enter activities that took place.",
    },
    "stat.work.bad_kind": {
        "tr": "Etkinlik türü şunlardan biri olmalı: {kinds}.",
        "en": "The activity kind must be one of: {kinds}.",
    },
    "stat.work.topic": {"tr": "Konu", "en": "Topic"},
    "stat.work.audience": {"tr": "Hedef kitle", "en": "Audience"},
    "stat.work.partner": {"tr": "Ortak kurum", "en": "Partner organisation"},
    "stat.work.note": {"tr": "Açıklama", "en": "Note"},
    "stat.work.bad_participants": {
        "tr": "Katılımcı sayısı 0 ya da daha büyük bir tam sayı olmalı.",
        "en": "The number of participants must be a whole number, 0 or more.",
    },
    "stat.work.bad_partners": {
        "tr": "Ortak kurumlar en çok {max} kurum adından oluşan bir liste olmalı.",
        "en": "Partner organisations must be a list of at most {max} names.",
    },
    "stat.work.not_text": {"tr": "{label} bir metin olmalı.", "en": "{label} must be text."},
    "stat.work.empty": {"tr": "{label} boş bırakılamaz.", "en": "{label} cannot be empty."},
    "stat.work.too_long": {
        "tr": "{label} en çok {max} karakter olabilir.",
        "en": "{label} can be at most {max} characters.",
    },
    "stat.work.identifier": {
        "tr": "{label} {what} içeriyor. Etkinlik ve standart kayıtları merkezden çıkar ve il "
        "raporunda basılır: ad, T.C. kimlik no., telefon, e-posta ya da dosya no. yazılmaz. "
        "Çıkarıp yeniden deneyin.",
        "en": "{label} contains {what}. Activity and standards records leave the centre and "
        "are printed in the province report: no names, T.C. identity numbers, phone numbers, "
        "e-mail addresses or case numbers. Remove it and try again.",
    },
    "stat.work.id.tc": {"tr": "bir T.C. kimlik numarası", "en": "a T.C. identity number"},
    "stat.work.id.phone": {"tr": "bir telefon numarası", "en": "a phone number"},
    "stat.work.id.email": {"tr": "bir e-posta adresi", "en": "an e-mail address"},
    "stat.work.id.case_number": {"tr": "bir dosya numarası", "en": "a case number"},
    "stat.work.unknown_field": {
        "tr": "Bilinmeyen alan: {field}.",
        "en": "Unknown field: {field}.",
    },
    "stat.work.bad_period": {
        "tr": 'Dönem "from" ve "to" ile yazılmalı: 2026, 2026-Q1, 2026-03 ya da 2026-03-01.',
        "en": 'Give the period with "from" and "to": 2026, 2026-Q1, 2026-03 or 2026-03-01.',
    },
    "stat.work.answers_not_object": {
        "tr": '"answers" her madde için bir yanıt içeren bir nesne olmalı.',
        "en": '"answers" must be an object with one answer for each item.',
    },
    "stat.work.no_such_item": {
        "tr": 'Kontrol listesinde "{item}" diye bir madde yok.',
        "en": 'The checklist has no item "{item}".',
    },
    "stat.work.bad_answer": {
        "tr": '"{item}" maddesinin yanıtı şunlardan biri olmalı: {answers}.',
        "en": 'The answer to "{item}" must be one of: {answers}.',
    },
    "stat.work.unanswered": {
        "tr": "{count} madde yanıtsız (ilki: {first}). Her madde yanıtlanmalı; "
        'geçerli değilse "uygulanamaz" yazın.',
        "en": "{count} items are unanswered (the first: {first}). Answer every item; "
        'where one does not apply, write "uygulanamaz".',
    },
    "stat.work.notes_not_object": {
        "tr": '"notes" madde anahtarından açıklamaya bir nesne olmalı.',
        "en": '"notes" must be an object from item key to note.',
    },
}
MESSAGES.update(
    {
        # --- cross tables (labels of the statistics schema: Turkish, like the tables) ---
        "stat.cross.age_under_25": {"tr": "25 yaşından küçük", "en": "Under 25"},
        "stat.cross.age_45_plus": {"tr": "45 ve üstü", "en": "45 and over"},
        "stat.cross.not_stated": {"tr": "Belirtilmedi", "en": "Not stated"},
        "stat.district.unmapped": {
            "tr": "Listede olmayan ilçe",
            "en": "District not on the list",
        },
        "stat.cross.whole_centre": {"tr": "Merkezin tümü", "en": "The whole centre"},
        "stat.cross.other_districts": {
            "tr": "Diğer ilçeler ({names})",
            "en": "Other districts ({names})",
        },
        "stat.cross.merged_note": {
            "tr": "{threshold} kadından az başvurusu olan ilçeler birleştirildi: {units}. "
            "Tek başına gösterilseler bir kadın tanınabilirdi.",
            "en": "Districts with fewer than {threshold} women applying were merged: {units}. "
            "Shown alone, a woman could be recognised.",
        },
        "stat.cross.coarse_note": {
            "tr": "Yaş grupları genişletildi (25'ten küçük, 25–44, 45 ve üstü): dar gruplarla "
            "hücrelerin yarısından çoğu gizlenmek zorunda kalıyordu.",
            "en": "Age groups were widened (under 25, 25–44, 45 and over): with narrow groups "
            "more than half of the cells would have had to be hidden.",
        },
    }
)

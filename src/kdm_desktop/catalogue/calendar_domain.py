"""Calendar rules and names (domain/calendar): field names, appointment types and
statuses, and the rule messages of appointments, closed days, working hours,
recurrence and the ICS export."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # What a restricted viewer sees of an entry with neither initials nor case number.
    "calendar.restricted_label": {"tr": "Randevu", "en": "Appointment"},
    # --- appointment fields, as messages name them ---
    "calendar.field.id": {"tr": "Randevu kimliği", "en": "Appointment ID"},
    "calendar.field.start": {"tr": "Başlangıç zamanı", "en": "Start time"},
    "calendar.field.duration_minutes": {"tr": "Süre", "en": "Duration"},
    "calendar.field.staff": {"tr": "Görevli kullanıcı adı", "en": "Staff user name"},
    "calendar.field.room": {"tr": "Oda", "en": "Room"},
    "calendar.field.case_id": {"tr": "Dosya", "en": "Case"},
    "calendar.field.type": {"tr": "Randevu türü", "en": "Appointment type"},
    "calendar.field.note": {"tr": "Not", "en": "Note"},
    "calendar.field.interpreter_needed": {
        "tr": "Tercüman gereksinimi",
        "en": "Interpreter needed",
    },
    "calendar.field.status": {"tr": "Randevu durumu", "en": "Appointment status"},
    "calendar.field.series_id": {"tr": "Seri kimliği", "en": "Series ID"},
    "calendar.field.occurrence_index": {
        "tr": "Seri içindeki sıra",
        "en": "Position in the series",
    },
    # --- appointment types and statuses ---
    "calendar.type.ilk_gorusme": {"tr": "İlk görüşme", "en": "First interview"},
    "calendar.type.psikolojik_destek": {"tr": "Psikolojik destek", "en": "Psychological support"},
    "calendar.type.hukuki_danismanlik": {"tr": "Hukuki danışmanlık", "en": "Legal counselling"},
    "calendar.type.sosyal_destek": {"tr": "Sosyal destek", "en": "Social support"},
    "calendar.type.takip": {"tr": "Takip", "en": "Follow-up"},
    "calendar.type.grup_calismasi": {"tr": "Grup çalışması", "en": "Group work"},
    "calendar.type.atolye": {"tr": "Atölye", "en": "Workshop"},
    "calendar.status.planned": {"tr": "Planlandı", "en": "Planned"},
    "calendar.status.done": {"tr": "Yapıldı", "en": "Done"},
    "calendar.status.cancelled": {"tr": "İptal", "en": "Cancelled"},
    "calendar.status.no_show": {"tr": "Gelmedi", "en": "Did not come"},
    # --- appointment rules ---
    "calendar.rule.not_datetime": {
        "tr": "{name} bir tarih-saat olmalı.",
        "en": "{name} must be a date and time.",
    },
    "calendar.rule.naive": {
        "tr": "{name} saat dilimi içermiyor; İstanbul saatine bağlı bir tarih-saat verilmeli.",
        "en": "{name} has no time zone; give a date and time in Istanbul time.",
    },
    "calendar.rule.already_aware": {
        "tr": "{name} zaten saat dilimli.",
        "en": "{name} already has a time zone.",
    },
    "calendar.rule.dst_gap": {
        "tr": "{name} {stamp} İstanbul saatinde yok (saat ileri alınmış).",
        "en": "{name} {stamp} does not exist in Istanbul time (the clocks went forward).",
    },
    "calendar.rule.dst_repeat": {
        "tr": "{name} {stamp} İstanbul saatinde iki kez yaşanmış (saat geri alınmış).",
        "en": "{name} {stamp} happened twice in Istanbul time (the clocks went back).",
    },
    "calendar.rule.year_range": {
        "tr": "{name} {low}–{high} yılları arasında olmalı.",
        "en": "{name} must lie between the years {low} and {high}.",
    },
    "calendar.rule.bad_uuid": {
        "tr": "{name} geçerli bir UUID değil: {value}.",
        "en": "{name} is not a valid UUID: {value}.",
    },
    "calendar.rule.case_empty": {
        "tr": "Dosya kimliği boş olamaz.",
        "en": "The case ID cannot be empty.",
    },
    "calendar.rule.group_no_case": {
        "tr": "{type} bir dosyaya bağlanamaz; katılımcılar ayrı kaydedilir.",
        "en": "{type} cannot be tied to one case; participants are recorded separately.",
    },
    "calendar.rule.room_text": {"tr": "Oda adı metin olmalı.", "en": "The room name must be text."},
    "calendar.rule.room_long": {
        "tr": "Oda adı en fazla {max} karakter olabilir.",
        "en": "The room name can be at most {max} characters.",
    },
    "calendar.rule.note_text": {"tr": "Not metin olmalı.", "en": "The note must be text."},
    "calendar.rule.note_long": {
        "tr": "Not en fazla {max} karakter olabilir (şu an {length}).",
        "en": "The note can be at most {max} characters (now {length}).",
    },
    "calendar.rule.interpreter_bool": {
        "tr": "Tercüman gereksinimi evet/hayır olarak verilmeli.",
        "en": "Give the interpreter need as yes or no.",
    },
    "calendar.rule.index_without_series": {
        "tr": "Seri içindeki sıra yalnızca seri randevularında olur.",
        "en": "Only appointments of a series have a position in the series.",
    },
    "calendar.rule.index_range": {
        "tr": "Seri içindeki sıra 0 ya da daha büyük bir tam sayı olmalı.",
        "en": "The position in the series must be a whole number, 0 or more.",
    },
}
MESSAGES.update(
    {
        # --- closed days and holidays ---
        "calendar.rule.closed_day_date": {
            "tr": "Kapalı gün için saat içermeyen bir tarih verilmeli.",
            "en": "Give a closed day as a date without a time.",
        },
        "calendar.rule.closed_day_reason": {
            "tr": "Kapalı gün için bir açıklama yazılmalı.",
            "en": "Write a reason for the closed day.",
        },
        "calendar.rule.closed_day_reason_long": {
            "tr": "Kapalı gün açıklaması en fazla {max} karakter olabilir.",
            "en": "The reason for a closed day can be at most {max} characters.",
        },
        "calendar.rule.holiday_range_dates": {
            "tr": "Tatil aralığı saat içermeyen tarihlerle verilmeli.",
            "en": "Give the holiday range as dates without a time.",
        },
        # --- export ---
        "calendar.rule.export_now_naive": {
            "tr": "Dışa aktarma zamanı saat dilimli verilmeli.",
            "en": "Give the export time with a time zone.",
        },
    }
)

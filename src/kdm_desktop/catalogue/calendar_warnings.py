"""The calendar's booking warnings, clash reasons, opening-hours and series summaries.

Read through `domain/calendar/wording.py`: dates are `Day` and weekday names `Weekdays`
parameters, so an English sentence carries an English date. Turkish is byte-for-byte
what the calendar said before these moved here."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "calendar.warning.centre_closed": {
        "tr": "{day}: merkez kapalı ({name}).",
        "en": "{day}: the centre is closed ({name}).",
    },
    "calendar.warning.holiday": {
        "tr": "{day} resmî tatil: {name}.",
        "en": "{day} is a public holiday: {name}.",
    },
    "calendar.warning.half_day": {
        "tr": "{day} arife günü ({occasion}): saat {hour:02d}.{minute:02d}'ten sonra resmî tatil.",
        "en": "{day} is the eve of {occasion}: a public holiday after {hour:02d}:{minute:02d}.",
    },
    "calendar.warning.non_working_day": {
        "tr": "{day}: merkezin çalışma günü değil.",
        "en": "{day}: not one of the centre's working days.",
    },
    "calendar.warning.outside_hours": {
        "tr": "{day}: randevu çalışma saatleri dışında ({weekday} {hours}).",
        "en": "{day}: the appointment is outside working hours ({weekday} {hours}).",
    },
    "calendar.conflict.staff": {
        "tr": "{who} {span} arasında başka bir randevuda",
        "en": "{who} has another appointment {span}",
    },
    "calendar.conflict.room": {
        "tr": "{room} bu saatte dolu ({span})",
        "en": "{room} is taken at this time ({span})",
    },
    "calendar.ics.warning": {
        "tr": "Bu dosya yalnızca sizin randevularınızı içerir: tarih, saat, süre, oda, randevu "
        "türü ve dosya numarası. Danışan adları ve randevu notları dosyaya yazılmaz. "
        "Dosya numarası ve randevu türü yine de hassas bilgidir: dosyayı şifresiz "
        "e-postayla göndermeyin, ortak ya da bulut takvimlerine aktarmayın, paylaşılan "
        "bilgisayarlarda bırakmayın ve işiniz bitince silin.",
        "en": "This file holds only your own appointments: date, time, length, room, "
        "appointment type and case number. Client names and appointment notes are not "
        "written to it. The case number and appointment type are still sensitive: do not "
        "send the file by unencrypted e-mail, do not import it into shared or cloud "
        "calendars, do not leave it on shared computers, and delete it when you are done.",
    },
    "calendar.hours.closed": {"tr": "Kapalı", "en": "Closed"},
    "calendar.rule.first_on_chosen_day": {
        "tr": "İlk randevu seçilen günlerden birine denk gelmeli ({chosen}); {day} bir {weekday}.",
        "en": "The first appointment must fall on one of the chosen days ({chosen}); "
        "{day} is a {weekday}.",
    },
    "calendar.series.daily": {"tr": "Her gün", "en": "Every day"},
    "calendar.series.every_days": {"tr": "{n} günde bir", "en": "Every {n} days"},
    "calendar.series.monthly": {"tr": "Her ay", "en": "Every month"},
    "calendar.series.every_months": {"tr": "{n} ayda bir", "en": "Every {n} months"},
    "calendar.series.month_day": {"tr": "{text} ayın {day}. günü", "en": "{text} on day {day}"},
    "calendar.series.weekly": {"tr": "Her hafta", "en": "Every week"},
    "calendar.series.every_weeks": {"tr": "{n} haftada bir", "en": "Every {n} weeks"},
    "calendar.series.on_days": {"tr": "{text} {days}", "en": "{text} on {days}"},
    "calendar.series.count": {"tr": "{text}; {count} seans", "en": "{text}; {count} sessions"},
    "calendar.series.until": {
        "tr": "{text}; {until} tarihine kadar",
        "en": "{text}; until {until}",
    },
}

"""Messages of the command line: `kdm appt / closed-day`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.calendar.help.appt_add": {
        "tr": "JSON dosyasından randevu ekle",
        "en": "add an appointment from a JSON file",
    },
    "cli.calendar.help.appt_list": {
        "tr": "tarih aralığındaki randevular",
        "en": "appointments in a date range",
    },
    "cli.calendar.help.appt_list.staff": {
        "tr": "yalnızca bu görevlinin (kullanıcı adı)",
        "en": "only this staff member's (user name)",
    },
    "cli.calendar.help.appt_cancel": {
        "tr": "randevuyu iptal et",
        "en": "cancel an appointment",
    },
    "cli.calendar.help.appt_cancel.ref": {
        "tr": "randevu kimliği ya da listedeki 'ref'",
        "en": "appointment ID or the 'ref' from the list",
    },
    "cli.calendar.help.appt_status": {
        "tr": "randevu durumunu değiştir",
        "en": "change an appointment's status",
    },
    "cli.calendar.help.appt_status.status": {
        "tr": "planned, done, cancelled, no_show (ya da Türkçesi)",
        "en": "planned, done, cancelled, no_show (or the Turkish word)",
    },
    "cli.calendar.help.appt_status.add_service": {
        "tr": "yapıldıysa dosyanın hizmet kaydına ekle",
        "en": "if done, add it to the case's service record",
    },
    "cli.calendar.help.closed_add": {
        "tr": "kapalı gün ekle (ör. idari izin)",
        "en": "add a closed day (e.g. administrative leave)",
    },
    "cli.calendar.help.closed_add.reason": {
        "tr": "ör. İdari izin",
        "en": "e.g. İdari izin",
    },
    "cli.calendar.help.closed_list": {
        "tr": "kapalı günleri listele",
        "en": "list closed days",
    },
    "cli.calendar.help.closed_remove": {
        "tr": "kapalı günü kaldır",
        "en": "remove a closed day",
    },
    "cli.calendar.bad_date": {
        "tr": "{option}: YYYY-AA-GG bekleniyor",
        "en": "{option}: expected YYYY-MM-DD",
    },
    "cli.calendar.warning": {
        "tr": "\nUyarı: {warning}",
        "en": "\nWarning: {warning}",
    },
    "cli.calendar.to_before_from": {
        "tr": "--to, --from tarihinden önce olamaz",
        "en": "--to cannot be before --from",
    },
    "cli.calendar.appts_none": {
        "tr": "Bu aralıkta randevu yok.",
        "en": "No appointments in this range.",
    },
    "cli.calendar.cancelled": {
        "tr": "İptal edildi: {line}",
        "en": "Cancelled: {line}",
    },
    "cli.calendar.closed_saved": {
        "tr": "Kapalı gün kaydedildi: {line}",
        "en": "Closed day saved: {line}",
    },
    "cli.calendar.closed_none": {
        "tr": "Kayıtlı kapalı gün yok.",
        "en": "No closed days recorded.",
    },
    "cli.calendar.closed_removed": {
        "tr": "Kapalı gün kaldırıldı.",
        "en": "Closed day removed.",
    },
    "cli.calendar.appt_saved": {
        "tr": "Randevu kaydedildi: {ref}",
        "en": "Appointment saved: {ref}",
    },
    "cli.calendar.status_line": {
        "tr": "Durum: {line}",
        "en": "Status: {line}",
    },
}

"""Messages of the command line: `kdm case`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.cases.help.add": {
        "tr": "JSON dosyasından yeni dosya aç",
        "en": "open a new case from a JSON file",
    },
    "cli.cases.help.update": {
        "tr": "dosyada yalnızca JSON'da verilen alanları değiştir",
        "en": "change only the fields given in the JSON",
    },
    "cli.cases.help.show.ref": {
        "tr": "dosya kimliği (UUID) ya da dosya numarası",
        "en": "case ID (UUID) or case number",
    },
    "cli.cases.help.show": {
        "tr": "bir dosyanın tamamını göster",
        "en": "show a whole case",
    },
    "cli.cases.help.search": {
        "tr": "ad, soyad, T.C., telefon, dosya no",
        "en": "first name, last name, T.C. number, phone, case number",
    },
    "cli.cases.help.list": {
        "tr": "dosya listesi (süzgeçli, sayfalı)",
        "en": "list of cases (filtered, paged)",
    },
    "cli.cases.help.list.status": {
        "tr": "durum; birden çok verilebilir",
        "en": "status; may be given more than once",
    },
    "cli.cases.help.list.staff": {
        "tr": "sorumlu personel (kullanıcı adı); '-' atanmamışlar",
        "en": "responsible staff member (user name); '-' for unassigned",
    },
    "cli.cases.help.list.from": {
        "tr": "başvuru tarihi en erken",
        "en": "earliest application date",
    },
    "cli.cases.help.list.to": {
        "tr": "başvuru tarihi en geç",
        "en": "latest application date",
    },
    "cli.cases.help.list.text": {
        "tr": "ad, soyad, T.C., telefon ya da dosya no",
        "en": "first name, last name, T.C. number, phone or case number",
    },
    "cli.cases.help.list.desc": {
        "tr": "ters sıra",
        "en": "reverse order",
    },
    "cli.cases.help.status": {
        "tr": "dosya durumunu değiştir",
        "en": "change a case's status",
    },
    "cli.cases.help.status.reason": {
        "tr": "kapanış nedeni: ",
        "en": "closure reason: ",
    },
    "cli.cases.help.status.note": {
        "tr": "açıklama",
        "en": "note",
    },
    "cli.cases.help.assign": {
        "tr": "dosyayı bir personele ver",
        "en": "give a case to a staff member",
    },
    "cli.cases.help.assign.username": {
        "tr": "kullanıcı adı; '-' kimseye",
        "en": "user name; '-' for nobody",
    },
    "cli.cases.date_arg": {
        "tr": "{option}: YYYY-AA-GG bekleniyor",
        "en": "{option}: expected YYYY-MM-DD",
    },
    "cli.cases.choice_arg": {
        "tr": "{option}: '{value}'; seçenekler: {choice_list}",
        "en": "{option}: '{value}'; choices: {choice_list}",
    },
    "cli.cases.none_found": {
        "tr": "Eşleşen dosya yok.",
        "en": "No matching cases.",
    },
    "cli.cases.added": {
        "tr": "Dosya açıldı: {case_number} ({id})",
        "en": "Case opened: {case_number} ({id})",
    },
    "cli.cases.possible_duplicates": {
        "tr": "\nDikkat, aynı kişi olabilir: {numbers}",
        "en": "\nCareful, possibly the same person: {numbers}",
    },
    "cli.cases.changed_fields": {
        "tr": "değişen alanlar: {fields}",
        "en": "changed fields: {fields}",
    },
    "cli.cases.no_changes": {
        "tr": "değişiklik yok",
        "en": "no changes",
    },
    "cli.cases.show_application": {
        "tr": "Başvuru: {application_date}   Sorumlu: {assigned_to}",
        "en": "Application: {application_date}   Responsible: {assigned_to}",
    },
    "cli.cases.show_counts": {
        "tr": "Hizmet kaydı: {count_services}   Not: {count_notes}   Ek: {count_attachments}",
        "en": (
            "Services: {count_services}   Notes: {count_notes}   Attachments: {count_attachments}"
        ),
    },
    "cli.cases.address_withheld": {
        "tr": "Adres gizli: gösterilmiyor.",
        "en": "Address confidential: not shown.",
    },
    "cli.cases.status_changed": {
        "tr": "{case_number}: durum '{status}' oldu.",
        "en": "{case_number}: status is now '{status}'.",
    },
    "cli.cases.assigned": {
        "tr": "{case_number}: sorumlu personel {staff}.",
        "en": "{case_number}: responsible staff member {staff}.",
    },
    "cli.cases.search_stdin_missing": {
        "tr": "Aranacak metin okunamadı: metin yerine - verildiğinde metin stdin'den okunur "
        "(--password-stdin ile parolanın altındaki satırdan). Metni o satıra yazın.",
        "en": "No search text was read: with - in place of the text, it is read from stdin "
        "(with --password-stdin, from the line after the password). Put the text on that line.",
    },
    "cli.cases.prompt.search": {
        "tr": "Aranacak metin (ekranda görünmez): ",
        "en": "Text to search for (not shown): ",
    },
    "cli.cases.help.search.stdin": {
        "tr": "ad, soyad, T.C., telefon, dosya no; - ile stdin'den okunur "
        "(kabuk geçmişinde kalmaz)",
        "en": "first name, last name, T.C. number, phone, case number; - reads it from "
        "stdin (kept out of the shell history)",
    },
}

"""Messages of the command line: `kdm risk / safety-plan / order / reminders`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.protection.help.risk_add": {
        "tr": "JSON dosyasındaki yanıtlarla değerlendir",
        "en": "assess with the answers in a JSON file",
    },
    "cli.protection.help.risk_add.ref": {
        "tr": "dosya kimliği (UUID) ya da dosya numarası",
        "en": "case ID (UUID) or case number",
    },
    "cli.protection.help.risk_list": {
        "tr": "dosyanın risk değerlendirmeleri",
        "en": "the risk assessments of a case",
    },
    "cli.protection.help.save": {
        "tr": "JSON dosyasından yeni sürüm kaydet",
        "en": "save a new version from a JSON file",
    },
    "cli.protection.help.print": {
        "tr": "son sürümü PDF olarak kaydet",
        "en": "save the latest version as a PDF",
    },
    "cli.protection.help.numbers": {
        "tr": "planın başındaki acil numaralar",
        "en": "the emergency numbers at the top of the plan",
    },
    "cli.protection.help.numbers_set": {
        "tr": "merkezin acil numara listesini JSON'dan kaydet",
        "en": "save the centre's emergency number list from JSON",
    },
    "cli.protection.help.numbers_set.file": {
        "tr": '{{"numbers": [{{"number", "label"}}, …]}}',
        "en": '{{"numbers": [{{"number", "label"}}, …]}}',
    },
    "cli.protection.help.numbers_reset": {
        "tr": "programın acil numara listesine dön",
        "en": "go back to the program's emergency number list",
    },
    "cli.protection.help.order_add": {
        "tr": "JSON dosyasından tedbir kararı ekle",
        "en": "add a protective order from a JSON file",
    },
    "cli.protection.help.order_list": {
        "tr": "dosyanın tedbir kararları",
        "en": "the protective orders of a case",
    },
    "cli.protection.help.reminders.days": {
        "tr": "kaç gün ileriye bakılsın",
        "en": "how many days ahead to look",
    },
    "cli.protection.risk_saved": {
        "tr": "Risk değerlendirmesi kaydedildi: ",
        "en": "Risk assessment saved: ",
    },
    "cli.protection.risks_none": {
        "tr": "Risk değerlendirmesi yok.",
        "en": "No risk assessments.",
    },
    "cli.protection.plan_saved": {
        "tr": "Güvenlik planı kaydedildi (sürüm {version}).",
        "en": "Safety plan saved (version {version}).",
    },
    "cli.protection.plan_printed": {
        "tr": "Güvenlik planı (sürüm {version}) kaydedildi: {path}",
        "en": "Safety plan (version {version}) saved: {path}",
    },
    "cli.protection.order_saved": {
        "tr": "Tedbir kararı kaydedildi: {describe_tr}, son gün {current_end} ({label}). {id}",
        "en": "Protective order saved: {describe_tr}, last day {current_end} ({label}). {id}",
    },
    "cli.protection.orders_none": {
        "tr": "Tedbir kararı yok.",
        "en": "No protective orders.",
    },
    "cli.protection.reminders_none": {
        "tr": "Hatırlatma yok.",
        "en": "No reminders.",
    },
    "cli.protection.computed_level": {
        "tr": " (hesaplanan: {level})",
        "en": " (computed: {level})",
    },
    "cli.protection.assessment_line": {
        "tr": "{date}  puan {score}/{item_count}  seviye {level}{raised}  {id}",
        "en": "{date}  score {score}/{item_count}  level {level}{raised}  {id}",
    },
}

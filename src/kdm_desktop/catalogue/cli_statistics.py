"""Messages of the command line: `kdm stats / activity / standards`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.statistics.help.stats_show": {
        "tr": "merkezin kesin sayıları",
        "en": "the centre's exact counts",
    },
    "cli.statistics.help.cross": {
        "tr": "iki özelliğin çapraz tablosu (gizlenmiş)",
        "en": "cross table of two properties (suppressed)",
    },
    "cli.statistics.help.cross.by_district": {
        "tr": "ilçelere göre",
        "en": "by district",
    },
    "cli.statistics.help.export": {
        "tr": "koordinasyona .kdmstat dosyası",
        "en": "a .kdmstat file for the coordination",
    },
    "cli.statistics.help.export.suppressed_only": {
        "tr": "yalnızca gizlenmiş sayılar",
        "en": "suppressed counts only",
    },
    "cli.statistics.help.export.preview": {
        "tr": "yalnızca gidecek sayıları göster",
        "en": "only show the counts that would be sent",
    },
    "cli.statistics.help.import": {
        "tr": ".kdmstat dosyalarını içe al",
        "en": "import .kdmstat files",
    },
    "cli.statistics.help.report": {
        "tr": "il raporu (PDF, CSV, XLSX)",
        "en": "province report (PDF, CSV, XLSX)",
    },
    "cli.statistics.help.districts": {
        "tr": "listede olmayan ilçe yazımları",
        "en": "district spellings not in the list",
    },
    "cli.statistics.help.activity_add": {
        "tr": "JSON dosyasından etkinlik ekle",
        "en": "add an activity from a JSON file",
    },
    "cli.statistics.help.activity_list": {
        "tr": "etkinlikler",
        "en": "activities",
    },
    "cli.statistics.help.standards_answer": {
        "tr": "JSON dosyasındaki yanıtları kaydet",
        "en": "save the answers in a JSON file",
    },
    "cli.statistics.help.standards_show": {
        "tr": "yanıtlar ve ihtiyaç listesi",
        "en": "answers and the list of needs",
    },
    "cli.statistics.show_title": {
        "tr": "İstatistik: {label} (kesin sayılar; yalnızca vaka erişimi olanlar için)",
        "en": "Statistics: {label} (exact counts; only for those with case access)",
    },
    "cli.statistics.show_by_district": {
        "tr": "\nİlçelere göre yeni başvuru",
        "en": "\nNew applications by district",
    },
    "cli.statistics.cross_title": {
        "tr": "{title} × {title2} (en küçük gösterilen sayı {k})",
        "en": "{title} × {title2} (smallest count shown {k})",
    },
    "cli.statistics.all_districts": {
        "tr": "Tüm ilçeler",
        "en": "All districts",
    },
    "cli.statistics.export_written": {
        "tr": "\n\nİstatistik dosyası {recipient} için şifrelendi, imzalandı: {path}",
        "en": "\n\nStatistics file encrypted and signed for {recipient}: {path}",
    },
    "cli.statistics.import_done": {
        "tr": "İçe alındı: {centre_code} ({centre_name}), {label}",
        "en": "Imported: {centre_code} ({centre_name}), {label}",
    },
    "cli.statistics.import_replaced": {
        "tr": " — aynı dönemin eski dosyasının yerine geçti",
        "en": " — replaced the older file of the same period",
    },
    "cli.statistics.report_saved": {
        "tr": "İl raporu ({label}, {count_centres} merkez, k = {k}): ",
        "en": "Province report ({label}, {count_centres} centres, k = {k}): ",
    },
    "cli.statistics.unmapped_line": {
        "tr": "{text!r}: {cases} dosya",
        "en": "{text!r}: {cases} file(s)",
    },
    "cli.statistics.help.release": {
        "tr": "yayın ayarları: küçük hücre eşiği (k) ve yayın dönemleri (ay, ceyrek, yil)",
        "en": "release settings: small-cell threshold (k) and release periods (ay, ceyrek, yil)",
    },
    "cli.statistics.release": {
        "tr": "Bu yayının küçük hücre eşiği k = {k}: her yayımlanan tablo bununla gizlenir; "
        "--min-cell yalnızca yükseltebilir. Yayımlanan sayılar yalnızca {unit} için verilir.",
        "en": "This release's small-cell threshold k = {k}: every published table is "
        "suppressed with it; --min-cell can only raise it. Published numbers are given only "
        "for {unit}.",
    },
    "cli.statistics.districts_all_match": {
        "tr": "Bütün ilçe yazımları listedeki ilçelerle eşleşiyor.",
        "en": "Every district spelling matches a district in the list.",
    },
    "cli.statistics.activity_saved": {
        "tr": "Etkinlik kaydedildi: {date} {kind}, {participants} katılımcı. {id}",
        "en": "Activity saved: {date} {kind}, {participants} participants. {id}",
    },
    "cli.statistics.activity_line": {
        "tr": "{date}  {kind:<26} {participants:>5} kişi  {topic}",
        "en": "{date}  {kind:<26} {participants:>5} people  {topic}",
    },
    "cli.statistics.standards_title": {
        "tr": "{label} — {title} (sürüm {version})",
        "en": "{label} — {title} (version {version})",
    },
    "cli.statistics.standards_needs": {
        "tr": "  İhtiyaçlar: ",
        "en": "  Needs: ",
    },
    "cli.statistics.standards_saved": {
        "tr": "Öz değerlendirme kaydedildi.\n",
        "en": "Self-assessment saved.\n",
    },
    "cli.statistics.standards_none": {
        "tr": "Henüz öz değerlendirme yapılmadı; maddelerin listesi --json çıktısında.",
        "en": "No self-assessment yet; the list of items is in the --json output.",
    },
    "cli.statistics.total": {
        "tr": "Toplam",
        "en": "Total",
    },
    "cli.statistics.note": {
        "tr": "  Not: {note}",
        "en": "  Note: {note}",
    },
    "cli.statistics.no_activities": {
        "tr": "Etkinlik yok.",
        "en": "No activities.",
    },
}

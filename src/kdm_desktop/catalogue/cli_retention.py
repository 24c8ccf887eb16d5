"""Messages of the command line: `kdm retention / subject-request / subject-export`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.retention.help.policy": {
        "tr": "saklama politikası",
        "en": "retention policy",
    },
    "cli.retention.help.set": {
        "tr": "bir kayıt türünün süresini değiştir",
        "en": "change the retention period of a record kind",
    },
    "cli.retention.help.due": {
        "tr": "şimdi imha edilecekler ve nedenleri",
        "en": "what is due for destruction now, and why",
    },
    "cli.retention.help.run": {
        "tr": "süresi dolanları imha et",
        "en": "destroy what is past its retention period",
    },
    "cli.retention.help.run.confirm": {
        "tr": "listeyi inceledim, imha et",
        "en": "I have reviewed the list; destroy",
    },
    "cli.retention.help.run.reviewed": {
        "tr": "incelenen listenin kodu (kdm retention run gösterir): yalnızca o liste imha "
        "edilir; liste değiştiyse hiçbir şey imha edilmez",
        "en": "the code of the list you reviewed (kdm retention run shows it): only that list "
        "is destroyed; if it has changed, nothing is",
    },
    "cli.retention.help.records": {
        "tr": "imha kayıtları",
        "en": "destruction records",
    },
    "cli.retention.help.minutes": {
        "tr": "imha tutanağını PDF olarak kaydet",
        "en": "save the destruction minutes as a PDF",
    },
    "cli.retention.help.hold": {
        "tr": "dosyayı yasal saklamaya al",
        "en": "put a case under legal hold",
    },
    "cli.retention.help.release": {
        "tr": "yasal saklamayı kaldır",
        "en": "lift a legal hold",
    },
    "cli.retention.help.holds": {
        "tr": "yasal saklamadaki dosyalar",
        "en": "cases under legal hold",
    },
    "cli.retention.help.request_add": {
        "tr": "talebi kaydet",
        "en": "record a request",
    },
    "cli.retention.help.request_add.date": {
        "tr": "talebin alındığı gün (varsayılan: bugün)",
        "en": "the day the request was received (default: today)",
    },
    "cli.retention.help.request_list": {
        "tr": "talepler ve 30 günlük süreleri",
        "en": "requests and their 30-day deadlines",
    },
    "cli.retention.help.request_answer": {
        "tr": "talebe verilen yanıtı kaydet",
        "en": "record the answer given to a request",
    },
    "cli.retention.help.request_review": {
        "tr": "silme talebinin incelemesi",
        "en": "review of an erasure request",
    },
    "cli.retention.help.request_erase": {
        "tr": "silme talebi üzerine dosyayı imha et",
        "en": "destroy the case on an erasure request",
    },
    "cli.retention.due_line": {
        "tr": "{where}{label}: {count} kayıt — {reason}",
        "en": "{where}{label}: {count} records — {reason}",
    },
    "cli.retention.due_none": {
        "tr": "Süresi dolan kayıt yok.",
        "en": "No records past their retention period.",
    },
    "cli.retention.signature_ok": {
        "tr": "imza doğru",
        "en": "signature valid",
    },
    "cli.retention.signature_bad": {
        "tr": "İMZA DOĞRULANAMADI",
        "en": "SIGNATURE NOT VERIFIED",
    },
    "cli.retention.record_line": {
        "tr": "{id}  {run_at}  {run_by}  {total} kayıt  {sig}  saklama {keep_until}",
        "en": "{id}  {run_at}  {run_by}  {total} records  {sig}  kept until {keep_until}",
    },
    "cli.retention.request_answered": {
        "tr": "yanıtlandı {answered_on}",
        "en": "answered {answered_on}",
    },
    "cli.retention.request_overdue": {
        "tr": "SÜRESİ GEÇTİ ({days_left} gün)",
        "en": "OVERDUE ({days_left} days)",
    },
    "cli.retention.request_days_left": {
        "tr": "{days_left} gün kaldı",
        "en": "{days_left} days left",
    },
    "cli.retention.request_line": {
        "tr": "{id}  {case_number}  {label}  alındı {received_on}  son gün {due_on}  {state}",
        "en": "{id}  {case_number}  {label}  received {received_on}  due {due_on}  {state}",
    },
    "cli.retention.policy_line": {
        "tr": (
            "{kind:18} {years:>2} yıl ({min_years}-{max_years})  {label}; başlangıç: {events_text}"
        ),
        "en": (
            "{kind:18} {years:>2} years ({min_years}-{max_years})  {label}; starts: {events_text}"
        ),
    },
    "cli.retention.policy_title": {
        "tr": "{title} (sürüm {version})\n{text}",
        "en": "{title} (version {version})\n{text}",
    },
    "cli.retention.set_done": {
        "tr": "Süre kaydedildi: {kind} {years} yıl.",
        "en": "Period saved: {kind} {years} years.",
    },
    "cli.retention.run_done": {
        "tr": (
            "{total} kayıt imha edildi; imha kaydı {id}. Tutanak: kdm retention minutes {id2} -o "
            "tutanak.pdf"
        ),
        "en": (
            "{total} records destroyed; destruction record {id}. Minutes: kdm retention minutes "
            "{id2} -o minutes.pdf"
        ),
    },
    "cli.retention.records_none": {
        "tr": "İmha kaydı yok.",
        "en": "No destruction records.",
    },
    "cli.retention.minutes_saved": {
        "tr": "İmha tutanağı kaydedildi: {out}",
        "en": "Destruction minutes saved: {out}",
    },
    "cli.retention.hold_done": {
        "tr": "{case_number} yasal saklamaya alındı.",
        "en": "{case_number} is under legal hold.",
    },
    "cli.retention.release_done": {
        "tr": "{case_number} için yasal saklama kaldırıldı.",
        "en": "Legal hold lifted for {case_number}.",
    },
    "cli.retention.holds_none": {
        "tr": "Yasal saklamada dosya yok.",
        "en": "No cases under legal hold.",
    },
    "cli.retention.requests_none": {
        "tr": "Kayıtlı talep yok.",
        "en": "No requests recorded.",
    },
    "cli.retention.request_answer_saved": {
        "tr": "Yanıt kaydedildi: ",
        "en": "Answer recorded: ",
    },
    "cli.retention.review_erasable": {
        "tr": "{case_number}: dosyanın tamamı imha edilebilir (istatistik alanları anonim kalır).",
        "en": (
            "{case_number}: the whole case can be destroyed (the statistics fields stay, "
            "anonymised)."
        ),
    },
    "cli.retention.review_blocked": {
        "tr": "{case_number} şu anda imha edilemez: ",
        "en": "{case_number} cannot be destroyed now: ",
    },
    "cli.retention.erase_done": {
        "tr": "Dosya imha edildi; imha kaydı {id}.",
        "en": "Case destroyed; destruction record {id}.",
    },
    "cli.retention.export_saved": {
        "tr": "Kişisel veri dökümü kaydedildi: {out}",
        "en": "Personal data statement saved: {out}",
    },
    "cli.retention.request_added": {
        "tr": "Talep kaydedildi: ",
        "en": "Request recorded: ",
    },
    "cli.retention.due_kept": {
        "tr": "{case_number}  SAKLANIYOR — ",
        "en": "{case_number}  KEPT — ",
    },
}

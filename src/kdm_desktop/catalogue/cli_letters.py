"""Messages of the command line: `kdm letter / consent`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.letters.help.templates": {
        "tr": "yazı şablonları ve kurum türleri",
        "en": "letter templates and institution kinds",
    },
    "cli.letters.help.template_show": {
        "tr": "bir şablonun metni",
        "en": "the text of one template",
    },
    "cli.letters.help.template_edit": {
        "tr": "şablonun metnini değiştir (yeni sürüm)",
        "en": "change a template's text (new version)",
    },
    "cli.letters.help.template_edit.file": {
        "tr": '{{"subject": …, "addressee": …, "body": …}}',
        "en": '{{"subject": …, "addressee": …, "body": …}}',
    },
    "cli.letters.help.template_history": {
        "tr": "şablonun sürümleri",
        "en": "the versions of a template",
    },
    "cli.letters.help.settings": {
        "tr": "yazı sayısı biçimi, imza yetkilisi, il",
        "en": "letter number format, signatory, province",
    },
    "cli.letters.help.settings.number_pattern": {
        "tr": "ör. {{code}}/{{year}}/SY-{{seq}}",
        "en": "e.g. {{code}}/{{year}}/SY-{{seq}}",
    },
    "cli.letters.help.settings.signatory_name": {
        "tr": "imza yetkilisinin adı soyadı",
        "en": "the signatory's full name",
    },
    "cli.letters.help.settings.signatory_title": {
        "tr": "ör. Müdür",
        "en": "e.g. Müdür",
    },
    "cli.letters.help.settings.province": {
        "tr": "merkezin ili (81 ilden biri; muhatapta ve merkez adresinde), ör. İzmir",
        "en": "the centre's province (one of the 81; in addressees and its address), e.g. İzmir",
    },
    "cli.letters.help.logo": {
        "tr": "merkezin logosu (PNG / JPEG)",
        "en": "the centre's logo (PNG / JPEG)",
    },
    "cli.letters.help.logo.file": {
        "tr": "PNG ya da JPEG resmi",
        "en": "a PNG or JPEG image",
    },
    "cli.letters.help.logo.remove": {
        "tr": "logoyu kaldır",
        "en": "remove the logo",
    },
    "cli.letters.help.make": {
        "tr": "sevk yazısı oluştur ve PDF kaydet",
        "en": "make a referral letter and save the PDF",
    },
    "cli.letters.help.make.ref": {
        "tr": "dosya kimliği (UUID) ya da dosya numarası",
        "en": "case ID (UUID) or case number",
    },
    "cli.letters.help.make.tick": {
        "tr": "isteğe bağlı bilgi",
        "en": "optional information",
    },
    "cli.letters.help.list": {
        "tr": "bir dosyanın gönderilen yazıları",
        "en": "the letters sent for a case",
    },
    "cli.letters.help.reprint": {
        "tr": "kayıtlı yazıyı aynen yeniden al",
        "en": "reprint a stored letter exactly as it was",
    },
    "cli.letters.help.reprint.letter": {
        "tr": "yazı kimliği ya da sayısı",
        "en": "letter ID or number",
    },
    "cli.letters.help.status": {
        "tr": "takip: answered | result",
        "en": "follow-up: answered | result",
    },
    "cli.letters.help.summary": {
        "tr": "dosya özeti PDF'i",
        "en": "case summary PDF",
    },
    "cli.letters.help.consent_grant": {
        "tr": "açık rıza kaydet",
        "en": "record explicit consent",
    },
    "cli.letters.help.consent_withdraw": {
        "tr": "açık rızayı geri al",
        "en": "withdraw explicit consent",
    },
    "cli.letters.help.consent.recipient": {
        "tr": "kurum türü (kdm letter templates)",
        "en": "institution kind (kdm letter templates)",
    },
    "cli.letters.help.consent.date": {
        "tr": "varsayılan: bugün",
        "en": "default: today",
    },
    "cli.letters.bad_date": {
        "tr": "--date: YYYY-AA-GG bekleniyor",
        "en": "--date: expected YYYY-MM-DD",
    },
    "cli.letters.template_text": {
        "tr": "{name} (sürüm {version}, {created_at} {created_by})",
        "en": "{name} (version {version}, {created_at} {created_by})",
    },
    "cli.letters.template_edit": {
        "tr": "Şablon {name} kaydedildi: sürüm {version}",
        "en": "Template {name} saved: version {version}",
    },
    "cli.letters.template_history": {
        "tr": "sürüm {version:<3} {created_at}  {created_by:<16} {subject}",
        "en": "version {version:<3} {created_at}  {created_by:<16} {subject}",
    },
    "cli.letters.no_signatory": {
        "tr": "(belirlenmedi: yazıyı hazırlayan imzalar)",
        "en": "(not set: the person who prepares the letter signs it)",
    },
    "cli.letters.settings": {
        "tr": (
            "Yazı sayısı biçimi: {number_pattern}\n"
            "Sıradaki yazı sayısı: {number}\n"
            "İmza yetkilisi: {signatory}\n"
            "İl: {province}"
        ),
        "en": (
            "Letter number format: {number_pattern}\n"
            "Next letter number: {number}\n"
            "Signatory: {signatory}\n"
            "Province: {province}"
        ),
    },
    "cli.letters.logo_removed": {
        "tr": "Logo kaldırıldı.",
        "en": "Logo removed.",
    },
    "cli.letters.make": {
        "tr": "Sevk yazısı {number} kaydedildi: {path}",
        "en": "Referral letter {number} saved: {path}",
    },
    "cli.letters.list_empty": {
        "tr": "Gönderilmiş yazı yok.",
        "en": "No letters sent.",
    },
    "cli.letters.reprint": {
        "tr": "Yazı yeniden kaydedildi: {path}",
        "en": "Letter saved again: {path}",
    },
    "cli.letters.summary": {
        "tr": "Dosya özeti kaydedildi: {path}",
        "en": "Case summary saved: {path}",
    },
    "cli.letters.consent_grant": {
        "tr": "Açık rıza kaydedildi: {label}",
        "en": "Explicit consent recorded: {label}",
    },
    "cli.letters.consent_withdraw": {
        "tr": "Açık rıza geri alındı: {label}",
        "en": "Explicit consent withdrawn: {label}",
    },
    "cli.letters.template_subject": {
        "tr": "Konu: {subject}",
        "en": "Subject: {subject}",
    },
    "cli.letters.template_addressee": {
        "tr": "Muhatap: {addressee}",
        "en": "Addressee: {addressee}",
    },
    "cli.letters.not_set": {
        "tr": "(belirlenmedi)",
        "en": "(not set)",
    },
    "cli.letters.logo_saved": {
        "tr": "Logo kaydedildi ({size} bayt).",
        "en": "Logo saved ({size} bytes).",
    },
}

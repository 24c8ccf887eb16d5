"""Messages of the `kdm` parser itself: top-level command helps, metavars, common options
and argparse's own words (issue #19).

The `cli.command.*` helps are shared by cli/commands.py (the stand-ins `kdm --help`
lists without loading the command modules) and each module's `register`. The
`cli.argparse.*` entries hold argparse's English msgid as "en" and its Turkish
wording as "tr" (see cli/argtext.py).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.argparse.ambiguous": {
        "tr": "belirsiz seçenek: %(option)s şunlardan biri olabilir: %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "cli.argparse.argument": {
        "tr": "%(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "cli.argparse.error": {
        "tr": "%(prog)s: hata: %(message)s\n",
        "en": "%(prog)s: error: %(message)s\n",
    },
    "cli.argparse.expected_at_least_one": {
        "tr": "en az bir değer bekleniyor",
        "en": "expected at least one argument",
    },
    "cli.argparse.expected_at_most_one": {
        "tr": "en çok bir değer bekleniyor",
        "en": "expected at most one argument",
    },
    "cli.argparse.expected_n": {
        "tr": "%s değer bekleniyor",
        "en": "expected %s argument",
    },
    "cli.argparse.expected_n_plural": {
        "tr": "%s değer bekleniyor",
        "en": "expected %s arguments",
    },
    "cli.argparse.expected_one": {
        "tr": "bir değer bekleniyor",
        "en": "expected one argument",
    },
    "cli.argparse.help": {
        "tr": "bu yardımı göster ve çık",
        "en": "show this help message and exit",
    },
    "cli.argparse.ignored_explicit": {
        "tr": "bu seçenek değer almaz: %r",
        "en": "ignored explicit argument %r",
    },
    "cli.argparse.invalid_choice": {
        "tr": "geçersiz seçim: %(value)r (seçenekler: %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "cli.argparse.invalid_value": {
        "tr": "geçersiz %(type)s: %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    "cli.argparse.not_allowed_with": {
        "tr": "şu argümanla birlikte kullanılamaz: %s",
        "en": "not allowed with argument %s",
    },
    "cli.argparse.number_type": {
        "tr": "sayı",
        "en": "number",
    },
    "cli.argparse.one_required": {
        "tr": "şu argümanlardan biri gerekli: %s",
        "en": "one of the arguments %s is required",
    },
    "cli.argparse.optional_arguments": {
        "tr": "seçenekler",
        "en": "optional arguments",
    },
    "cli.argparse.options": {
        "tr": "seçenekler",
        "en": "options",
    },
    "cli.argparse.positionals": {
        "tr": "konumsal argümanlar",
        "en": "positional arguments",
    },
    "cli.argparse.required": {
        "tr": "şu argümanlar gerekli: %s",
        "en": "the following arguments are required: %s",
    },
    "cli.argparse.unexpected_option": {
        "tr": "beklenmeyen seçenek: %s",
        "en": "unexpected option string: %s",
    },
    "cli.argparse.unknown_parser": {
        "tr": "bilinmeyen komut %(parser_name)r (seçenekler: %(choices)s)",
        "en": "unknown parser %(parser_name)r (choices: %(choices)s)",
    },
    "cli.argparse.unrecognized": {
        "tr": "tanınmayan argümanlar: %s",
        "en": "unrecognized arguments: %s",
    },
    "cli.argparse.usage": {
        "tr": "kullanım: ",
        "en": "usage: ",
    },
    "cli.argparse_error.argument": {
        "tr": "argüman ",
        "en": "argument ",
    },
    "cli.argparse_error.choose_from": {
        "tr": "seçenekler",
        "en": "choose from",
    },
    "cli.argparse_error.expected_one": {
        "tr": "bir değer bekleniyor",
        "en": "expected one argument",
    },
    "cli.argparse_error.invalid_choice": {
        "tr": "geçersiz seçim",
        "en": "invalid choice",
    },
    "cli.argparse_error.invalid_int": {
        "tr": "geçersiz sayı",
        "en": "invalid int value",
    },
    "cli.argparse_error.not_allowed_with": {
        "tr": "şu argümanla birlikte kullanılamaz",
        "en": "not allowed with argument",
    },
    "cli.argparse_error.required": {
        "tr": "şu argümanlar gerekli",
        "en": "the following arguments are required",
    },
    "cli.argparse_error.unrecognized": {
        "tr": "tanınmayan argümanlar",
        "en": "unrecognized arguments",
    },
    "cli.command.activity": {
        "tr": "önleyici çalışmalar, programlar",
        "en": "preventive work, programmes",
    },
    "cli.command.appt": {
        "tr": "randevu takvimi",
        "en": "appointment calendar",
    },
    "cli.command.audit": {
        "tr": "denetim kaydı",
        "en": "audit log",
    },
    "cli.command.backup": {
        "tr": "yedekleme ve geri yükleme",
        "en": "backup and restore",
    },
    "cli.command.bundle": {
        "tr": "merkezler arası şifreli aktarım",
        "en": "encrypted transfer between centres",
    },
    "cli.command.case": {
        "tr": "vaka dosyaları (danışan kayıtları)",
        "en": "case files (client records)",
    },
    "cli.command.centre": {
        "tr": "merkez anahtarları ve güvenilen merkezler",
        "en": "centre keys and trusted centres",
    },
    "cli.command.check": {
        "tr": "bütünlük ve denetim zinciri denetimi",
        "en": "integrity and audit chain check",
    },
    "cli.command.closed_day": {
        "tr": "merkezin kapalı günleri",
        "en": "the centre's closed days",
    },
    "cli.command.consent": {
        "tr": "açık rıza kaydet / geri al",
        "en": "record / withdraw explicit consent",
    },
    "cli.command.demo": {
        "tr": "uydurma verilerle bir deneme vaka dosyası oluştur",
        "en": "create a trial case file with invented data",
    },
    "cli.command.info": {
        "tr": "sürüm, şema, şifreleme, yol, sayılar",
        "en": "version, schema, encryption, path, counts",
    },
    "cli.command.init": {
        "tr": "yeni bir şifreli vaka dosyası oluştur",
        "en": "create a new encrypted case file",
    },
    "cli.command.letter": {
        "tr": "sevk yazıları (resmî yazı, PDF)",
        "en": "referral letters (official letters, PDF)",
    },
    "cli.command.order": {
        "tr": "6284 koruyucu/önleyici tedbirler",
        "en": "6284 protective/preventive orders",
    },
    "cli.command.perpetrator": {
        "tr": "şiddet uygulayan bölümü",
        "en": "the perpetrator section",
    },
    "cli.command.recover": {
        "tr": (
            "kurtarma anahtarıyla --user için yeni parola belirle (stdin: 1. satır anahtar, 2. "
            "satır yeni parola)"
        ),
        "en": (
            "set a new password for --user with the recovery key (stdin: line 1 the key, line 2 "
            "the new password)"
        ),
    },
    "cli.command.recovery_key": {
        "tr": "kurtarma anahtarı",
        "en": "recovery key",
    },
    "cli.command.rekey": {
        "tr": "vaka dosyasını yeni bir ana anahtara geçir (bir parola sızmış olabilirse)",
        "en": "move the case file to a new master key (if a password may have leaked)",
    },
    "cli.command.reminders": {
        "tr": "yaklaşan ve geciken hatırlatmalar",
        "en": "upcoming and overdue reminders",
    },
    "cli.command.retention": {
        "tr": "KVKK saklama ve imha",
        "en": "KVKK retention and destruction",
    },
    "cli.command.risk": {
        "tr": "risk değerlendirmeleri",
        "en": "risk assessments",
    },
    "cli.command.safety_plan": {
        "tr": "güvenlik planı",
        "en": "safety plan",
    },
    "cli.command.standards": {
        "tr": "asgari standartlar öz değerlendirmesi",
        "en": "minimum standards self-assessment",
    },
    "cli.command.stats": {
        "tr": "istatistikler",
        "en": "statistics",
    },
    "cli.command.subject_export": {
        "tr": "kişinin kendi verisinin PDF'i",
        "en": "a PDF of the person's own data",
    },
    "cli.command.subject_request": {
        "tr": "KVKK m. 11 talepleri",
        "en": "KVKK art. 11 requests",
    },
    "cli.command.user": {
        "tr": "personel hesapları",
        "en": "staff accounts",
    },
    "cli.main.description": {
        "tr": "KDM Desktop: kadın danışma merkezi şifreli vaka dosyası.",
        "en": "KDM Desktop: the encrypted case file of a women's counselling centre.",
    },
    "cli.main.epilog": {
        "tr": (
            "Çıkış kodları: 0 tamam, 1 hata, 2 kullanım, 3 kimlik doğrulama, 4 reddedilen girdi. "
            "KDM_PASSWORD ortam değişkeni de parola olarak kabul edilir; aynı makinedeki başka "
            "süreçler görebileceği için yalnızca betiklerde, dikkatle kullanın."
        ),
        "en": (
            "Exit codes: 0 ok, 1 error, 2 usage, 3 authentication, 4 refused input. The "
            "KDM_PASSWORD environment variable is also accepted as the password; other processes "
            "on the same machine may see it, so use it only in scripts, with care."
        ),
    },
    "cli.metavar.command": {
        "tr": "KOMUT",
        "en": "COMMAND",
    },
    "cli.metavar.date": {
        "tr": "YYYY-AA-GG",
        "en": "YYYY-MM-DD",
    },
    "cli.metavar.feature": {
        "tr": "ÖZELLİK",
        "en": "PROPERTY",
    },
    "cli.metavar.key_value": {
        "tr": "ANAHTAR=DEĞER",
        "en": "KEY=VALUE",
    },
    "cli.metavar.name": {
        "tr": "AD",
        "en": "NAME",
    },
    "cli.metavar.pattern": {
        "tr": "BİÇİM",
        "en": "PATTERN",
    },
    "cli.metavar.province": {
        "tr": "İL",
        "en": "PROVINCE",
    },
    "cli.metavar.text": {
        "tr": "METİN",
        "en": "TEXT",
    },
    "cli.metavar.title": {
        "tr": "UNVAN",
        "en": "TITLE",
    },
    "cli.option.data_dir": {
        "tr": "vaka dosyasının klasörü",
        "en": "the case file's folder",
    },
    "cli.option.json": {
        "tr": "makine okunur çıktı",
        "en": "machine-readable output",
    },
    "cli.option.lang": {
        "tr": "ileti dili",
        "en": "message language",
    },
    "cli.option.password_stdin": {
        "tr": "parolayı stdin'den bir satır oku",
        "en": "read the password as one line from stdin",
    },
    "cli.option.user": {
        "tr": "kullanıcı adı",
        "en": "user name",
    },
    "cli.option.version": {
        "tr": "program sürümünü göster ve çık",
        "en": "show the program's version and exit",
    },
    "cli.prompt.new_password": {
        "tr": "Yeni parola: ",
        "en": "New password: ",
    },
    "cli.prompt.password": {
        "tr": "Parola: ",
        "en": "Password: ",
    },
}

"""Which module serves which top-level `kdm` command, and its one-line help.

`kdm --help` lists every command, but importing every command module would load
every service, reportlab, the holiday calendar and the crypto stack: 0.45 s
before a line of help (issue #18). The parser therefore loads only the modules
of the commands named on the command line; the other commands get a stand-in
entry with the same name and help, so the listing, the usage line and the
"invalid choice" message stay exactly as they were.

The names and helps here must match what each module's `register` adds, in the
same order; tests/core/test_cli_lazy.py compares them with the full parser.
A new command module is added here (module path, then its commands in order).
"""

from __future__ import annotations

COMMANDS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "kdm_desktop.cli.cmd_casefile",
        (
            ("init", "yeni bir şifreli vaka dosyası oluştur"),
            ("info", "sürüm, şema, şifreleme, yol, sayılar"),
            ("check", "bütünlük ve denetim zinciri denetimi"),
            (
                "recover",
                "kurtarma anahtarıyla --user için yeni parola belirle "
                "(stdin: 1. satır anahtar, 2. satır yeni parola)",
            ),
            ("rekey", "vaka dosyasını yeni bir ana anahtara geçir (bir parola sızmış olabilirse)"),
            ("recovery-key", "kurtarma anahtarı"),
        ),
    ),
    ("kdm_desktop.cli.cmd_users", (("user", "personel hesapları"),)),
    ("kdm_desktop.cli.cmd_audit", (("audit", "denetim kaydı"),)),
    ("kdm_desktop.cli.cmd_demo", (("demo", "uydurma verilerle bir deneme vaka dosyası oluştur"),)),
    ("kdm_desktop.cli.cmd_backup", (("backup", "yedekleme ve geri yükleme"),)),
    ("kdm_desktop.cli.cmd_cases", (("case", "vaka dosyaları (danışan kayıtları)"),)),
    (
        "kdm_desktop.cli.cmd_protection",
        (
            ("risk", "risk değerlendirmeleri"),
            ("safety-plan", "güvenlik planı"),
            ("order", "6284 koruyucu/önleyici tedbirler"),
            ("reminders", "yaklaşan ve geciken hatırlatmalar"),
        ),
    ),
    ("kdm_desktop.cli.cmd_perpetrator", (("perpetrator", "şiddet uygulayan bölümü"),)),
    (
        "kdm_desktop.cli.cmd_calendar",
        (("appt", "randevu takvimi"), ("closed-day", "merkezin kapalı günleri")),
    ),
    (
        "kdm_desktop.cli.cmd_letters",
        (
            ("letter", "sevk yazıları (resmî yazı, PDF)"),
            ("consent", "açık rıza kaydet / geri al"),
        ),
    ),
    (
        "kdm_desktop.cli.cmd_bundle",
        (
            ("centre", "merkez anahtarları ve güvenilen merkezler"),
            ("bundle", "merkezler arası şifreli aktarım"),
        ),
    ),
    (
        "kdm_desktop.cli.cmd_statistics",
        (
            ("stats", "istatistikler"),
            ("activity", "önleyici çalışmalar, programlar"),
            ("standards", "asgari standartlar öz değerlendirmesi"),
        ),
    ),
    (
        "kdm_desktop.cli.cmd_retention",
        (
            ("retention", "KVKK saklama ve imha"),
            ("subject-request", "KVKK m. 11 talepleri"),
            ("subject-export", "kişinin kendi verisinin PDF'i"),
        ),
    ),
)

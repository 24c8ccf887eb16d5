"""Messages of the command line: `kdm demo`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.demo.help.cases": {
        "tr": "kaç vaka (varsayılan 60)",
        "en": "how many cases (default 60)",
    },
    "cli.demo.created": {
        "tr": (
            "Deneme vaka dosyası oluşturuldu: {path}\n"
            "Kullanıcılar: {users}\n"
            "Parola (hepsi için): {demo_password}\n"
            "Bu dosyadaki bütün kişiler uydurmadır."
        ),
        "en": (
            "Trial case file created: {path}\n"
            "Users: {users}\n"
            "Password (for all): {demo_password}\n"
            "Every person in this file is invented."
        ),
    },
}

"""Messages of the `kdm` parser itself: top-level command helps, metavars, common options
and argparse's own words (issue #19).

The `cli.command.*` helps are shared by cli/commands.py (the stand-ins `kdm --help`
lists without loading the command modules) and each module's `register`. The
`cli.argparse.*` entries hold argparse's English msgid as "en" and its Turkish
wording as "tr" (see cli/argtext.py).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.command.consent": {
        "tr": "açık rıza kaydet / geri al",
        "en": "record / withdraw explicit consent",
    },
    "cli.command.letter": {
        "tr": "sevk yazıları (resmî yazı, PDF)",
        "en": "referral letters (official letters, PDF)",
    },
    "cli.metavar.command": {
        "tr": "KOMUT",
        "en": "COMMAND",
    },
    "cli.metavar.date": {
        "tr": "YYYY-AA-GG",
        "en": "YYYY-MM-DD",
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
    "cli.metavar.title": {
        "tr": "UNVAN",
        "en": "TITLE",
    },
}

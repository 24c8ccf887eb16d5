"""One refused field, said by the CLI: exit 4, its own sentence, its key and field.

Pinned byte for byte (text and --json, Turkish and English) so the single-field
refusals keep their output whatever type carries them inside (issue #19)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from letters_support import new_case

from kdm_desktop import messages
from kdm_desktop.cli.main import main
from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_testing import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def kdm(casefile, monkeypatch, capsys):
    def run(*argv: str, stdin: str = ADMIN_PASSWORD + "\n"):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            code = main(
                ["--data-dir", str(casefile.data_dir), "--user", ADMIN, "--password-stdin", *argv]
            )
        finally:
            messages.set_language("tr")  # --lang en is process-wide; a real run exits
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_one_field_refusals_keep_their_exit_code_json_and_sentences(kdm, casefile) -> None:
    with casefile.login() as s:
        case_id = new_case(s, share=(RecipientKind.POLICE,))
        year = s.now().year
    commands = {
        "closure": ("case", "status", case_id, "kapali"),
        "recipient": ("consent", "withdraw", case_id, "--purpose", "share", "--recipient", "x"),
        "user": ("user", "role", "kimse", "sosyal_calismaci"),
        "pattern": ("letter", "settings", "--number-pattern", "{code}-{year}-{seq}"),
        "letter_field": (
            "letter",
            "make",
            case_id,
            "--template",
            "emniyet-bildirim",
            "-o",
            "x.pdf",
        ),
    }
    seen = {}
    for name, argv in commands.items():
        for lang in ("tr", "en"):
            for mode in ((), ("--json",)):
                code, out, err = kdm("--lang", lang, *argv, *mode)
                # The year is today's (a letter number in the pattern's example).
                out, err = (t.replace(str(year), "<YYYY>") for t in (out, err))
                seen[f"{name} {lang} {' '.join(mode)}"] = [code, out, err]
    expected = json.loads(Path(__file__).with_name("one_field_refusals.json").read_text("utf-8"))
    assert seen == expected

"""Issue 12: every CLI command, hostile input, the exit-code contract, Turkish only.

The commands come from the argparse parser itself (see cli_table), so a command
added later is in this table without anyone editing it. Each command that reads
a file gets a missing file, malformed JSON, 100,000-level nesting, a 5,000-digit
number, invalid UTF-8 and a non-object; every command also runs with huge
numbers and out-of-range dates in its number and date arguments.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from cli_table import VARIANTS, Command, argv_for, cases, commands, english_in

from kdm_desktop import messages
from kdm_desktop.cli.main import main
from kdm_desktop.services.casefile import create_case_file
from kdm_testing import ADMIN, ADMIN_PASSWORD, CENTRE

CASES = list(cases())
NEW_PASSWORD = "Yeni-Parola-2026-Deneme"


@pytest.fixture(scope="module")
def template_dir(tmp_path_factory) -> Path:
    """One case file for the module; each test works on its own copy."""
    data_dir = tmp_path_factory.mktemp("table") / "data"
    created = create_case_file(
        data_dir, centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    created.session.close()
    return data_dir


def _run(template_dir: Path, tmp_path: Path, command: Command, variant: str, monkeypatch, capsys):
    data_dir = tmp_path / "data"
    shutil.copytree(template_dir, data_dir)
    input_file = tmp_path / "girdi.json"
    content = VARIANTS.get(variant)
    if content is not None:
        input_file.write_bytes(content)
    argv = [
        "--data-dir",
        str(data_dir),
        "--user",
        ADMIN,
        "--password-stdin",
        *argv_for(command, tmp_path, input_file, huge=variant == "args"),
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{ADMIN_PASSWORD}\n{NEW_PASSWORD}\n"))
    messages.set_language("tr")
    try:
        code = main(argv)
    except SystemExit as exc:  # --help and --version exit through argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out + err, argv


def test_the_table_covers_every_command() -> None:
    names = {c.name for c in commands()}
    # A sample that must be there; the rest follows from the parser.
    assert {"case add", "appt add", "letter make", "bundle resolve", "backup create"} <= names
    assert len(names) >= 60
    with_input = {c.name for c in commands() if c.input_files()}
    assert {
        "case add",
        "case update",
        "appt add",
        "risk add",
        "safety-plan save",
        "order add",
        "letter template-edit",
        "letter logo",
        "backup verify",
        "bundle import",
    } <= with_input


@pytest.mark.parametrize(
    ("command", "variant"), CASES, ids=[f"{c.name.replace(' ', '-')}:{v}" for c, v in CASES]
)
def test_every_command_refuses_bad_input_cleanly(
    template_dir: Path, tmp_path: Path, command: Command, variant: str, monkeypatch, capsys
) -> None:
    code, text, argv = _run(template_dir, tmp_path, command, variant, monkeypatch, capsys)
    assert "Traceback" not in text, argv
    assert "Beklenmeyen" not in text, (argv, text)
    if variant == "args":
        # 0 ok, 2 usage, 3 permission, 4 refused; 1 only for "no such record".
        assert code in (0, 2, 3, 4) or (code == 1 and "bulunamadı" in text), (argv, code, text)
    else:
        assert code == 4, (argv, code, text)
    assert english_in(text, str(tmp_path)) == [], (argv, text)


@pytest.mark.parametrize(
    "words",
    [("case", "add"), ("appt", "add"), ("letter", "template-edit", "x"), ("backup", "verify")],
)
def test_english_with_lang_en(template_dir, tmp_path, words, monkeypatch, capsys) -> None:
    data_dir = tmp_path / "data"
    shutil.copytree(template_dir, data_dir)
    missing = tmp_path / "yok.json"
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    argv = ["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", "--lang", "en"]
    try:
        code = main([*argv, *words, str(missing)])
    finally:
        messages.set_language("tr")
    err = capsys.readouterr().err
    assert code == 4
    assert "not found" in err or "could not be read" in err, err
    assert not set("ğışçöüİĞŞ") & set(err.replace(str(tmp_path), "")), err


def test_help_is_turkish_and_english_with_lang_en(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["case", "add", "--help"])
    turkish = capsys.readouterr().out
    assert "kullanım:" in turkish and "konumsal argümanlar" in turkish
    assert "bu yardımı göster" in turkish
    assert english_in(turkish) == [], turkish
    try:
        with pytest.raises(SystemExit):
            main(["--lang", "en", "case", "add", "--help"])
    finally:
        messages.set_language("tr")
    english = capsys.readouterr().out
    assert "usage:" in english and "positional arguments" in english

"""The `kdm` command line: a contract of commands, JSON output and exit codes."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from kdm_desktop import messages
from kdm_desktop.cli.main import main

PW = "Çok-Gizli-Parola-1"


def run(monkeypatch, capsys, argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def initialised(tmp_path: Path, monkeypatch, capsys) -> tuple[Path, str]:
    d = tmp_path / "data"
    code, out, _ = run(
        monkeypatch,
        capsys,
        [
            "--data-dir",
            str(d),
            "init",
            "--centre",
            "Işıklar KDM",
            "--centre-code",
            "ISK",
            "--admin",
            "ayse",
            "--password-stdin",
            "--json",
        ],
        PW + "\n",
    )
    assert code == 0
    return d, json.loads(out)["recovery_key"]


def test_init_prints_the_recovery_key(initialised) -> None:
    _, key = initialised
    assert len(key.split("-")) == 11


def test_info_json(initialised, monkeypatch, capsys) -> None:
    d, _ = initialised
    code, out, _ = run(
        monkeypatch,
        capsys,
        ["--data-dir", str(d), "--user", "ayse", "--password-stdin", "info", "--json"],
        PW + "\n",
    )
    info = json.loads(out)
    assert code == 0
    assert info["cipher_version"].startswith("4.")
    assert info["centre"]["name"] == "Işıklar KDM"
    assert info["counts"]["users"] == 1
    assert info["path"].endswith("casefile.kdm")


def test_options_work_after_the_command_too(initialised, monkeypatch, capsys) -> None:
    d, _ = initialised
    code, out, _ = run(
        monkeypatch,
        capsys,
        ["info", "--data-dir", str(d), "--user", "ayse", "--password-stdin", "--json"],
        PW + "\n",
    )
    assert code == 0 and json.loads(out)["schema_version"] >= 2


def test_data_dir_from_environment(initialised, monkeypatch, capsys) -> None:
    d, _ = initialised
    monkeypatch.setenv("KDM_DATA_DIR", str(d))
    monkeypatch.setenv("KDM_PASSWORD", PW)
    code, _, _ = run(monkeypatch, capsys, ["--user", "ayse", "info"])
    assert code == 0


def test_wrong_password_exits_3_in_turkish(initialised, monkeypatch, capsys) -> None:
    d, _ = initialised
    code, out, err = run(
        monkeypatch,
        capsys,
        ["--data-dir", str(d), "--user", "ayse", "--password-stdin", "info"],
        "yanlış\n",
    )
    assert code == 3
    assert "parola yanlış" in err
    assert "Traceback" not in out + err


def test_wrong_password_json(initialised, monkeypatch, capsys) -> None:
    d, _ = initialised
    code, out, _ = run(
        monkeypatch,
        capsys,
        ["--data-dir", str(d), "--user", "ayse", "--password-stdin", "info", "--json"],
        "x\n",
    )
    assert code == 3
    assert json.loads(out)["error_code"] == "auth.failed"


def test_english_messages(initialised, monkeypatch, capsys) -> None:
    d, _ = initialised
    code, _, err = run(
        monkeypatch,
        capsys,
        ["--lang", "en", "--data-dir", str(d), "--user", "ayse", "--password-stdin", "info"],
        "x\n",
    )
    assert code == 3 and "Wrong user name or password" in err
    from kdm_desktop import messages

    messages.set_language("tr")


def test_usage_errors_exit_2(monkeypatch, capsys) -> None:
    code, _, err = run(monkeypatch, capsys, ["no-such-command"])
    assert code == 2 and "Kullanım hatası" in err
    code, _, _ = run(monkeypatch, capsys, [])
    assert code == 2


def test_missing_case_file(tmp_path, monkeypatch, capsys) -> None:
    code, _, err = run(
        monkeypatch,
        capsys,
        ["--data-dir", str(tmp_path / "none"), "--user", "a", "--password-stdin", "info"],
        "x\n",
    )
    assert code == 1 and "vaka dosyası yok" in err


def test_user_lifecycle_and_recover(initialised, monkeypatch, capsys) -> None:
    d, key = initialised
    base = ["--data-dir", str(d), "--user", "ayse", "--password-stdin"]
    code, out, _ = run(
        monkeypatch,
        capsys,
        [*base, "user", "add", "zehra", "--role", "psikolog", "--json"],
        f"{PW}\nzehra-parola-2026\n",
    )
    assert code == 0 and json.loads(out)["role"] == "psikolog"
    code, out, _ = run(monkeypatch, capsys, [*base, "user", "list", "--json"], PW + "\n")
    assert [u["username"] for u in json.loads(out)["users"]] == ["ayse", "zehra"]
    code, _, _ = run(
        monkeypatch,
        capsys,
        ["--data-dir", str(d), "--user", "zehra", "--password-stdin", "user", "passwd"],
        "zehra-parola-2026\nzehranın-yeni-parolası\n",
    )
    assert code == 0
    code, _, _ = run(
        monkeypatch,
        capsys,
        [
            "--data-dir",
            str(d),
            "--user",
            "zehra",
            "--password-stdin",
            "user",
            "add",
            "xyz",
            "--role",
            "avukat",
        ],
        "zehranın-yeni-parolası\nxyz-parola-12345\n",
    )
    assert code == 3  # a psychologist may not manage users
    code, out, _ = run(monkeypatch, capsys, [*base, "user", "remove", "zehra", "--json"], PW + "\n")
    assert code == 0 and json.loads(out)["rekeyed"] is True
    code, _, _ = run(
        monkeypatch,
        capsys,
        ["--data-dir", str(d), "--user", "ayse", "--password-stdin", "recover"],
        f"{key.lower()}\nkurtarılmış-parola\n",
    )
    assert code == 0
    code, _, _ = run(
        monkeypatch, capsys, [*base[:-1], "--password-stdin", "check"], "kurtarılmış-parola\n"
    )
    assert code == 0


def test_invalid_input_exits_4(initialised, monkeypatch, capsys) -> None:
    d, _ = initialised
    base = ["--data-dir", str(d), "--user", "ayse", "--password-stdin"]
    code, _, err = run(
        monkeypatch,
        capsys,
        [*base, "user", "add", "x", "--role", "avukat"],
        f"{PW}\nuzun-parola-123\n",
    )
    assert code == 4 and "Kullanıcı adı" in err
    code, _, _ = run(
        monkeypatch,
        capsys,
        ["--data-dir", str(d), "--user", "ayse", "--password-stdin", "recover"],
        "AAAAA-BBBBB\nyeni-parola-1234\n",
    )
    assert code == 4


def test_audit_verify_and_check_catch_tampering(initialised, monkeypatch, capsys) -> None:
    d, _ = initialised
    base = ["--data-dir", str(d), "--user", "ayse", "--password-stdin"]
    assert run(monkeypatch, capsys, [*base, "audit", "verify"], PW + "\n")[0] == 0
    from kdm_desktop.services.casefile import open_session

    with open_session(d, "ayse", PW) as s:
        s.db.conn.execute("DROP TRIGGER audit_log_no_update")
        s.db.conn.execute("UPDATE audit_log SET username = 'mallory'")
    code, out, _ = run(monkeypatch, capsys, [*base, "audit", "verify", "--json"], PW + "\n")
    assert code == 4 and json.loads(out)["sound"] is False
    assert run(monkeypatch, capsys, [*base, "check"], PW + "\n")[0] == 4
    # The sentences follow --lang; the stable keys beside them do not (docs/cli.md).
    turkish = json.loads(out)
    from kdm_desktop import messages

    try:
        code, out, _ = run(
            monkeypatch, capsys, ["--lang", "en", *base, "audit", "verify", "--json"], PW + "\n"
        )
    finally:
        messages.set_language("tr")  # a new `kdm` process starts in Turkish
    english = json.loads(out)
    assert code == 4 and english["problem_codes"] == turkish["problem_codes"]
    assert "security.audit.altered" in english["problem_codes"]
    assert len(english["problems"]) == len(english["problem_codes"])
    assert english["problems"] != turkish["problems"]
    assert all(not re.search("[çğıöşüİ]", p) for p in english["problems"])


def test_unexpected_errors_never_show_a_traceback(initialised, monkeypatch, capsys) -> None:
    d, _ = initialised

    def boom(self):
        raise RuntimeError("Ayşe Yılmaz 10000000146")  # a message that must not be logged

    monkeypatch.setattr("kdm_desktop.services.session.Session.info", boom)
    code, out, err = run(
        monkeypatch,
        capsys,
        ["--data-dir", str(d), "--user", "ayse", "--password-stdin", "info"],
        PW + "\n",
    )
    assert code == 1
    assert "Traceback" not in out + err and "Beklenmeyen" in err
    log = (d / "logs" / "kdm.log").read_text("utf-8")
    assert "RuntimeError" in log and "Ayşe" not in log and "10000000146" not in log


def test_demo_creates_synthetic_case_file(tmp_path, monkeypatch, capsys) -> None:
    d = tmp_path / "demo"
    code, out, _ = run(
        monkeypatch, capsys, ["--data-dir", str(d), "demo", "--cases", "5", "--json"]
    )
    assert code == 0
    data = json.loads(out)
    assert "yonetici" in data["users"]
    code, out, _ = run(
        monkeypatch,
        capsys,
        ["--data-dir", str(d), "--user", "yonetici", "--password-stdin", "info", "--json"],
        data["password"] + "\n",
    )
    assert code == 0 and json.loads(out)["counts"]["users"] == 5


def test_role_names_speak_the_screen_language(initialised, monkeypatch, capsys) -> None:
    """Re-audit of #19: `user list`, `user add` and a permission refusal printed the
    Turkish role name ("Psikolog") on an English screen; `--json` keeps its Turkish
    `role_label` and the stable `role` code."""
    try:
        d, _ = initialised
        base = ["--data-dir", str(d), "--user", "ayse", "--password-stdin", "--lang", "en"]
        code, out, _ = run(
            monkeypatch,
            capsys,
            [*base, "user", "add", "zehra", "--role", "psikolog"],
            f"{PW}\nzehra-parola-2026\n",
        )
        assert code == 0 and "Psychologist" in out and "Psikolog" not in out
        code, out, _ = run(monkeypatch, capsys, [*base, "user", "list"], PW + "\n")
        assert code == 0 and "Administrator" in out and "Yönetici" not in out
        code, _, err = run(
            monkeypatch,
            capsys,
            ["--data-dir", str(d), "--user", "zehra", "--password-stdin", "--lang", "en",
             "user", "add", "xyz", "--role", "avukat"],
            "zehra-parola-2026\nxyz-parola-12345\n",
        )  # fmt: skip
        assert code == 3 and "Psychologist" in err and "Psikolog" not in err
        code, out, _ = run(monkeypatch, capsys, [*base, "user", "list", "--json"], PW + "\n")
        users = {u["username"]: u for u in json.loads(out)["users"]}
        assert users["zehra"]["role"] == "psikolog" and users["zehra"]["role_label"] == "Psikolog"
        messages.set_language("tr")  # a new process starts in Turkish
        code, out, _ = run(monkeypatch, capsys, [*base[:-2], "user", "list"], PW + "\n")
        assert "Psikolog" in out
    finally:
        messages.set_language("tr")

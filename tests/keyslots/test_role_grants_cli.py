"""`kdm user key-pending` and `kdm user key-confirm`: the command line's side of
giving the psychologists' notes key (exit 3 for someone who may not give it)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import sqlcipher3

from kdm_desktop.cli.main import main
from kdm_desktop.services.casefile import open_session

PW = "Çok-Gizli-Parola-1"
ZEHRA = "zehra-parola-2026"
MERVE = "merve-parola-2026"


def run(monkeypatch, capsys, argv: list[str], stdin: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def centre(tmp_path: Path, monkeypatch, capsys) -> Path:
    d = tmp_path / "data"
    init = ["--data-dir", str(d), "init", "--centre", "Işıklar KDM", "--centre-code", "ISK"]
    code, _, _ = run(monkeypatch, capsys, [*init, "--admin", "ayse", "--password-stdin"], PW + "\n")
    assert code == 0
    admin = ["--data-dir", str(d), "--user", "ayse", "--password-stdin", "user", "add"]
    for name, password in (("zehra", ZEHRA), ("merve", MERVE)):
        code, _, _ = run(
            monkeypatch, capsys, [*admin, name, "--role", "psikolog"], f"{PW}\n{password}\n"
        )
        assert code == 0
    return d


def _as(d: Path, user: str) -> list[str]:
    return ["--data-dir", str(d), "--user", user, "--password-stdin", "user"]


def test_a_holder_confirms_a_new_psychologist_and_an_admin_cannot(
    centre: Path, monkeypatch, capsys
) -> None:
    code, out, _ = run(
        monkeypatch, capsys, [*_as(centre, "ayse"), "key-pending", "--json"], PW + "\n"
    )
    data = json.loads(out)
    assert code == 0 and [p["username"] for p in data["pending"]] == ["merve"]
    assert data["can_confirm"] is False and data["readers_tampered"] is False
    code, out, err = run(
        monkeypatch, capsys, [*_as(centre, "ayse"), "key-confirm", "merve", "--json"], PW + "\n"
    )
    assert code == 3 and json.loads(out)["exit_code"] == 3
    assert "anahtarı taşıyan bir psikolog" in json.loads(out)["error"]
    # Zehra, the first psychologist, holds the key: she gives it.
    code, out, _ = run(monkeypatch, capsys, [*_as(centre, "zehra"), "key-pending"], ZEHRA + "\n")
    assert code == 0 and out.startswith("merve") and "Psikolog" in out
    code, out, _ = run(
        monkeypatch, capsys, [*_as(centre, "zehra"), "key-confirm", "merve"], ZEHRA + "\n"
    )
    assert code == 0 and "'merve' kullanıcısına verildi" in out
    code, out, _ = run(monkeypatch, capsys, [*_as(centre, "zehra"), "key-pending"], ZEHRA + "\n")
    assert code == 0 and "onay bekleyen kimse yok" in out
    # Not pending any more: confirming again is refused input, not a second grant.
    code, _, err = run(
        monkeypatch, capsys, [*_as(centre, "zehra"), "key-confirm", "merve"], ZEHRA + "\n"
    )
    assert code == 4 and "onay beklemiyor" in err


def test_a_tampered_list_is_reported_on_stderr(centre: Path, monkeypatch, capsys) -> None:
    with open_session(centre, "ayse", PW) as s:
        key = s.master_key
    conn = sqlcipher3.connect(str(centre / "casefile.kdm"))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("UPDATE meta SET value = '00' WHERE key = 'rolekey.psych.readers_mac'")
        conn.commit()
    finally:
        conn.close()
    code, out, err = run(
        monkeypatch, capsys, [*_as(centre, "zehra"), "key-pending", "--json"], ZEHRA + "\n"
    )
    assert code == 0 and json.loads(out)["readers_tampered"] is True
    assert "anahtarı taşımayan biri tarafından değiştirilmiş" in err

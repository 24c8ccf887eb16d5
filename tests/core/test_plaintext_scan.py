"""After a scripted session, no file the app wrote holds personal data in the clear."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import pytest

from kdm_desktop.cli.main import main
from kdm_desktop.domain import synthetic
from kdm_desktop.services import demo


def _needles() -> list[bytes]:
    words = {
        *synthetic.FIRST_NAMES,
        *synthetic.LAST_NAMES,
        *(name for _, _, name in demo.DEMO_STAFF),
        demo.DEMO_CENTRE.address,
    }
    # Long, non-ASCII words cannot turn up by chance in ciphertext.
    chosen = [w for w in words if len(w.encode()) >= 6 and not w.isascii()]
    return [enc for w in chosen for enc in (w.encode("utf-8"), w.encode("utf-16-le"))]


def _scan(root: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {n!r}" for n in needles if n in data]
    return hits


def test_no_plaintext_in_data_dir_or_temp(tmp_path: Path, monkeypatch, capsys) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    data_dir = tmp_path / "data"

    def kdm(argv: list[str], stdin: str = "") -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return main(["--data-dir", str(data_dir), *argv])

    assert kdm(["demo", "--cases", "40", "--json"]) == 0
    password = json.loads(capsys.readouterr().out)["password"]
    login = ["--user", demo.DEMO_ADMIN, "--password-stdin"]
    for argv in (["info"], ["check"], ["audit", "list"], ["user", "list"]):
        assert kdm([*login, *argv], password + "\n") == 0
    assert kdm([*login, "user", "remove", "avukat"], password + "\n") == 0
    assert kdm([*login, "info"], "wrong\n") == 3
    capsys.readouterr()

    needles = _needles()
    assert len(needles) > 40
    assert _scan(data_dir, needles) == []
    assert _scan(tmp, needles) == []


@pytest.mark.parametrize("word", ["Çiğdem", "Işıl"])
def test_the_scan_would_find_plaintext(tmp_path: Path, word: str) -> None:
    (tmp_path / "leak.txt").write_text(f"danışan: {word}", "utf-8")
    assert _scan(tmp_path, _needles())

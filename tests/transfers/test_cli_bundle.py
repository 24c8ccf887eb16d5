"""The `kdm centre` and `kdm bundle` commands between two centres' data folders."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from transfer_support import add_case, make_centre

from kdm_desktop.cli.main import main
from kdm_testing import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def kdm(monkeypatch, capsys):
    def run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        code = main(["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_key_exchange_bundle_and_receipt(kdm, tmp_path: Path) -> None:
    a = make_centre(tmp_path, "NRL", "Nilüfer KDM")
    b = make_centre(tmp_path, "KDZ", "Kadıköy KDM")
    with a.login() as s:
        ref = add_case(s, attachments=True)
        add_case(s, first_name="Zeynep", share=False)

    code, out, _ = kdm(a.data_dir, "centre", "fingerprint", "--json")
    assert code == 0
    fp_a = json.loads(out)["fingerprint"]
    assert len(fp_a.replace(" ", "")) == 30
    code, out, _ = kdm(b.data_dir, "--json", "centre", "fingerprint")
    fp_b = json.loads(out)["fingerprint"]

    card_a, card_b = tmp_path / "nrl.card", tmp_path / "kdz.card"
    assert kdm(a.data_dir, "centre", "export-key", "-o", str(card_a))[0] == 0
    assert kdm(b.data_dir, "centre", "export-key", "-o", str(card_b))[0] == 0

    code, _, err = kdm(a.data_dir, "centre", "import-key", str(card_b), "--fingerprint", fp_a)
    assert code == 4 and "Parmak izi eşleşmiyor" in err
    assert kdm(a.data_dir, "centre", "import-key", str(card_b), "--fingerprint", fp_b)[0] == 0
    assert kdm(b.data_dir, "centre", "import-key", str(card_a), "--fingerprint", fp_a)[0] == 0
    code, out, _ = kdm(a.data_dir, "--json", "centre", "list")
    assert [(c["code"], c["state"]) for c in json.loads(out)["centres"]] == [("KDZ", "verified")]

    bundle = tmp_path / "aktarim.kdmb"
    code, _, err = kdm(
        a.data_dir,
        "bundle",
        "export",
        "--to",
        "KDZ",
        "--case",
        ref.case_number,
        "--case",
        "NRL-2026-0002",
        "-o",
        str(bundle),
    )
    assert code == 4 and "NRL-2026-0002" in err and not bundle.exists()
    code, out, _ = kdm(
        a.data_dir,
        "--json",
        "bundle",
        "export",
        "--to",
        "KDZ",
        "--case",
        ref.case_number,
        "-o",
        str(bundle),
    )
    assert code == 0 and json.loads(out)["cases"] == [ref.case_number]

    code, out, _ = kdm(b.data_dir, "--json", "bundle", "inspect", str(bundle))
    assert code == 0 and json.loads(out)["sender"] == "NRL"
    code, out, _ = kdm(b.data_dir, "bundle", "import", str(bundle))
    assert code == 0 and "--yes" in out and "Ayşe Yılmaz" in out and "NRL" in out
    code, out, _ = kdm(b.data_dir, "--json", "bundle", "import", str(bundle), "--yes")
    assert code == 0 and json.loads(out)["created"] == [ref.case_number]
    code, _, err = kdm(b.data_dir, "bundle", "import", str(bundle), "--yes")
    assert code == 4 and "zaten içe alınmış" in err

    receipt = tmp_path / "alindi.json"
    assert kdm(b.data_dir, "bundle", "receipt", str(bundle), "-o", str(receipt))[0] == 0
    code, out, _ = kdm(a.data_dir, "--json", "bundle", "import-receipt", str(receipt))
    assert code == 0 and json.loads(out)["to"] == "KDZ"
    assert "T" in json.loads(out)["received_at"]  # --json keeps the ISO time
    code, out, _ = kdm(a.data_dir, "bundle", "import-receipt", str(receipt))
    # One moment on its own, as the window writes it: "(KDZ, 5 Aralık 2026 Cumartesi, 13:47)".
    assert code == 0 and re.search(r"\(KDZ, \d{1,2} \w+ \d{4} \w+, \d\d:\d\d\)", out), out

    assert kdm(b.data_dir, "centre", "revoke", "NRL")[0] == 0
    code, _, err = kdm(b.data_dir, "centre", "revoke", "NRL")
    assert code == 4 and "zaten iptal" in err
    garbage = tmp_path / "garbage.kdmb"
    garbage.write_bytes(b"not a bundle at all")
    code, _, err = kdm(b.data_dir, "bundle", "import", str(garbage), "--yes")
    assert code == 4 and "KDM aktarım dosyası değil" in err

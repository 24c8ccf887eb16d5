"""`kdm letter settings` and `kdm letter make` with the new series (docs/cli-letters.md)."""

from __future__ import annotations

import json

from letters_support import new_case, pdf_text

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.security.roles import Role
from kdm_desktop.services.users import UserService

STAFF_PASSWORD = "Personel-Parola-2026"


def test_settings_show_change_and_use(kdm, casefile, tmp_path) -> None:
    with casefile.login() as s:
        case_id = new_case(s, share=(RecipientKind.POLICE,))
        year = s.now().year
        UserService(s).add("sosyal", STAFF_PASSWORD, Role.SOCIAL_WORKER, "Sevgi Öztürk")
    code, out, _ = kdm("letter", "settings", "--json")
    assert code == 0
    assert json.loads(out) == {
        "number_pattern": "{code}/{year}/SY-{seq}",
        "signatory_name": "",
        "signatory_title": "",
        "province": "",
        "next_number": f"NRL/{year}/SY-0001",
    }
    code, out, _ = kdm(
        "letter", "settings", "--signatory-name", "Dr. Nermin Karaağaç",
        "--signatory-title", "Müdür", "--province", "Bursa", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["province"] == "Bursa"
    # A pattern shaped like a case number: refused, exit 4, nothing changed.
    code, out, _ = kdm("letter", "settings", "--number-pattern", "{code}-{year}-{seq}", "--json")
    assert code == 4 and json.loads(out)["error_code"] == "letter.pattern_case_like"
    # Not an administrator: exit 3.
    code, _, _ = kdm(
        "letter", "settings", "--province", "İzmir", user="sosyal", password=STAFF_PASSWORD
    )
    assert code == 3
    code, out, _ = kdm("letter", "settings", user="sosyal", password=STAFF_PASSWORD)
    assert code == 0 and "Dr. Nermin Karaağaç, Müdür" in out

    pdf = tmp_path / "sevk.pdf"
    code, out, _ = kdm(
        "letter", "make", case_id, "--template", "emniyet-bildirim",
        "--field", "reason=Can güvenliği", "-o", str(pdf), "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["number"] == f"NRL/{year}/SY-0001"
    text = pdf_text(pdf.read_bytes())
    assert "BURSA EMNİYET MÜDÜRLÜĞÜNE" in text and "Dr. Nermin Karaağaç" in text
    code, out, _ = kdm("letter", "reprint", f"NRL/{year}/SY-0001", "-o", str(tmp_path / "k.pdf"))
    assert code == 0 and (tmp_path / "k.pdf").read_bytes() == pdf.read_bytes()
    code, out, _ = kdm("letter", "templates", "--json")
    police = next(t for t in json.loads(out)["templates"] if t["name"] == "emniyet-bildirim")
    assert police["fields"][:2] == ["recipient_org", "recipient_unit"]

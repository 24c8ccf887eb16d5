"""The centre's province (il) in letter settings: one of the 81, spelled officially, and
printed where a Turkish official letter has it: the addressee ("İZMİR EMNİYET
MÜDÜRLÜĞÜNE") and the centre's address at the foot ("Adres: … Karşıyaka/İZMİR"),
never as a line of the heading itself (T.C., the municipality and the centre only)."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess

import pytest
from letters_support import new_case

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.letters.settings import LetterSettings
from kdm_desktop.domain.provinces import provinces
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.services.letter_settings import LetterSettingsService
from kdm_desktop.services.letters import LetterService

POLICE = "emniyet-bildirim"
REASON = "Koruyucu tedbir gerekiyor."
STREET = "Örnekköy Mah. 1203/5 Sok. No: 8"


def test_the_81_provinces() -> None:
    names = provinces()
    assert len(names) == 81 and (names[0], names[34], names[80]) == ("Adana", "İzmir", "Düzce")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("izmir", "İzmir"), ("IZMIR", "İzmir"), (" şanlıurfa ", "Şanlıurfa"), ("", "")],
)
def test_province_is_stored_as_officially_spelled(typed: str, stored: str) -> None:
    assert LetterSettings(province=typed).validated("KSK").province == stored


@pytest.mark.parametrize("typed", ["İzmr", "Karşıyaka", "İzmir 35"])
def test_a_province_not_on_the_list_is_refused(typed: str) -> None:
    with pytest.raises(ValidationErrors) as err:
        LetterSettings(province=typed).validated("KSK")
    assert err.value.key == "letter.province_unknown" and err.value.field == "province"
    assert typed in err.value.message and "İzmir" in err.value.message


def _karsiyaka(session, address: str = STREET) -> None:
    centre = session.centre()
    session.update_centre(
        dataclasses.replace(centre, district="Karşıyaka", code="KSK", address=address)
    )


def test_letter_prints_the_province_after_the_district_in_the_centre_address(session) -> None:
    _karsiyaka(session)
    case_id = new_case(session, share=(RecipientKind.POLICE,))
    content = LetterService(session).preview(case_id, POLICE, {"reason": REASON})
    assert content.centre_address == f"{STREET} Karşıyaka/İZMİR"
    lines = content.plain_text().splitlines()
    # The heading is T.C., the municipality and the centre: the city goes in its
    # address at the foot, not above it.
    assert lines[1:4] == ["T.C.", "NİLÜFER BELEDİYESİ", "Kadın Danışma Merkezi"]
    assert f"Adres: {STREET} Karşıyaka/İZMİR" in lines
    # Another province set by the admin is what is printed.
    LetterSettingsService(session).update(LetterSettings(province="manisa"))
    content = LetterService(session).preview(case_id, POLICE, {"reason": REASON})
    assert content.centre_address == f"{STREET} Karşıyaka/MANİSA"
    assert content.addressee.startswith("MANİSA EMNİYET MÜDÜRLÜĞÜNE")


def test_an_address_that_names_its_province_is_printed_as_written(session) -> None:
    written = f"{STREET}, 35560 Karşıyaka / İzmir"
    _karsiyaka(session, written)
    case_id = new_case(session, share=(RecipientKind.POLICE,))
    content = LetterService(session).preview(case_id, POLICE, {"reason": REASON})
    assert content.centre_address == written
    # Without a province (not set, district not on a known list) nothing is added.
    default = LetterService(session)
    LetterSettingsService(session).update(LetterSettings(province=""))
    assert default.preview(case_id, POLICE, {"reason": REASON}).centre_address == written


def test_cli_settings_province(kdm) -> None:
    code, _, err = kdm("letter", "settings", "--province", "İzmr")
    assert code == 4 and "İzmr" in err
    code, out, _ = kdm("letter", "settings", "--json")
    assert json.loads(out)["province"] == ""
    code, out, _ = kdm("letter", "settings", "--province", "izmir", "--json")
    assert code == 0 and json.loads(out)["province"] == "İzmir"


def test_pdf_with_the_province_rendered(session, tmp_path) -> None:
    """Rendered to PNG (pdftoppm) for a look; the text read back with pdftotext."""
    _karsiyaka(session)
    case_id = new_case(session, share=(RecipientKind.POLICE,))
    pdf = LetterService(session).make(case_id, POLICE, {"reason": REASON}).pdf
    path = tmp_path / "sevk.pdf"
    path.write_bytes(pdf)
    assert shutil.which("pdftotext") and shutil.which("pdftoppm")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    top = lines.index("T.C.")
    assert lines[top + 1 : top + 3] == ["NİLÜFER BELEDİYESİ", "Kadın Danışma Merkezi"]
    assert "İZMİR" not in lines[top + 3]
    assert f"Adres: {STREET} Karşıyaka/İZMİR" in lines
    assert "İZMİR EMNİYET MÜDÜRLÜĞÜNE" in text
    png = tmp_path / "sayfa"  # kept by pytest under tmp_path for a look
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-l", "1", str(path), str(png)], check=True)
    assert (tmp_path / "sayfa-1.png").stat().st_size > 0

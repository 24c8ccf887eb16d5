"""Issue 14 for letters: own number series, provisional number in the preview, addressee
city and unit, the centre's signatory, and old files keeping their numbers."""

from __future__ import annotations

import dataclasses
import datetime
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from letters_support import grant_share, new_case, pdf_text

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.cases.numbering import looks_like_case_number
from kdm_desktop.domain.letters.content import PROVISIONAL_NOTE
from kdm_desktop.domain.letters.sent import SentLetter
from kdm_desktop.domain.letters.settings import (
    DEFAULT_NUMBER_PATTERN,
    LetterSettings,
    check_number_pattern,
    format_letter_number,
)
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError, PermissionDenied
from kdm_desktop.reports.letter_pdf import render_letter
from kdm_desktop.security.roles import Role
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.letter_settings import LetterSettingsService
from kdm_desktop.services.letters import LetterService, default_templates
from kdm_desktop.services.users import UserService
from kdm_desktop.storage.letters_repo import LetterRepository

REASON = "Koruyucu tedbir ve barınma desteği gerekiyor."
POLICE = "emniyet-bildirim"
SONIM = "sonim-sevk"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _karsiyaka(session) -> None:
    centre = session.centre()
    session.update_centre(dataclasses.replace(centre, district="Karşıyaka", code="KSK"))


# ----- the number series -----


def test_default_series_is_not_shaped_like_a_case_number() -> None:
    number = format_letter_number(DEFAULT_NUMBER_PATTERN, "KSK", 2026, 1)
    assert number == "KSK/2026/SY-0001"
    assert not looks_like_case_number(number)


@pytest.mark.parametrize(
    ("pattern", "key"),
    [
        ("{code}-{year}-{seq}", "letter.pattern_case_like"),
        ("SY-{year}-{seq}", "letter.pattern_case_like"),
        ("{code}/{seq}", "letter.pattern_needs"),
        ("{code}/{year}", "letter.pattern_needs"),
        ("{code}/{year}/{seq}/{seq}", "letter.pattern_needs"),
        ("{code}/{yil}/{seq}", "letter.pattern_placeholder"),
        ("{code} {year} {seq}", "letter.pattern_characters"),
        ("", "letter.pattern_length"),
    ],
)
def test_bad_patterns_are_refused_with_a_reason(pattern: str, key: str) -> None:
    with pytest.raises(ValidationErrors) as err:
        check_number_pattern(pattern, "KSK")
    assert err.value.key == key and err.value.message


def test_series_is_configurable_resets_yearly_and_never_reuses(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters, settings = LetterService(session), LetterSettingsService(session)
    year = session.now().year
    assert letters.make(case_id, SONIM, {"reason": REASON}).number == f"NRL/{year}/SY-0001"
    settings.update(LetterSettings(number_pattern="SY.{code}.{year}.{seq}"))
    assert letters.make(case_id, SONIM, {"reason": REASON}).number == f"SY.NRL.{year}.0001"
    # Back to the first pattern: its counter went on, so no number is given twice.
    settings.update(LetterSettings(number_pattern=DEFAULT_NUMBER_PATTERN))
    assert letters.make(case_id, SONIM, {"reason": REASON}).number == f"NRL/{year}/SY-0002"
    session.now = lambda: datetime.datetime(
        year + 1, 1, 2, 9, 0, tzinfo=ZoneInfo("Europe/Istanbul")
    )
    assert letters.make(case_id, SONIM, {"reason": REASON}).number == f"NRL/{year + 1}/SY-0001"
    numbers = [r.number for r in letters.for_case(case_id)]
    assert len(numbers) == len(set(numbers)) == 4


def test_a_failed_letter_takes_no_number(session, tmp_path) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = LetterService(session)
    year = session.now().year
    with pytest.raises(KdmError):  # the folder does not exist
        letters.make(case_id, SONIM, {"reason": REASON}, save_to=tmp_path / "yok" / "a.pdf")
    assert letters.for_case(case_id) == []
    assert letters.make(case_id, SONIM, {"reason": REASON}).number == f"NRL/{year}/SY-0001"


def test_only_an_admin_changes_letter_settings(session) -> None:
    UserService(session).add("sosyal", "Personel-Parola-2026", Role.SOCIAL_WORKER, "Sevgi Öztürk")
    session.user = dataclasses.replace(session.user, username="sosyal", role=Role.SOCIAL_WORKER)
    with pytest.raises(PermissionDenied):
        LetterSettingsService(session).update(LetterSettings(signatory_name="X"))
    assert LetterSettingsService(session).get().number_pattern == DEFAULT_NUMBER_PATTERN


# ----- the preview's number -----


def test_preview_shows_the_next_number_marked_provisional(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = LetterService(session)
    year = session.now().year
    preview = letters.preview(case_id, SONIM, {"reason": REASON})
    assert preview.number == f"NRL/{year}/SY-0001" and preview.number_provisional
    assert f"Sayı: NRL/{year}/SY-0001 {PROVISIONAL_NOTE}" in preview.plain_text()
    assert "kayıtta verilir" not in preview.plain_text()
    # Another letter (say from another window) takes it: the next preview moves on.
    issued = letters.make(case_id, SONIM, {"reason": REASON})
    assert issued.number == preview.number and not issued.content.number_provisional
    assert PROVISIONAL_NOTE not in pdf_text(issued.pdf)
    assert letters.preview(case_id, SONIM, {"reason": REASON}).number.endswith("SY-0002")
    with pytest.raises(ValueError):
        render_letter(preview)


def test_preview_before_typing_is_not_an_error_but_making_is(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = LetterService(session)
    preview = letters.preview(case_id, SONIM, {})
    assert "Sevk nedeni: ……" in preview.plain_text()
    with pytest.raises(ValidationErrors) as err:
        letters.check(case_id, SONIM, {})
    assert err.value.message == "Sevk nedeni boş bırakılamaz." and err.value.field == "reason"
    with pytest.raises(ValidationErrors):
        letters.make(case_id, SONIM, {})
    assert letters.for_case(case_id) == []


# ----- addressee: city and unit -----


def test_police_addressee_has_city_and_unit_from_the_centre(session) -> None:
    _karsiyaka(session)
    case_id = new_case(session, share=(RecipientKind.POLICE,))
    letters = LetterService(session)
    assert LetterSettingsService(session).get().province == "İzmir"
    defaults = letters.field_defaults(POLICE)
    assert defaults == {
        "recipient_org": "İZMİR EMNİYET MÜDÜRLÜĞÜNE",
        "recipient_unit": "Karşıyaka İlçe Emniyet Müdürlüğü / Aile İçi Şiddet Büro Amirliği",
    }
    # The command line gives only the reason: the centre's defaults fill the rest.
    issued = letters.make(case_id, POLICE, {"reason": REASON})
    text = pdf_text(issued.pdf)
    assert "İZMİR EMNİYET MÜDÜRLÜĞÜNE" in text
    assert "(Karşıyaka İlçe Emniyet Müdürlüğü / Aile İçi Şiddet Büro Amirliği)" in text
    (row,) = letters.for_case(case_id)
    assert row.recipient_name == "İZMİR EMNİYET MÜDÜRLÜĞÜNE"
    # Edited: another district's unit; an empty unit drops its line whole.
    edited = letters.preview(
        case_id,
        POLICE,
        {"reason": REASON, "recipient_org": "İZMİR VALİLİĞİNE", "recipient_unit": ""},
    )
    assert edited.addressee == "İZMİR VALİLİĞİNE"


def test_without_a_known_province_the_addressee_is_generic(session) -> None:
    # The test centre is in Nilüfer (Bursa), not on the İzmir list.
    assert LetterSettingsService(session).get().province == ""
    assert LetterService(session).field_defaults(POLICE)["recipient_org"] == ("EMNİYET MÜDÜRLÜĞÜNE")
    LetterSettingsService(session).update(LetterSettings(province="Bursa"))
    assert LetterService(session).field_defaults(POLICE)["recipient_org"] == (
        "BURSA EMNİYET MÜDÜRLÜĞÜNE"
    )


# ----- the signatory -----


def test_letter_is_signed_by_the_centre_signatory_and_prepared_by_the_worker(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = LetterService(session)
    before = letters.make(case_id, SONIM, {"reason": REASON}).content
    assert before.signature_name == session.user.display_name and not before.prepared_by
    LetterSettingsService(session).update(
        LetterSettings(signatory_name="Dr. Nermin Karaağaç", signatory_title="Müdür")
    )
    content = letters.make(case_id, SONIM, {"reason": REASON}).content
    assert (content.signature_name, content.signature_title) == ("Dr. Nermin Karaağaç", "Müdür")
    assert content.prepared_by.startswith(session.user.display_name)
    with pytest.raises(ValidationErrors) as err:
        LetterSettingsService(session).update(LetterSettings(signatory_name="Yalnız Ad"))
    assert err.value.key == "letter.signatory_incomplete"


def test_signatory_in_the_pdf(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    LetterSettingsService(session).update(
        LetterSettings(signatory_name="Dr. Nermin Karaağaç", signatory_title="Müdür")
    )
    text = pdf_text(LetterService(session).make(case_id, SONIM, {"reason": REASON}).pdf)
    assert "Dr. Nermin Karaağaç" in text and "Müdür" in text
    assert f"Hazırlayan: {session.user.display_name}" in text


# ----- old files -----


def test_old_default_templates_get_the_new_addressee_edited_ones_keep_their_words(
    session,
) -> None:
    # A file whose templates were stored by an earlier release (v1 wording).
    with session.db.transaction() as conn:
        repo = LetterRepository(conn)
        for data in default_templates("letter_templates_v1.json"):
            repo.add_template(data["name"], 1, data["recipient_kind"], data, "t", "yonetici")
            if data["name"] == "hastane-sevk":
                edited = {**data, "subject": "Bizim başlığımız"}
                repo.add_template(data["name"], 2, data["recipient_kind"], edited, "t", "y")
    letters = LetterService(session)
    police = letters.template(POLICE).template
    assert police.version == 2 and police.input("recipient_org") is not None
    hospital = letters.template("hastane-sevk").template
    assert hospital.version == 3 and hospital.subject == "Bizim başlığımız"
    # Her wording stays; the addressee's fields come along (test_recipient_fields.py).
    assert hospital.input("recipient_org") is not None
    # Once only.
    assert LetterService(session).template(POLICE).template.version == 2
    assert LetterService(session).template("hastane-sevk").template.version == 3


def _old_letter(session, case_id: str, number: str, seq: int) -> None:
    """A letter as release 0.1 stored it: counted per centre code, `KSK-2026-0001`."""
    with session.db.transaction() as conn:
        repo = LetterRepository(conn)
        assert repo.allocate_seq("KSK", 2026) == seq
        row = SentLetter(
            id=f"old-{seq}",
            case_id=case_id,
            number=number,
            recipient_kind="sonim",
            recipient_name="ŞÖNİM MÜDÜRLÜĞÜNE",
            letter_date="2026-03-02",
            template_name=SONIM,
            template_version=1,
            status="gonderildi",
            status_note="",
            status_at="2026-03-02T10:00:00+03:00",
            status_by="sosyal",
            created_at="2026-03-02T10:00:00+03:00",
            created_by="sosyal",
        )
        repo.insert(row, 2026, seq, b"%PDF-1.4 old letter")


def test_release_0_1_file_keeps_old_letter_numbers(tmp_path) -> None:
    data_dir = tmp_path / "old"
    shutil.copytree(
        FIXTURES / "release-0.1.0", data_dir, ignore=shutil.ignore_patterns("README.md")
    )
    with open_session(data_dir, "yonetici", "demo-parola-2026") as s:
        s.now = lambda: datetime.datetime(2026, 3, 4, 10, 0, tzinfo=ZoneInfo("Europe/Istanbul"))
        case_id = s.db.conn.execute("SELECT id FROM cases LIMIT 1").fetchone()[0]
        _old_letter(s, case_id, "KSK-2026-0001", 1)
        _old_letter(s, case_id, "KSK-2026-0002", 2)
        grant_share(s, case_id, RecipientKind.SONIM)
        letters = LetterService(s)
        assert letters.preview(case_id, SONIM, {"reason": REASON}).number == "KSK/2026/SY-0001"
        new = letters.make(case_id, SONIM, {"reason": REASON})
        assert new.number == "KSK/2026/SY-0001"
        numbers = {r.number for r in letters.for_case(case_id)}
        assert numbers == {"KSK-2026-0001", "KSK-2026-0002", "KSK/2026/SY-0001"}
        assert letters.reprint("KSK-2026-0002") == b"%PDF-1.4 old letter"
        assert letters.reprint("KSK/2026/SY-0001") == new.pdf
        assert s.check().sound


def test_pdf_renders_with_new_layout(session, tmp_path) -> None:
    """Render a police letter to PNG for a look (pdftoppm), and read it back."""
    _karsiyaka(session)
    case_id = new_case(session, share=(RecipientKind.POLICE,))
    settings = LetterSettingsService(session)
    settings.update(
        dataclasses.replace(
            settings.get(), signatory_name="Dr. Nermin Karaağaç", signatory_title="Müdür"
        )
    )
    pdf = LetterService(session).make(case_id, POLICE, {"reason": REASON}).pdf
    path = tmp_path / "sevk.pdf"
    path.write_bytes(pdf)
    assert shutil.which("pdftotext"), "poppler-utils is needed to read PDFs back"
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"KSK/{session.now().year}/SY-0001" in text
    assert "İZMİR EMNİYET MÜDÜRLÜĞÜNE" in text
    assert "Dr. Nermin Karaağaç" in text

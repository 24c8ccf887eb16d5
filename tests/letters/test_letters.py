"""Referral letters: minimum data, consent gate, shelter rule, numbering, records."""

from __future__ import annotations

import dataclasses
import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from letters_support import (
    SECRET_ADDRESS,
    VALID_TC,
    grant_share,
    new_case,
    pdf_fonts,
    pdf_text,
)
from PIL import Image

from kdm_desktop.domain.cases.choices import NoteKind, RecipientKind
from kdm_desktop.domain.letters.sent import LetterStatus
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import PermissionDenied, RefusedInput
from kdm_desktop.security.roles import Role
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.letters import LetterService
from kdm_desktop.services.users import UserService
from kdm_testing import ADMIN, ADMIN_PASSWORD

REASON = "Koruyucu tedbir ve barınma desteği gerekiyor."
SONIM = "sonim-sevk"
HOSPITAL = "hastane-sevk"


def _letters(session) -> LetterService:
    return LetterService(session)


def test_pdf_has_exact_turkish_text_and_embedded_truetype_fonts(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    issued = _letters(session).make(
        case_id, SONIM, {"reason": REASON, "reference": "İlgi yazısı"}, ["tc_kimlik_no"]
    )
    text = pdf_text(issued.pdf)
    for expected in (
        "Işıl Çağlayan İğdeli",
        "ŞİDDET ÖNLEME VE İZLEME MERKEZİ (ŞÖNİM) MÜDÜRLÜĞÜNE",
        "NİLÜFER BELEDİYESİ",
        "Kadın Danışma Merkezi",
        REASON,
        "GİZLİ",
        "Sayı",
        "Konu",
        "İlgi",
        "Ek: Açık rıza beyanı",
        "Dağıtım:",
        f"T.C. Kimlik No: {VALID_TC}",
        issued.number,
    ):
        assert expected in text
    assert text.count("GİZLİ") == 2  # top and bottom
    fonts = pdf_fonts(issued.pdf)
    assert fonts
    for font in fonts:
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert "Helvetica" not in str(font["/BaseFont"])


def test_minimum_data_by_default_and_confidential_address_never(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    text = pdf_text(_letters(session).make(case_id, SONIM, {"reason": REASON}).pdf)
    assert VALID_TC not in text  # not ticked
    assert "Gizlice" not in text and "Çiğli" not in text and "0532" not in text
    assert "İlgi" not in text  # left blank, so the line is left out
    with pytest.raises(RefusedInput) as err:
        _letters(session).make(
            case_id, SONIM, {"reason": REASON, "current_place": SECRET_ADDRESS.upper()}
        )
    assert err.value.key == "letter.confidential_address"


def test_shelter_information_only_to_sonim_and_police(session) -> None:
    case_id = new_case(
        session, share=(RecipientKind.SONIM, RecipientKind.HOSPITAL, RecipientKind.SHELTER)
    )
    letters = _letters(session)
    place = "Bursa Kadın Konukevi"
    assert place in pdf_text(
        letters.make(case_id, SONIM, {"reason": REASON, "current_place": place}).pdf
    )
    for name in (HOSPITAL, "konukevi-sevk"):
        with pytest.raises(RefusedInput) as err:
            letters.make(case_id, name, {"reason": REASON, "current_place": place})
        assert err.value.key == "letter.shelter_refused"
    for template in letters.templates():
        if template.template.recipient_kind not in (RecipientKind.SONIM, RecipientKind.POLICE):
            assert not any(f.shelter_info for f in template.template.inputs)
    # An admin cannot add a place field to a hospital letter either.
    with pytest.raises(ValidationErrors) as err2:
        letters.update_template(
            HOSPITAL,
            {
                "inputs": [
                    {"key": "reason", "label": "Neden", "required": True},
                    {"key": "konukevi_adresi", "label": "Konukevi adresi"},
                ]
            },
        )
    assert err2.value.key == "letter.shelter_field"


def test_refused_without_sharing_consent_and_nothing_stored(session) -> None:
    case_id = new_case(session, share=(RecipientKind.HOSPITAL,))
    letters = _letters(session)
    with pytest.raises(RefusedInput) as err:
        letters.make(case_id, SONIM, {"reason": REASON})
    assert err.value.exit_code == 4
    assert "ŞÖNİM" in err.value.message and "açık rıza yok" in err.value.message
    with pytest.raises(RefusedInput):
        letters.preview(case_id, SONIM, {"reason": REASON})
    assert letters.for_case(case_id) == []
    grant_share(session, case_id, RecipientKind.SONIM)
    assert letters.make(case_id, SONIM, {"reason": REASON}).number.endswith("-0001")


def test_audited_create_print_export_by_id_only(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = _letters(session)
    issued = letters.make(case_id, SONIM, {"reason": REASON})
    letters.reprint(issued.id)
    entries = [e for e in session.audit_entries(50) if e.object_type == "letter"]
    actions = sorted(e.action for e in entries)
    assert actions == ["create", "print", "print"]
    assert all(e.object_id == issued.id for e in entries)
    assert not any("Işıl" in e.detail or "İğdeli" in e.detail for e in session.audit_entries(200))


def test_reprint_is_byte_identical_and_follow_up(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = _letters(session)
    issued = letters.make(case_id, SONIM, {"reason": REASON})
    assert letters.reprint(issued.number) == issued.pdf
    assert letters.reprint(issued.id) == issued.pdf
    row = letters.set_status(issued.id, LetterStatus.ANSWERED, "Yanıt geldi, randevu verildi.")
    assert row.status == LetterStatus.ANSWERED
    with pytest.raises(ValidationErrors):
        letters.set_status(issued.id, LetterStatus.SENT)
    letters.set_status(issued.id, LetterStatus.RESULT, "Koruma kararı alındı.")
    (listed,) = letters.for_case(case_id)
    assert (listed.status, listed.status_note) == (LetterStatus.RESULT, "Koruma kararı alındı.")
    assert (listed.recipient_kind, listed.template_name) == ("sonim", SONIM)


def test_numbers_run_per_year(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = _letters(session)
    year = session.now().year
    first = letters.make(case_id, SONIM, {"reason": REASON}).number
    second = letters.make(case_id, SONIM, {"reason": REASON}).number
    assert (first, second) == (f"NRL/{year}/SY-0001", f"NRL/{year}/SY-0002")
    session.now = lambda: datetime.datetime(
        year + 1, 1, 2, 9, 0, tzinfo=ZoneInfo("Europe/Istanbul")
    )
    assert letters.make(case_id, SONIM, {"reason": REASON}).number == f"NRL/{year + 1}/SY-0001"


def test_template_versions_are_kept(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = _letters(session)
    old = letters.make(case_id, SONIM, {"reason": REASON})
    updated = letters.update_template(SONIM, {"subject": "Yönlendirme hk. (yeni)"})
    assert updated.template.version == 2
    history = letters.template_history(SONIM)
    assert [h.template.version for h in history] == [1, 2]
    assert history[0].template.subject != history[1].template.subject
    new = letters.make(case_id, SONIM, {"reason": REASON})
    assert "Yönlendirme hk. (yeni)" in pdf_text(new.pdf)
    versions = {r.number: r.template_version for r in letters.for_case(case_id)}
    assert versions == {old.number: 1, new.number: 2}
    assert letters.reprint(old.id) == old.pdf
    with pytest.raises(ValidationErrors):
        letters.update_template(SONIM, {"body": "Merhaba {adres}"})


def test_only_admin_edits_templates_and_logo(session) -> None:
    UserService(session).add("sosyal", "Personel-Parola-2026", Role.SOCIAL_WORKER, "Sevgi Öztürk")
    session.user = dataclasses.replace(session.user, username="sosyal", role=Role.SOCIAL_WORKER)
    letters = _letters(session)
    assert letters.templates()
    with pytest.raises(PermissionDenied):
        letters.update_template(SONIM, {"subject": "x"})
    with pytest.raises(PermissionDenied):
        letters.set_logo(b"")


def _png(size: tuple[int, int] = (120, 60)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (150, 40, 90)).save(buf, "PNG")
    return buf.getvalue()


def test_logo_on_letterhead_and_checked(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = _letters(session)
    letters.set_logo(_png())
    assert letters.logo() == _png()
    pdf = letters.make(case_id, SONIM, {"reason": REASON}).pdf
    assert b"/Subtype /Image" in pdf
    with pytest.raises(ValidationErrors) as err:
        letters.set_logo(b"GIF89a not an image")
    assert err.value.key == "letter.logo_type"
    with pytest.raises(ValidationErrors):
        letters.set_logo(b"\x89PNG\r\n\x1a\n" + b"0" * (300 * 1024))


def test_user_fields_checked(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = _letters(session)
    with pytest.raises(ValidationErrors) as err:
        letters.make(case_id, SONIM, {})
    assert err.value.key == "letter.field_required"
    with pytest.raises(RefusedInput) as err2:
        letters.make(case_id, SONIM, {"reason": REASON, "name": "Başka Ad"})
    assert err2.value.key == "letter.field_automatic"
    with pytest.raises(RefusedInput) as err3:
        letters.make(case_id, SONIM, {"reason": REASON}, ["risk_level"])
    assert err3.value.key == "letter.optional_unavailable"
    assert letters.for_case(case_id) == []


def test_case_summary_leaves_out_psych_notes_and_secret_address(session) -> None:
    case_id = new_case(session)
    UserService(session).add("psikolog", "Personel-Parola-2026", Role.PSYCHOLOGIST, "Psk. Ölçer")
    # Session notes are sealed to the psychologists' role key: a real psychologist's
    # login (her slot holds the key) writes and reads them, not a swapped role.
    data_dir = session.paths.data_dir
    session.close()
    with open_session(data_dir, "psikolog", "Personel-Parola-2026") as psych:
        NoteService(psych).add(case_id, NoteKind.PSYCH_SESSION, "Görüşme: kaygı düzeyi yüksek.")
        NoteService(psych).add(case_id, NoteKind.GENERAL, "Çocuklar okula kayıtlı.")
        assert "kaygı düzeyi" in pdf_text(LetterService(psych).case_summary(case_id))
    with open_session(data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        text = pdf_text(LetterService(admin).case_summary(case_id))
        assert "Işıl Çağlayan İğdeli" in text and "Çocuklar okula kayıtlı." in text
        assert "kaygı düzeyi" not in text
        assert "Gizlice" not in text and "Çiğli" not in text
        assert any(
            e.object_type == "case_summary" and e.action == "print" for e in admin.audit_entries(20)
        )


def test_order_fact_only_when_ticked(session) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = _letters(session)
    facts = letters.facts(case_id)
    if facts.order_in_force is None:
        pytest.skip("no orders feature in this build")
    plain = pdf_text(letters.make(case_id, SONIM, {"reason": REASON}).pdf)
    assert "Tedbir kararı durumu" not in plain
    ticked = pdf_text(letters.make(case_id, SONIM, {"reason": REASON}, ["order_in_force"]).pdf)
    assert "Tedbir kararı durumu: yürürlükte koruyucu / önleyici tedbir kararı yok." in ticked

"""Issue 12, item 12: a name the receiving centre would refuse is refused at upload.

Upload (`clean_filename`, `AttachmentService.add`) and the bundle reader
(`check_entry_name`, duplicate check) share `domain.filenames`.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "cases"))
from case_support import draft, today

from kdm_desktop.bundle import payload
from kdm_desktop.domain import filenames
from kdm_desktop.domain.cases.attachments import clean_filename
from kdm_desktop.domain.cases.choices import AttachmentKind
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.cases import CaseService

PDF = b"%PDF-1.7\n" + b"Mahkeme karari\n" * 20


@pytest.fixture
def case_id(session) -> str:
    return CaseService(session).create(draft(), consent=ConsentGrant(True, date=today())).id


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("CON.pdf", "aygıt adı"),
        ("nul.PDF", "aygıt adı"),
        ("a:b.pdf", "karakterler kullanılamaz"),
        ("rapor?.pdf", "karakterler kullanılamaz"),
        ('"tırnak".pdf', "karakterler kullanılamaz"),
        ("yıldız*.pdf", "karakterler kullanılamaz"),
    ],
)
def test_names_another_centre_would_refuse_are_refused_at_upload(
    session, case_id, name: str, problem: str
) -> None:
    with pytest.raises(ValidationErrors) as err:
        AttachmentService(session).add(case_id, io.BytesIO(PDF), name, AttachmentKind.OTHER)
    assert err.value.key == "attachment.filename_refused"
    assert problem in err.value.message and "yeniden adlandırıp" in err.value.message
    assert AttachmentService(session).for_case(case_id) == []
    # The bundle reader says no to the very same name.
    with pytest.raises(payload.PayloadError):
        payload.check_entry_name(name)


def test_a_second_attachment_with_the_same_name_is_refused(session, case_id) -> None:
    svc = AttachmentService(session)
    svc.add(case_id, io.BytesIO(PDF), "Rapor İfade.pdf", AttachmentKind.OTHER)
    for same in ("Rapor İfade.pdf", "rapor i̇fade.pdf", "RAPOR İFADE.PDF"):
        with pytest.raises(ValidationErrors) as err:
            svc.add(case_id, io.BytesIO(PDF), same, AttachmentKind.OTHER)
        assert err.value.key == "attachment.duplicate_name"
    assert len(svc.for_case(case_id)) == 1
    # What the bundle reader would call duplicates, upload calls duplicates.
    assert filenames.has_duplicate(["Rapor İfade.pdf", "RAPOR İFADE.PDF"])


@pytest.mark.parametrize(
    "name",
    [
        "Mahkeme kararı.pdf",
        "yara fotoğrafı 2.png",
        "CON.pdf",
        "COM1.tif",
        "a:b.pdf",
        "rapor?.pdf",
        "x.png.",
        " boşluk.pdf",
        "a\u202eb.pdf",
        "ş" * 250 + ".pdf",
        "conference.pdf",
        "console.jpg",
    ],
)
def test_upload_and_bundle_reader_agree(name: str) -> None:
    """Whatever upload keeps, the receiving centre accepts."""
    try:
        kept = clean_filename(name)
    except ValidationErrors:
        return
    assert payload.check_entry_name(kept) == kept


def test_the_bundle_reader_uses_the_shared_rule() -> None:
    assert payload.name_problem is filenames.name_problem
    assert payload.name_key is filenames.name_key


def test_a_refused_bundle_names_the_problem_in_turkish() -> None:
    from kdm_desktop.services.transfers import payload_refusal

    message = payload_refusal(payload.PayloadError("bad_name", "device")).message
    assert "aygıt adı" in message and "device" not in message
    message = payload_refusal(payload.PayloadError("bad_case", "consent: ValueError")).message
    assert "ValueError" not in message

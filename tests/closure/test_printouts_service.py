"""The case's paper forms through the service: consent gate, audit, embedded fonts."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from kdm_desktop.domain.cases.choices import ConsentPurpose, MaritalStatus, RecipientKind
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.case_printouts import PRINTOUT_KINDS, CasePrintoutService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.consents import ConsentService

DAY = dt.date(2026, 1, 10)


def _case(session, *, consent: bool = True, **fields) -> str:
    base = {
        "first_name": "Işıl",
        "last_name": "Çağlayan",
        "district": "Çiğli",
        "address": "Gizli Sokak No: 7",
        "application_date": DAY,
        "reason": "Eşinden şiddet gördüğünü anlatıyor.",
        "phone": "05321112233",
    }
    base.update(fields)
    grant = (
        ConsentGrant(processing=True, share_with=frozenset({RecipientKind.SONIM}), date=DAY)
        if consent
        else None
    )
    return CaseService(session).create(CaseDraft(**base), consent=grant).id


def pdf_text(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


def embedded_fonts(tmp_path: Path, data: bytes) -> list[str]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    return out.stdout.splitlines()[2:]


def _prints(session, kind: str, action: AuditAction = AuditAction.PRINT) -> list[object]:
    return [
        e
        for e in session.audit_entries(limit=100)
        if e.action == action.value and e.object_type == kind
    ]


@pytest.mark.parametrize("kind", PRINTOUT_KINDS)
def test_every_form_has_embedded_dejavu_fonts(session, tmp_path, kind) -> None:
    data = CasePrintoutService(session).pdf(_case(session), kind)
    fonts = embedded_fonts(tmp_path, data)
    assert fonts and all("DejaVu" in line for line in fonts), fonts
    # "emb" column says yes for every font: ş ğ ı İ are drawn, not boxes.
    assert all(" yes " in line for line in fonts), fonts
    assert "Işıl Çağlayan" in pdf_text(tmp_path, data)


def test_intake_form_says_what_the_intake_recorded(session, tmp_path) -> None:
    text = pdf_text(tmp_path, CasePrintoutService(session).pdf(_case(session), "intake_form"))
    assert "Başvuru formu" in text and "GİZLİ" in text
    assert "Başvuru nedeni: Eşinden şiddet gördüğünü anlatıyor." in text
    assert "İlçe: Çiğli" in text and "0532 111 22 33" in text and "10 Ocak 2026" in text
    assert "Kişisel verilerinin işlenmesi" in text  # the consents in force
    assert "Danışan (imza)" in text


def test_a_confidential_address_is_not_on_the_intake_form(session, tmp_path) -> None:
    case_id = _case(session, address_confidential=True)
    text = pdf_text(tmp_path, CasePrintoutService(session).pdf(case_id, "intake_form"))
    assert "Gizli Sokak" not in text and "Gizli adres — yazdırılmaz" in text


def test_consent_form_lists_only_the_purposes_she_agreed_to(session, tmp_path) -> None:
    case_id = _case(session)
    text = pdf_text(tmp_path, CasePrintoutService(session).pdf(case_id, "consent_form"))
    assert "Açık rıza beyanı" in text and "6698" in text
    assert "Kişisel verilerinin işlenmesi — 10 Ocak 2026" in text
    assert "Bir kurumla paylaşım (ŞÖNİM)" in text
    assert "Diğer kadın danışma merkezleriyle paylaşım" not in text
    assert "Baro" not in text
    assert "geri alabilirsiniz" in text


def test_a_withdrawn_purpose_is_not_on_the_consent_form(session, tmp_path) -> None:
    case_id = _case(session)
    consents = ConsentService(session)
    sonim = next(
        c for c in consents.for_case(case_id) if c.purpose == ConsentPurpose.SHARE_WITH_INSTITUTION
    )
    consents.withdraw(sonim.id, DAY)
    text = pdf_text(tmp_path, CasePrintoutService(session).pdf(case_id, "consent_form"))
    assert "ŞÖNİM" not in text and "Kişisel verilerinin işlenmesi" in text


@pytest.mark.parametrize("kind", PRINTOUT_KINDS)
def test_no_consent_no_printout_and_no_audit(session, kind) -> None:
    case_id = _case(session, consent=False)
    service = CasePrintoutService(session)
    with pytest.raises(RefusedInput) as refused:
        service.document(case_id, kind)
    message = refused.value.message
    assert "açık rıza yok" in message and "Açık rıza sekmesinde" in message
    assert "Traceback" not in message
    assert not _prints(session, kind)


def test_withdrawn_processing_consent_refuses_with_its_date(session) -> None:
    case_id = _case(session)
    consents = ConsentService(session)
    for c in consents.for_case(case_id):
        consents.withdraw(c.id, DAY)
    with pytest.raises(RefusedInput) as refused:
        CasePrintoutService(session).document(case_id, "consent_form")
    assert "10 Ocak 2026" in refused.value.message and "geri alınmış" in refused.value.message


@pytest.mark.parametrize("kind", PRINTOUT_KINDS)
def test_document_is_audited_as_a_print(session, kind) -> None:
    case_id = _case(session)
    document = CasePrintoutService(session).document(case_id, kind)
    assert document.kind == kind and "Işıl Çağlayan" in document.html
    (entry,) = _prints(session, kind)
    assert entry.object_id == case_id


def test_save_pdf_writes_the_file_and_audits_it(session, tmp_path) -> None:
    case_id = _case(session)
    out = tmp_path / "form.pdf"
    CasePrintoutService(session).save_pdf(case_id, "consent_form", out)
    assert out.read_bytes().startswith(b"%PDF")
    assert len(_prints(session, "consent_form", AuditAction.EXPORT)) == 1


def test_save_pdf_to_a_missing_folder_records_nothing(session, tmp_path) -> None:
    case_id = _case(session)
    with pytest.raises(KdmError) as failed:
        CasePrintoutService(session).save_pdf(case_id, "intake_form", tmp_path / "no" / "x.pdf")
    assert "Traceback" not in failed.value.message
    assert not _prints(session, "intake_form", AuditAction.EXPORT)


def test_the_secretary_cannot_print_a_form(as_user) -> None:
    with as_user("sosyal") as s:
        case_id = _case(s)
    with as_user("sekreter") as s, pytest.raises(KdmError):
        CasePrintoutService(s).document(case_id, "intake_form")


def test_case_summary_names_the_perpetrator_for_staff(session, tmp_path) -> None:
    from kdm_desktop.domain.cases.choices import PerpetratorRelation
    from kdm_desktop.domain.perpetrator import Answer, Perpetrator
    from kdm_desktop.services.perpetrators import PerpetratorService

    case = _case(session)
    printouts = CasePrintoutService(session)
    assert "Şiddet uygulayan" not in pdf_text(tmp_path, printouts.pdf(case, "case_summary"))
    perps = PerpetratorService(session)
    perps.add(
        case,
        Perpetrator(
            relation=PerpetratorRelation.SPOUSE,
            name="Tarık Yıldızörnek",
            weapon_access=Answer.YES,
            note="Personel notu: tehditkâr",
        ),
    )
    perps.add(case, Perpetrator(relation=PerpetratorRelation.FATHER))
    text = pdf_text(tmp_path, printouts.pdf(case, "case_summary"))
    assert "Şiddet uygulayan" in text
    assert "Eşi — Tarık Yıldızörnek (asıl); silaha erişim: Evet" in text
    assert "Babası; silaha erişim: Belirtilmedi" in text
    assert "tehditkâr" not in text


@pytest.mark.parametrize("kind", PRINTOUT_KINDS)
def test_official_forms_stay_turkish_with_english_screens(session, tmp_path, kind) -> None:
    """The forms are Turkish documents: the field and choice labels inside them are
    Turkish too when the window runs in English (docs/messages.md)."""
    from kdm_desktop import messages

    case_id = _case(session, marital_status=MaritalStatus.DIVORCED)
    turkish = pdf_text(tmp_path, CasePrintoutService(session).pdf(case_id, kind))
    messages.set_language("en")
    try:
        english_screen = pdf_text(tmp_path, CasePrintoutService(session).pdf(case_id, kind))
    finally:
        messages.set_language("tr")
    assert english_screen == turkish

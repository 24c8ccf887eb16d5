"""The printed safety plan: exact Turkish text, embedded fonts, no address, neutral sheet."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest
from protection_support import make_case
from pypdf import PdfReader

from kdm_desktop.domain.protection.safety_plan import SafetyPlan
from kdm_desktop.errors import PermissionDenied
from kdm_desktop.reports.safety_plan_pdf import render_safety_plan
from kdm_desktop.security.roles import Role
from kdm_desktop.services.safety_plans import SafetyPlanService
from kdm_desktop.services.session import Session
from kdm_testing import CENTRE

PLAN = SafetyPlan(
    checked={"during_incident": ["safe_room", "code_word"], "digital_safety": []},
    notes={"during_incident": "Şifre kelime: “çiğdem”. Komşum Gülşen arayacak."},
    review_date=datetime.date(2026, 12, 1),
)


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _fonts(data: bytes) -> list[tuple[str, bool]]:
    reader = PdfReader(io.BytesIO(data))
    found = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            base = str(font["/BaseFont"])
            descendants = font.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            found.append((base, desc is not None and "/FontFile2" in desc.get_object()))
    return found


def test_turkish_text_and_numbers_first() -> None:
    text = _text(render_safety_plan(PLAN, centre_name=CENTRE.name))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert lines[0] == CENTRE.name
    assert lines[1] == "Güvenlik Planım"
    assert lines[2] == "Acil numaralar"
    assert lines[3].startswith("112")
    for needed in ("155", "156", "183", "KADES", "Şiddet anında", "Komşum Gülşen arayacak.",
                   "Bu plan 1 Aralık 2026 Salı günü birlikte gözden geçirilecek."):  # fmt: skip
        assert needed in " ".join(lines)
    assert "Şifre kelime: “çiğdem”." in " ".join(lines)


def test_every_font_is_embedded_truetype() -> None:
    fonts = _fonts(render_safety_plan(PLAN, centre_name=CENTRE.name))
    assert fonts and all(embedded for _name, embedded in fonts)
    assert not any(b in name for name, _ in fonts for b in ("Helvetica", "Times", "Courier"))


def test_hidden_logo_prints_a_neutral_sheet(session: Session, tmp_path: Path) -> None:
    case = make_case(session)
    service = SafetyPlanService(session)
    service.save(case.id, checked={}, notes={}, review_date=None, hide_logo=True)
    out = tmp_path / "plan.pdf"
    assert service.print_pdf(case.id, out) == 1
    data = out.read_bytes()
    text = _text(data)
    assert "Güvenlik Planım" in text
    for leaked in (CENTRE.name, "Nilüfer", "Kadın Danışma", CENTRE.address, "Mahallesi", "Ayşe",
                   "Yılmaz", case.case_number):  # fmt: skip
        assert leaked not in text
        assert leaked.encode() not in data
    assert (out.stat().st_mode & 0o777) == 0o600
    assert ("print", "safety_plan") in [(e.action, e.object_type) for e in session.audit_entries()]


def test_shown_logo_has_the_centre_name_but_never_its_address(session: Session) -> None:
    case = make_case(session)
    service = SafetyPlanService(session)
    service.save(case.id, checked={}, notes={}, review_date=None, hide_logo=False)
    text = _text(service.render_pdf(case.id))
    assert CENTRE.name in " ".join(text.split())
    assert "Örnek Sokak" not in text and "Ayşe" not in text


def test_printing_needs_the_print_permission(casefile, session: Session, tmp_path: Path) -> None:
    from protection_support import STAFF_PASSWORD, add_staff

    case = make_case(session)
    SafetyPlanService(session).save(case.id, checked={}, notes={}, review_date=None, hide_logo=True)
    add_staff(session, "sekreter", Role.SECRETARY)
    session.close()
    with casefile.login("sekreter", STAFF_PASSWORD) as s, pytest.raises(PermissionDenied):
        SafetyPlanService(s).print_pdf(case.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()

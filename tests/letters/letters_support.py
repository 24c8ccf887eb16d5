"""Helpers of the letter tests: synthetic cases with and without sharing consent."""

from __future__ import annotations

import datetime
import io
from typing import Any

from pypdf import PdfReader

from kdm_desktop.domain.cases.choices import ConsentPurpose, RecipientKind
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.consents import ConsentService
from kdm_desktop.services.session import Session

VALID_TC = "10000000146"
SECRET_ADDRESS = "Gizlice Sokağı No: 13, Çiğli"


def new_case(
    session: Session, *, share: tuple[RecipientKind, ...] = (), confidential: bool = True
) -> str:
    day = datetime.date(2026, 1, 10)
    draft = CaseDraft(
        first_name="Işıl",
        last_name="Çağlayan İğdeli",
        tc_kimlik_no=VALID_TC,
        phone="0532 123 45 67",
        address=SECRET_ADDRESS,
        district="Çiğli",
        address_confidential=confidential,
        application_date=day,
        reason="Eşinden şiddet gördüğünü anlatıyor.",
    )
    grant = ConsentGrant(processing=True, share_with=frozenset(share), date=day)
    return CaseService(session).create(draft, consent=grant).id


def grant_share(session: Session, case_id: str, kind: RecipientKind) -> None:
    ConsentService(session).record(
        case_id, ConsentPurpose.SHARE_WITH_INSTITUTION, datetime.date(2026, 1, 11), kind
    )


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def pdf_fonts(data: bytes) -> list[dict[str, Any]]:
    """Every font resource of every page, resolved."""
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            found.append(ref.get_object())
    return found


def add_letter_dialog(qtbot: Any, dialog: Any) -> None:
    """Hand a letter dialog to qtbot, closed at the end without its unsaved-typing
    question: that box (a real user answers it) would outlive the test and show up
    among another test's top-level widgets."""

    def forget_typing(d: Any) -> None:
        if d.draft_keeper is not None:
            d.draft_keeper.discard()  # forgets the draft and marks the form clean

    qtbot.addWidget(dialog, before_close_func=forget_typing)

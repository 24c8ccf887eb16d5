"""Letters, part one: the facts a letter is composed from, and the consent gate.

LetterService (services/letters.py) builds on this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kdm_desktop.domain.cases.choices import ConsentPurpose, RecipientKind
from kdm_desktop.domain.cases.records import CaseRecord
from kdm_desktop.domain.keyed_labels import text_tr
from kdm_desktop.domain.letters.compose import LetterFacts, sender_address
from kdm_desktop.domain.letters.content import format_letter_date
from kdm_desktop.domain.perpetrator import letter_text
from kdm_desktop.security.roles import ROLE_LABELS_TR, Permission
from kdm_desktop.services.case_access import resolve_case
from kdm_desktop.services.consents import ConsentService
from kdm_desktop.services.letter_settings import LetterSettingsService
from kdm_desktop.services.session import Session

if TYPE_CHECKING:
    from kdm_desktop.storage.letters_repo import LetterRepository


class LetterFactsReader:
    """The case facts and consent checks of LetterService (use LetterService)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> LetterRepository:
        return self._s.reading().letters

    # ----- composing -----

    def _record(self, ref: str) -> CaseRecord:
        case = resolve_case(self._s, ref)
        record = self._s.reading().cases.by_id(case.id)
        assert record is not None  # resolve_case just found it
        return record

    def _facts(self, record: CaseRecord) -> LetterFacts:
        centre = self._s.centre()
        settings = LetterSettingsService(self._s).get()
        d = record.draft
        return LetterFacts(
            name=record.display_name,
            tc_kimlik_no="" if d.anonymous else d.tc_kimlik_no,
            confidential_address=d.address if d.address_confidential else "",
            centre_name=centre.name,
            municipality=centre.municipality,
            centre_address=sender_address(centre.address, centre.district, settings.province),
            centre_phone=centre.phone,
            centre_email=centre.email,
            caseworker_name=self._s.user.display_name,
            caseworker_title=ROLE_LABELS_TR[self._s.user.role],
            signatory_name=settings.signatory_name,
            signatory_title=settings.signatory_title,
            risk_level=self._risk_level(record.id),
            order_in_force=self._order_in_force(record.id),
            perpetrator=self._perpetrator(record.id),
        )

    def _perpetrator(self, case_id: str) -> str | None:
        # Printed only when ticked (minimum data), after the consent check every
        # letter passes; the primary one, as recorded in the perpetrator section.
        rows = self._s.reading().perpetrators.for_case(case_id)
        return letter_text(rows[0].record) if rows else None

    def _risk_level(self, case_id: str) -> str | None:
        # Imported where used (explicitly, so mypy and the import graph see it): only a
        # letter that offers the tick box loads the risk service.
        from kdm_desktop.services.risk import RiskService

        level = RiskService(self._s).latest_levels([case_id]).get(case_id)
        return None if level is None else level.label

    def _order_in_force(self, case_id: str) -> str | None:
        # Only whether an order is in force and until when: never its measures, which
        # can name a shelter or a distance from her home.
        from kdm_desktop.services.orders import OrderService

        end = OrderService(self._s).current_order_ends([case_id]).get(case_id)
        if end is None:
            return text_tr("letter.fact.no_order")
        return text_tr("letter.fact.order_until", date=format_letter_date(end))

    def facts(self, ref: str) -> LetterFacts:
        """What the dialog needs to offer tick boxes (no audit: the preview audits)."""
        self._s.require(Permission.PRINT)
        self._s.require(Permission.VIEW_CASES)
        return self._facts(self._record(ref))

    def kinds_with_consent(self, ref: str) -> set[RecipientKind]:
        """Recipient kinds her consents in force cover (to mark templates in the dialog)."""
        consents = ConsentService(self._s)
        return {
            kind
            for kind in RecipientKind
            if consents.missing(ref, ConsentPurpose.SHARE_WITH_INSTITUTION, kind) is None
        }

    def _require_consent(self, case_id: str, kind: RecipientKind) -> None:
        ConsentService(self._s).require_consent(
            case_id, ConsentPurpose.SHARE_WITH_INSTITUTION, kind
        )

"""The paper forms of a case: intake form, case summary, consent form to sign.

One gate for all three, before anything is laid out: the reader may see cases
and print, and the woman's consent to processing her data is in force (KVKK:
a form on paper is processing too). Printing is audited when the document is
made, which the window's print path does only after she confirmed the print
dialog; saving as PDF writes the file inside the transaction of its audit
entry, so a full or pulled stick records nothing.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import ConsentPurpose
from kdm_desktop.domain.cases.consent import purpose_label
from kdm_desktop.domain.cases.records import CaseRef, CaseView
from kdm_desktop.domain.perpetrator import Perpetrator
from kdm_desktop.domain.rules import Day
from kdm_desktop.errors import RefusedInput, UsageError
from kdm_desktop.oserrors import write_user_file
from kdm_desktop.reports.case_forms import (
    FormContent,
    consent_form_content,
    intake_form_content,
    render_form_pdf,
)
from kdm_desktop.reports.case_summary_pdf import render_case_summary, summary_content
from kdm_desktop.reports.printing import PrintDocument, case_summary_document, form_document
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case, today
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.consents import ConsentService
from kdm_desktop.services.people import People
from kdm_desktop.services.session import Session

# The forms in the order the case view offers them.
PRINTOUT_KINDS: Final = ("intake_form", "case_summary", "consent_form")


class CasePrintoutService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def check(self, ref: str, kind: str) -> CaseRef:
        """Refuse (in Turkish, naming the case and the fix) unless this form may be
        printed now; nothing is read or audited before this passes."""
        if kind not in PRINTOUT_KINDS:
            raise UsageError("usage.error", detail=kind)
        self._s.require(Permission.VIEW_CASES)
        self._s.require(Permission.PRINT)
        case = resolve_case(self._s, ref)
        gap = ConsentService(self._s).missing(case.id, ConsentPurpose.PROCESSING)
        if gap is not None:
            key = "printout.consent_withdrawn" if gap.withdrawn_on else "printout.no_consent"
            raise RefusedInput(
                key,
                case_number=case.case_number,
                purpose=purpose_label(ConsentPurpose.PROCESSING, None),
                form=messages.text(f"printout.form.{kind}"),
                date="" if gap.withdrawn_on is None else Day(gap.withdrawn_on, weekday=False),
            )
        return case

    def _perpetrators(self, case_id: str) -> tuple[Perpetrator, ...]:
        """The men she named, primary first (read under the same VIEW_CASES the
        printout's check already required)."""
        return tuple(r.record for r in self._s.reading().perpetrators.for_case(case_id))

    def document(self, ref: str, kind: str) -> PrintDocument:
        """The form laid out for the printer; audited as a print of `kind`."""
        case = self.check(ref, kind)
        view = CaseService(self._s).open(case.id)
        if kind == "case_summary":
            document = case_summary_document(
                summary_content(
                    view, self._s.centre().name, today(self._s), self._perpetrators(case.id)
                )
            )
        else:
            document = form_document(self._content(view, kind))
        with self._s.work() as uow:
            uow.audit(AuditAction.PRINT, kind, case.id)
        return document

    def pdf(self, ref: str, kind: str) -> bytes:
        """The form as a PDF (embedded DejaVu fonts), not written anywhere, not audited:
        `save_pdf` is the audited way to keep it."""
        case = self.check(ref, kind)
        view = CaseService(self._s).open(case.id)
        if kind == "case_summary":
            return render_case_summary(
                view, self._s.centre().name, today(self._s), self._perpetrators(case.id)
            )
        return render_form_pdf(self._content(view, kind))

    def save_pdf(self, ref: str, kind: str, path: Path) -> Path:
        """Write the form as a PDF to `path` (atomically); audited as an export of
        `kind` in the same transaction, so the entry exists only if the file does."""
        data = self.pdf(ref, kind)
        case = resolve_case(self._s, ref)
        written = False
        try:
            with self._s.work() as uow:
                uow.audit(AuditAction.EXPORT, kind, case.id, "pdf")
                write_user_file(path, data)
                written = True
        except BaseException:
            if written:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
        return path

    def _content(self, view: CaseView, kind: str) -> FormContent:
        make = intake_form_content if kind == "intake_form" else consent_form_content
        return make(view, self._s.centre().name, today(self._s), People(self._s).name)

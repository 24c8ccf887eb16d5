"""Letters, part two: record keeping (list, reprint, status) and the case summary.

A reprint is the exact PDF that was sent; audit entries name ids only.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.letters.content import LetterContent
from kdm_desktop.domain.letters.sent import SentLetter, check_status_step
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError
from kdm_desktop.oserrors import write_user_file
from kdm_desktop.reports.case_summary_pdf import render_case_summary, summary_content
from kdm_desktop.reports.printing import PrintDocument, case_summary_document
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import resolve_case, today
from kdm_desktop.services.cases import CaseService

if TYPE_CHECKING:
    pass

from kdm_desktop.services.letter_facts import LetterFactsReader


@dataclass(frozen=True)
class IssuedLetter:
    id: str
    number: str
    pdf: bytes
    # What was printed, for laying it out on a printer without a file in between.
    content: LetterContent


def _save_pdf(path: Path, pdf: bytes, key: str) -> Path:
    """Write `pdf` atomically (temp file, fsync, rename) or raise the Turkish refusal."""
    write_user_file(path, pdf, key=key)
    return path


@contextlib.contextmanager
def _kept_only_if_committed() -> Iterator[list[Path]]:
    """Around a unit of work that also writes files (listed as they are written):
    if the record does not commit after all, no file for it stays behind."""
    written: list[Path] = []
    try:
        yield written
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


class LetterNotFound(KdmError):
    """No letter with this id or number. Exit code 1."""


class LetterRecords(LetterFactsReader):
    """Issued letters and the case summary of LetterService (use LetterService)."""

    # ----- record keeping -----

    def for_case(self, ref: str) -> list[SentLetter]:
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        rows = self._repo.for_case(case.id)
        with self._s.work(durable=False) as uow:
            uow.audit(AuditAction.VIEW, "case_letters", case.id)
        return rows

    def _letter(self, ref: str) -> SentLetter:
        row = self._repo.by_ref(ref.strip())
        if row is None:
            raise LetterNotFound("letter.not_found", ref=ref.strip()[:40])
        return row

    def reprint(
        self, ref: str, *, action: AuditAction = AuditAction.PRINT, save_to: Path | None = None
    ) -> bytes:
        """The stored PDF exactly as first made; her consent must still be in force.

        With `save_to` the copy is written there; the audit entry commits only if it was.
        """
        self._s.require(Permission.PRINT)
        self._s.require(Permission.VIEW_CASES)
        row = self._letter(ref)
        self._require_consent(row.case_id, RecipientKind(row.recipient_kind))
        pdf = self._repo.pdf(row.id)
        assert pdf is not None
        with _kept_only_if_committed() as written, self._s.work() as uow:
            uow.audit(action, "letter", row.id, f"reprint case={row.case_id}")
            if save_to is not None:
                written.append(_save_pdf(save_to, pdf, "io.write_failed"))
        return pdf

    def set_status(self, ref: str, status: str, note: str = "") -> SentLetter:
        """Follow-up: sent → answered → result, each with an optional note."""
        self._s.require(Permission.EDIT_CASES)
        row = self._letter(ref)
        check_status_step(row.status, status)
        note = note.strip()
        if len(note) > 2000:
            raise ValidationErrors.one("note", "letter.note_too_long", max=2000)
        now, user = self._s.timestamp(), self._s.user.username
        with self._s.work() as uow:
            uow.letters.set_status(row.id, status, note, now, user)
            uow.audit(AuditAction.CHANGE, "letter", row.id, f"status={status}")
        return dataclasses.replace(
            row, status=status, status_note=note, status_at=now, status_by=user
        )

    # ----- the case summary for the file -----

    def case_summary(self, ref: str, *, save_to: Path | None = None) -> bytes:
        """The file's summary PDF: notes filtered by role, confidential address left out.

        With `save_to` the PDF is written there; the audit entry commits only if it was.
        """
        self._s.require(Permission.VIEW_CASES)
        self._s.require(Permission.PRINT)
        view = CaseService(self._s).open(ref)
        pdf = render_case_summary(view, self._s.centre().name, today(self._s))
        with _kept_only_if_committed() as written, self._s.work() as uow:
            uow.audit(AuditAction.PRINT, "case_summary", view.record.id)
            if save_to is not None:
                written.append(_save_pdf(save_to, pdf, "io.write_failed"))
        return pdf

    def case_summary_document(self, ref: str) -> PrintDocument:
        """The same summary for the printer, laid out in memory; audited as a print."""
        self._s.require(Permission.VIEW_CASES)
        self._s.require(Permission.PRINT)
        view = CaseService(self._s).open(ref)
        content = summary_content(view, self._s.centre().name, today(self._s))
        with self._s.work() as uow:
            uow.audit(AuditAction.PRINT, "case_summary", view.record.id)
        return case_summary_document(content)

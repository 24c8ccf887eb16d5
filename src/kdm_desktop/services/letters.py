"""Referral letters: consent-gated making on the centre's templates (letter_templates.py).

Every letter passes `ConsentService.require_consent` for its recipient kind
before anything is composed, is numbered in the centre's letter series
(`KSK/2026/SY-0001`, see `domain.letters.settings`) within the transaction that
stores it, and keeps its exact PDF bytes so a reprint is what was sent. Audit
entries name ids only.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kdm_desktop.domain.letters.compose import compose, recipient_name
from kdm_desktop.domain.letters.content import LetterContent
from kdm_desktop.domain.letters.sent import LetterStatus, SentLetter
from kdm_desktop.domain.letters.settings import format_letter_number, series_key
from kdm_desktop.domain.letters.template import LetterTemplate, field_defaults
from kdm_desktop.reports.letter_pdf import render_letter
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import today
from kdm_desktop.services.letter_settings import LetterSettingsService

if TYPE_CHECKING:
    pass

from kdm_desktop.services.letter_records import (
    IssuedLetter,
    LetterNotFound,
    _kept_only_if_committed,
    _save_pdf,
)
from kdm_desktop.services.letter_templates import (
    MAX_LOGO_BYTES,
    TEMPLATE_REVISIONS,
    TEMPLATES_RESOURCE,
    LetterTemplates,
    StoredTemplate,
    default_templates,
)

__all__ = [
    "MAX_LOGO_BYTES",
    "TEMPLATES_RESOURCE",
    "TEMPLATE_REVISIONS",
    "IssuedLetter",
    "LetterNotFound",
    "LetterService",
    "StoredTemplate",
    "default_templates",
]


class LetterService(LetterTemplates):
    """Letter use cases: templates, logo and making; facts and records in the bases."""

    def field_defaults(self, template_name: str) -> dict[str, str]:
        """What the template's fields start with at this centre (its province, district)."""
        template = self.template(template_name).template
        settings = LetterSettingsService(self._s).get()
        return field_defaults(template, settings.province, self._s.centre().district)

    def _filled(self, template: LetterTemplate, values: Mapping[str, str]) -> dict[str, str]:
        """`values` with the centre's defaults for fields not given at all (the CLI);
        a field given empty stays empty, so clearing it in the window is respected."""
        settings = LetterSettingsService(self._s).get()
        defaults = field_defaults(template, settings.province, self._s.centre().district)
        return {**{k: v for k, v in defaults.items() if k not in values}, **values}

    def check(
        self,
        ref: str,
        template_name: str,
        values: Mapping[str, str],
        ticked: Sequence[str] = (),
    ) -> None:
        """Raise what `make` would refuse (a required field left empty too), making nothing."""
        self._s.require(Permission.PRINT)
        self._s.require(Permission.VIEW_CASES)
        stored = self.template(template_name)
        record = self._record(ref)
        self._require_consent(record.id, stored.template.recipient_kind)
        values = self._filled(stored.template, values)
        compose(stored.template, self._facts(record), values, ticked, number="", day=today(self._s))

    def preview(
        self,
        ref: str,
        template_name: str,
        values: Mapping[str, str],
        ticked: Sequence[str] = (),
    ) -> LetterContent:
        """What will be printed, with the number it will get marked provisional and a
        required field still empty shown as a gap; refused without consent."""
        self._s.require(Permission.PRINT)
        self._s.require(Permission.VIEW_CASES)
        stored = self.template(template_name)
        record = self._record(ref)
        self._require_consent(record.id, stored.template.recipient_kind)
        day = today(self._s)
        values = self._filled(stored.template, values)
        content = compose(
            stored.template,
            self._facts(record),
            values,
            ticked,
            number=LetterSettingsService(self._s).next_number(day),
            day=day,
            logo=self.logo(),
            draft=True,
        )
        with self._s.work(durable=False) as uow:
            uow.audit(AuditAction.VIEW, "letter_preview", record.id)
        return content

    def make(
        self,
        ref: str,
        template_name: str,
        values: Mapping[str, str],
        ticked: Sequence[str] = (),
        *,
        action: AuditAction = AuditAction.PRINT,
        save_to: Path | None = None,
    ) -> IssuedLetter:
        """Number, render and record the letter; `action` is PRINT or EXPORT (saved as PDF).

        With `save_to`, the PDF is written there inside the same all-or-nothing unit:
        a folder that does not exist, a full or pulled stick leaves no number used,
        no "sent" letter and no audit entry, and a failed commit removes the file.
        """
        self._s.require(Permission.PRINT)
        self._s.require(Permission.VIEW_CASES)
        if action not in (AuditAction.PRINT, AuditAction.EXPORT):
            raise ValueError(action)
        stored = self.template(template_name)
        template = stored.template
        record = self._record(ref)
        self._require_consent(record.id, template.recipient_kind)
        values = self._filled(template, values)
        facts = self._facts(record)
        day = today(self._s)
        code = self._s.centre().code
        pattern = LetterSettingsService(self._s).get().number_pattern
        logo = self.logo()
        # Checked before a number is taken, so a refused letter leaves no gap.
        compose(template, facts, values, ticked, number="", day=day, logo=None)
        letter_id = str(uuid.uuid4())
        now, user = self._s.timestamp(), self._s.user.username
        with _kept_only_if_committed() as written, self._s.work() as uow:
            repo = uow.letters
            seq = repo.allocate_seq(series_key(pattern, code, day.year), day.year)
            number = format_letter_number(pattern, code, day.year, seq)
            content = compose(template, facts, values, ticked, number=number, day=day, logo=logo)
            pdf = render_letter(content)
            row = SentLetter(
                id=letter_id,
                case_id=record.id,
                number=number,
                recipient_kind=template.recipient_kind.value,
                recipient_name=recipient_name(template, values),
                letter_date=day.isoformat(),
                template_name=template.name,
                template_version=template.version,
                status=LetterStatus.SENT,
                status_note="",
                status_at=now,
                status_by=user,
                created_at=now,
                created_by=user,
            )
            repo.insert(row, day.year, seq, pdf)
            detail = f"case={record.id} template={stored.id}"
            uow.audit(AuditAction.CREATE, "letter", letter_id, detail)
            uow.audit(action, "letter", letter_id, f"case={record.id}")
            if save_to is not None:
                written.append(_save_pdf(save_to, pdf, "letter.write_failed"))
        return IssuedLetter(letter_id, number, pdf, content)

"""Referral letters: templates, consent-gated making, record keeping and reprints.

Every letter passes `ConsentService.require_consent` for its recipient kind
before anything is composed, is numbered in the centre's letter series
(`KSK/2026/SY-0001`, see `domain.letters.settings`) within the transaction that
stores it, and keeps its exact PDF bytes so a reprint is what was sent. Audit
entries name ids only.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from reportlab.lib.utils import ImageReader

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.letters.letter import (
    LetterContent,
    LetterStatus,
    LetterTemplate,
    compose,
    field_defaults,
    parse_template,
    recipient_name,
)
from kdm_desktop.domain.letters.settings import format_letter_number, series_key
from kdm_desktop.errors import RefusedInput, ValidationError
from kdm_desktop.reports.letter_pdf import render_letter
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import today
from kdm_desktop.services.letter_settings import LetterSettingsService
from kdm_desktop.storage.letters_repo import LetterRow, TemplateRow

if TYPE_CHECKING:
    pass

from kdm_desktop.services.letter_records import (
    IssuedLetter,
    LetterNotFound,
    LetterRecords,
    _remove,
    _save_pdf,
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

# Each revision of the shipped templates; a file is brought to the last one once.
TEMPLATE_REVISIONS: Final = (
    "letter_templates_v1.json",
    "letter_templates_v2.json",
    "letter_templates_v3.json",
)
TEMPLATES_RESOURCE: Final = TEMPLATE_REVISIONS[-1]
_REVISION_KEY: Final = "letters.templates_revision"
MAX_LOGO_BYTES: Final = 256 * 1024
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


def default_templates(resource: str = TEMPLATES_RESOURCE) -> list[dict[str, Any]]:
    raw = (files("kdm_desktop") / "resources" / "data" / resource).read_text("utf-8")
    data = json.loads(raw)
    templates: list[dict[str, Any]] = data["templates"]
    return templates


@dataclass(frozen=True)
class StoredTemplate:
    id: int
    template: LetterTemplate
    created_at: str
    created_by: str


def _stored(row: TemplateRow) -> StoredTemplate:
    return StoredTemplate(
        row.pk, parse_template(row.definition, row.version), row.created_at, row.created_by
    )


class LetterService(LetterRecords):
    """Letter use cases: templates, logo and making; facts and records in the bases."""

    # ----- templates -----

    def _ensure_templates(self) -> None:
        revision = len(TEMPLATE_REVISIONS)
        if self._repo.template_count():
            stored = self._s.reading().meta.get(_REVISION_KEY, "1")
            if stored == str(revision):
                return
            self._upgrade_templates(revision)
            return
        now, user = self._s.timestamp(), self._s.user.username
        with self._s.work() as uow:
            repo = uow.letters
            for data in default_templates():
                t = parse_template(data)
                pk = repo.add_template(t.name, 1, t.recipient_kind.value, t.as_dict(), now, user)
                uow.audit(AuditAction.CREATE, "letter_template", str(pk), "v1 default")
            uow.meta.set(_REVISION_KEY, str(revision))

    def _upgrade_templates(self, revision: int) -> None:
        """Bring shipped templates nobody reworded to the new wording (a new version;
        letters already made keep theirs). A template the admin changed stays hers."""
        # Every earlier shipped wording counts: a file may skip revisions (opened
        # first by a build two revisions newer).
        shipped_before: dict[str, list[dict[str, Any]]] = {}
        for resource in TEMPLATE_REVISIONS[:-1]:
            for d in default_templates(resource):
                shipped_before.setdefault(d["name"], []).append(parse_template(d).as_dict())
        current = {r.name: r for r in self._repo.current_templates()}
        now, user = self._s.timestamp(), self._s.user.username
        with self._s.work() as uow:
            repo = uow.letters
            for data in default_templates():
                new = parse_template(data)
                row = current.get(new.name)
                if row is None:
                    version = 1
                elif parse_template(row.definition, row.version).as_dict() == new.as_dict():
                    continue  # this revision did not change it
                elif parse_template(row.definition, row.version).as_dict() in shipped_before.get(
                    new.name, []
                ):
                    version = row.version + 1
                else:
                    continue
                pk = repo.add_template(
                    new.name, version, new.recipient_kind.value, new.as_dict(), now, user
                )
                uow.audit(
                    AuditAction.CHANGE if version > 1 else AuditAction.CREATE,
                    "letter_template",
                    str(pk),
                    f"v{version} default revision {revision}",
                )
            uow.meta.set(_REVISION_KEY, str(revision))

    def templates(self, kind: RecipientKind | None = None) -> list[StoredTemplate]:
        """The current version of every template (stored on first use)."""
        self._s.require(Permission.PRINT)
        self._ensure_templates()
        order = list(RecipientKind)
        out = sorted(
            (_stored(r) for r in self._repo.current_templates()),
            key=lambda t: (order.index(t.template.recipient_kind), t.template.name),
        )
        return [t for t in out if kind is None or t.template.recipient_kind == kind]

    def template(self, name: str) -> StoredTemplate:
        for t in self.templates():
            if t.template.name == name.strip():
                return t
        raise RefusedInput(
            "letter.template_unknown",
            name=name.strip(),
            known=", ".join(t.template.name for t in self.templates()),
        )

    def template_history(self, name: str) -> list[StoredTemplate]:
        self._s.require(Permission.MANAGE_CENTRE)
        self._ensure_templates()
        return [_stored(r) for r in self._repo.template_versions(name.strip())]

    def update_template(self, name: str, changes: Mapping[str, Any]) -> StoredTemplate:
        """Reword a template: the old version stays, a new one becomes current."""
        self._s.require(Permission.MANAGE_CENTRE)
        current = self.template(name)
        data = {**current.template.as_dict(), **changes, "name": current.template.name}
        version = current.template.version + 1
        new = parse_template(data, version)
        with self._s.work() as uow:
            pk = uow.letters.add_template(
                new.name,
                version,
                new.recipient_kind.value,
                new.as_dict(),
                self._s.timestamp(),
                self._s.user.username,
            )
            uow.audit(AuditAction.CHANGE, "letter_template", str(pk), f"v{version}")
        return self.template(name)

    # ----- logo -----

    def logo(self) -> bytes | None:
        return self._repo.logo()

    def set_logo(self, image: bytes | None) -> None:
        """The centre's logo on letterheads (PNG or JPEG); None removes it."""
        self._s.require(Permission.MANAGE_CENTRE)
        if image is not None:
            if len(image) > MAX_LOGO_BYTES:
                raise ValidationError(
                    "letter.logo_too_large", field="logo", max_kb=MAX_LOGO_BYTES // 1024
                )
            if not (image.startswith(_PNG) or image.startswith(_JPEG)) or not _decodes(image):
                raise ValidationError("letter.logo_type", field="logo")
        with self._s.work() as uow:
            uow.letters.set_logo(image, self._s.timestamp(), self._s.user.username)
            uow.audit(AuditAction.CHANGE, "letter_logo", self._s.casefile_id)

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
        written: list[Path] = []
        try:
            with self._s.work() as uow:
                repo = uow.letters
                seq = repo.allocate_seq(series_key(pattern, code, day.year), day.year)
                number = format_letter_number(pattern, code, day.year, seq)
                content = compose(
                    template, facts, values, ticked, number=number, day=day, logo=logo
                )
                pdf = render_letter(content)
                row = LetterRow(
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
        except BaseException:
            _remove(written)
            raise
        return IssuedLetter(letter_id, number, pdf, content)


def _decodes(image: bytes) -> bool:
    """True for an image reportlab can draw, of a sane size (not a decompression bomb)."""
    try:
        w, h = ImageReader(io.BytesIO(image)).getSize()
    except Exception:
        return False
    return bool(0 < int(w) <= 4000 and 0 < int(h) <= 4000)

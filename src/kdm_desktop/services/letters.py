"""Referral letters: templates, consent-gated making, record keeping and reprints.

Every letter passes `ConsentService.require_consent` for its recipient kind
before anything is composed, is numbered in the centre's letter series
(`KSK/2026/SY-0001`, see `domain.letters.settings`) within the transaction that
stores it, and keeps its exact PDF bytes so a reprint is what was sent. Audit
entries name ids only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from reportlab.lib.utils import ImageReader

from kdm_desktop.domain.cases.choices import ConsentPurpose, RecipientKind
from kdm_desktop.domain.cases.records import CaseRecord
from kdm_desktop.domain.keyed_labels import text_tr
from kdm_desktop.domain.letters.letter import (
    LetterContent,
    LetterFacts,
    LetterStatus,
    LetterTemplate,
    check_status_step,
    compose,
    field_defaults,
    format_letter_date,
    parse_template,
    recipient_name,
)
from kdm_desktop.domain.letters.settings import format_letter_number, series_key
from kdm_desktop.domain.perpetrator import letter_text
from kdm_desktop.errors import KdmError, RefusedInput, ValidationError
from kdm_desktop.oserrors import write_user_file
from kdm_desktop.reports.case_summary_pdf import render_case_summary, summary_content
from kdm_desktop.reports.letter_pdf import render_letter
from kdm_desktop.reports.printing import PrintDocument, case_summary_document
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import ROLE_LABELS_TR, Permission
from kdm_desktop.services.case_access import resolve_case, today
from kdm_desktop.services.casefile import Session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.consents import ConsentService
from kdm_desktop.services.letter_settings import LetterSettingsService
from kdm_desktop.storage.letters_repo import LetterRow, TemplateRow

if TYPE_CHECKING:
    from kdm_desktop.storage.letters_repo import LetterRepository

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


@dataclass(frozen=True)
class IssuedLetter:
    id: str
    number: str
    pdf: bytes
    # What was printed, for laying it out on a printer without a file in between.
    content: LetterContent


def _stored(row: TemplateRow) -> StoredTemplate:
    return StoredTemplate(
        row.pk, parse_template(row.definition, row.version), row.created_at, row.created_by
    )


class LetterService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> LetterRepository:
        return self._s.reading().letters

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
            centre_address=centre.address,
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

    # ----- record keeping -----

    def for_case(self, ref: str) -> list[LetterRow]:
        self._s.require(Permission.VIEW_CASES)
        case = resolve_case(self._s, ref)
        rows = self._repo.for_case(case.id)
        with self._s.work(durable=False) as uow:
            uow.audit(AuditAction.VIEW, "case_letters", case.id)
        return rows

    def _letter(self, ref: str) -> LetterRow:
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
        written: list[Path] = []
        try:
            with self._s.work() as uow:
                uow.audit(action, "letter", row.id, f"reprint case={row.case_id}")
                if save_to is not None:
                    written.append(_save_pdf(save_to, pdf, "io.write_failed"))
        except BaseException:
            _remove(written)
            raise
        return pdf

    def set_status(self, ref: str, status: str, note: str = "") -> LetterRow:
        """Follow-up: sent → answered → result, each with an optional note."""
        self._s.require(Permission.EDIT_CASES)
        row = self._letter(ref)
        check_status_step(row.status, status)
        note = note.strip()
        if len(note) > 2000:
            raise ValidationError("letter.note_too_long", field="note", max=2000)
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
        written: list[Path] = []
        try:
            with self._s.work() as uow:
                uow.audit(AuditAction.PRINT, "case_summary", view.record.id)
                if save_to is not None:
                    written.append(_save_pdf(save_to, pdf, "io.write_failed"))
        except BaseException:
            _remove(written)
            raise
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


def _save_pdf(path: Path, pdf: bytes, key: str) -> Path:
    """Write `pdf` atomically (temp file, fsync, rename) or raise the Turkish refusal."""
    write_user_file(path, pdf, key=key)
    return path


def _remove(written: list[Path]) -> None:
    # The record did not commit after all: a file for it must not stay behind.
    for path in written:
        with contextlib.suppress(OSError):
            path.unlink()


class LetterNotFound(KdmError):
    """No letter with this id or number. Exit code 1."""


def _decodes(image: bytes) -> bool:
    """True for an image reportlab can draw, of a sane size (not a decompression bomb)."""
    try:
        w, h = ImageReader(io.BytesIO(image)).getSize()
    except Exception:
        return False
    return bool(0 < int(w) <= 4000 and 0 < int(h) <= 4000)

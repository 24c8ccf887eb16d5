"""The centre's letter templates (versioned, shipped wording upgraded once) and its logo.

Split from `LetterService` (letters.py), which makes and records letters: this
base only keeps what every letter is made from. A template is never edited in
place: a new version becomes current and letters already made keep theirs; a
shipped wording the admin changed stays hers when a new build brings new wording.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any, Final

from reportlab.lib.utils import ImageReader

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.letters.recipient import (
    check_reworded,
    keep_recipient_fields,
    with_recipient_fields,
)
from kdm_desktop.domain.letters.template import LetterTemplate, parse_template
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.letter_records import LetterRecords
from kdm_desktop.storage.letters_repo import TemplateRow

# Each revision of the shipped templates; a file is brought to the last one once.
TEMPLATE_REVISIONS: Final = (
    "letter_templates_v1.json",
    "letter_templates_v2.json",
    "letter_templates_v3.json",
)
TEMPLATES_RESOURCE: Final = TEMPLATE_REVISIONS[-1]
_REVISION_KEY: Final = "letters.templates_revision"
# Set once reworded templates were given the recipient fields (domain/letters/recipient.py).
_FIELDS_KEY: Final = "letters.recipient_fields"
_FIELDS_DONE: Final = "1"
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


class LetterTemplates(LetterRecords):
    """Templates and logo; LetterService (letters.py) builds letters on them."""

    # ----- templates -----

    def _ensure_templates(self) -> None:
        revision = len(TEMPLATE_REVISIONS)
        if self._repo.template_count():
            meta = self._s.reading().meta
            stored = meta.get(_REVISION_KEY, "1")
            # A file a build brought to this revision before reworded templates kept
            # the recipient fields: one more pass (it changes nothing else twice).
            if stored == str(revision) and meta.get(_FIELDS_KEY) == _FIELDS_DONE:
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
            uow.meta.set(_FIELDS_KEY, _FIELDS_DONE)

    def _upgrade_templates(self, revision: int) -> None:
        """Bring shipped templates nobody reworded to the new wording (a new version;
        letters already made keep theirs). A template the admin changed stays hers,
        but gains the addressee's Kurum/Birim fields if it had none (recipient.py)."""
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
                note = "default"
                if row is None:
                    version = 1
                else:
                    stored = parse_template(row.definition, row.version)
                    earlier = shipped_before.get(new.name, [])
                    if stored.as_dict() == new.as_dict():
                        continue  # this revision did not change it
                    if stored.as_dict() not in earlier:
                        # Hers: only the addressee's fields come along (recipient.py).
                        addressees = [d["addressee"] for d in earlier]
                        merged = with_recipient_fields(stored, new, addressees)
                        if merged is None:
                            continue
                        new = parse_template(merged)
                        note = "recipient_fields"
                    version = row.version + 1
                pk = repo.add_template(
                    new.name, version, new.recipient_kind.value, new.as_dict(), now, user
                )
                uow.audit(
                    AuditAction.CHANGE if version > 1 else AuditAction.CREATE,
                    "letter_template",
                    str(pk),
                    f"v{version} {note} revision {revision}",
                )
            uow.meta.set(_REVISION_KEY, str(revision))
            uow.meta.set(_FIELDS_KEY, _FIELDS_DONE)

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
        """Reword a template: the old version stays, a new one becomes current. The
        addressee's fields stay, and every field asked for must be printed (recipient.py)."""
        self._s.require(Permission.MANAGE_CENTRE)
        current = self.template(name)
        changes = keep_recipient_fields(changes, current.template)
        data = {**current.template.as_dict(), **changes, "name": current.template.name}
        version = current.template.version + 1
        new = parse_template(data, version)
        check_reworded(new, current.template)
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
                raise ValidationErrors.one(
                    "logo", "letter.logo_too_large", max_kb=MAX_LOGO_BYTES // 1024
                )
            if not (image.startswith(_PNG) or image.startswith(_JPEG)) or not _decodes(image):
                raise ValidationErrors.one("logo", "letter.logo_type")
        with self._s.work() as uow:
            uow.letters.set_logo(image, self._s.timestamp(), self._s.user.username)
            uow.audit(AuditAction.CHANGE, "letter_logo", self._s.casefile_id)


def _decodes(image: bytes) -> bool:
    """True for an image reportlab can draw, of a sane size (not a decompression bomb)."""
    try:
        w, h = ImageReader(io.BytesIO(image)).getSize()
    except Exception:
        return False
    return bool(0 < int(w) <= 4000 and 0 < int(h) <= 4000)

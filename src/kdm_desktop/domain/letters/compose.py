"""Composing a referral letter from minimum data: her facts, the user's fields, the ticks.

The woman's facts that may appear are fixed here, not in the template: her name,
and only when ticked her T.C. number, the risk level, whether a protective order
is in force and the perpetrator. Her address never appears (there is no
placeholder for it), her confidential address is refused in any field, and a
letter to anyone but ŞÖNİM or the police refuses any field that could say where
a shelter is. The result is a `LetterContent` (content.py), which the PDF and the
preview both draw.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from kdm_desktop.domain.letters.content import LetterContent
from kdm_desktop.domain.letters.template import (
    AUTO_FIELDS,
    OPTIONAL_FIELDS,
    SHELTER_SAFE_KINDS,
    InputField,
    LetterTemplate,
    is_place_key,
    placeholders,
)
from kdm_desktop.domain.phone import format_phone_local
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.domain.turkish import fold_for_search, tr_upper
from kdm_desktop.errors import RefusedInput

DRAFT_GAP: Final = "……"
MAX_FIELD_TEXT: Final = 2000


@dataclass(frozen=True)
class LetterFacts:
    """What the service read about the case, her consent already checked."""

    name: str
    tc_kimlik_no: str
    confidential_address: str
    centre_name: str
    centre_address: str
    centre_phone: str
    centre_email: str
    caseworker_name: str
    caseworker_title: str
    # The centre's authorised signatory; empty: the caseworker signs.
    signatory_name: str = ""
    signatory_title: str = ""
    # The administration the centre belongs to ("Karşıyaka Belediyesi"), for the heading.
    municipality: str = ""
    # None: no such service in this build, so the tick box is not offered.
    risk_level: str | None = None
    order_in_force: str | None = None
    # The primary perpetrator as a letter names him; None when none is recorded.
    perpetrator: str | None = None

    def offered(self, key: str) -> bool:
        if key == "tc_kimlik_no":
            return bool(self.tc_kimlik_no)
        return getattr(self, key) is not None


def sender_address(address: str, district: str, province: str) -> str:
    """The centre's address as the letterhead prints it, ending "Karşıyaka/İZMİR" the
    way Turkish addresses end (district/PROVINCE), unless it names the province already.
    The heading above it never names the city (T.C. and the centre's name only)."""
    address = " ".join(address.split())
    if not province or _folded(province) in _folded(address).split():
        return address
    place = f"{district}/{tr_upper(province)}" if district else tr_upper(province)
    return f"{address} {place}" if address else place


def _folded(text: str) -> str:
    return " ".join(fold_for_search(text).split())


def _clean_value(field_: InputField, value: str) -> str:
    limit = MAX_FIELD_TEXT if field_.multiline else 300
    cleaned = value.strip() if field_.multiline else " ".join(value.split())
    if len(cleaned) > limit:
        raise ValidationErrors.one(
            field_.key, "letter.field_too_long", label=field_.label, max=limit
        )
    return cleaned


def check_values(
    template: LetterTemplate,
    facts: LetterFacts,
    values: Mapping[str, str],
    *,
    require: bool = True,
) -> dict[str, str]:
    """The user's field values, cleaned; refuse unknown keys, missing required ones
    (unless `require` is off: a preview while she is still typing), shelter
    information to a kind that may not have it and her confidential address."""
    out: dict[str, str] = {}
    for key, raw in values.items():
        f = template.input(key)
        if f is None:
            if key in AUTO_FIELDS or key in OPTIONAL_FIELDS:
                raise RefusedInput("letter.field_automatic", key=key)
            if is_place_key(key) and template.recipient_kind not in SHELTER_SAFE_KINDS:
                raise RefusedInput("letter.shelter_refused", kind=template.recipient_kind.label)
            raise RefusedInput(
                "letter.field_unknown",
                key=key,
                known=", ".join(i.key for i in template.inputs) or "-",
            )
        out[key] = _clean_value(f, raw)
    for f in template.inputs:
        value = out.get(f.key, "")
        if f.required and not value and require:
            raise ValidationErrors.one(f.key, "letter.field_required", label=f.label)
        if value and f.shelter_info and template.recipient_kind not in SHELTER_SAFE_KINDS:
            raise RefusedInput("letter.shelter_refused", kind=template.recipient_kind.label)
    secret = _folded(facts.confidential_address)
    if secret and any(secret in _folded(v) for v in out.values()):
        raise RefusedInput("letter.confidential_address")
    return out


def compose(
    template: LetterTemplate,
    facts: LetterFacts,
    values: Mapping[str, str],
    ticked: Sequence[str],
    *,
    number: str,
    day: datetime.date,
    logo: bytes | None = None,
    draft: bool = False,
) -> LetterContent:
    """The letter; with `draft` (the preview) a required field left empty shows as
    a gap to fill instead of refusing, and the number is marked provisional."""
    cleaned = check_values(template, facts, values, require=not draft)
    # Stored as "+90…" (E.164); a letter writes it as people in Turkey do ("0232 …").
    phone = format_phone_local(facts.centre_phone) if facts.centre_phone else ""
    for key in ticked:
        if key not in OPTIONAL_FIELDS or not facts.offered(key):
            raise RefusedInput("letter.optional_unavailable", key=key)
    filled: dict[str, str] = {f.key: "" for f in template.inputs}
    filled.update(cleaned)
    filled.update(
        name=facts.name,
        centre_name=facts.centre_name,
        caseworker_name=facts.caseworker_name,
        caseworker_title=facts.caseworker_title,
        caseworker_phone=phone,
        caseworker_email=facts.centre_email,
    )
    empty = {f.key for f in template.inputs if not filled[f.key]}
    if draft:
        for f in template.inputs:
            if f.required and not filled[f.key]:
                filled[f.key] = DRAFT_GAP
                empty.discard(f.key)
    # A paragraph about something left blank (no İlgi, no place given) is left out whole.
    body = [
        p.format_map(filled).strip()
        for p in template.body.split("\n\n")
        if p.strip() and not placeholders(p) & empty
    ]
    extra = [
        line.line.format_map({**filled, line.key: getattr(facts, line.key) or ""})
        for line in template.optional
        if line.key in ticked
    ]
    # Ticked facts go before the closing request ("… arz ederim"), the last paragraph.
    body[max(len(body) - 1, 0) : max(len(body) - 1, 0)] = extra
    contact = " · ".join(x for x in (facts.caseworker_name, phone, facts.centre_email) if x)
    signed_by_centre = bool(facts.signatory_name)
    prepared_by = ""
    if signed_by_centre and facts.signatory_name != facts.caseworker_name:
        prepared_by = ", ".join(x for x in (facts.caseworker_name, facts.caseworker_title) if x)
    # An addressee line about a field left blank (no unit given) is left out whole.
    addressee = "\n".join(
        line.format_map(filled).strip()
        for line in template.addressee.split("\n")
        if line.strip() and not (placeholders(line) and placeholders(line) <= empty)
    )
    return LetterContent(
        marking=template.marking,
        centre_name=facts.centre_name,
        centre_address=facts.centre_address,
        centre_phone=phone,
        number=number,
        date=day,
        subject=template.subject.format_map(filled),
        addressee=addressee,
        reference=template.reference.format_map(filled),
        body=tuple(body),
        signature_name=facts.signatory_name if signed_by_centre else facts.caseworker_name,
        signature_title=facts.signatory_title if signed_by_centre else facts.caseworker_title,
        contact=contact,
        attachments=template.attachments,
        distribution=template.distribution,
        recipient_kind=template.recipient_kind,
        template_name=template.name,
        template_version=template.version,
        logo=logo,
        prepared_by=prepared_by,
        number_provisional=draft,
        municipality=facts.municipality,
    )


def recipient_name(template: LetterTemplate, values: Mapping[str, str]) -> str:
    """Who the letter goes to, for the referrals list (the addressee's first line)."""
    filled = {f.key: values.get(f.key, "") for f in template.inputs}
    filled.update(dict.fromkeys(AUTO_FIELDS, ""))
    lines = [x.strip() for x in template.addressee.format_map(filled).splitlines()]
    return next((x for x in lines if x.strip("() ")), "")

"""Referral letters (sevk yazısı): templates, and composing a letter from minimum data.

A template is data (see `resources/data/letter_templates_v1.json`); this module
checks one and fills it. The woman's facts that may appear are fixed here, not
in the template: her name, and only when ticked her T.C. number, the risk level
and whether a protective order is in force. Her address never appears (there is
no placeholder for it), and a letter to anyone but ŞÖNİM or the police refuses
any field that could say where a shelter is.
"""

from __future__ import annotations

import datetime
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.keyed_labels import KeyedLabels, text_tr
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.domain.turkish import fold_for_search, tr_upper
from kdm_desktop.errors import RefusedInput

# Stored in templates as these exact Turkish words.
MARKINGS: Final = (text_tr("letter.marking.confidential"), text_tr("letter.marking.personal"))
DRAFT_GAP: Final = "……"
PROVISIONAL_NOTE: Final = text_tr("letter.provisional_note")
# Only these may learn where a shelter is (6284: ŞÖNİM places her, the police protect her).
SHELTER_SAFE_KINDS: Final = frozenset({RecipientKind.SONIM, RecipientKind.POLICE})
# Facts the letter fills itself; a template may use them in its text.
AUTO_FIELDS: Final = (
    "name",
    "centre_name",
    "caseworker_name",
    "caseworker_title",
    "caseworker_phone",
    "caseworker_email",
)
# Facts printed only when the user ticks them (minimum data by default).
OPTIONAL_FIELDS: Final = ("tc_kimlik_no", "risk_level", "order_in_force", "perpetrator")
# Words in a field's key that mark it as a place; for non-safe kinds these are refused.
_PLACE_WORDS: Final = (
    "adres",
    "address",
    "konum",
    "location",
    "konukevi",
    "shelter",
    "place",
    "kaldigi",
    "yer",
)
MAX_FIELD_TEXT: Final = 2000
MAX_TEMPLATE_TEXT: Final = 6000
_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
# What a field's default may say about the centre ("{PROVINCE} EMNİYET MÜDÜRLÜĞÜNE").
DEFAULT_CONTEXT: Final = ("province", "district", "PROVINCE", "DISTRICT")
MAX_DEFAULTS: Final = 4


class LetterStatus:
    """Follow-up of an outgoing referral: sent → answered → result."""

    SENT: Final = "gonderildi"
    ANSWERED: Final = "yanitlandi"
    RESULT: Final = "sonuclandi"
    ORDER: Final = (SENT, ANSWERED, RESULT)
    LABELS: Final = KeyedLabels({s: f"letter.status.{s}" for s in ORDER})


@dataclass(frozen=True)
class InputField:
    """A free-text field the user fills when making the letter."""

    key: str
    label: str
    required: bool = False
    multiline: bool = False
    # Says where she is staying: never printed for a kind outside SHELTER_SAFE_KINDS.
    shelter_info: bool = False
    # Proposed texts, the first whose centre facts are all known wins
    # ("{PROVINCE} EMNİYET MÜDÜRLÜĞÜNE", then "EMNİYET MÜDÜRLÜĞÜNE").
    default: tuple[str, ...] = ()


@dataclass(frozen=True)
class OptionalLine:
    """A line added to the body only when the user ticks it."""

    key: str
    label: str
    line: str


@dataclass(frozen=True)
class LetterTemplate:
    name: str
    title: str
    recipient_kind: RecipientKind
    subject: str
    addressee: str
    body: str
    reference: str = ""
    inputs: tuple[InputField, ...] = ()
    optional: tuple[OptionalLine, ...] = ()
    attachments: tuple[str, ...] = ()
    distribution: tuple[str, ...] = ()
    marking: str = MARKINGS[0]
    version: int = 1

    def input(self, key: str) -> InputField | None:
        return next((f for f in self.inputs if f.key == key), None)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "recipient_kind": self.recipient_kind.value,
            "subject": self.subject,
            "addressee": self.addressee,
            "reference": self.reference,
            "body": self.body,
            "inputs": [
                {
                    "key": f.key,
                    "label": f.label,
                    "required": f.required,
                    "multiline": f.multiline,
                    "shelter_info": f.shelter_info,
                    **({"default": list(f.default)} if f.default else {}),
                }
                for f in self.inputs
            ],
            "optional": [{"key": o.key, "label": o.label, "line": o.line} for o in self.optional],
            "attachments": list(self.attachments),
            "distribution": list(self.distribution),
            "marking": self.marking,
        }


def _text(data: Mapping[str, Any], key: str, *, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or len(value) > MAX_TEMPLATE_TEXT:
        raise ValidationErrors.one(key, "letter.template_invalid", detail=key)
    value = value.strip()
    if required and not value:
        raise ValidationErrors.one(key, "letter.template_invalid", detail=key)
    return value


def _str_list(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationErrors.one(key, "letter.template_invalid", detail=key)
    return tuple(v.strip() for v in value if v.strip())


def _defaults(raw: Mapping[str, Any]) -> tuple[str, ...]:
    value = raw.get("default", [])
    if isinstance(value, str):
        value = [value]
    if (
        not isinstance(value, list)
        or len(value) > MAX_DEFAULTS
        or not all(isinstance(v, str) and len(v) <= 300 for v in value)
    ):
        raise ValidationErrors.one("inputs", "letter.template_invalid", detail="default")
    for text in value:
        if placeholders(text) - set(DEFAULT_CONTEXT):
            raise ValidationErrors.one("inputs", "letter.template_invalid", detail="default")
    return tuple(" ".join(v.split()) for v in value if v.strip())


def field_defaults(template: LetterTemplate, province: str, district: str) -> dict[str, str]:
    """What each field starts with at this centre: the first default whose facts are known."""
    context = {
        "province": province,
        "district": district,
        "PROVINCE": tr_upper(province),
        "DISTRICT": tr_upper(district),
    }
    out: dict[str, str] = {}
    for f in template.inputs:
        for text in f.default:
            if all(context[name] for name in placeholders(text)):
                out[f.key] = text.format_map(context)
                break
    return out


def _is_place_key(key: str) -> bool:
    return any(word in key for word in _PLACE_WORDS)


def placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise ValidationErrors.one("body", "letter.template_invalid", detail="body") from exc


def parse_template(data: Mapping[str, Any], version: int = 1) -> LetterTemplate:
    """Check one template (from the shipped file or an admin's edit) and build it."""
    if not isinstance(data, Mapping):
        raise ValidationErrors.one("template", "letter.template_invalid", detail="object")
    name = _text(data, "name")
    try:
        kind = RecipientKind(str(data.get("recipient_kind", "")))
    except ValueError:
        raise ValidationErrors.one(
            "recipient_kind", "letter.template_invalid", detail="recipient_kind"
        ) from None
    marking = _text(data, "marking")
    if marking not in MARKINGS:
        raise ValidationErrors.one("marking", "letter.template_invalid", detail="marking")
    inputs: list[InputField] = []
    for raw in data.get("inputs", []) or []:
        if not isinstance(raw, Mapping) or not _KEY.fullmatch(str(raw.get("key", ""))):
            raise ValidationErrors.one("inputs", "letter.template_invalid", detail="inputs")
        key = str(raw["key"])
        shelter = bool(raw.get("shelter_info", False)) or _is_place_key(key)
        if shelter and kind not in SHELTER_SAFE_KINDS:
            raise ValidationErrors.one(key, "letter.shelter_field", kind=kind.label)
        inputs.append(
            InputField(
                key=key,
                label=_text(raw, "label"),
                required=bool(raw.get("required", False)),
                multiline=bool(raw.get("multiline", False)),
                shelter_info=shelter,
                default=_defaults(raw),
            )
        )
    optional: list[OptionalLine] = []
    for raw in data.get("optional", []) or []:
        if not isinstance(raw, Mapping) or raw.get("key") not in OPTIONAL_FIELDS:
            raise ValidationErrors.one("optional", "letter.template_invalid", detail="optional")
        line = _text(raw, "line")
        if placeholders(line) - {str(raw["key"]), *AUTO_FIELDS}:
            raise ValidationErrors.one("optional", "letter.template_invalid", detail="line")
        optional.append(OptionalLine(str(raw["key"]), _text(raw, "label"), line))
    template = LetterTemplate(
        name=name,
        title=_text(data, "title"),
        recipient_kind=kind,
        subject=_text(data, "subject"),
        addressee=_text(data, "addressee"),
        reference=_text(data, "reference", required=False),
        body=_text(data, "body"),
        inputs=tuple(inputs),
        optional=tuple(optional),
        attachments=_str_list(data, "attachments"),
        distribution=_str_list(data, "distribution"),
        marking=marking,
        version=version,
    )
    known = {*AUTO_FIELDS, *(f.key for f in template.inputs)}
    for part in ("subject", "addressee", "reference", "body"):
        unknown = placeholders(getattr(template, part)) - known
        if unknown:
            raise ValidationErrors.one(
                part, "letter.unknown_placeholder", names=", ".join(sorted(unknown))
            )
    return template


# ----- composing -----


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
    # None: no such service in this build, so the tick box is not offered.
    risk_level: str | None = None
    order_in_force: str | None = None
    # The primary perpetrator as a letter names him; None when none is recorded.
    perpetrator: str | None = None

    def offered(self, key: str) -> bool:
        if key == "tc_kimlik_no":
            return bool(self.tc_kimlik_no)
        return getattr(self, key) is not None


@dataclass(frozen=True)
class LetterContent:
    """Everything printed, in reading order; the PDF and the preview both draw this."""

    marking: str
    centre_name: str
    centre_address: str
    centre_phone: str
    number: str
    date: datetime.date
    subject: str
    addressee: str
    reference: str
    body: tuple[str, ...]
    signature_name: str
    signature_title: str
    contact: str
    attachments: tuple[str, ...]
    distribution: tuple[str, ...]
    recipient_kind: RecipientKind
    template_name: str
    template_version: int
    logo: bytes | None = field(default=None, repr=False)
    # "Hazırlayan": the caseworker, when the signatory is someone else.
    prepared_by: str = ""
    # The preview's number: the next free one, which another letter may still take.
    number_provisional: bool = False

    @property
    def number_text(self) -> str:
        if self.number_provisional:
            return f"{self.number} {PROVISIONAL_NOTE}"
        return self.number

    def plain_text(self) -> str:
        """The letter as lines, for the on-screen preview and tests."""
        lines = [self.marking, self.centre_name]
        lines += [x for x in (self.centre_address, self.centre_phone) if x]
        lines += [
            text_tr("letter.line.number", value=self.number_text),
            text_tr("letter.line.date", value=format_letter_date(self.date)),
        ]
        lines += [text_tr("letter.line.subject", value=self.subject), "", self.addressee]
        if self.reference:
            lines.append(text_tr("letter.line.reference", value=self.reference))
        lines += ["", *self.body, "", self.signature_name, self.signature_title]
        if self.prepared_by:
            lines.append(text_tr("letter.line.prepared_by", value=self.prepared_by))
        lines.append(self.contact)
        if self.attachments:
            numbered = (f"{i}. {a}" for i, a in enumerate(self.attachments, 1))
            lines += ["", text_tr("letter.line.attachments"), *numbered]
        if self.distribution:
            lines += ["", text_tr("letter.line.distribution"), *self.distribution]
        lines += ["", self.marking]
        return "\n".join(lines)


def format_letter_date(d: datetime.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


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
            if _is_place_key(key) and template.recipient_kind not in SHELTER_SAFE_KINDS:
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
        caseworker_phone=facts.centre_phone,
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
    contact = " · ".join(
        x for x in (facts.caseworker_name, facts.centre_phone, facts.centre_email) if x
    )
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
        centre_phone=facts.centre_phone,
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
    )


def recipient_name(template: LetterTemplate, values: Mapping[str, str]) -> str:
    """Who the letter goes to, for the referrals list (the addressee's first line)."""
    filled = {f.key: values.get(f.key, "") for f in template.inputs}
    filled.update(dict.fromkeys(AUTO_FIELDS, ""))
    lines = [x.strip() for x in template.addressee.format_map(filled).splitlines()]
    return next((x for x in lines if x.strip("() ")), "")


def check_status_step(current: str, new: str) -> None:
    order = LetterStatus.ORDER
    if new not in order or order.index(new) <= order.index(current):
        raise ValidationErrors.one(
            "status",
            "letter.status_step",
            current=LetterStatus.LABELS.get(current, current),
            new=LetterStatus.LABELS.get(new, new),
        )


@dataclass(frozen=True)
class SentLetter:
    """A sent letter without its PDF (lists load many)."""

    id: str
    case_id: str
    number: str
    recipient_kind: str
    recipient_name: str
    letter_date: str
    template_name: str
    template_version: int
    status: str
    status_note: str
    status_at: str
    status_by: str
    created_at: str
    created_by: str

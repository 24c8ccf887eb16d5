"""A referral letter's template (sevk yazısı şablonu): its parts, and reading one from data.

A template is data (see `resources/data/letter_templates_v1.json`); this module
checks one (shipped, stored, or an admin's rewording) and builds it. What a
template may not do is fixed here: use a `{placeholder}` that is neither one of
the facts the letter fills itself nor one of its own fields, or ask for a place
(an address, a shelter) in a letter to anyone but ŞÖNİM or the police. Filling a
template for one woman is `compose.py`.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.keyed_labels import text_tr
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.domain.turkish import tr_upper

# Stored in templates as these exact Turkish words.
MARKINGS: Final = (text_tr("letter.marking.confidential"), text_tr("letter.marking.personal"))
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
MAX_TEMPLATE_TEXT: Final = 6000
_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
# What a field's default may say about the centre ("{PROVINCE} EMNİYET MÜDÜRLÜĞÜNE").
DEFAULT_CONTEXT: Final = ("province", "district", "PROVINCE", "DISTRICT")
MAX_DEFAULTS: Final = 4


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


def is_place_key(key: str) -> bool:
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
        shelter = bool(raw.get("shelter_info", False)) or is_place_key(key)
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

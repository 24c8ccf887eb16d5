"""A case's draft fields as a bundle carries them: the bundle's own codec, versioned.

The database has its own encoding (`storage.case_codec`); the wire must not follow it,
or a change of a column would silently change what other centres read. So the
names, the order and the encoding of every field that travels are written out here,
per payload format, and decoding is strict: a value must have exactly the wire type
and survive a round trip, or the case is refused.

Adding a draft field: give it an encoder/decoder below, and list it in the next
format's field tuple (a new `PAYLOAD_VERSION` in `bundle.wire`). A field absent from
an older format takes the draft's default when such a bundle is read. The test
`test_every_draft_field_travels` fails until a new draft field is placed here.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
from collections.abc import Callable
from typing import Any, Final

from kdm_desktop.domain.cases.choices import (
    ApplicationChannel,
    Choice,
    Education,
    Employment,
    HeardFrom,
    IncomeBand,
    MaritalStatus,
    PerpetratorRelation,
    ViolenceDuration,
    ViolenceFrequency,
    ViolenceType,
)
from kdm_desktop.domain.cases.draft import CaseDraft, Child

__all__ = ["FIELDS", "NOT_SENT", "WireFieldError", "decode_fields", "encode_fields"]


class WireFieldError(ValueError):
    """A field value that is not what the format says; `field` names it."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


# (wire type, encode, decode). The wire type is checked before decoding: JSON gives
# str, int or None; bool is never used on the wire (format 1 sent 0/1).
_Codec = tuple[tuple[type, ...], Callable[[Any], object], Callable[[Any], Any]]
_NONE: Final = type(None)


def _text() -> _Codec:
    return (str,), lambda v: v, lambda v: v


def _text_or_null() -> _Codec:
    # An empty identity number or phone travels as null (as format 1 did).
    return (str, _NONE), lambda v: v or None, lambda v: v or ""


def _flag() -> _Codec:
    def decode(v: int) -> bool:
        if v not in (0, 1):
            raise ValueError(v)
        return bool(v)

    return (int,), int, decode


def _tristate() -> _Codec:
    flag = _flag()
    return (
        (int, _NONE),
        lambda v: None if v is None else int(v),
        (lambda v: None if v is None else flag[2](v)),
    )


def _date() -> _Codec:
    return (
        (str, _NONE),
        lambda v: None if v is None else v.isoformat(),
        (lambda v: None if v is None else datetime.date.fromisoformat(v)),
    )


def _age() -> _Codec:
    return (int, _NONE), lambda v: v, lambda v: v


def _choice(cls: type[Choice]) -> _Codec:
    return (
        (str, _NONE),
        lambda v: None if v is None else v.value,
        (lambda v: None if v is None else cls(v)),
    )


# Lists travel as JSON text inside the entry (format 1 did so; it also keeps the
# entry within the manifest's nesting limit).
def _phones() -> _Codec:
    def decode(v: str) -> tuple[str, ...]:
        items = json.loads(v)
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise ValueError("phones")
        return tuple(items)

    return (str,), lambda v: json.dumps(list(v)), decode


def _children() -> _Codec:
    def decode(v: str) -> tuple[Child, ...]:
        items = json.loads(v)
        if not isinstance(items, list):
            raise ValueError("children")
        out = []
        for c in items:
            if not isinstance(c, dict) or set(c) != {"age", "with_her"}:
                raise ValueError("children")
            if type(c["age"]) is not int or type(c["with_her"]) is not bool:
                raise ValueError("children")
            out.append(Child(c["age"], c["with_her"]))
        return tuple(out)

    def encode(v: tuple[Child, ...]) -> str:
        return json.dumps([{"age": c.age, "with_her": c.with_her} for c in v])

    return (str,), encode, decode


def _violence() -> _Codec:
    def decode(v: str) -> frozenset[ViolenceType]:
        items = json.loads(v)
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise ValueError("violence_types")
        return frozenset(ViolenceType(x) for x in items)

    return (str,), lambda v: json.dumps(sorted(t.value for t in v)), decode


_CODECS: Final[dict[str, _Codec]] = {
    "anonymous": _flag(),
    "first_name": _text(),
    "last_name": _text(),
    "tc_kimlik_no": _text_or_null(),
    "birth_date": _date(),
    "age": _age(),
    "nationality": _text(),
    "language": _text(),
    "needs_interpreter": _tristate(),
    "phone": _text_or_null(),
    "other_phones": _phones(),
    "address": _text(),
    "neighbourhood": _text(),
    "district": _text(),
    "address_confidential": _flag(),
    "marital_status": _choice(MaritalStatus),
    "education": _choice(Education),
    "employment": _choice(Employment),
    "has_own_income": _tristate(),
    "income_band": _choice(IncomeBand),
    "health_notes": _text(),
    "disability": _tristate(),
    "children": _children(),
    "application_date": _date(),
    "channel": _choice(ApplicationChannel),
    "reason": _text(),
    "heard_from": _choice(HeardFrom),
    "violence_types": _violence(),
    "perpetrator_relation": _choice(PerpetratorRelation),
    "lives_with_perpetrator": _tristate(),
    "violence_frequency": _choice(ViolenceFrequency),
    "violence_duration": _choice(ViolenceDuration),
    "weapon_access": _tristate(),
    "earlier_complaints": _tristate(),
    "earlier_orders": _tristate(),
    "life_danger": _tristate(),
}

# The fields of each payload format, in the order they are written. Never edit a
# released tuple: a new format gets a new one.
_FIELDS_1: Final = (
    "anonymous", "first_name", "last_name", "tc_kimlik_no", "birth_date", "age",
    "nationality", "language", "needs_interpreter", "phone", "other_phones", "address",
    "neighbourhood", "district", "address_confidential", "marital_status", "education",
    "employment", "has_own_income", "income_band", "health_notes", "disability",
    "children", "application_date", "channel", "reason", "heard_from", "violence_types",
    "perpetrator_relation", "lives_with_perpetrator", "violence_frequency",
    "violence_duration", "weapon_access", "earlier_complaints", "earlier_orders",
    "life_danger",
)  # fmt: skip
FIELDS: Final[dict[int, tuple[str, ...]]] = {1: _FIELDS_1, 2: _FIELDS_1}

_DRAFT_NAMES: Final = frozenset(f.name for f in dataclasses.fields(CaseDraft))

#: Draft fields that never travel (none yet). A draft field must be in the newest
#: format's tuple or here.
NOT_SENT: Final[frozenset[str]] = frozenset()


def encode_fields(draft: CaseDraft, version: int) -> dict[str, object]:
    """The draft's fields in format `version`."""
    return {name: _CODECS[name][1](getattr(draft, name)) for name in FIELDS[version]}


def decode_fields(values: dict[str, Any], version: int) -> CaseDraft:
    """A draft from wire values; raises `WireFieldError` naming the first bad field.

    Exactly the format's fields must be present, each of its wire type, and the
    value must encode back to what was sent (no two spellings of one value).
    """
    names = FIELDS[version]
    if set(values) != set(names):
        raise WireFieldError(sorted(set(values) ^ set(names))[0])
    decoded: dict[str, Any] = {}
    for name in names:
        types, encode, decode = _CODECS[name]
        raw = values[name]
        if type(raw) not in types:
            raise WireFieldError(name)
        try:
            value = decode(raw)
            if encode(value) != raw:
                raise ValueError(name)
        except (ValueError, TypeError, KeyError, AttributeError):
            raise WireFieldError(name) from None
        decoded[name] = value
    try:
        if len(decoded) == len(_DRAFT_NAMES):
            return CaseDraft(**decoded)
        return dataclasses.replace(CaseDraft(), **decoded)
    except (ValueError, TypeError):
        raise WireFieldError("draft") from None

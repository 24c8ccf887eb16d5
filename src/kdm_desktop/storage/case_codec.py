"""Between a `CaseDraft` and the columns of `cases`: one encoder/decoder per field.

Every draft field is listed here; the module refuses to import if a field is
added to the draft without a column, so a new field cannot be silently dropped.
"""

from __future__ import annotations

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
from kdm_desktop.domain.cases.draft import DRAFT_FIELDS, CaseDraft, Child

Encode = Callable[[Any], object]
Decode = Callable[[Any], Any]


def _text(v: str) -> str:
    return v


def _text_or_null(v: str) -> str | None:
    return v or None


def _from_text_or_null(v: str | None) -> str:
    return v or ""


def _flag(v: bool) -> int:
    return int(v)


def _from_flag(v: int) -> bool:
    return bool(v)


def _tristate(v: bool | None) -> int | None:
    return None if v is None else int(v)


def _from_tristate(v: int | None) -> bool | None:
    return None if v is None else bool(v)


def _date(v: datetime.date | None) -> str | None:
    return None if v is None else v.isoformat()


def _from_date(v: str | None) -> datetime.date | None:
    return None if v is None else datetime.date.fromisoformat(v)


def _same(v: Any) -> Any:
    return v


def _choice(v: Choice | None) -> str | None:
    return None if v is None else v.value


def _from_choice(cls: type[Choice]) -> Decode:
    def decode(v: str | None) -> Choice | None:
        return None if v is None else cls(v)

    return decode


def _phones(v: tuple[str, ...]) -> str:
    return json.dumps(list(v))


def _from_phones(v: str) -> tuple[str, ...]:
    return tuple(str(x) for x in json.loads(v))


def _children(v: tuple[Child, ...]) -> str:
    return json.dumps([{"age": c.age, "with_her": c.with_her} for c in v])


def _from_children(v: str) -> tuple[Child, ...]:
    return tuple(Child(int(c["age"]), bool(c["with_her"])) for c in json.loads(v))


def _violence(v: frozenset[ViolenceType]) -> str:
    return json.dumps(sorted(t.value for t in v))


def _from_violence(v: str) -> frozenset[ViolenceType]:
    return frozenset(ViolenceType(x) for x in json.loads(v))


_TEXT_FIELDS = (
    "first_name",
    "last_name",
    "nationality",
    "language",
    "address",
    "neighbourhood",
    "district",
    "health_notes",
    "reason",
)
_NULLABLE_TEXT = ("tc_kimlik_no", "phone")
_FLAGS = ("anonymous", "address_confidential")
_TRISTATES = (
    "needs_interpreter",
    "has_own_income",
    "disability",
    "lives_with_perpetrator",
    "weapon_access",
    "earlier_complaints",
    "earlier_orders",
    "life_danger",
)
_CHOICES: dict[str, type[Choice]] = {
    "marital_status": MaritalStatus,
    "education": Education,
    "employment": Employment,
    "income_band": IncomeBand,
    "channel": ApplicationChannel,
    "heard_from": HeardFrom,
    "perpetrator_relation": PerpetratorRelation,
    "violence_frequency": ViolenceFrequency,
    "violence_duration": ViolenceDuration,
}

CODECS: Final[dict[str, tuple[Encode, Decode]]] = {
    **{name: (_text, _same) for name in _TEXT_FIELDS},
    **{name: (_text_or_null, _from_text_or_null) for name in _NULLABLE_TEXT},
    **{name: (_flag, _from_flag) for name in _FLAGS},
    **{name: (_tristate, _from_tristate) for name in _TRISTATES},
    **{name: (_choice, _from_choice(cls)) for name, cls in _CHOICES.items()},
    "birth_date": (_date, _from_date),
    "application_date": (_date, _from_date),
    "age": (_same, _same),
    "other_phones": (_phones, _from_phones),
    "children": (_children, _from_children),
    "violence_types": (_violence, _from_violence),
}

if set(CODECS) != set(DRAFT_FIELDS):  # pragma: no cover - a programming error
    raise RuntimeError(f"case fields without a column: {set(DRAFT_FIELDS) ^ set(CODECS)}")


def encode_draft(draft: CaseDraft) -> dict[str, object]:
    return {name: CODECS[name][0](getattr(draft, name)) for name in DRAFT_FIELDS}


def decode_draft(columns: dict[str, Any]) -> CaseDraft:
    return CaseDraft(**{name: CODECS[name][1](columns[name]) for name in DRAFT_FIELDS})

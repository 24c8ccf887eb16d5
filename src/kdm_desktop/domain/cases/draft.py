"""The intake record: the woman, her application and the violence she describes.

`CaseDraft` is flat on purpose: its field names are the JSON keys of `kdm case
add`, the storage columns and the keys of the per-field version map that a
later transfer feature merges by. `validate_draft` is the only place the rules
live; `draft_from_mapping` turns a form's or a file's loose values into a
draft and reports every problem at once.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Final

from kdm_desktop import messages
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
from kdm_desktop.domain.cases.validation import (
    MAX_ADDRESS,
    MAX_LIST,
    MAX_MEDIUM,
    MAX_NEIGHBOURHOOD,
    MAX_SHORT,
    Invalid,
    check_date,
    check_int,
    clean_name,
    clean_phone,
    clean_text,
    read_bool,
    read_choice,
    read_date,
    read_int,
    read_list,
    read_str,
    reject_unknown_keys,
)
from kdm_desktop.domain.keyed_labels import KeyedLabels
from kdm_desktop.domain.rules import Problems
from kdm_desktop.domain.statistics.districts import district_list
from kdm_desktop.domain.tckimlik import IdKind, InvalidIdNumber, classify_id


def anonymous_label() -> str:
    """The name shown for an anonymous application, in the language of the moment."""
    return messages.text("case.anonymous_name")


ID_KIND_LABELS: Final = KeyedLabels(
    {IdKind.TC: "case.id_kind.tc", IdKind.FOREIGN: "case.id_kind.foreign"}
)
MAX_AGE: Final = 120
MAX_CHILD_AGE: Final = 70
MAX_OTHER_PHONES: Final = 5
# Files older than this are typed in from paper; anything earlier is a typo.
EARLIEST_APPLICATION: Final = datetime.date(1990, 1, 1)


@dataclass(frozen=True)
class Child:
    age: int
    with_her: bool


@dataclass(frozen=True)
class CaseDraft:
    # --- the woman (danışan) ---
    anonymous: bool = False
    first_name: str = ""
    last_name: str = ""
    tc_kimlik_no: str = ""
    birth_date: datetime.date | None = None
    # Age at application; derived from birth_date when that is known.
    age: int | None = None
    nationality: str = ""
    language: str = ""
    needs_interpreter: bool | None = None
    phone: str = ""
    other_phones: tuple[str, ...] = ()
    address: str = ""
    neighbourhood: str = ""
    district: str = ""
    address_confidential: bool = False
    marital_status: MaritalStatus | None = None
    education: Education | None = None
    employment: Employment | None = None
    has_own_income: bool | None = None
    income_band: IncomeBand | None = None
    health_notes: str = ""
    disability: bool | None = None
    children: tuple[Child, ...] = ()
    # --- the application (başvuru) ---
    application_date: datetime.date | None = None
    channel: ApplicationChannel | None = None
    reason: str = ""
    heard_from: HeardFrom | None = None
    # --- violence ---
    violence_types: frozenset[ViolenceType] = field(default_factory=frozenset)
    perpetrator_relation: PerpetratorRelation | None = None
    lives_with_perpetrator: bool | None = None
    violence_frequency: ViolenceFrequency | None = None
    violence_duration: ViolenceDuration | None = None
    weapon_access: bool | None = None
    earlier_complaints: bool | None = None
    earlier_orders: bool | None = None
    life_danger: bool | None = None

    @property
    def id_kind(self) -> IdKind | None:
        """TC or foreign (99…) for a valid number; None when absent or invalid."""
        if not self.tc_kimlik_no:
            return None
        try:
            return classify_id(self.tc_kimlik_no)
        except InvalidIdNumber:
            return None

    @property
    def display_name(self) -> str:
        return display_name(self.anonymous, self.first_name, self.last_name)

    @property
    def birth_year(self) -> int | None:
        """Known or estimated from age; duplicates are matched on it."""
        if self.birth_date is not None:
            return self.birth_date.year
        if self.age is not None and self.application_date is not None:
            return self.application_date.year - self.age
        return None

    def phones(self) -> tuple[str, ...]:
        return ((self.phone,) if self.phone else ()) + self.other_phones


DRAFT_FIELDS: Final[tuple[str, ...]] = tuple(f.name for f in fields(CaseDraft))

FIELD_LABELS: Final = KeyedLabels({name: f"case.field.{name}" for name in DRAFT_FIELDS})
# Labels of the parts of a list field (one child, one violence type).
_PART_LABELS: Final = KeyedLabels(
    {part: f"case.field.{part}" for part in ("child_age", "child_with_her", "violence_type")}
)

# The woman's own facts, her application and the violence: the form's three groups.
CLIENT_FIELDS: Final = DRAFT_FIELDS[: DRAFT_FIELDS.index("application_date")]
APPLICATION_FIELDS: Final = ("application_date", "channel", "reason", "heard_from")
VIOLENCE_FIELDS: Final = DRAFT_FIELDS[DRAFT_FIELDS.index("violence_types") :]
ADDRESS_FIELDS: Final = ("address", "neighbourhood", "district")


def display_name(anonymous: bool, first_name: str, last_name: str) -> str:
    if anonymous or not (first_name or last_name):
        return anonymous_label()
    return f"{first_name} {last_name}".strip()


def age_on(birth: datetime.date, day: datetime.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# ----- validation -----


def validate_draft(draft: CaseDraft, today: datetime.date) -> CaseDraft:
    """Return the draft cleaned (trimmed, phones +90, dates defaulted) or raise
    `ValidationErrors` listing every problem."""
    problems = Problems()
    cleaned = clean_draft(draft, today, problems)
    problems.raise_if_any()
    return cleaned


def clean_draft(
    d: CaseDraft, today: datetime.date, problems: Problems, *, stored_district: str = ""
) -> CaseDraft:
    """`validate_draft` that adds to `problems` instead of raising (for larger forms).

    `stored_district` is the district text already stored for the case (editing): an
    old free-text value outside the list is kept as it is (it is listed for the admin)
    so that editing another field does not force a choice."""
    label = FIELD_LABELS
    named = not d.anonymous
    first = clean_name(problems, "first_name", label["first_name"], d.first_name, required=named)
    last = clean_name(problems, "last_name", label["last_name"], d.last_name, required=named)

    tc = "".join(d.tc_kimlik_no.split())
    if tc:
        try:
            classify_id(tc)
        except InvalidIdNumber as exc:
            problems.add("tc_kimlik_no", f"input.case.tc_{exc.reason}")

    application_date = d.application_date or today
    check_date(
        problems,
        "application_date",
        label["application_date"],
        application_date,
        today,
        earliest=EARLIEST_APPLICATION,
    )
    age = d.age
    check_date(problems, "birth_date", label["birth_date"], d.birth_date, today)
    check_int(problems, "age", label["age"], d.age, 0, MAX_AGE)
    if d.birth_date is not None and not problems.failed("birth_date"):
        if d.birth_date > application_date:
            problems.add("birth_date", "input.case.birth_after_application")
        else:
            derived = age_on(d.birth_date, application_date)
            if d.age is not None and abs(d.age - derived) > 1:
                problems.add("age", "input.case.age_mismatch", age=d.age, derived=derived)
            age = derived

    phone = clean_phone(problems, "phone", label["phone"], d.phone)
    others: list[str] = []
    if len(d.other_phones) > MAX_OTHER_PHONES:
        problems.add("other_phones", "input.case.too_many", label=label["other_phones"], max=5)
    for i, raw in enumerate(d.other_phones[:MAX_OTHER_PHONES]):
        number = clean_phone(problems, f"other_phones[{i}]", label["other_phones"], raw)
        if number and number != phone and number not in others:
            others.append(number)

    if len(d.children) > MAX_LIST:
        problems.add("children", "input.case.too_many", label=label["children"], max=MAX_LIST)
    for i, child in enumerate(d.children):
        check_int(
            problems, f"children[{i}].age", _PART_LABELS["child_age"], child.age, 0, MAX_CHILD_AGE
        )

    def text(name: str, max_len: int, *, multiline: bool = False) -> str:
        value: str = getattr(d, name)
        return clean_text(problems, name, label[name], value, max_len, multiline=multiline)

    return dataclasses.replace(
        d,
        first_name=first,
        last_name=last,
        tc_kimlik_no=tc,
        age=age,
        nationality=text("nationality", MAX_SHORT),
        language=text("language", MAX_SHORT),
        phone=phone,
        other_phones=tuple(others),
        address=text("address", MAX_ADDRESS),
        neighbourhood=text("neighbourhood", MAX_NEIGHBOURHOOD),
        district=_district(problems, text("district", MAX_SHORT), stored_district),
        health_notes=text("health_notes", MAX_MEDIUM, multiline=True),
        application_date=application_date,
        reason=text("reason", MAX_MEDIUM, multiline=True),
    )


def _district(problems: Problems, text: str, stored: str) -> str:
    """One of the province's districts, in its correct spelling ("KARSIYAKA" →
    "Karşıyaka"), or empty; a stored old value may stay."""
    if not text or (stored and text == stored):
        return text
    districts = district_list()
    key = districts.match(text)
    if key is None:
        problems.add(
            "district",
            "input.case.district_unknown",
            text=text,
            province=districts.province,
            examples=", ".join(d.name for d in districts.near(text)),
        )
        return text
    return districts.name_of(key)


# ----- reading loose values (JSON file, form strings) -----

_TEXT = frozenset(
    {
        "first_name",
        "last_name",
        "tc_kimlik_no",
        "nationality",
        "language",
        "phone",
        "address",
        "neighbourhood",
        "district",
        "health_notes",
        "reason",
    }
)
_FLAGS = frozenset({"anonymous", "address_confidential"})
_TRISTATE = frozenset(
    {
        "needs_interpreter",
        "has_own_income",
        "disability",
        "lives_with_perpetrator",
        "weapon_access",
        "earlier_complaints",
        "earlier_orders",
        "life_danger",
    }
)
_DATES = frozenset({"birth_date", "application_date"})
_CHOICES: Final[dict[str, type[Choice]]] = {
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
_CHILD_KEYS = frozenset({"age", "with_her"})


def read_draft_values(data: Mapping[str, object], problems: Problems) -> dict[str, Any]:
    """Typed values for the draft keys present in `data`; problems for the rest.

    Keys that are not draft fields are left to the caller (the intake adds
    `consent` and `assigned_to`), which refuses whatever it does not know.
    """
    out: dict[str, Any] = {}
    for name, raw in data.items():
        if name not in FIELD_LABELS:
            continue
        value = _read_field(name, raw, problems)
        if not isinstance(value, Invalid):
            out[name] = value
    return out


def _read_field(name: str, raw: object, p: Problems) -> object:
    label = FIELD_LABELS[name]
    if name in _TEXT:
        return read_str(p, name, label, raw)
    if name in _FLAGS:
        return False if raw is None else read_bool(p, name, label, raw, optional=False)
    if name in _TRISTATE:
        return read_bool(p, name, label, raw, optional=True)
    if name in _DATES:
        return read_date(p, name, label, raw)
    if name == "age":
        return read_int(p, name, label, raw)
    if name in _CHOICES:
        return read_choice(p, name, label, raw, _CHOICES[name])
    if name == "other_phones":
        return _read_phones(raw, p)
    if name == "children":
        return _read_children(raw, p)
    if name == "violence_types":
        return _read_violence_types(raw, p)
    raise AssertionError(name)  # every draft field is handled above


def _read_phones(raw: object, p: Problems) -> tuple[str, ...] | Invalid:
    items = read_list(p, "other_phones", FIELD_LABELS["other_phones"], raw)
    if isinstance(items, Invalid):
        return items
    phones = [
        read_str(p, f"other_phones[{i}]", FIELD_LABELS["phone"], v) for i, v in enumerate(items)
    ]
    return tuple(v for v in phones if isinstance(v, str) and v.strip())


def _read_children(raw: object, p: Problems) -> tuple[Child, ...] | Invalid:
    items = read_list(p, "children", FIELD_LABELS["children"], raw)
    if isinstance(items, Invalid):
        return items
    children: list[Child] = []
    for i, item in enumerate(items):
        sub = Problems(prefix=p.path(f"children[{i}]."))
        if not isinstance(item, Mapping):
            p.add(f"children[{i}]", "input.case.type_child")
            continue
        reject_unknown_keys(sub, item, _CHILD_KEYS)
        age = read_int(sub, "age", _PART_LABELS["child_age"], item.get("age"))
        with_her = read_bool(
            sub, "with_her", _PART_LABELS["child_with_her"], item.get("with_her"), optional=False
        )
        if age is None and not sub.failed("age"):
            sub.add("age", "input.case.required", label=_PART_LABELS["child_age"])
        p.extend(sub)
        if isinstance(age, int) and isinstance(with_her, bool):
            children.append(Child(age, with_her))
    return tuple(children)


def _read_violence_types(raw: object, p: Problems) -> frozenset[ViolenceType] | Invalid:
    items = read_list(p, "violence_types", FIELD_LABELS["violence_types"], raw)
    if isinstance(items, Invalid):
        return items
    found: set[ViolenceType] = set()
    for i, item in enumerate(items):
        value = read_choice(
            p, f"violence_types[{i}]", _PART_LABELS["violence_type"], item, ViolenceType
        )
        if isinstance(value, ViolenceType):
            found.add(value)
    return frozenset(found)


def draft_from_mapping(
    data: Mapping[str, object], today: datetime.date, *, base: CaseDraft | None = None
) -> CaseDraft:
    """Parse and validate a whole draft; with `base`, only the given keys change."""
    problems = Problems()
    reject_unknown_keys(problems, data, frozenset(FIELD_LABELS))
    values = read_draft_values(data, problems)
    draft = dataclasses.replace(base or CaseDraft(), **values)
    stored = base.district if base is not None else ""
    cleaned = clean_draft(draft, today, problems, stored_district=stored)
    problems.raise_if_any()
    return cleaned


def _plain(value: object) -> object:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Choice):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_plain(v) for v in value)  # type: ignore[type-var]
    if isinstance(value, Child):
        return {"age": value.age, "with_her": value.with_her}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def draft_as_dict(draft: CaseDraft) -> dict[str, object]:
    """The draft in the JSON shape `draft_from_mapping` reads (dates ISO, choices as values)."""
    return {name: _plain(getattr(draft, name)) for name in DRAFT_FIELDS}


def changed_fields(old: CaseDraft, new: CaseDraft) -> list[str]:
    return [name for name in DRAFT_FIELDS if getattr(old, name) != getattr(new, name)]

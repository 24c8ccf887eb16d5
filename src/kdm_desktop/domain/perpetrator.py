"""The perpetrator section (şiddet uygulayan) of a case: who he is to her, and what
police letters and 6284 petitions need to know about him.

A woman may name more than one man (a husband and his brother, a father and a
son); each is one `Perpetrator`. The first in the case's order is the primary
one: statistics count his relation, letters name him.

Minimum data, on purpose:
- his name is optional — she may not want to give it, and nothing else needs it;
  an empty name means "not given" and no letter prints a blank for it;
- no address, phone or T.C. number of his: a letter asks the police to act on
  her safety, and where he lives is for them to find out, not for her file
  to keep (a leaked file must not also be a map to him or from him to her);
- `None` in every closed field means "belirtilmedi" (not asked or not stated),
  as in the rest of the case record; "Bilinmiyor" is an answer she gave.

Validation collects every problem (`Problems`), as the intake does, so a form
shows them all at once beside their fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from kdm_desktop.domain.cases.choices import Choice, PerpetratorRelation, _labels
from kdm_desktop.domain.cases.validation import (
    MAX_MEDIUM,
    Invalid,
    check_int,
    clean_name,
    clean_text,
    read_choice,
    read_int,
    read_str,
    reject_unknown_keys,
)
from kdm_desktop.domain.keyed_labels import KeyedLabels, text_tr
from kdm_desktop.domain.rules import Problems

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "MAX_PERPETRATORS",
    "MAX_SHARED_CHILDREN",
    "Answer",
    "Perpetrator",
    "PerpetratorAgeBand",
    "PerpetratorRow",
    "clean_perpetrator",
    "letter_text",
    "perpetrator_from_mapping",
    "perpetrator_to_dict",
    "weapon_from_intake",
]

MAX_PERPETRATORS: Final = 10
MAX_SHARED_CHILDREN: Final = 20


class Answer(Choice):
    """Evet / Hayır / Bilinmiyor: "I don't know" is an answer, not a blank."""

    YES = "evet"
    NO = "hayir"
    UNKNOWN = "bilinmiyor"


_labels(Answer)


class PerpetratorAgeBand(Choice):
    """The bands the statistics use for her age, so the two read alike."""

    UNDER_18 = "0_17"
    FROM_18 = "18_24"
    FROM_25 = "25_34"
    FROM_35 = "35_44"
    FROM_45 = "45_54"
    FROM_55 = "55_64"
    OVER_65 = "65_ustu"


_labels(PerpetratorAgeBand)


@dataclass(frozen=True)
class Perpetrator:
    relation: PerpetratorRelation | None = None
    name: str = ""
    age_band: PerpetratorAgeBand | None = None
    weapon_access: Answer | None = None
    prior_orders: Answer | None = None
    # None: not asked; 0: they have no children together.
    shared_children: int | None = None
    note: str = ""

    @property
    def is_empty(self) -> bool:
        return self == Perpetrator()


@dataclass(frozen=True)
class PerpetratorRow:
    """A stored record: its id, the case, its place in the list (1 = primary)."""

    id: str
    case_id: str
    position: int
    record: Perpetrator
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str


FIELDS: Final[tuple[str, ...]] = (
    "relation",
    "name",
    "age_band",
    "weapon_access",
    "prior_orders",
    "shared_children",
    "note",
)

FIELD_LABELS: Final = KeyedLabels({name: f"perp.field.{name}" for name in FIELDS})

_CHOICES: Final[dict[str, type[Choice]]] = {
    "relation": PerpetratorRelation,
    "age_band": PerpetratorAgeBand,
    "weapon_access": Answer,
    "prior_orders": Answer,
}


def clean_perpetrator(p: Perpetrator, problems: Problems) -> Perpetrator:
    """Trim and check every field; problems go to `problems`, the cleaned record back."""
    name = clean_name(problems, "name", FIELD_LABELS["name"], p.name, required=False)
    note = clean_text(problems, "note", FIELD_LABELS["note"], p.note, MAX_MEDIUM, multiline=True)
    check_int(
        problems,
        "shared_children",
        FIELD_LABELS["shared_children"],
        p.shared_children,
        0,
        MAX_SHARED_CHILDREN,
    )
    for key, cls in _CHOICES.items():
        value = getattr(p, key)
        if value is not None and not isinstance(value, cls):
            problems.add(
                key,
                "input.case.choice",
                label=FIELD_LABELS[key],
                value=str(value)[:40],
                choices=", ".join(m.value for m in cls),
            )
    return Perpetrator(
        relation=p.relation,
        name=name,
        age_band=p.age_band,
        weapon_access=p.weapon_access,
        prior_orders=p.prior_orders,
        shared_children=p.shared_children,
        note=note,
    )


def perpetrator_from_mapping(data: Mapping[str, object], problems: Problems) -> Perpetrator:
    """A record from loose values (the CLI's JSON, a bundle): stored values or Turkish
    labels for choices, every problem collected. Unknown keys are refused, and an
    address, phone or id number of his gets its own refusal (see the module note)."""
    known = frozenset(FIELDS)
    for key in data:
        if key in _NOT_KEPT:
            problems.add(str(key), "perp.not_kept", key=str(key))
    reject_unknown_keys(problems, {k: v for k, v in data.items() if k not in _NOT_KEPT}, known)
    values: dict[str, Any] = {}
    for key, cls in _CHOICES.items():
        choice = read_choice(problems, key, FIELD_LABELS[key], data.get(key), cls)
        if not isinstance(choice, Invalid):
            values[key] = choice
    for key in ("name", "note"):
        text = read_str(problems, key, FIELD_LABELS[key], data.get(key))
        if not isinstance(text, Invalid):
            values[key] = text
    count = read_int(
        problems, "shared_children", FIELD_LABELS["shared_children"], data.get("shared_children")
    )
    if not isinstance(count, Invalid):
        values["shared_children"] = count
    return clean_perpetrator(Perpetrator(**values), problems)


# Facts about him this section deliberately does not keep.
_NOT_KEPT: Final = frozenset(
    {"address", "adres", "phone", "telefon", "tc_kimlik_no", "tc", "workplace", "isyeri"}
)


def perpetrator_to_dict(p: Perpetrator) -> dict[str, str | int | None]:
    """JSON-ready: stored values of choices, the count as a number."""
    return {
        "relation": None if p.relation is None else p.relation.value,
        "name": p.name,
        "age_band": None if p.age_band is None else p.age_band.value,
        "weapon_access": None if p.weapon_access is None else p.weapon_access.value,
        "prior_orders": None if p.prior_orders is None else p.prior_orders.value,
        "shared_children": p.shared_children,
        "note": p.note,
    }


def letter_text(p: Perpetrator) -> str | None:
    """How a letter names him: "Murat Şentürk (yakınlığı: Eşi); silaha erişimi olduğunu
    beyan etmektedir". Only what police and ŞÖNİM act on: name, relation and a weapon
    she reported. None when neither a name nor a relation is recorded."""
    if not p.name and p.relation is None:
        return None
    relation = (
        text_tr("perp.letter.relation", relation=p.relation.label_tr)
        if p.relation is not None
        else ""
    )
    if p.name:
        text = f"{p.name} ({relation})" if relation else p.name
    else:
        text = relation[0].upper() + relation[1:]
    if p.weapon_access is Answer.YES:
        text += text_tr("perp.letter.weapon")
    return text


def weapon_from_intake(value: bool | None) -> Answer | None:
    """The intake's "silaha erişim" (yes / no / not stated) as this section's answer."""
    if value is None:
        return None
    return Answer.YES if value else Answer.NO

"""Safety plan: suggested steps she ticks, her own notes, a review date, a printable text.

The template (``resources/data/safety_plan_v<N>.json``) has six sections: during
an incident, preparing to leave, after leaving, children, digital safety and
emergency numbers. Each section offers suggested items (stable id + Turkish
text) and a free-text field.

The plan deliberately has **no address field**. A printed plan travels in her
bag and may be found by him; where she now lives must never be on it. The
template's texts avoid the word too, and `address_like_notes` lets the form warn
when a note looks like a street address, since free text cannot be policed
completely.

``version`` is the plan's revision number: `revise_plan` returns the same plan
when nothing changed and a copy with ``version + 1`` otherwise, so the
integration layer can store every revision and show "sürüm 3".
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from enum import Enum
from types import MappingProxyType
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.dates import format_turkish_date
from kdm_desktop.domain.packaged_text import Wording, req_wording
from kdm_desktop.domain.protection.risk import DEFAULT_RISK_REVIEW_DAYS, RiskLevel
from kdm_desktop.domain.rules import (
    DomainRuleError,
    Label,
    Problems,
    check_rule_date,
    clean_rule_text,
    load_packaged_json,
    turkish_text,
)
from kdm_desktop.domain.turkish import fold_for_search

__all__ = [
    "CURRENT_TEMPLATE_VERSION",
    "EMERGENCY_SECTION",
    "MAX_SECTION_NOTES",
    "UNCHANGED",
    "EmergencyNumber",
    "PlanItem",
    "PlanSection",
    "SafetyPlan",
    "SafetyPlanTemplate",
    "address_like_notes",
    "is_review_due",
    "is_review_overdue",
    "load_safety_plan_template",
    "plan_from_dict",
    "plan_to_dict",
    "printable_sections",
    "revise_plan",
    "suggest_review_date",
]

CURRENT_TEMPLATE_VERSION: Final = 1
EMERGENCY_SECTION: Final = "emergency_numbers"
MAX_SECTION_NOTES: Final = 2000
# The printed plan is a Turkish document (its template is Turkish), whatever the
# language of the program's messages.
REVIEW_TITLE: Final = turkish_text("protection.plan.review_title")


# ----------------------------------------------------------------------------------
# Template
# ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanItem:
    id: str
    wording: Wording

    @property
    def text(self) -> str:
        return self.wording.text()

    @property
    def text_tr(self) -> str:
        return self.wording.tr


@dataclass(frozen=True)
class EmergencyNumber:
    """`label` is the Turkish (or the centre's own) wording: stored, `--json` and the
    printed plan. `label_en` is the English of a packaged default line (empty for a
    line the centre wrote itself, which shows as written)."""

    id: str
    number: str  # empty for KADES, which is an app rather than a number
    label: str
    label_en: str = ""

    @property
    def shown_label(self) -> str:
        """The label in the language of the moment (Turkish inside an official document)."""
        return Wording(self.label, self.label_en).text()

    def line(self) -> str:
        return f"{self.number} – {self.shown_label}" if self.number else self.shown_label


@dataclass(frozen=True)
class PlanSection:
    """A section; `title`/`notes_label` follow the language (the printed plan reads
    them inside `messages.speaking("tr")`)."""

    id: str
    title_wording: Wording
    notes_wording: Wording
    items: tuple[PlanItem, ...]
    numbers: tuple[EmergencyNumber, ...] = ()

    @property
    def title(self) -> str:
        return self.title_wording.text()

    @property
    def notes_label(self) -> str:
        return self.notes_wording.text()

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items)

    def item_text(self, item_id: str) -> str:
        for item in self.items:
            if item.id == item_id:
                return item.text
        raise KeyError(item_id)


@dataclass(frozen=True)
class SafetyPlanTemplate:
    id: str
    version: int
    title_wording: Wording
    sections: tuple[PlanSection, ...]

    @property
    def title(self) -> str:
        return self.title_wording.text()

    @property
    def section_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.sections)

    def section(self, section_id: str) -> PlanSection:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)


def _str(obj: Mapping[str, object], key: str, where: str, *, empty_ok: bool = False) -> str:
    value = obj.get(key, "" if empty_ok else None)
    if not isinstance(value, str) or (not empty_ok and not value.strip()):
        raise ValueError(f"{where}: '{key}' must be a non-empty string")
    return value


def _objects(obj: Mapping[str, object], key: str, where: str) -> list[Mapping[str, object]]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError(f"{where}: '{key}' must be a list of objects")
    return value


_ID: Final = re.compile(r"[a-z][a-z0-9_]*")


@functools.cache
def load_safety_plan_template(version: int = CURRENT_TEMPLATE_VERSION) -> SafetyPlanTemplate:
    """The packaged template of ``version`` (cached; it is immutable)."""
    name = f"safety_plan_v{version}.json"
    data = load_packaged_json(name)
    sections: list[PlanSection] = []
    for raw in _objects(data, "sections", name):
        sid = _str(raw, "id", name)
        items = tuple(
            PlanItem(_str(i, "id", name), req_wording(i, "text", name))
            for i in _objects(raw, "items", name)
        )
        numbers = tuple(
            EmergencyNumber(
                _str(n, "id", name),
                _str(n, "number", name, empty_ok=True),
                (label := req_wording(n, "label", name)).tr,
                label.en,
            )
            for n in _objects(raw, "numbers", name)
        )
        ids = [sid, *(i.id for i in items), *(n.id for n in numbers)]
        if not all(_ID.fullmatch(i) for i in ids) or len(set(ids[1:])) != len(ids) - 1:
            raise ValueError(f"{name}: section {sid}: ids must be unique lowercase snake_case")
        sections.append(
            PlanSection(
                sid,
                req_wording(raw, "title", name),
                req_wording(raw, "notes_label", name),
                items,
                numbers,
            )
        )
    version_in_file = data.get("version")
    if version_in_file != version:
        raise ValueError(f"{name} says version {version_in_file!r}")
    if len({s.id for s in sections}) != len(sections) or EMERGENCY_SECTION not in {
        s.id for s in sections
    }:
        raise ValueError(f"{name}: section ids must be unique and include {EMERGENCY_SECTION}")
    return SafetyPlanTemplate(
        _str(data, "id", name), version, req_wording(data, "title", name), tuple(sections)
    )


# ----------------------------------------------------------------------------------
# The plan
# ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SafetyPlan:
    """One revision of her safety plan. Validated and normalised on construction:
    ``checked`` holds non-empty frozensets, ``notes`` non-empty trimmed texts, both
    read-only and keyed by section id in template order.

    There is no address field, on purpose (see the module docstring).
    """

    # Any collection of item ids is accepted (a form sends lists); stored as frozensets.
    checked: Mapping[str, Collection[str]] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)
    review_date: datetime.date | None = None
    version: int = 1
    hide_logo: bool = False
    template_version: int = CURRENT_TEMPLATE_VERSION

    def __post_init__(self) -> None:
        problems = Problems(raises=DomainRuleError.combine)
        if not isinstance(self.template_version, int) or isinstance(self.template_version, bool):
            raise DomainRuleError.keyed(
                "template_version", "protection.plan.template_invalid", code="plan.template"
            )
        try:
            template = load_safety_plan_template(self.template_version)
        except FileNotFoundError:
            raise DomainRuleError.keyed(
                "template_version",
                "protection.plan.template_missing",
                code="plan.template",
                version=self.template_version,
            ) from None

        checked: dict[str, frozenset[str]] = {}
        if not isinstance(self.checked, Mapping):
            problems.keyed("checked", "plan.checked_type", "protection.plan.checked_type")
        else:
            for sid, raw_ids in self.checked.items():
                path = f"checked.{sid}"
                if sid not in template.section_ids:
                    problems.keyed(
                        path,
                        "plan.unknown_section",
                        "protection.plan.unknown_section",
                        section=repr(sid),
                    )
                    continue
                section = template.section(sid)
                # A bare string is iterable too; "safe_room" must not become {"s", "a", ...}.
                if isinstance(raw_ids, str) or not isinstance(raw_ids, Iterable):
                    problems.keyed(
                        path,
                        "plan.checked_type",
                        "protection.plan.section_items_type",
                        title=section.title_wording,
                    )
                    continue
                ids: set[str] = set()
                for item_id in raw_ids:
                    if item_id not in section.item_ids:
                        problems.keyed(
                            path,
                            "plan.unknown_item",
                            "protection.plan.unknown_item",
                            title=section.title_wording,
                            item=repr(item_id),
                        )
                    else:
                        ids.add(item_id)
                if ids:
                    checked[sid] = frozenset(ids)

        notes: dict[str, str] = {}
        if not isinstance(self.notes, Mapping):
            problems.keyed("notes", "plan.notes_type", "protection.plan.notes_type")
        else:
            for sid, raw_text in self.notes.items():
                if sid not in template.section_ids:
                    problems.keyed(
                        f"notes.{sid}",
                        "plan.unknown_section",
                        "protection.plan.unknown_section",
                        section=repr(sid),
                    )
                    continue
                label = Label("protection.label.section_note", title=template.section(sid).title)
                text = clean_rule_text(
                    problems, f"notes.{sid}", label, raw_text, MAX_SECTION_NOTES, multiline=True
                )
                if text:
                    notes[sid] = text

        check_rule_date(
            problems,
            "review_date",
            "protection.label.review_date",
            self.review_date,
            required=False,
        )
        if not isinstance(self.version, int) or isinstance(self.version, bool) or self.version < 1:
            problems.keyed("version", "plan.version", "protection.plan.version")
        if not isinstance(self.hide_logo, bool):
            problems.keyed("hide_logo", "plan.hide_logo", "protection.plan.hide_logo")
        problems.raise_if_any()

        order = template.section_ids
        object.__setattr__(
            self, "checked", MappingProxyType({s: checked[s] for s in order if s in checked})
        )
        object.__setattr__(
            self, "notes", MappingProxyType({s: notes[s] for s in order if s in notes})
        )

    @property
    def template(self) -> SafetyPlanTemplate:
        return load_safety_plan_template(self.template_version)

    def content_key(self) -> tuple[object, ...]:
        """Everything a revision counts as a change, without the revision number."""
        return (
            tuple(sorted((k, tuple(sorted(v))) for k, v in self.checked.items())),
            tuple(sorted(self.notes.items())),
            self.review_date,
            self.hide_logo,
            self.template_version,
        )


class _Unchanged(Enum):
    KEEP = "degismedi"


# Passed as ``review_date`` to `revise_plan` (the default): keep the current date.
# ``None`` clears it, so ``None`` cannot mean "unchanged".
UNCHANGED: Final = _Unchanged.KEEP


def _as_sets(checked: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for sid, ids in checked.items():
        # A bare string is iterable too; "safe_room" must not become {"s", "a", ...}.
        if isinstance(ids, str):
            raise DomainRuleError.keyed(
                f"checked.{sid}", "protection.plan.checked_list", code="plan.checked_type"
            )
        out[sid] = frozenset(ids)
    return out


def revise_plan(
    plan: SafetyPlan,
    *,
    checked: Mapping[str, Iterable[str]] | None = None,
    notes: Mapping[str, str] | None = None,
    review_date: datetime.date | _Unchanged | None = UNCHANGED,
    hide_logo: bool | None = None,
) -> SafetyPlan:
    """The plan after a save: ``version + 1`` if anything changed, else ``plan`` itself.

    ``checked`` and ``notes`` replace the whole mapping (a form saves all sections).
    """
    candidate = SafetyPlan(
        checked=_as_sets(checked) if checked is not None else plan.checked,
        notes=notes if notes is not None else plan.notes,
        review_date=plan.review_date if isinstance(review_date, _Unchanged) else review_date,
        version=plan.version,
        hide_logo=plan.hide_logo if hide_logo is None else hide_logo,
        template_version=plan.template_version,
    )
    if candidate.content_key() == plan.content_key():
        return plan
    return SafetyPlan(
        checked=candidate.checked,
        notes=candidate.notes,
        review_date=candidate.review_date,
        version=plan.version + 1,
        hide_logo=candidate.hide_logo,
        template_version=candidate.template_version,
    )


# ----------------------------------------------------------------------------------
# Storage form
# ----------------------------------------------------------------------------------

_PLAN_KEYS: Final = frozenset(f.name for f in fields(SafetyPlan))
_ADDRESS_KEYS: Final = frozenset({"address", "adres", "home_address", "ev_adresi", "new_address"})


def plan_to_dict(plan: SafetyPlan) -> dict[str, object]:
    """JSON-ready form: lists in template order, ISO dates."""
    order = {s.id: [i.id for i in s.items] for s in plan.template.sections}
    return {
        "checked": {sid: [i for i in order[sid] if i in ids] for sid, ids in plan.checked.items()},
        "notes": dict(plan.notes),
        "review_date": plan.review_date.isoformat() if plan.review_date else None,
        "version": plan.version,
        "hide_logo": plan.hide_logo,
        "template_version": plan.template_version,
    }


_REVIEW_DATE: Final = Label("protection.label.review_date")


def plan_from_dict(data: Mapping[str, object]) -> SafetyPlan:
    """Parse `plan_to_dict` output (or the CLI's JSON). Unknown keys are refused;
    an address key gets its own message, since refusing it is a safety rule."""
    problems = Problems(raises=DomainRuleError.combine)
    for key in data:
        if key in _ADDRESS_KEYS:
            problems.keyed(key, "plan.no_address", "protection.plan.no_address")
        elif key not in _PLAN_KEYS:
            problems.keyed(
                key, "plan.unknown_field", "protection.plan.unknown_field", field=repr(key)
            )
    raw_date = data.get("review_date")
    review: datetime.date | None = None
    if isinstance(raw_date, str) and raw_date:
        try:
            review = datetime.date.fromisoformat(raw_date)
        except ValueError:
            problems.keyed("review_date", "date.format", "rule.date.format", label=_REVIEW_DATE)
    elif raw_date is not None and raw_date != "":
        problems.keyed("review_date", "date.format", "rule.date.format", label=_REVIEW_DATE)
    checked: dict[str, frozenset[str]] = {}
    raw_checked = data.get("checked") or {}
    if not isinstance(raw_checked, dict):
        problems.keyed("checked", "plan.checked_type", "protection.plan.checked_map")
    else:
        for sid, ids in raw_checked.items():
            if isinstance(ids, list) and all(isinstance(i, str) for i in ids):
                checked[str(sid)] = frozenset(ids)
            else:
                problems.keyed(
                    f"checked.{sid}", "plan.checked_type", "protection.plan.checked_texts"
                )
    notes: dict[str, str] = {}
    raw_notes = data.get("notes") or {}
    if not isinstance(raw_notes, dict):
        problems.keyed("notes", "plan.notes_type", "protection.plan.notes_type")
    else:
        for sid, text in raw_notes.items():
            if isinstance(text, str):
                notes[str(sid)] = text
            else:
                problems.keyed(f"notes.{sid}", "plan.notes_type", "protection.plan.note_text")
    ints: dict[str, int] = {}
    for key, default in (("version", 1), ("template_version", CURRENT_TEMPLATE_VERSION)):
        value = data.get(key, default)
        if isinstance(value, int) and not isinstance(value, bool):
            ints[key] = value
        else:
            problems.keyed(key, "plan.version", "protection.plan.version_int")
    hide_logo = data.get("hide_logo", False)
    if not isinstance(hide_logo, bool):
        problems.keyed("hide_logo", "plan.hide_logo", "protection.plan.hide_logo_bool")
        hide_logo = False
    problems.raise_if_any()
    return SafetyPlan(
        checked=checked,
        notes=notes,
        review_date=review,
        version=ints["version"],
        hide_logo=hide_logo,
        template_version=ints["template_version"],
    )


# ----------------------------------------------------------------------------------
# Reviews
# ----------------------------------------------------------------------------------


def is_review_due(plan: SafetyPlan, today: datetime.date) -> bool:
    """The review date has come (today or earlier). A plan without one is never due."""
    return plan.review_date is not None and plan.review_date <= today


def is_review_overdue(plan: SafetyPlan, today: datetime.date) -> bool:
    """The review date has passed (strictly before today)."""
    return plan.review_date is not None and plan.review_date < today


def suggest_review_date(today: datetime.date, level: RiskLevel) -> datetime.date:
    """A default review date for the form, following the risk re-assessment rhythm."""
    return today + datetime.timedelta(days=DEFAULT_RISK_REVIEW_DAYS[level])


# ----------------------------------------------------------------------------------
# Printing
# ----------------------------------------------------------------------------------


def printable_sections(
    plan: SafetyPlan, numbers: Sequence[EmergencyNumber] | None = None
) -> list[tuple[str, list[str]]]:
    """Plain-text content for the printed plan: ``[(title, [lines]), ...]``.

    Emergency numbers come first, always printed even if she ticked nothing there,
    because they are what she needs at a glance. Other sections follow in template
    order with her ticked items and her notes; a section with neither is left out.
    The review date, if set, closes the plan. Nothing else of the case is read, so
    no address or name can reach the page from here; ``hide_logo`` is for the PDF
    renderer. ``numbers`` is the centre's own list of emergency numbers; without
    one the template's list is printed.
    """
    # The printed plan is hers, an official Turkish document, whatever the screen says.
    with messages.speaking("tr"):
        return _printable_sections(plan, numbers)


def _printable_sections(
    plan: SafetyPlan, numbers: Sequence[EmergencyNumber] | None
) -> list[tuple[str, list[str]]]:
    template = plan.template
    out: list[tuple[str, list[str]]] = []
    emergency = template.section(EMERGENCY_SECTION)
    ordered = [emergency, *(s for s in template.sections if s.id != EMERGENCY_SECTION)]
    for section in ordered:
        listed = section.numbers
        if section.id == EMERGENCY_SECTION and numbers is not None:
            listed = tuple(numbers)
        lines = [n.line() for n in listed]
        ticked = plan.checked.get(section.id, frozenset())
        lines += [item.text for item in section.items if item.id in ticked]
        note = plan.notes.get(section.id, "")
        lines += [line for line in note.split("\n") if line.strip()]
        if lines:
            out.append((section.title, lines))
    if plan.review_date is not None:
        out.append(
            (
                REVIEW_TITLE,
                [
                    turkish_text(
                        "protection.plan.review_line", date=format_turkish_date(plan.review_date)
                    )
                ],
            )
        )
    return out


# Street-address markers after search folding ("Mah.", "Sok.", "Cad.", "No: 5",
# "Daire 3", "Kat 2", "Apt."). Deliberately narrow: a false alarm in every note
# would teach staff to ignore the warning.
_ADDRESS_MARKERS: Final = re.compile(
    r"\b(mah|mahalle|mahallesi|sok|sokak|sokagi|cad|cadde|caddesi|bulvar|bulvari|blv|apt"
    r"|apartman|apartmani|blok)\b"
    r"|\b(no|daire|kat|d)\s?\d+\b"
)


def address_like_notes(plan: SafetyPlan) -> list[str]:
    """Section ids whose note looks like a street address, for a warning in the form."""
    return [
        sid for sid, text in plan.notes.items() if _ADDRESS_MARKERS.search(fold_for_search(text))
    ]

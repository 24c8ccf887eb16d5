"""The centre's list of emergency numbers for the safety plan (issue 14).

The packaged plan template ships a list that leads with 112, İzmir's single
emergency number (police, gendarmerie, ambulance and fire reach it), then 155,
156, ALO 183 and the KADES app. A centre may change the list (its ŞÖNİM's line,
another province's practice); the list is kept in the case file and printed on
every plan from then on, first thing on the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from kdm_desktop.domain.protection.safety_plan import (
    EMERGENCY_SECTION,
    EmergencyNumber,
    load_safety_plan_template,
)
from kdm_desktop.domain.rules import ValidationErrors

MAX_NUMBERS: Final = 15
MAX_LABEL: Final = 80
# 112 … 0232 123 45 67 … 444 1 183: digits in groups, nothing else.
_NUMBER = re.compile(r"\d(?:[\d ]{0,18}\d)?")


def default_numbers() -> tuple[EmergencyNumber, ...]:
    return load_safety_plan_template().section(EMERGENCY_SECTION).numbers


def check_numbers(rows: Sequence[tuple[str, str]]) -> tuple[EmergencyNumber, ...]:
    """(number, label) rows, cleaned; a `ValidationErrors` names the first bad line."""
    rows = [(" ".join(n.split()), " ".join(label.split())) for n, label in rows]
    rows = [(n, label) for n, label in rows if n or label]
    if not rows:
        raise ValidationErrors.one("numbers", "plan.numbers_empty")
    if len(rows) > MAX_NUMBERS:
        raise ValidationErrors.one("numbers", "plan.numbers_too_many", max=MAX_NUMBERS)
    out = []
    for i, (number, label) in enumerate(rows, 1):
        if number and not _NUMBER.fullmatch(number):
            raise ValidationErrors.one(
                f"numbers.{i}", "plan.number_format", row=i, number=number[:30]
            )
        if not label or len(label) > MAX_LABEL:
            raise ValidationErrors.one(f"numbers.{i}", "plan.number_label", row=i, max=MAX_LABEL)
        out.append(_as_default(EmergencyNumber(f"centre_{i}", number, label)))
    return tuple(out)


def _as_default(line: EmergencyNumber) -> EmergencyNumber:
    """A line that is one of the program's own (in either language) keeps the program's
    Turkish wording and its English: an admin with an English screen who saves the list
    does not turn her printed (Turkish) plan English. A line the centre wrote stays as written."""
    for default in default_numbers():
        if line.number == default.number and line.label in (default.label, default.label_en):
            return EmergencyNumber(line.id, line.number, default.label, default.label_en)
    return line


def numbers_from_json(data: object) -> tuple[EmergencyNumber, ...]:
    """`[{"number": "112", "label": "…"}, …]` (the stored and the CLI's form)."""
    if not isinstance(data, list) or not all(
        isinstance(x, dict)
        and set(x) <= {"number", "label"}
        and all(isinstance(v, str) for v in x.values())
        for x in data
    ):
        raise ValidationErrors.one("numbers", "plan.numbers_file")
    return check_numbers([(x.get("number", ""), x.get("label", "")) for x in data])


def numbers_to_json(numbers: Sequence[EmergencyNumber]) -> list[dict[str, str]]:
    return [{"number": n.number, "label": n.label} for n in numbers]

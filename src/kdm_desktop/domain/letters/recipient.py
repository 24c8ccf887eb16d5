"""The addressee's fields, Kurum and Birim, which a reworded template keeps.

Every shipped template since revision 2 addresses its letter through two fields:
`recipient_org` (the institution with its province, in the dative, required; it
starts from the centre's province, "İZMİR EMNİYET MÜDÜRLÜĞÜNE") and
`recipient_unit` (the unit, printed in brackets on the next line). An
administrator's rewording must not lose them: a new list of fields that leaves
one out gets it back as it was, an entry that names one takes what it does not
say (its defaults, whether it is required) from the current version, and an
addressee that no longer prints them is refused, as is any field the template
asks for but never prints (she would type it at the desk and it would vanish).

A template reworded under an earlier release (a fixed addressee, no fields) is
brought to the shipped fields once, her other wording kept; an addressee she
wrote herself becomes what the fields start with, so her letters read as before.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, Final

from kdm_desktop.domain.letters.template import LetterTemplate, parse_template, placeholders
from kdm_desktop.domain.rules import ValidationErrors

RECIPIENT_ORG: Final = "recipient_org"
RECIPIENT_UNIT: Final = "recipient_unit"
RECIPIENT_FIELDS: Final = (RECIPIENT_ORG, RECIPIENT_UNIT)


def keep_recipient_fields(changes: Mapping[str, Any], current: LetterTemplate) -> dict[str, Any]:
    """The admin's changes, with the current template's recipient fields kept in `inputs`."""
    given = changes.get("inputs")
    if not isinstance(given, list):
        return dict(changes)
    kept = {f["key"]: f for f in current.as_dict()["inputs"] if f["key"] in RECIPIENT_FIELDS}
    ours = [raw for raw in given if isinstance(raw, Mapping) and raw.get("key") in kept]
    others = [raw for raw in given if not any(raw is x for x in ours)]
    named = {str(raw["key"]): raw for raw in ours}
    # First, as in every shipped template: the form opens with the addressee.
    merged = [{**f, **named.get(key, {})} for key, f in kept.items()]
    return {**changes, "inputs": [*merged, *others]}


def _printed(template: LetterTemplate) -> set[str]:
    used: set[str] = set()
    for text in (template.subject, template.addressee, template.reference, template.body):
        used |= placeholders(text)
    for line in template.optional:
        used |= placeholders(line.line)
    return used


def check_reworded(template: LetterTemplate, before: LetterTemplate) -> None:
    """Refuse a rewording that would ask for a field it never prints, or lose the
    addressee's Kurum field (required, one line, printed in the addressee)."""
    if before.input(RECIPIENT_ORG) is not None:
        org = template.input(RECIPIENT_ORG)
        if org is None or not org.required or org.multiline:
            raise ValidationErrors.one("inputs", "letter.recipient_org_required")
        if RECIPIENT_ORG not in placeholders(template.addressee):
            raise ValidationErrors.one("addressee", "letter.addressee_needs_org")
    printed = _printed(template)
    for f in template.inputs:
        if f.key not in printed:
            raise ValidationErrors.one(f.key, "letter.field_unused", label=f.label, key=f.key)


def _own_addressee(addressee: str) -> tuple[list[str], list[str]] | None:
    """Her fixed addressee as the defaults of Kurum and Birim; None if it has fields."""
    if "{" in addressee or "}" in addressee:
        return None
    lines = [" ".join(x.split()) for x in addressee.splitlines() if x.strip()]
    if not lines:
        return None
    unit = " ".join(lines[1:]).strip("() ")
    return [lines[0]], [unit] if unit else []


def with_recipient_fields(
    stored: LetterTemplate, shipped: LetterTemplate, shipped_addressees: Collection[str]
) -> dict[str, Any] | None:
    """A template reworded before the addressee had fields, given the shipped fields
    and addressee; None when it has them already or cannot take them as they are
    (her addressee uses fields of its own): it then stays as she left it."""
    if stored.input(RECIPIENT_ORG) is not None or shipped.input(RECIPIENT_ORG) is None:
        return None
    data = stored.as_dict()
    fields = [f for f in shipped.as_dict()["inputs"] if f["key"] in RECIPIENT_FIELDS]
    if stored.addressee not in shipped_addressees:
        own = _own_addressee(stored.addressee)
        if own is None:
            return None
        defaults = dict(zip(RECIPIENT_FIELDS, own, strict=True))
        for f in fields:
            f.pop("default", None)
            if defaults[f["key"]]:
                f["default"] = defaults[f["key"]]
    theirs = [f for f in data["inputs"] if f["key"] not in RECIPIENT_FIELDS]
    data.update(addressee=shipped.addressee, inputs=[*fields, *theirs])
    try:
        parse_template(data, stored.version + 1)
    except ValidationErrors:
        return None
    return data

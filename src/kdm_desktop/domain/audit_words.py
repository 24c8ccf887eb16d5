"""The audit log in words (issue 14): no `letter_template`, `case_list` or
`offset=0 rows=3` on a user's screen.

The database keeps its identifiers (the chain hashes them; tools read them); only
the display goes through `object_words` and `detail_words`. Object types and
detail keys map to catalogue phrases (Turkish, or English with `--lang en`);
values are turned into words where they are codes (a case status, a risk level,
an ISO date) and left out where they mean nothing to a person (a row offset,
an internal id). A case id can be shown as its number through `case_number`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from kdm_desktop import messages
from kdm_desktop.domain.cases.draft import FIELD_LABELS
from kdm_desktop.domain.dates import format_shown_day

# Object types written by the services, and their catalogue keys.
OBJECT_TYPES = (
    "appointment", "appointment_series", "calendar", "calendar_closed_day", "calendar_ics",
    "calendar_day",
    "calendar_week", "calendar_working_hours", "case", "case_attachment",
    "case_attachments", "case_consent", "case_consents", "case_duplicates",
    "case_letters", "case_list", "case_perpetrator", "case_perpetrators",
    "case_note", "case_notes", "case_service",
    "case_services", "case_summary", "casefile", "centre", "centre_card", "consent_form",
    "intake_form", "letter",
    "letter_logo", "letter_preview", "letter_template", "order_ends",
    "protection_order", "protection_orders", "reminders", "risk_assessments",
    "risk_assessment", "risk_levels", "risk_thresholds", "safety_plan", "transfer_bundle",
    "transfer_conflicts", "transfer_receipt", "user",
)  # fmt: skip

# Detail keys that say nothing to a person reading the log.
_HIDDEN_KEYS = frozenset({"offset", "pk", "series", "template", "bundle", "final", "retention_run"})
# Detail keys whose value is a count, a date, a code or a case.
_COUNT_KEYS = frozenset({"rows", "cases", "events", "matches", "entries", "attempts", "lockouts"})
_DATE_KEYS = frozenset({"from", "to", "monday", "new_end"})
# An upgrade's detail as services/upgrade.py stores it (its wording is kept as written).
_UPGRADE = re.compile(r"(\S+) → (\S+); şema (\S+) → (\S+)")
# Details stored as free text, read as `key=value` tokens (their stored form is kept).
# `;` separates the parts of a backup's and a login's details.
_READ_AS_TOKENS = (
    (re.compile(r"^v(\d+)(?=\s|$)"), r"version=\1"),  # letter templates: "v2 default"
    (re.compile(r"\brevision (\S+)"), r"revision=\1"),
    (re.compile(r"^cross (\S+?)x(\S+)"), r"cross=\1×\2"),  # statistics cross tables
    (re.compile(r"\bby district\b"), "by_district"),
    (re.compile(r"^from=([^;\s]+);backup_created="), r"restored_from=\1;backup_created="),
    (re.compile(r";"), " "),
)


def object_words(object_type: str) -> str:
    key = f"audit.object.{object_type}"
    return messages.text(key) if key in messages.CATALOGUE else object_type.replace("_", " ")


def _value_words(key: str, value: str, case_number: Callable[[str], str]) -> str:
    if key in _DATE_KEYS:
        try:
            return format_shown_day(datetime.date.fromisoformat(value[:10]))
        except ValueError:
            return value  # "to=<centre code>" on a transfer
    if key == "case":
        return case_number(value)
    code_key = f"audit.value.{key}.{value}"
    if code_key in messages.CATALOGUE:
        return messages.text(code_key)
    return value


def detail_words(detail: str, case_number: Callable[[str], str] = lambda case_id: case_id) -> str:
    """`status=done case=…` as "durum: yapıldı · vaka KSK-2026-0003"."""
    upgrade = _UPGRADE.fullmatch(detail)
    if upgrade:
        old, new, old_schema, schema = upgrade.groups()
        return messages.text(
            "audit.detail.upgrade", old=old, new=new, old_schema=old_schema, schema=schema
        )
    for pattern, tokens in _READ_AS_TOKENS:
        detail = pattern.sub(tokens, detail)
    parts: list[str] = []
    for token in detail.split():
        key, sep, value = token.partition("=")
        if not sep:
            plain = f"audit.detail.{token}"
            parts.append(messages.text(plain) if plain in messages.CATALOGUE else token)
            continue
        if key in _HIDDEN_KEYS:
            continue
        label_key = f"audit.key.{key}"
        words = _value_words(key, value, case_number)
        if key in _DATE_KEYS and words != value:
            label_key = f"{label_key}.date"  # "from 1 Aralık", not "from KSK"
        if key == "fields":
            names = [FIELD_LABELS.get(name, name) for name in value.split(",") if name]
            parts.append(messages.text("audit.key.fields", value=", ".join(names)))
        elif key in _COUNT_KEYS and f"{label_key}.count" in messages.CATALOGUE:
            parts.append(messages.text(f"{label_key}.count", n=value))
        elif label_key in messages.CATALOGUE:
            parts.append(messages.text(label_key, value=words))
        else:
            parts.append(f"{key.replace('_', ' ')}: {words}")
    return " · ".join(parts)

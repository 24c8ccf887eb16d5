"""Field checks shared by every case record; all problems are collected, none stop early.

The intake form shows every problem at once beside its field, so checks append
to a `Problems` list instead of raising; the caller raises `ValidationErrors`
once at the end, and a record with any problem is never stored.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Mapping
from typing import Final, TypeVar

from kdm_desktop.domain import rules
from kdm_desktop.domain.cases.choices import Choice, choice_list, parse_choice
from kdm_desktop.domain.phone import InvalidPhone, normalise_phone

# Limits on free text. Generous for real use, small enough that a pasted document
# or a runaway script cannot bloat the case file or the search index.
MAX_NAME: Final = 60
MAX_SHORT: Final = 60
MAX_ADDRESS: Final = 300
MAX_NEIGHBOURHOOD: Final = 100
MAX_MEDIUM: Final = 2000
MAX_NOTE: Final = 20_000
MAX_SERVICE_NOTE: Final = 4000
MAX_LIST: Final = 20

EARLIEST_DATE: Final = datetime.date(1900, 1, 1)
_ISO_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
# Letters (any script), combining marks, and the punctuation names really contain.
_NAME_PUNCT: Final = frozenset(" -'\u2019.")


# Unicode category Cc is exactly C0, DEL and C1; newline and tab only in multi-line text.
_CONTROL: Final = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _has_control(text: str, *, multiline: bool) -> bool:
    return (_CONTROL_MULTILINE if multiline else _CONTROL).search(text) is not None


def clean_text(
    problems: rules.Problems,
    field: str,
    label: str,
    value: str,
    max_len: int,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """Trim (single-line: also collapse whitespace), check length and control characters."""
    text = unicodedata.normalize("NFC", value)
    if multiline:
        text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n"))
        text = text.strip()
    else:
        text = " ".join(text.split())
    if _has_control(text, multiline=multiline):
        problems.add(field, "input.case.control_chars", label=label)
        return text
    if required and not text:
        problems.add(field, "input.case.required", label=label)
    elif len(text) > max_len:
        problems.add(field, "input.case.too_long", label=label, max=max_len, length=len(text))
    return text


def clean_name(
    problems: rules.Problems, field: str, label: str, value: str, *, required: bool
) -> str:
    text = clean_text(problems, field, label, value, MAX_NAME, required=required)
    if text and not problems.failed(field):
        ok = all(unicodedata.category(ch)[0] in "LM" or ch in _NAME_PUNCT for ch in text)
        if not ok or not any(unicodedata.category(ch)[0] == "L" for ch in text):
            problems.add(field, "input.case.name_chars", label=label)
    return text


def clean_phone(problems: rules.Problems, field: str, label: str, value: str) -> str:
    """Normalise to +90…; an empty value stays empty (the field is optional)."""
    if not value.strip():
        return ""
    try:
        return normalise_phone(value)
    except InvalidPhone as exc:
        problems.add(field, f"input.case.phone_{exc.reason}", label=label)
        return value


def check_date(
    problems: rules.Problems,
    field: str,
    label: str,
    value: datetime.date | None,
    today: datetime.date,
    *,
    earliest: datetime.date = EARLIEST_DATE,
) -> None:
    if value is None:
        return
    if value > today:
        problems.add(field, "input.case.future_date", label=label)
    elif value < earliest:
        problems.add(field, "input.case.too_early", label=label, earliest=earliest.isoformat())


def check_int(
    problems: rules.Problems, field: str, label: str, value: int | None, low: int, high: int
) -> None:
    if value is not None and not low <= value <= high:
        problems.add(field, "input.case.int_range", label=label, min=low, max=high)


# ----- reading JSON-like values (the CLI file, the form's raw strings) -----


class Invalid:
    """Marks a value that failed to parse; the field keeps its default."""


INVALID: Final = Invalid()


def read_str(problems: rules.Problems, field: str, label: str, raw: object) -> str | Invalid:
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        # Numbers typed into JSON without quotes (a phone, a TC no) are still text.
        return str(raw)
    problems.add(field, "input.case.type_text", label=label)
    return INVALID


def read_bool(
    problems: rules.Problems, field: str, label: str, raw: object, *, optional: bool
) -> bool | Invalid | None:
    if raw is None and optional:
        return None
    if isinstance(raw, bool):
        return raw
    problems.add(field, "input.case.type_bool", label=label)
    return INVALID


def read_int(problems: rules.Problems, field: str, label: str, raw: object) -> int | Invalid | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().isascii() and raw.strip().isdigit():
        return int(raw.strip())
    problems.add(field, "input.case.type_int", label=label)
    return INVALID


def read_date(
    problems: rules.Problems, field: str, label: str, raw: object
) -> datetime.date | Invalid | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, datetime.date) and not isinstance(raw, datetime.datetime):
        return raw
    if isinstance(raw, str) and _ISO_DATE.fullmatch(raw.strip()):
        try:
            return datetime.date.fromisoformat(raw.strip())
        except ValueError:
            pass
    problems.add(field, "input.case.date_format", label=label)
    return INVALID


C = TypeVar("C", bound=Choice)


def read_choice(
    problems: rules.Problems, field: str, label: str, raw: object, cls: type[C]
) -> C | Invalid | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, cls):
        return raw
    if isinstance(raw, str):
        try:
            return parse_choice(cls, raw)
        except ValueError:
            pass
    problems.add(
        field, "input.case.choice", label=label, value=str(raw)[:40], choices=choice_list(cls)
    )
    return INVALID


def read_list(
    problems: rules.Problems, field: str, label: str, raw: object
) -> list[object] | Invalid:
    if raw is None:
        return []
    if isinstance(raw, list | tuple):
        if len(raw) > MAX_LIST:
            problems.add(field, "input.case.too_many", label=label, max=MAX_LIST)
            return INVALID
        return list(raw)
    problems.add(field, "input.case.type_list", label=label)
    return INVALID


def reject_unknown_keys(
    problems: rules.Problems, data: Mapping[str, object], known: frozenset[str]
) -> None:
    for key in data:
        if key not in known:
            problems.add(str(key), "input.case.unknown_key", key=problems.path(str(key)))

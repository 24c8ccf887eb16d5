"""The validation vocabulary every feature's domain rules speak.

A broken rule names the field it is about and says what is wrong, so a form can
put the message beside the widget and a script can match the field:

- `FieldError` (one field's problem as a message *key* and its parameters, from
  the message catalogues, so Turkish and English both exist) collected by
  `Problems`, which raises `ValidationErrors` (a `KdmError`, exit code 4) once at
  the end with every problem of the record. New rules use these.
- `DomainRuleError` (one field's problem as a finished Turkish sentence, with a
  stable `code`; several at once in `errors`) collected by `RuleProblems`. The
  protection rules (risk, safety plan, orders, reminders) and the calendar rules
  (`CalendarRuleError` is a `DomainRuleError`) raise these; the services turn them
  into `ValidationErrors` at the boundary (services/risk.py `rule_errors`,
  services/calendar/common.py `rule_error`), so callers see one error type.

The generic checks (dates within 2000–2100, cleaned text with a length limit) and
the reader of packaged data files are here too, so no feature module imports
another feature for them.
"""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from importlib.resources import files
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.cases.validation import Problems
from kdm_desktop.errors import FieldError, ValidationErrors

__all__ = [
    "EARLIEST_RULE_DATE",
    "LATEST_RULE_DATE",
    "DomainRuleError",
    "FieldError",
    "Problems",
    "RuleProblems",
    "ValidationErrors",
    "check_rule_date",
    "clean_rule_text",
    "load_packaged_json",
    "req_id",
    "req_int",
    "req_list",
    "req_str",
    "turkish_text",
]


def turkish_text(key: str, /, **params: object) -> str:
    """The Turkish sentence of a rule message, whatever the current language."""
    return messages.CATALOGUE[key]["tr"].format(**params)


# ----- one rule broken, or several -----


class DomainRuleError(ValueError):
    """A value broke a domain rule. ``field`` names the input, ``message_tr`` says
    in Turkish what is wrong with it, ``code`` is a stable key for scripts.

    When several problems are found at once (a form with many fields), one error
    carries them all in ``errors`` and its own ``field`` is the first problem's;
    a single problem's ``errors`` is ``(self,)``. The integration layer maps each
    entry to a field-level message beside its widget.
    """

    def __init__(
        self,
        field: str,
        message_tr: str,
        *,
        code: str = "domain.rule",
        errors: Sequence[DomainRuleError] = (),
        key: str = "",
        params: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message_tr)
        self.field = field
        self.message_tr = message_tr
        self.code = code
        self.errors: tuple[DomainRuleError, ...] = tuple(errors) if errors else (self,)
        # A catalogue key (catalogue/rules.py) and its parameters, when the rule has one:
        # then `message` speaks the user's language; without, it is the Turkish sentence.
        self.key = key
        self.params: dict[str, object] = dict(params or {})

    @property
    def message(self) -> str:
        """The problem in the current language (`message_tr` stays Turkish)."""
        return messages.text(self.key, **self.params) if self.key else self.message_tr

    @classmethod
    def combine(cls, errors: Sequence[DomainRuleError]) -> DomainRuleError:
        if not errors:
            raise ValueError("combine() needs at least one error")
        if len(errors) == 1:
            return errors[0]
        lines = "\n".join(f"- {e.message_tr}" for e in errors)
        return cls(
            errors[0].field,
            f"Kayıtta {len(errors)} sorun bulundu:\n{lines}",
            code="domain.multiple",
            errors=errors,
        )

    def __repr__(self) -> str:
        return f"DomainRuleError({self.field!r}, {self.code!r})"


class RuleProblems:
    """Collects every problem of one record, so a form can show them all at once."""

    def __init__(self) -> None:
        self.errors: list[DomainRuleError] = []

    def add(self, field: str, message_tr: str, code: str) -> None:
        self.errors.append(DomainRuleError(field, message_tr, code=code))

    def failed(self, field: str) -> bool:
        return any(
            e.field == field or e.field.startswith((field + ".", field + "[")) for e in self.errors
        )

    def raise_if_any(self) -> None:
        if self.errors:
            raise DomainRuleError.combine(self.errors)


# Dates before 2000 or after 2100 are typing mistakes (a two-digit year, a swapped
# field), not real decisions or reviews.
EARLIEST_RULE_DATE: Final = datetime.date(2000, 1, 1)
LATEST_RULE_DATE: Final = datetime.date(2100, 12, 31)


def check_rule_date(
    problems: RuleProblems, field: str, label: str, value: object, *, required: bool
) -> datetime.date | None:
    """Check a date field: a real ``date`` (not a ``datetime``), year 2000–2100."""
    if value is None:
        if required:
            problems.add(field, f"{label} girilmelidir.", "date.required")
        return None
    # A datetime is a date subclass; accepting one would let a time of day slip into
    # date arithmetic and comparisons (and datetime < date raises TypeError).
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        problems.add(field, f"{label} bir tarih olmalıdır (YYYY-AA-GG).", "date.type")
        return None
    if not EARLIEST_RULE_DATE <= value <= LATEST_RULE_DATE:
        problems.add(
            field,
            f"{label} geçersiz görünüyor ({value.isoformat()}): "
            "yıl 2000 ile 2100 arasında olmalıdır.",
            "date.out_of_range",
        )
        return None
    return value


def clean_rule_text(
    problems: RuleProblems,
    field: str,
    label: str,
    value: object,
    max_len: int,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """NFC, trim (single-line: collapse whitespace), refuse control characters, check length."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        problems.add(field, f"{label} metin olmalıdır.", "text.type")
        return ""
    text = unicodedata.normalize("NFC", value)
    if multiline:
        text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    else:
        text = " ".join(text.split())
    allowed = "\n\t" if multiline else ""
    if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text):
        problems.add(
            field, f"{label} geçersiz kontrol karakterleri içeriyor.", "text.control_chars"
        )
        return text
    if required and not text:
        problems.add(field, f"{label} boş bırakılamaz.", "text.required")
    elif len(text) > max_len:
        problems.add(
            field,
            f"{label} en çok {max_len} karakter olabilir (şu an {len(text)}).",
            "text.too_long",
        )
    return text


def _reject_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [k for k, _ in pairs]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        raise ValueError(f"duplicate keys in packaged data: {dupes}")
    return dict(pairs)


def load_packaged_json(name: str) -> dict[str, object]:
    """Read ``kdm_desktop/resources/data/<name>``; duplicate keys are refused, since
    in a hand-edited data file the second one would silently win."""
    raw = (files("kdm_desktop") / "resources" / "data" / name).read_text("utf-8")
    data = json.loads(raw, object_pairs_hook=_reject_duplicate_keys)
    if not isinstance(data, dict):
        raise ValueError(f"{name}: top level must be an object")
    return data


def req_str(obj: Mapping[str, object], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: '{key}' must be a non-empty string")
    return value


def req_int(obj: Mapping[str, object], key: str, where: str) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{where}: '{key}' must be an integer")
    return value


def req_list(obj: Mapping[str, object], key: str, where: str) -> list[Mapping[str, object]]:
    value = obj.get(key)
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError(f"{where}: '{key}' must be a list of objects")
    return value


_ID: Final = re.compile(r"[a-z][a-z0-9_]*")


def req_id(obj: Mapping[str, object], key: str, where: str) -> str:
    value = req_str(obj, key, where)
    if not _ID.fullmatch(value):
        raise ValueError(f"{where}: id {value!r} must be lowercase ASCII snake_case")
    return value

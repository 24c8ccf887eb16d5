"""The validation vocabulary every feature's domain rules speak.

A broken rule names the field it is about and says what is wrong, so a form can
put the message beside the widget and a script can match the field:

- `FieldError` (one field's problem as a message *key* and its parameters, from
  the message catalogues, so Turkish and English both exist) collected by
  `Problems`, which raises `ValidationErrors` (a `KdmError`, exit code 4) once at
  the end with every problem of the record. New rules use these.
- `DomainRuleError` (one field's problem with a stable `code`: a catalogue key and
  its parameters, `message_tr` in Turkish and `message` in the user's language;
  several at once in `errors`) collected by `RuleProblems` (`keyed`). The
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
from kdm_desktop.domain.dates import format_date_in
from kdm_desktop.domain.packaged_text import Wording
from kdm_desktop.domain.turkish import tr_lower
from kdm_desktop.errors import FieldError, ValidationErrors

__all__ = [
    "EARLIEST_RULE_DATE",
    "LATEST_RULE_DATE",
    "Day",
    "DomainRuleError",
    "FieldError",
    "Label",
    "LowerLabel",
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
    "text_in",
    "turkish_text",
]


class Label:
    """A catalogue key used as a message parameter (a field label, a choice's name).

    Formatted into a sentence it speaks the current language, so an English
    sentence carries the English label; `turkish_text` puts in the Turkish one.
    """

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params

    def in_language(self, lang: str) -> str:
        entry = messages.CATALOGUE[self.key]
        return (entry.get(lang) or entry["tr"]).format(**_in_language(self.params, lang))

    def __format__(self, spec: str) -> str:
        return format(self.in_language(messages.language()), spec)

    def __str__(self) -> str:
        return self.in_language(messages.language())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Label) and (other.key, other.params) == (self.key, self.params)

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"Label({self.key!r})"


class LowerLabel(Label):
    """A `Label` written in lower case inside a sentence (Turkish-aware: İ → i, I → ı)."""

    __slots__ = ()

    def in_language(self, lang: str) -> str:
        text = super().in_language(lang)
        return tr_lower(text) if lang == "tr" else text[:1].lower() + text[1:]

    def __repr__(self) -> str:
        return f"LowerLabel({self.key!r})"


class Day:
    """A date as a message parameter: "3 Aralık 2026 Perşembe" / "Thursday 3 December
    2026" (the weekday only when asked)."""

    __slots__ = ("day", "weekday")

    def __init__(self, day: datetime.date, *, weekday: bool = True) -> None:
        self.day = day
        self.weekday = weekday

    def in_language(self, lang: str) -> str:
        return format_date_in(self.day, lang, weekday=self.weekday)

    def __format__(self, spec: str) -> str:
        return format(self.in_language(messages.language()), spec)

    def __str__(self) -> str:
        return self.in_language(messages.language())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Day) and (other.day, other.weekday) == (self.day, self.weekday)

    def __hash__(self) -> int:
        return hash(self.day)

    def __repr__(self) -> str:
        return f"Day({self.day!r})"


def _in_language(params: Mapping[str, object], lang: str) -> dict[str, object]:
    return {
        k: v.in_language(lang) if isinstance(v, (Label, Day, Wording)) else v
        for k, v in params.items()
    }


def turkish_text(key: str, /, **params: object) -> str:
    """The Turkish sentence of a rule message, whatever the current language."""
    return text_in("tr", key, **params)


def text_in(lang: str, key: str, /, **params: object) -> str:
    """The message `key` in `lang`, its `Label` and `Day` parameters in `lang` too."""
    entry = messages.CATALOGUE[key]
    return (entry.get(lang) or entry["tr"]).format(**_in_language(params, lang))


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
        if len(self.errors) > 1:
            lines = "\n".join(f"- {e.message}" for e in self.errors)
            return messages.text("rule.multiple", count=len(self.errors), lines=lines)
        return messages.text(self.key, **self.params) if self.key else self.message_tr

    @classmethod
    def keyed(
        cls, field: str, key: str, /, *, code: str = "domain.rule", **params: object
    ) -> DomainRuleError:
        """A rule with a catalogue message: Turkish in `message_tr`, `message` in the
        user's language. `Label` parameters are translated with the sentence."""
        return cls(field, turkish_text(key, **params), code=code, key=key, params=params)

    @classmethod
    def combine(cls, errors: Sequence[DomainRuleError]) -> DomainRuleError:
        if not errors:
            raise ValueError("combine() needs at least one error")
        if len(errors) == 1:
            return errors[0]
        lines = "\n".join(f"- {e.message_tr}" for e in errors)
        return cls(
            errors[0].field,
            turkish_text("rule.multiple", count=len(errors), lines=lines),
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

    def keyed(self, field: str, code: str, key: str, /, **params: object) -> None:
        """Record a problem whose sentence is the catalogue entry `key`."""
        self.errors.append(DomainRuleError.keyed(field, key, code=code, **params))

    def again(self, field: str, exc: DomainRuleError) -> None:
        """Record a rule error raised elsewhere under `field`, keeping its key."""
        self.errors.append(
            DomainRuleError(field, exc.message_tr, code=exc.code, key=exc.key, params=exc.params)
        )

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
    problems: RuleProblems, field: str, label: str | Label, value: object, *, required: bool
) -> datetime.date | None:
    """Check a date field: a real ``date`` (not a ``datetime``), year 2000–2100.

    ``label`` is the catalogue key of the field's name, so the sentence and the
    label are in the same language."""
    name = label if isinstance(label, Label) else Label(label)
    if value is None:
        if required:
            problems.keyed(field, "date.required", "rule.date.required", label=name)
        return None
    # A datetime is a date subclass; accepting one would let a time of day slip into
    # date arithmetic and comparisons (and datetime < date raises TypeError).
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        problems.keyed(field, "date.type", "rule.date.type", label=name)
        return None
    if not EARLIEST_RULE_DATE <= value <= LATEST_RULE_DATE:
        problems.keyed(
            field,
            "date.out_of_range",
            "rule.date.out_of_range",
            label=name,
            value=value.isoformat(),
        )
        return None
    return value


def clean_rule_text(
    problems: RuleProblems,
    field: str,
    label: str | Label,
    value: object,
    max_len: int,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """NFC, trim (single-line: collapse whitespace), refuse control characters, check length.

    ``label`` is the catalogue key of the field's name (see `check_rule_date`)."""
    name = label if isinstance(label, Label) else Label(label)
    if value is None:
        value = ""
    if not isinstance(value, str):
        problems.keyed(field, "text.type", "rule.text.type", label=name)
        return ""
    text = unicodedata.normalize("NFC", value)
    if multiline:
        text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    else:
        text = " ".join(text.split())
    allowed = "\n\t" if multiline else ""
    if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text):
        problems.keyed(field, "text.control_chars", "rule.text.control_chars", label=name)
        return text
    if required and not text:
        problems.keyed(field, "text.required", "rule.text.required", label=name)
    elif len(text) > max_len:
        problems.keyed(
            field, "text.too_long", "rule.text.too_long", label=name, max=max_len, length=len(text)
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

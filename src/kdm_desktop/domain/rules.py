"""The validation vocabulary every feature's domain rules speak.

A broken rule names the field it is about and says what is wrong, so a form can
put the message beside the widget and a script can match the field. Every
feature (cases, perpetrator, drafts, consents, protection, calendar, letters,
retention, transfers…) speaks this one vocabulary, defined only here:

- `FieldError`: one problem — the field's path, a catalogue key and its
  parameters (Turkish and English both exist), a stable `code` (the key unless
  the rule names its own), `message` in the current language, `message_tr` in
  Turkish, `as_dict()` for `--json`.
- `Problems`: the collector — `add` / `keyed` / `again`, a path `prefix` for
  sub-records, `failed(field)`, `extend`, `raise_if_any`. It raises
  `ValidationErrors`; a domain rule's collector is built with
  ``raises=DomainRuleError.combine`` and raises that instead.
- `ValidationErrors`: the error for "these fields are wrong" (a `RefusedInput`,
  exit code 4) carrying every problem; the CLI prints `fields()` and the window
  puts each problem beside its widget. A record's collector sums its problems up
  ("the record was not saved; N fields…"); a single input refused on its own is
  `ValidationErrors.one(field, key, **params)`, said in the problem's own
  sentence under its own key (there is no separate one-field error type).
- `DomainRuleError`: the same problems raised from inside a domain rule, which
  must stay a ``ValueError`` for the parsing code around it. A feature tells its
  rules apart by `code` ("calendar.rule"), not by a subclass. The services turn
  it into `ValidationErrors` at their boundary
  (`DomainRuleError.as_validation_errors`), so callers see one type.

Only two error types remain, because callers catch each one specifically: the
services and the CLI catch `ValidationErrors` (exit 4, `fields()` in --json), and
the services catch `DomainRuleError` around domain code to re-raise it as that.
- `Label`, `LowerLabel`, `Day`: catalogue words and dates used as message
  parameters, written in the language of the sentence around them.

The generic checks (dates within 2000–2100, cleaned text with a length limit) and
the reader of packaged data files are here too, so no feature module imports
another feature for them.
"""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from importlib.resources import files
from typing import ClassVar, Final, Self

from kdm_desktop import messages
from kdm_desktop.domain.dates import format_date_in
from kdm_desktop.domain.packaged_text import Wording
from kdm_desktop.domain.turkish import tr_lower
from kdm_desktop.errors import RefusedInput

__all__ = [
    "EARLIEST_RULE_DATE",
    "LATEST_RULE_DATE",
    "Day",
    "DomainRuleError",
    "FieldError",
    "Label",
    "LowerLabel",
    "Problems",
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


# ----- the vocabulary: one problem, one collector, the errors that carry them -----


class FieldError:
    """One field's problem: the field's path, a catalogue key and its parameters.

    `field` is the path the forms and the JSON use ("birth_date",
    "children[1].age", "consent.date", "measures[0].end_date"), so the window can
    put the message beside the widget and a script can match it. `code` is the
    stable identifier scripts match (the catalogue key unless a rule names its
    own, e.g. "date.out_of_range"); `message` speaks the current language and
    `message_tr` is the Turkish sentence whatever the language.
    """

    def __init__(self, field: str, key: str, /, **params: object) -> None:
        self.field = field
        self.key = key
        self.params: dict[str, object] = params
        self.code = key

    @classmethod
    def coded(cls, field: str, code: str, key: str, /, **params: object) -> FieldError:
        """A problem whose stable code is not its catalogue key."""
        problem = cls(field, key, **params)
        problem.code = code
        return problem

    @property
    def message(self) -> str:
        return messages.text(self.key, **self.params)

    @property
    def message_tr(self) -> str:
        return turkish_text(self.key, **self.params)

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message, "code": self.code}

    def __repr__(self) -> str:
        return f"FieldError({self.field!r}, {self.key!r})"


class ValidationErrors(RefusedInput):
    """Input refused because of what is in its fields; nothing was stored (exit 4).

    `errors` holds every problem (`FieldError`); `field` is the first one's, and
    `fields()` is the `--json` list and what a form puts beside its widgets. A
    record checked as a whole (`Problems`) is summed up as "the record was not
    saved; N fields have problems"; a single input refused on its own (`one`: a
    user name taken, a consent not found, a pattern shaped like a case number) is
    said in that problem's own sentence under its own key, which scripts match.
    """

    def __init__(self, errors: Sequence[FieldError], *, summed: bool = True) -> None:
        if not errors:
            raise ValueError("ValidationErrors needs at least one error")
        if summed:
            super().__init__("input.fields_invalid", count=len(errors))
        elif len(errors) == 1:
            # The refusal's key is the problem's stable code (the --json `code`).
            super().__init__(errors[0].code, **errors[0].params)
        else:
            raise ValueError("only a single problem is said on its own")
        self.field = errors[0].field
        self.errors = list(errors)
        self.summed = summed

    @classmethod
    def one(cls, field: str, key: str, /, **params: object) -> ValidationErrors:
        """One input refused on its own: its sentence, its key, its field."""
        return cls([FieldError(field, key, **params)], summed=False)

    @classmethod
    def coded(cls, problem: FieldError) -> ValidationErrors:
        """One problem refused on its own under its stable code (`problem.code`),
        said in its own sentence, read in the language of the moment."""
        return cls([problem], summed=False)

    @property
    def message(self) -> str:
        if not self.summed:
            problem = self.errors[0]
            return super().message if problem.code == problem.key else problem.message
        lines = "\n".join(f"- {e.message}" for e in self.errors)
        return messages.text(self.key, count=len(self.errors), details=lines)

    def fields(self) -> list[dict[str, str]]:
        if not self.summed:
            # The refusal as it is said (a caller may re-word it); none without a field.
            if not self.field:
                return []
            return [{"field": self.field, "message": self.message, "code": self.key}]
        return [e.as_dict() for e in self.errors]


class DomainRuleError(FieldError, ValueError):
    """The same problems raised from inside a domain rule, where parsing code
    already expects ``ValueError`` (so it is one). The services turn it into
    `ValidationErrors` at their boundary (`as_validation_errors`).

    A single problem is itself a `FieldError` (``errors`` is ``(self,)``); several
    found at once travel in ``errors`` and the error's own ``field`` and ``code``
    are the first problem's and ``"domain.multiple"``. A rule without a catalogue
    key (``key=""``) carries only its Turkish sentence.
    """

    # The code a rule gets when it names none.
    default_code: ClassVar[str] = "domain.rule"

    def __init__(
        self,
        field: str,
        message_tr: str,
        *,
        code: str | None = None,
        errors: Sequence[FieldError] = (),
        key: str = "",
        params: Mapping[str, object] | None = None,
    ) -> None:
        FieldError.__init__(self, field, key, **dict(params or {}))
        ValueError.__init__(self, message_tr)
        self.code = code or self.default_code
        self._message_tr = message_tr
        self.errors: tuple[FieldError, ...] = tuple(errors) if errors else (self,)

    @property
    def message_tr(self) -> str:
        return self._message_tr

    @property
    def message(self) -> str:
        """The problem in the current language (`message_tr` stays Turkish)."""
        if len(self.errors) > 1:
            lines = "\n".join(f"- {e.message}" for e in self.errors)
            return messages.text("rule.multiple", count=len(self.errors), lines=lines)
        return messages.text(self.key, **self.params) if self.key else self._message_tr

    @classmethod
    def keyed(cls, field: str, key: str, /, *, code: str | None = None, **params: object) -> Self:
        """A rule with a catalogue message: Turkish in `message_tr`, `message` in the
        user's language. `Label` parameters are translated with the sentence."""
        return cls(field, turkish_text(key, **params), code=code, key=key, params=params)

    @classmethod
    def of(cls, problem: FieldError) -> DomainRuleError:
        """One collected problem as the error a rule raises."""
        if isinstance(problem, cls):
            return problem
        return cls(
            problem.field,
            problem.message_tr,
            code=problem.code,
            key=problem.key,
            params=problem.params,
        )

    @classmethod
    def combine(cls, errors: Sequence[FieldError]) -> DomainRuleError:
        if not errors:
            raise ValueError("combine() needs at least one error")
        if len(errors) == 1:
            return cls.of(errors[0])
        lines = "\n".join(f"- {e.message_tr}" for e in errors)
        return cls(
            errors[0].field,
            turkish_text("rule.multiple", count=len(errors), lines=lines),
            code="domain.multiple",
            errors=errors,
        )

    def recoded(self, code: str) -> DomainRuleError:
        """The same problem (or problems) under the stable `code` scripts match."""
        return DomainRuleError(
            self.field,
            self._message_tr,
            code=code,
            errors=self.errors if len(self.errors) > 1 else (),
            key=self.key,
            params=self.params,
        )

    def refused(self, code: str) -> ValidationErrors:
        """The rule refused on its own under `code` (exit 4), in its own sentence in
        the user's language: one problem, or the rule's list of them."""
        return ValidationErrors.coded(self.recoded(code))

    def as_validation_errors(self, code: str) -> ValidationErrors:
        """Each problem as a field-level validation error (exit 4) under the stable
        `code` scripts match at the service boundary ("protection.rule"), its
        message the rule's own sentence in the user's language."""
        return ValidationErrors([_recoded(e, code) for e in self.errors])

    def __str__(self) -> str:
        return self._message_tr

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.field!r}, {self.code!r})"


def _recoded(problem: FieldError, code: str) -> FieldError:
    if isinstance(problem, DomainRuleError) and not problem.key:
        return problem.recoded(code)  # several problems found at once, said as a list
    return FieldError.coded(problem.field, code, problem.key, **problem.params)


class Problems:
    """Collects every problem of one record, so a form can show them all at once.

    Checks append instead of raising; `raise_if_any` raises once at the end with
    every problem (a record with any problem is never stored). `prefix` puts a
    sub-record's fields under their parent's path ("consent.", "children[1].");
    `failed(field)` lets later checks skip a field (or its sub-fields) already
    found broken.

    `raises` builds the error `raise_if_any` raises: `ValidationErrors` (exit 4)
    for a record checked at a service, ``DomainRuleError.combine`` (a
    ``ValueError``) for a domain rule's own collector.
    """

    def __init__(
        self,
        prefix: str = "",
        *,
        raises: Callable[[Sequence[FieldError]], Exception] = ValidationErrors,
    ) -> None:
        self.errors: list[FieldError] = []
        self._prefix = prefix
        self._raises = raises

    def path(self, field: str) -> str:
        return f"{self._prefix}{field}"

    def add(self, field: str, key: str, /, **params: object) -> None:
        """Record a problem whose code is its catalogue key."""
        self.errors.append(FieldError(self.path(field), key, **params))

    def keyed(self, field: str, code: str, key: str, /, **params: object) -> None:
        """Record a problem with its own stable `code` and the catalogue sentence `key`."""
        self.errors.append(FieldError.coded(self.path(field), code, key, **params))

    def again(self, field: str, exc: FieldError) -> None:
        """Record a problem raised elsewhere under `field`, keeping its key and code."""
        # Several problems found at once come back one by one, each with its key.
        for problem in exc.errors if isinstance(exc, DomainRuleError) else (exc,):
            self.errors.append(
                FieldError.coded(self.path(field), problem.code, problem.key, **problem.params)
            )

    def failed(self, field: str) -> bool:
        path = self.path(field)
        return any(
            e.field == path or e.field.startswith((path + ".", path + "[")) for e in self.errors
        )

    def extend(self, other: Problems) -> None:
        self.errors.extend(other.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise self._raises(self.errors)


# Dates before 2000 or after 2100 are typing mistakes (a two-digit year, a swapped
# field), not real decisions or reviews.
EARLIEST_RULE_DATE: Final = datetime.date(2000, 1, 1)
LATEST_RULE_DATE: Final = datetime.date(2100, 12, 31)


def check_rule_date(
    problems: Problems, field: str, label: str | Label, value: object, *, required: bool
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
    problems: Problems,
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

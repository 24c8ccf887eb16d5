"""Activities (prevention, awareness, education and employment work) and the
standards self-assessment: validation of what the admin enters, no names anywhere.

An activity records how many took part, never who. The standards checklist is
packaged data (`resources/data/standards_checklist_v<N>.json`); an answer names the
checklist id and version it answered, so an old answer reads the same after the
checklist changes.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Final

from kdm_desktop.domain.keyed_labels import KeyedLabels
from kdm_desktop.domain.packaged_text import Wording, req_wording
from kdm_desktop.domain.phone import InvalidPhone, normalise_phone
from kdm_desktop.domain.rules import DomainRuleError, Label, load_packaged_json
from kdm_desktop.domain.statistics.kdmstat import Activity
from kdm_desktop.domain.statistics.periods import BadPeriod, Period, parse_period
from kdm_desktop.domain.tckimlik import is_valid_tc

# Activity kinds: stable codes, labels read in the language of the moment (the
# province report, built inside `@official_document`, reads them in Turkish).
ACTIVITY_KINDS: Final[KeyedLabels[str]] = KeyedLabels(
    {
        kind: f"stat.activity.{kind}"
        for kind in ("seminer", "okul", "egitim", "meslek_kursu", "istihdam", "kampanya", "diger")
    }
)
MAX_TOPIC: Final = 300
MAX_PARTNERS: Final = 20
MAX_PARTICIPANTS: Final = 1_000_000
ACTIVITY_KEYS: Final = frozenset({"date", "kind", "topic", "audience", "participants", "partners"})


# The stable code of every activity and standards refusal (the --json `code`).
WORK_RULE: Final = "stats.work.invalid"


def _problem(field: str, key: str, /, **params: object) -> DomainRuleError:
    """A field of an activity or a standards answer is wrong; `field` names it."""
    return DomainRuleError.keyed(field, key, code=WORK_RULE, **params)


def parse_activity(data: Mapping[str, object], today: datetime.date) -> Activity:
    unknown = sorted(set(data) - ACTIVITY_KEYS)
    if unknown:
        raise _problem(
            unknown[0],
            "stat.work.unknown_activity_field",
            field=unknown[0][:40],
            allowed=", ".join(sorted(ACTIVITY_KEYS)),
        )
    raw_date = data.get("date")
    try:
        day = datetime.date.fromisoformat(str(raw_date))
    except ValueError:
        raise _problem("date", "stat.work.bad_date") from None
    if day > today:
        raise _problem("date", "stat.work.future_date")
    kind = str(data.get("kind") or "")
    if kind not in ACTIVITY_KINDS:
        raise _problem(
            "kind",
            "stat.work.bad_kind",
            kinds=", ".join(f"{k} ({v})" for k, v in ACTIVITY_KINDS.items()),
        )
    topic = _text(data.get("topic"), "topic", "stat.work.topic", required=True)
    audience = _text(data.get("audience"), "audience", "stat.work.audience", required=False)
    participants = data.get("participants")
    if (
        not isinstance(participants, int)
        or isinstance(participants, bool)
        or not 0 <= participants <= MAX_PARTICIPANTS
    ):
        raise _problem("participants", "stat.work.bad_participants")
    partners_raw = data.get("partners", [])
    if not isinstance(partners_raw, list) or len(partners_raw) > MAX_PARTNERS:
        raise _problem("partners", "stat.work.bad_partners", max=MAX_PARTNERS)
    partners = tuple(_text(p, "partners", "stat.work.partner", required=True) for p in partners_raw)
    return Activity(day, kind, topic, audience, participants, partners)


def _text(value: object, field: str, label_key: str, *, required: bool) -> str:
    label = Label(label_key)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _problem(field, "stat.work.not_text", label=label)
    text = " ".join(value.split())
    if required and not text:
        raise _problem(field, "stat.work.empty", label=label)
    if len(text) > MAX_TOPIC:
        raise _problem(field, "stat.work.too_long", label=label, max=MAX_TOPIC)
    found = identifier_in(text)
    if found is not None:
        # These texts leave the centre in the .kdmstat file and are printed in the
        # province report: a number that points at a woman is refused, not stored.
        raise _problem(
            field, "stat.work.identifier", label=label, what=Label(f"stat.work.id.{found}")
        )
    return text


_EMAIL: Final = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_CASE_NUMBER: Final = re.compile(r"\b[A-Za-z][A-Za-z0-9]{1,7}\s*[-/]\s*\d{4}\s*[-/]\s*\d{1,8}\b")
# Digits with the separators people type between them ("0532 111 22 33").
_DIGIT_RUN: Final = re.compile(r"\+?\d[\d \-().\/]{8,}\d")


def identifier_in(text: str) -> str | None:
    """The kind of personal identifier the text holds ("tc", "phone", "email",
    "case_number"), or None. Names cannot be told from words by a pattern; the
    message asks for none."""
    if _EMAIL.search(text):
        return "email"
    if _CASE_NUMBER.search(text):
        return "case_number"
    for run in _DIGIT_RUN.findall(text):
        digits = "".join(ch for ch in run if ch.isdigit())
        if len(digits) == 11 and is_valid_tc(digits):
            return "tc"
        try:
            normalise_phone(run)
        except InvalidPhone:
            continue
        return "phone"
    return None


# ----- standards -----


@dataclass(frozen=True)
class StandardItem:
    """`section`/`text`/`need` follow the language; the province report reads
    `need_tr` (an official Turkish document); answers store only `key`."""

    key: str
    section_wording: Wording
    wording: Wording
    need_wording: Wording

    @property
    def section(self) -> str:
        return self.section_wording.text()

    @property
    def text(self) -> str:
        return self.wording.text()

    @property
    def need(self) -> str:
        return self.need_wording.text()

    @property
    def need_tr(self) -> str:
        return self.need_wording.tr


@dataclass(frozen=True)
class Checklist:
    id: str
    version: int
    title_wording: Wording
    answer_wordings: tuple[tuple[str, Wording], ...]
    items: tuple[StandardItem, ...]

    @property
    def title(self) -> str:
        return self.title_wording.text()

    @property
    def answers(self) -> tuple[tuple[str, str], ...]:
        """(code, label) pairs, labels in the language of the moment."""
        return tuple((key, w.text()) for key, w in self.answer_wordings)

    def answer_label(self, key: str) -> str:
        return dict(self.answers).get(key, key)

    def item(self, key: str) -> StandardItem | None:
        for it in self.items:
            if it.key == key:
                return it
        return None


NEED_ANSWERS: Final = frozenset({"kismen", "karsilanmiyor"})


@cache
def standards_checklist(version: int = 1) -> Checklist:
    data = load_packaged_json(f"standards_checklist_v{int(version)}.json")
    if data.get("format") != "kdm-standards-checklist" or data.get("version") != version:
        raise ValueError("not a standards checklist")
    where = f"standards_checklist_v{int(version)}.json"
    answers = tuple((str(a["key"]), req_wording(a, "label", where)) for a in _list(data, "answers"))
    items = []
    for section in _list(data, "sections"):
        section_items = section.get("items")
        if not isinstance(section_items, list):
            raise ValueError("standards checklist: items")
        title = req_wording(section, "title", where)
        for item in section_items:
            items.append(
                StandardItem(
                    str(item["key"]),
                    title,
                    req_wording(item, "text", where),
                    req_wording(item, "need", where),
                )
            )
    if len({i.key for i in items}) != len(items):
        raise ValueError("standards checklist: duplicate item")
    return Checklist(
        str(data["id"]), version, req_wording(data, "title", where), answers, tuple(items)
    )


def _list(data: Mapping[str, object], key: str) -> list[dict[str, object]]:
    value = data.get(key)
    if not isinstance(value, list):
        raise ValueError(f"standards checklist: {key}")
    return [v for v in value if isinstance(v, dict)]


@dataclass(frozen=True)
class StandardsInput:
    period: Period
    answers: dict[str, str]
    notes: dict[str, str]


def parse_standards_answer(data: Mapping[str, object], checklist: Checklist) -> StandardsInput:
    unknown = sorted(set(data) - {"from", "to", "answers", "notes"})
    if unknown:
        raise _problem(unknown[0], "stat.work.unknown_field", field=unknown[0][:40])
    try:
        period = parse_period(str(data.get("from") or ""), str(data.get("to") or "") or None)
    except BadPeriod:
        raise _problem("from", "stat.work.bad_period") from None
    answers_raw = data.get("answers")
    if not isinstance(answers_raw, dict):
        raise _problem("answers", "stat.work.answers_not_object")
    valid = dict(checklist.answers)
    answers: dict[str, str] = {}
    for key, value in answers_raw.items():
        if checklist.item(str(key)) is None:
            raise _problem(f"answers.{key}", "stat.work.no_such_item", item=str(key)[:40])
        if value not in valid:
            raise _problem(
                f"answers.{key}", "stat.work.bad_answer", item=key, answers=", ".join(valid)
            )
        answers[str(key)] = str(value)
    missing = [i.key for i in checklist.items if i.key not in answers]
    if missing:
        raise _problem(
            f"answers.{missing[0]}", "stat.work.unanswered", count=len(missing), first=missing[0]
        )
    notes_raw = data.get("notes", {})
    if not isinstance(notes_raw, dict):
        raise _problem("notes", "stat.work.notes_not_object")
    notes = {}
    for key, value in notes_raw.items():
        if checklist.item(str(key)) is None:
            raise _problem(f"notes.{key}", "stat.work.no_such_item", item=str(key)[:40])
        notes[str(key)] = _text(value, f"notes.{key}", "stat.work.note", required=False)
    return StandardsInput(period, answers, notes)


def needs_list(checklist: Checklist, answers: Mapping[str, str]) -> list[StandardItem]:
    """Items answered "partly" or "not met", in checklist order."""
    return [i for i in checklist.items if answers.get(i.key) in NEED_ANSWERS]

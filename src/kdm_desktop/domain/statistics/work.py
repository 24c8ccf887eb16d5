"""Activities (prevention, awareness, education and employment work) and the
standards self-assessment: validation of what the admin enters, no names anywhere.

An activity records how many took part, never who. The standards checklist is
packaged data (`resources/data/standards_checklist_v<N>.json`); an answer names the
checklist id and version it answered, so an old answer reads the same after the
checklist changes.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Final

from kdm_desktop.domain.rules import load_packaged_json
from kdm_desktop.domain.statistics.kdmstat import Activity
from kdm_desktop.domain.statistics.periods import BadPeriod, Period, parse_period

ACTIVITY_KINDS: Final[dict[str, str]] = {
    "seminer": "Seminer / söyleşi",
    "okul": "Okul oturumu",
    "egitim": "Eğitim / atölye",
    "meslek_kursu": "Meslek edindirme kursu",
    "istihdam": "İstihdam programı",
    "kampanya": "Kampanya",
    "diger": "Diğer",
}
MAX_TOPIC: Final = 300
MAX_PARTNERS: Final = 20
MAX_PARTICIPANTS: Final = 1_000_000
ACTIVITY_KEYS: Final = frozenset({"date", "kind", "topic", "audience", "participants", "partners"})


class WorkProblem(ValueError):
    """A field of an activity or a standards answer is wrong; `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def parse_activity(data: Mapping[str, object], today: datetime.date) -> Activity:
    unknown = sorted(set(data) - ACTIVITY_KEYS)
    if unknown:
        raise WorkProblem(
            unknown[0],
            f"Bilinmeyen alan: {unknown[0][:40]}. Etkinlikte yalnızca şu alanlar olur: "
            + ", ".join(sorted(ACTIVITY_KEYS))
            + " (katılımcı adları yazılmaz, yalnızca sayısı).",
        )
    raw_date = data.get("date")
    try:
        day = datetime.date.fromisoformat(str(raw_date))
    except ValueError:
        raise WorkProblem(
            "date", "Tarih YYYY-AA-GG biçiminde yazılmalı (ör. 2026-03-08)."
        ) from None
    if day > today:
        raise WorkProblem("date", "Etkinlik tarihi ileride olamaz; yapılmış etkinlikler girilir.")
    kind = str(data.get("kind") or "")
    if kind not in ACTIVITY_KINDS:
        raise WorkProblem(
            "kind",
            "Etkinlik türü şunlardan biri olmalı: "
            + ", ".join(f"{k} ({v})" for k, v in ACTIVITY_KINDS.items())
            + ".",
        )
    topic = _text(data.get("topic"), "topic", "Konu", required=True)
    audience = _text(data.get("audience"), "audience", "Hedef kitle", required=False)
    participants = data.get("participants")
    if (
        not isinstance(participants, int)
        or isinstance(participants, bool)
        or not 0 <= participants <= MAX_PARTICIPANTS
    ):
        raise WorkProblem(
            "participants", "Katılımcı sayısı 0 ya da daha büyük bir tam sayı olmalı."
        )
    partners_raw = data.get("partners", [])
    if not isinstance(partners_raw, list) or len(partners_raw) > MAX_PARTNERS:
        raise WorkProblem(
            "partners",
            f"Ortak kurumlar en çok {MAX_PARTNERS} kurum adından oluşan bir liste olmalı.",
        )
    partners = tuple(_text(p, "partners", "Ortak kurum", required=True) for p in partners_raw)
    return Activity(day, kind, topic, audience, participants, partners)


def _text(value: object, field: str, label: str, *, required: bool) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise WorkProblem(field, f"{label} bir metin olmalı.")
    text = " ".join(value.split())
    if required and not text:
        raise WorkProblem(field, f"{label} boş bırakılamaz.")
    if len(text) > MAX_TOPIC:
        raise WorkProblem(field, f"{label} en çok {MAX_TOPIC} karakter olabilir.")
    return text


# ----- standards -----


@dataclass(frozen=True)
class StandardItem:
    key: str
    section: str
    text: str
    need: str


@dataclass(frozen=True)
class Checklist:
    id: str
    version: int
    title: str
    answers: tuple[tuple[str, str], ...]
    items: tuple[StandardItem, ...]

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
    answers = tuple((str(a["key"]), str(a["label"])) for a in _list(data, "answers"))
    items = []
    for section in _list(data, "sections"):
        section_items = section.get("items")
        if not isinstance(section_items, list):
            raise ValueError("standards checklist: items")
        for item in section_items:
            items.append(
                StandardItem(
                    str(item["key"]), str(section["title"]), str(item["text"]), str(item["need"])
                )
            )
    if len({i.key for i in items}) != len(items):
        raise ValueError("standards checklist: duplicate item")
    return Checklist(str(data["id"]), version, str(data["title"]), answers, tuple(items))


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
        raise WorkProblem(unknown[0], f"Bilinmeyen alan: {unknown[0][:40]}.")
    try:
        period = parse_period(str(data.get("from") or ""), str(data.get("to") or "") or None)
    except BadPeriod:
        raise WorkProblem(
            "from", 'Dönem "from" ve "to" ile yazılmalı: 2026, 2026-Q1, 2026-03 ya da 2026-03-01.'
        ) from None
    answers_raw = data.get("answers")
    if not isinstance(answers_raw, dict):
        raise WorkProblem("answers", '"answers" her madde için bir yanıt içeren bir nesne olmalı.')
    valid = dict(checklist.answers)
    answers: dict[str, str] = {}
    for key, value in answers_raw.items():
        if checklist.item(str(key)) is None:
            raise WorkProblem(
                f"answers.{key}", f'Kontrol listesinde "{str(key)[:40]}" diye bir madde yok.'
            )
        if value not in valid:
            raise WorkProblem(
                f"answers.{key}",
                f'"{key}" maddesinin yanıtı şunlardan biri olmalı: ' + ", ".join(valid) + ".",
            )
        answers[str(key)] = str(value)
    missing = [i.key for i in checklist.items if i.key not in answers]
    if missing:
        raise WorkProblem(
            f"answers.{missing[0]}",
            f"{len(missing)} madde yanıtsız (ilki: {missing[0]}). Her madde yanıtlanmalı; "
            'geçerli değilse "uygulanamaz" yazın.',
        )
    notes_raw = data.get("notes", {})
    if not isinstance(notes_raw, dict):
        raise WorkProblem("notes", '"notes" madde anahtarından açıklamaya bir nesne olmalı.')
    notes = {}
    for key, value in notes_raw.items():
        if checklist.item(str(key)) is None:
            raise WorkProblem(
                f"notes.{key}", f'Kontrol listesinde "{str(key)[:40]}" diye bir madde yok.'
            )
        notes[str(key)] = _text(value, f"notes.{key}", "Açıklama", required=False)
    return StandardsInput(period, answers, notes)


def needs_list(checklist: Checklist, answers: Mapping[str, str]) -> list[StandardItem]:
    """Items answered "partly" or "not met", in checklist order."""
    return [i for i in checklist.items if answers.get(i.key) in NEED_ANSWERS]

"""Invented case records for the demo, screenshots and the benchmark. Never real people.

Names come from `synthetic`, identity numbers are random with a valid checksum,
phones are random 5XX numbers: any likeness to a real woman is chance.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass
from typing import TypeVar

from kdm_desktop.domain import synthetic
from kdm_desktop.domain.cases.choices import (
    ApplicationChannel,
    CaseStatus,
    Choice,
    ClosureReason,
    Education,
    Employment,
    HeardFrom,
    IncomeBand,
    MaritalStatus,
    NoteKind,
    PerpetratorRelation,
    RecipientKind,
    ServiceKind,
    ViolenceDuration,
    ViolenceFrequency,
    ViolenceType,
)
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft, Child
from kdm_desktop.domain.cases.service_log import ServiceEntryDraft
from kdm_desktop.domain.tckimlik import check_digits, generate_valid_tc

C = TypeVar("C", bound=Choice)

# Invented texts, from resources/data/synthetic_v1.json (see `synthetic`).
_REASONS = synthetic.strings("reasons")
_NOTES = synthetic.strings("notes")
_PSYCH_NOTES = synthetic.strings("psych_notes")


@dataclass(frozen=True)
class SyntheticCase:
    draft: CaseDraft
    consent: ConsentGrant
    status: CaseStatus
    closure_reason: ClosureReason | None
    assigned_to: str | None
    services: tuple[ServiceEntryDraft, ...]
    notes: tuple[tuple[NoteKind, str, str], ...]  # kind, text, author


def _maybe(rng: random.Random, cls: type[C], none_share: float = 0.15) -> C | None:
    return None if rng.random() < none_share else rng.choice(list(cls))


def _tristate(rng: random.Random) -> bool | None:
    return rng.choice((True, False, False, None))


def _foreign_id(rng: random.Random) -> str:
    body = "99" + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return body + check_digits(body)


def application_dates(rng: random.Random, today: datetime.date, count: int) -> list[datetime.date]:
    """Application days over the last three years, oldest first (numbers follow them)."""
    return sorted(today - datetime.timedelta(days=rng.randrange(3 * 365)) for _ in range(count))


def synthetic_case(
    rng: random.Random,
    applied: datetime.date,
    today: datetime.date,
    staff: list[str],
    psychologists: list[str],
) -> SyntheticCase:
    person = synthetic.person(rng)
    anonymous = rng.random() < 0.03
    age = rng.randint(18, 70)
    birth: datetime.date | None = None
    known_age: int | None = None
    roll = rng.random()
    if roll < 0.6:
        birth = datetime.date(applied.year - age, rng.randint(1, 12), rng.randint(1, 28))
    elif roll < 0.9:
        known_age = age
    id_roll = rng.random()
    tc = ""
    if not anonymous and id_roll < 0.85:
        tc = generate_valid_tc(rng)
    elif not anonymous and id_roll < 0.88:
        tc = _foreign_id(rng)
    foreign = tc.startswith("99")
    draft = CaseDraft(
        anonymous=anonymous,
        first_name="" if anonymous else person.first_name,
        last_name="" if anonymous else person.last_name,
        tc_kimlik_no=tc,
        birth_date=birth,
        age=known_age,
        nationality=synthetic.text("foreign.nationality" if foreign else "citizen.nationality"),
        language=synthetic.text("foreign.language" if foreign else "citizen.language"),
        needs_interpreter=foreign,
        phone=synthetic.mobile_phone(rng) if rng.random() < 0.9 else "",
        other_phones=(synthetic.mobile_phone(rng),) if rng.random() < 0.1 else (),
        address=synthetic.text("address_format").format(
            street=rng.randint(1, 300), number=rng.randint(1, 80)
        ),
        neighbourhood=rng.choice(synthetic.NEIGHBOURHOODS),
        district=rng.choice(synthetic.DISTRICTS),
        address_confidential=rng.random() < 0.1,
        marital_status=_maybe(rng, MaritalStatus),
        education=_maybe(rng, Education),
        employment=_maybe(rng, Employment),
        has_own_income=_tristate(rng),
        income_band=_maybe(rng, IncomeBand),
        health_notes="",
        disability=rng.choice((False, False, False, True, None)),
        children=tuple(
            Child(rng.randint(0, 25), rng.random() < 0.8)
            for _ in range(rng.choice((0, 1, 2, 2, 3)))
        ),
        application_date=applied,
        channel=_maybe(rng, ApplicationChannel, 0.05),
        reason=rng.choice(_REASONS),
        heard_from=_maybe(rng, HeardFrom),
        violence_types=frozenset(rng.sample(list(ViolenceType), rng.randint(1, 3))),
        perpetrator_relation=_maybe(rng, PerpetratorRelation, 0.05),
        lives_with_perpetrator=_tristate(rng),
        violence_frequency=_maybe(rng, ViolenceFrequency),
        violence_duration=_maybe(rng, ViolenceDuration),
        weapon_access=_tristate(rng),
        earlier_complaints=_tristate(rng),
        earlier_orders=_tristate(rng),
        life_danger=_tristate(rng),
    )
    consent_roll = rng.random()
    consent = ConsentGrant(
        processing=consent_roll < 0.92,
        share_with_centres=consent_roll < 0.4,
        share_with=frozenset(rng.sample(list(RecipientKind), rng.randint(0, 2)))
        if consent_roll < 0.92
        else frozenset(),
        date=applied,
    )
    status = rng.choices(list(CaseStatus), weights=(40, 30, 25, 5))[0]
    reason = rng.choice(list(ClosureReason)) if status == CaseStatus.CLOSED else None
    days_open = max(0, (today - applied).days)
    services = tuple(
        ServiceEntryDraft(
            kind=(kind := rng.choice(list(ServiceKind))),
            date=applied + datetime.timedelta(days=rng.randint(0, days_open)),
            staff=rng.choice(
                psychologists if kind == ServiceKind.PSYCHOLOGICAL and psychologists else staff
            ),
            duration_minutes=rng.choice((None, 30, 45, 60, 90)),
            note=rng.choice(_NOTES) if rng.random() < 0.3 else "",
        )
        for _ in range(rng.randint(2, 6))
    )
    notes: list[tuple[NoteKind, str, str]] = []
    if rng.random() < 0.3:
        notes.append((NoteKind.SOCIAL, rng.choice(_NOTES), rng.choice(staff)))
    if psychologists and rng.random() < 0.15:
        notes.append((NoteKind.PSYCH_SESSION, rng.choice(_PSYCH_NOTES), rng.choice(psychologists)))
    return SyntheticCase(
        draft=draft,
        consent=consent,
        status=status,
        closure_reason=reason,
        assigned_to=rng.choice(staff) if rng.random() < 0.85 else None,
        services=services,
        notes=tuple(notes),
    )

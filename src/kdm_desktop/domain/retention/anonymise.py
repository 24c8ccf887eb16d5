"""The statistical trace a destroyed case leaves: counted fields, no person.

Kept: application year and month, age band, district, marital status, education,
employment, income band, channel, how she heard of the centre, violence types,
perpetrator relation, closure reason and year/month, the last risk level, the
number of orders and services, own income and life danger (yes/no). Never kept:
name, T.C./foreign id, birth date, exact age, phone, address, neighbourhood, case
number or id, notes or any free text, children's details. The row is not linked to
the destruction run either.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from kdm_desktop.domain.cases.draft import CaseDraft

# Bands centres report (open-ended at both ends).
AGE_BANDS: tuple[tuple[int, int, str], ...] = (
    (0, 17, "0-17"),
    (18, 24, "18-24"),
    (25, 34, "25-34"),
    (35, 44, "35-44"),
    (45, 54, "45-54"),
    (55, 64, "55-64"),
    (65, 200, "65+"),
)
UNKNOWN = ""


def age_at(draft: CaseDraft, day: datetime.date) -> int | None:
    if draft.birth_date is not None:
        b = draft.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))
    if draft.age is not None:
        return draft.age
    birth_year = getattr(draft, "birth_year", None)
    if isinstance(birth_year, int):
        return day.year - birth_year
    return None


def age_band(age: int | None) -> str:
    if age is None:
        return UNKNOWN
    for low, high, label in AGE_BANDS:
        if low <= age <= high:
            return label
    return UNKNOWN


@dataclass(frozen=True)
class AnonymisedCase:
    application_year: int
    application_month: int
    age_band: str
    district: str
    marital_status: str
    education: str
    employment: str
    income_band: str
    channel: str
    heard_from: str
    perpetrator_relation: str
    violence_types: tuple[str, ...]
    closure_reason: str
    closure_year: int | None
    closure_month: int | None
    risk_level: str
    orders_count: int
    services_count: int
    # Added by schema step ANON_STATS_MORE ("" in rows written before): the statistics count
    # every new application in these tables too.
    has_own_income: str = UNKNOWN  # "var", "yok"
    life_danger: str = UNKNOWN  # "evet", "hayir"


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    return UNKNOWN if value is None else yes if value else no


def _v(value: object) -> str:
    if value is None:
        return UNKNOWN
    return str(getattr(value, "value", value))


def anonymise(
    draft: CaseDraft,
    *,
    closure_reason: object,
    closed_on: datetime.date | None,
    risk_level: str | None,
    orders_count: int,
    services_count: int,
    perpetrator_relation: object = None,
) -> AnonymisedCase:
    """`perpetrator_relation`: the primary perpetrator's, from the perpetrator section;
    when that is absent (older cases) the intake's answer is kept instead."""
    applied = draft.application_date
    if applied is None:
        raise ValueError("a stored case always has an application date")
    return AnonymisedCase(
        application_year=applied.year,
        application_month=applied.month,
        age_band=age_band(age_at(draft, applied)),
        district=draft.district,
        marital_status=_v(draft.marital_status),
        education=_v(draft.education),
        employment=_v(draft.employment),
        income_band=_v(draft.income_band),
        channel=_v(draft.channel),
        heard_from=_v(draft.heard_from),
        perpetrator_relation=_v(
            draft.perpetrator_relation if perpetrator_relation is None else perpetrator_relation
        ),
        violence_types=tuple(sorted(_v(v) for v in draft.violence_types)),
        closure_reason=_v(closure_reason),
        closure_year=closed_on.year if closed_on else None,
        closure_month=closed_on.month if closed_on else None,
        risk_level=risk_level or UNKNOWN,
        orders_count=orders_count,
        services_count=services_count,
        has_own_income=_yes_no(draft.has_own_income, "var", "yok"),
        life_danger=_yes_no(draft.life_danger, "evet", "hayir"),
    )

"""The demo is the same for a given seed (issue #19: the invented names and texts
moved from code into resources/data/synthetic_v1.json; nothing generated changed)."""

from __future__ import annotations

import datetime
import hashlib
import random

from kdm_desktop.domain import synthetic
from kdm_desktop.domain.synthetic_cases import SyntheticCase, synthetic_case

TODAY = datetime.date(2026, 12, 4)


def _cases() -> list[SyntheticCase]:
    rng = random.Random(2026)
    return [
        synthetic_case(
            rng,
            datetime.date(2026, 1, 1) + datetime.timedelta(days=i * 7),
            TODAY,
            ["derya", "selin"],
            ["pelin"],
        )
        for i in range(40)
    ]


def _texts(case: SyntheticCase) -> tuple[object, ...]:
    d = case.draft
    return (
        d.first_name,
        d.last_name,
        d.tc_kimlik_no,
        d.phone,
        d.address,
        d.neighbourhood,
        d.district,
        d.nationality,
        d.language,
        d.reason,
        tuple(s.note for s in case.services),
        tuple(text for _, text, _ in case.notes),
    )


def test_a_seed_gives_the_same_demo_people_and_texts() -> None:
    cases = _cases()
    first = cases[0].draft
    assert (first.first_name, first.last_name) == ("Şerife", "Işık")
    assert (first.district, first.neighbourhood) == ("Balçova", "Uğur Mumcu")
    assert first.reason == "Çocuklarıyla birlikte güvenli bir yere gitmek istiyor."
    assert first.language == "Türkçe"
    assert [(c.draft.first_name, c.draft.last_name) for c in cases[1:5]] == [
        ("Yasemin", "Uğurlu"),
        ("Şükran", "Sarı"),
        ("Ayşe", "Yıldız"),
        ("Şerife", "Arslan"),
    ]
    assert [text for c in cases for _, text, _ in c.notes][:2] == [
        "Baro adli yardım bürosuna randevu alındı.",
        "Destekleyici görüşme; bir sonraki seans iki hafta sonra.",
    ]
    assert synthetic.person(random.Random(7)) == synthetic.SyntheticPerson("Gökçe", "Özdemir")
    digest = hashlib.sha256(repr([_texts(c) for c in cases]).encode()).hexdigest()
    assert digest == PINNED


PINNED = "48cd07777bfde2edf63d44112b35c0e80ad0942e4044d2d4e812e11694160840"

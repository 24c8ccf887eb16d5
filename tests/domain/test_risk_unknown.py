""" "Bilinmiyor" is a real answer, scored conservatively (issue 14).

The property: replacing any "hayır" by "bilinmiyor" never lowers the level. Also an
empty assessment has no level, and the first assessment has no trend."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kdm_desktop.domain.protection.risk import (
    UNKNOWN,
    RiskLevel,
    RiskTrend,
    assess,
    load_checklist,
    risk_trend,
)

CHECKLIST = load_checklist()
IDS = CHECKLIST.item_ids
CRITICAL = sorted(CHECKLIST.critical_ids)
ANSWER = st.sampled_from([True, False, UNKNOWN, None])


@settings(max_examples=300, deadline=None)
@given(st.lists(ANSWER, min_size=len(IDS), max_size=len(IDS)), st.data())
def test_unknown_never_yields_a_lower_level_than_no(values, data) -> None:
    answers = dict(zip(IDS, values, strict=True))
    no_items = [i for i, v in answers.items() if v is False]
    if not no_items:
        return
    chosen = data.draw(st.lists(st.sampled_from(no_items), min_size=1, unique=True))
    with_unknown = {**answers, **dict.fromkeys(chosen, UNKNOWN)}
    before, after = assess(answers), assess(with_unknown)
    assert after.final_level >= before.final_level
    assert after.score == before.score  # the count is of "evet" answers only
    assert after.answered == before.answered  # "bilinmiyor" is an answer


def test_unknown_critical_items_alone_give_medium_not_high() -> None:
    answers = dict.fromkeys(IDS, False)
    answers.update(dict.fromkeys(CRITICAL, UNKNOWN))
    result = assess(answers)
    assert result.final_level is RiskLevel.MEDIUM
    assert set(result.critical_unknown) == set(CRITICAL)
    assert "bilinmeyen kritik madde" in result.summary_tr()


def test_an_unknown_weapon_beside_a_threat_to_kill_is_high() -> None:
    answers = dict.fromkeys(IDS, False)
    answers[CRITICAL[0]] = True
    answers[CRITICAL[1]] = UNKNOWN
    assert assess(answers).final_level is RiskLevel.HIGH
    answers[CRITICAL[1]] = False
    assert assess(answers).final_level is RiskLevel.MEDIUM


def test_an_unknown_ordinary_item_counts_like_no() -> None:
    ordinary = next(i for i in IDS if i not in CHECKLIST.critical_ids)
    answers = dict.fromkeys(IDS, False)
    answers[ordinary] = UNKNOWN
    result = assess(answers)
    assert result.final_level is RiskLevel.STANDARD and result.unknown_items == (ordinary,)
    assert result.complete


def test_empty_has_no_level_to_speak_of() -> None:
    assert assess({}).empty
    assert not assess({IDS[0]: False}).empty


def test_other_strings_are_still_refused() -> None:
    from kdm_desktop.domain.rules import DomainRuleError

    with pytest.raises(DomainRuleError, match="bilinmiyor"):
        assess({IDS[0]: "evet"})


def test_the_first_assessment_has_no_trend() -> None:
    day = datetime.date(2026, 12, 3)
    assert risk_trend([(day, RiskLevel.HIGH)]) is RiskTrend.FIRST
    assert RiskTrend.FIRST.label == "İlk değerlendirme"

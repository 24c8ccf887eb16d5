"""Risk checklist data, scoring, critical-item rule, professional judgement and trend."""

from __future__ import annotations

import datetime
import json
import re
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kdm_desktop.domain.protection.risk import (
    DEFAULT_RISK_REVIEW_DAYS,
    MAX_JUDGEMENT_REASON,
    RiskLevel,
    RiskThresholds,
    RiskTrend,
    assess,
    default_thresholds,
    latest_assessment,
    load_checklist,
    parse_risk_level,
    risk_trend,
)
from kdm_desktop.domain.rules import DomainRuleError, load_packaged_json
from kdm_desktop.domain.turkish import tr_lower

D = datetime.date
CHECKLIST = load_checklist()
CRITICAL = sorted(CHECKLIST.critical_ids)
NON_CRITICAL = [i for i in CHECKLIST.item_ids if i not in CHECKLIST.critical_ids]

# Spellings that only arise when Turkish letters were typed as ASCII. Matched on
# tr_lower'ed text without re.IGNORECASE, which treats ı and i as the same letter.
_ASCII_SUBSTITUTES = re.compile(
    r"\b(siddet\w*|cocuk\w*|icin|degil\w*|oldur\w*|guven\w*|kisi\w*|calis\w*|gorus\w*|saglik"
    r"|yasam\w*|ozel\w*|dogum|bogaz\w*|bicak|kiskanc\w*|is ?yeri\w*|esya\w*|sabika)\b"
)


def ascii_substitute(text: str) -> str | None:
    match = _ASCII_SUBSTITUTES.search(tr_lower(text))
    return match.group(0) if match else None


MOJIBAKE = re.compile("Ã|Ä|Å|Â\u00a0|\ufffd")
TURKISH_LETTERS = set("çğıöşüÇĞİÖŞÜ")


def yes(*ids: str) -> dict[str, bool | None]:
    return dict.fromkeys(ids, True)


# ----- the data file -----


def test_checklist_identity_and_version() -> None:
    raw = json.loads(
        (files("kdm_desktop") / "resources" / "data" / "risk_checklist_v1.json").read_text("utf-8")
    )
    assert raw["version"] == 1 and CHECKLIST.version == 1
    assert CHECKLIST.id == raw["id"] and CHECKLIST.id
    assert 20 <= len(CHECKLIST.items) <= 24


def test_checklist_ids_unique_stable_and_ascii() -> None:
    ids = CHECKLIST.item_ids
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids)
    expected = {
        "escalation", "threat_to_kill", "strangulation", "weapon_access", "pregnancy",
        "recent_separation", "stalking", "substance_use", "harm_to_children", "fears_for_life",
        "sexual_violence", "jealous_control", "financial_control", "threats_to_children",
        "suicide_threats", "breached_orders", "isolation", "previous_injury",
        "perpetrator_criminal_history", "animal_harm",
    }  # fmt: skip
    assert expected <= set(ids)


def test_every_category_is_used_and_labelled() -> None:
    used = {i.category for i in CHECKLIST.items}
    assert used == {c.id for c in CHECKLIST.categories}
    assert all(c.label.strip() for c in CHECKLIST.categories)


def test_texts_are_turkish_questions_without_ascii_substitutes() -> None:
    texts = [CHECKLIST.title, *(c.label for c in CHECKLIST.categories)]
    for item in CHECKLIST.items:
        assert item.text.strip().endswith("?"), item.id
        assert len(item.text) <= 160, item.id
        texts += [item.text, item.help]
    for text in texts:
        assert ascii_substitute(text) is None, text
        assert not MOJIBAKE.search(text), text
    with_turkish = [t for t in (i.text for i in CHECKLIST.items) if set(t) & TURKISH_LETTERS]
    assert len(with_turkish) >= len(CHECKLIST.items) * 0.8


def test_ascii_substitute_detector_catches_the_classic_mistakes() -> None:
    assert ascii_substitute("Siddet uyguladi mi") == "siddet"
    assert ascii_substitute("Cocuklara zarar") == "cocuklara"
    assert ascii_substitute("İŞ YERİ") is None
    assert ascii_substitute("Şiddet uyguladı mı, çocuklara zarar verdi mi? Sabıka kaydı") is None


def test_critical_items() -> None:
    assert {"strangulation", "threat_to_kill", "weapon_access"} <= set(CRITICAL)
    assert 3 <= len(CRITICAL) <= 6  # narrow: a long list would make every case high


def test_packaged_json_refuses_duplicate_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    from kdm_desktop.domain import rules

    with pytest.raises(ValueError, match="duplicate"):
        rules._reject_duplicate_keys([("id", 1), ("id", 2)])
    assert load_packaged_json("risk_checklist_v1.json")["version"] == 1


def test_unknown_checklist_version() -> None:
    with pytest.raises(FileNotFoundError):
        load_checklist(99)


# ----- levels -----


def test_level_order_and_labels() -> None:
    assert RiskLevel.STANDARD < RiskLevel.MEDIUM < RiskLevel.HIGH
    assert max([RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.STANDARD]) is RiskLevel.HIGH
    assert sorted(RiskLevel, reverse=True)[0] is RiskLevel.HIGH
    assert [lv.label for lv in RiskLevel] == ["Standart", "Orta", "Yüksek"]
    assert RiskLevel.HIGH >= RiskLevel.HIGH and RiskLevel.STANDARD <= RiskLevel.MEDIUM


def test_level_refuses_comparison_with_plain_strings() -> None:
    # As a str, "yuksek" < "orta" would be False alphabetically: a silent wrong answer.
    with pytest.raises(TypeError):
        _ = RiskLevel.HIGH < "orta"


@pytest.mark.parametrize(
    ("text", "level"),
    [("Yüksek", RiskLevel.HIGH), ("YÜKSEK", RiskLevel.HIGH), ("yuksek", RiskLevel.HIGH),
     ("orta", RiskLevel.MEDIUM), ("Standart", RiskLevel.STANDARD)],
)  # fmt: skip
def test_parse_level(text: str, level: RiskLevel) -> None:
    assert parse_risk_level(text) is level


def test_parse_level_unknown() -> None:
    with pytest.raises(DomainRuleError) as exc:
        parse_risk_level("çok yüksek")
    assert exc.value.code == "risk.level_unknown"


# ----- thresholds -----


def test_default_thresholds_scale_dash() -> None:
    assert default_thresholds(24) == RiskThresholds(medium=10, high=14)
    assert default_thresholds(22) == RiskThresholds(medium=9, high=13)
    assert default_thresholds(20) == RiskThresholds(medium=8, high=12)  # 8.33 → 8, 11.67 → 12


@given(st.integers(min_value=6, max_value=60))
@settings(derandomize=True)
def test_default_thresholds_are_proportional(n: int) -> None:
    th = default_thresholds(n)
    assert abs(th.medium - 10 * n / 24) <= 0.5
    assert abs(th.high - 14 * n / 24) <= 0.5
    assert 1 <= th.medium < th.high <= n


@pytest.mark.parametrize(("medium", "high"), [(0, 5), (5, 5), (6, 5), (True, 5), (-1, 3)])
def test_bad_thresholds(medium: int, high: int) -> None:
    with pytest.raises(DomainRuleError) as exc:
        RiskThresholds(medium=medium, high=high)
    assert exc.value.code == "risk.thresholds"
    assert "eşiği" in exc.value.message_tr


def test_threshold_above_item_count_is_refused() -> None:
    with pytest.raises(DomainRuleError) as exc:
        assess({}, RiskThresholds(medium=10, high=23))
    assert exc.value.field == "thresholds.high"


# ----- scoring -----


@pytest.mark.parametrize(
    ("count", "level"),
    [(0, RiskLevel.STANDARD), (8, RiskLevel.STANDARD), (9, RiskLevel.MEDIUM),
     (12, RiskLevel.MEDIUM), (13, RiskLevel.HIGH), (17, RiskLevel.HIGH)],
)  # fmt: skip
def test_count_boundaries_with_default_thresholds(count: int, level: RiskLevel) -> None:
    result = assess(yes(*NON_CRITICAL[:count]))
    assert result.score == count
    assert result.count_level is level
    assert result.computed_level is level
    assert result.final_level is level
    assert result.critical_items == ()


def test_centre_thresholds() -> None:
    th = RiskThresholds(medium=3, high=5)
    assert assess(yes(*NON_CRITICAL[:2]), th).computed_level is RiskLevel.STANDARD
    assert assess(yes(*NON_CRITICAL[:3]), th).computed_level is RiskLevel.MEDIUM
    assert assess(yes(*NON_CRITICAL[:5]), th).computed_level is RiskLevel.HIGH
    assert assess({}, th).thresholds == th


def test_one_critical_item_is_at_least_medium() -> None:
    for item in CRITICAL:
        result = assess(yes(item))
        assert result.count_level is RiskLevel.STANDARD
        assert result.computed_level is RiskLevel.MEDIUM
        assert result.critical_items == (item,)


def test_two_critical_items_are_high() -> None:
    result = assess(yes("threat_to_kill", "weapon_access"))
    assert result.score == 2
    assert result.computed_level is RiskLevel.HIGH
    assert set(result.critical_items) == {"threat_to_kill", "weapon_access"}


def test_critical_rule_never_lowers_the_count() -> None:
    result = assess(yes(*NON_CRITICAL[:13], "strangulation"))
    assert result.computed_level is RiskLevel.HIGH


def test_unanswered_counts_as_no_but_is_reported() -> None:
    answers: dict[str, bool | None] = {"strangulation": True, "escalation": False, "stalking": None}
    result = assess(answers)
    assert result.score == 1
    assert result.answered == 2
    assert "stalking" in result.unanswered and "pregnancy" in result.unanswered
    assert len(result.unanswered) == len(CHECKLIST.items) - 2
    assert not result.complete
    full = assess(dict.fromkeys(CHECKLIST.item_ids, False))
    assert full.complete and full.answered == len(CHECKLIST.items) and full.score == 0


def test_result_records_checklist_version_and_id() -> None:
    result = assess({})
    assert result.checklist_version == 1
    assert result.checklist_id == CHECKLIST.id
    assert result.item_count == len(CHECKLIST.items)


def test_unknown_item_and_non_bool_answers_are_all_reported() -> None:
    with pytest.raises(DomainRuleError) as exc:
        assess({"no_such_item": True, "escalation": 1, "stalking": "evet"})  # type: ignore[dict-item]
    fields = {e.field for e in exc.value.errors}
    assert fields == {"answers.no_such_item", "answers.escalation", "answers.stalking"}
    codes = {e.code for e in exc.value.errors}
    assert codes == {"risk.unknown_item", "risk.not_bool"}
    assert isinstance(exc.value, ValueError)
    assert "3 sorun" in exc.value.message_tr


# ----- professional judgement -----


def test_judgement_raises_with_reason() -> None:
    result = assess(yes("escalation"), None, RiskLevel.HIGH, "  Ayrılık sonrası takip başladı.  ")
    assert result.computed_level is RiskLevel.STANDARD
    assert result.final_level is RiskLevel.HIGH
    assert result.raised_by_judgement
    assert result.judgement_reason == "Ayrılık sonrası takip başladı."
    assert "yükseltildi" in result.summary_tr()


def test_judgement_accepts_label_text() -> None:
    result = assess({}, None, "Orta", "Gerekçe")  # type: ignore[arg-type]
    assert result.final_level is RiskLevel.MEDIUM


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_reason_required_when_raising(reason: str) -> None:
    with pytest.raises(DomainRuleError) as exc:
        assess({}, None, RiskLevel.MEDIUM, reason)
    assert exc.value.code == "risk.reason_required"
    assert exc.value.field == "judgement_reason"


def test_reason_max_length() -> None:
    assess({}, None, RiskLevel.HIGH, "a" * MAX_JUDGEMENT_REASON)
    with pytest.raises(DomainRuleError) as exc:
        assess({}, None, RiskLevel.HIGH, "a" * (MAX_JUDGEMENT_REASON + 1))
    assert exc.value.code == "text.too_long"


def test_judgement_cannot_lower() -> None:
    with pytest.raises(DomainRuleError) as exc:
        assess(yes("threat_to_kill", "strangulation"), None, RiskLevel.MEDIUM, "Bence orta")
    assert exc.value.code == "risk.cannot_lower"
    assert "düşüremez" in exc.value.message_tr


def test_judgement_equal_to_computed_changes_nothing() -> None:
    result = assess(yes("strangulation"), None, RiskLevel.MEDIUM, "")
    assert result.final_level is RiskLevel.MEDIUM and not result.raised_by_judgement


def test_reason_without_level_is_refused() -> None:
    with pytest.raises(DomainRuleError) as exc:
        assess({}, None, None, "Gerekçe yazıldı")
    assert exc.value.code == "risk.level_missing"


answer_maps = st.dictionaries(
    st.sampled_from(CHECKLIST.item_ids), st.one_of(st.booleans(), st.none()), max_size=22
)


@given(answer_maps, st.one_of(st.none(), st.sampled_from(list(RiskLevel))))
@settings(derandomize=True, max_examples=300)
def test_final_level_never_below_computed(
    answers: dict[str, bool | None], judgement: RiskLevel | None
) -> None:
    try:
        result = assess(answers, None, judgement, "Mesleki gözlem" if judgement else "")
    except DomainRuleError as exc:
        assert exc.code == "risk.cannot_lower"
        assert judgement is not None
        assert judgement < assess(answers).computed_level
        return
    assert result.final_level >= result.computed_level >= result.count_level
    assert result.score == sum(1 for v in answers.values() if v is True)
    assert result.raised_by_judgement == (result.final_level > result.computed_level)
    if judgement is not None:
        assert result.final_level is max(judgement, result.computed_level)


@given(answer_maps, st.sampled_from(CHECKLIST.item_ids))
@settings(derandomize=True, max_examples=200)
def test_another_yes_never_lowers_the_level(answers: dict[str, bool | None], extra: str) -> None:
    before = assess(answers).computed_level
    after = assess({**answers, extra: True}).computed_level
    assert after >= before


# ----- history -----


def test_trend() -> None:
    s, m, h = RiskLevel.STANDARD, RiskLevel.MEDIUM, RiskLevel.HIGH
    assert risk_trend([]) is RiskTrend.STABLE
    assert risk_trend([(D(2026, 1, 1), h)]) is RiskTrend.FIRST
    assert risk_trend([(D(2026, 1, 1), s), (D(2026, 2, 1), m)]) is RiskTrend.RISING
    assert risk_trend([(D(2026, 1, 1), h), (D(2026, 2, 1), m)]) is RiskTrend.FALLING
    assert risk_trend([(D(2026, 1, 1), h), (D(2026, 2, 1), h)]) is RiskTrend.STABLE
    # Input order does not matter; only the last two by date do.
    assert risk_trend([(D(2026, 3, 1), h), (D(2025, 1, 1), h), (D(2026, 2, 1), s)]) is (
        RiskTrend.RISING
    )
    assert RiskTrend.RISING.label == "Artıyor"


def test_same_day_assessments_last_given_wins() -> None:
    day = D(2026, 5, 5)
    history = [(D(2026, 4, 1), RiskLevel.MEDIUM), (day, RiskLevel.MEDIUM), (day, RiskLevel.HIGH)]
    assert latest_assessment(history) == (day, RiskLevel.HIGH)
    assert risk_trend(history) is RiskTrend.RISING


def test_review_intervals_shorter_for_higher_risk() -> None:
    d = DEFAULT_RISK_REVIEW_DAYS
    assert d[RiskLevel.HIGH] < d[RiskLevel.MEDIUM] < d[RiskLevel.STANDARD]
    assert d[RiskLevel.HIGH] == 30 and d[RiskLevel.MEDIUM] == 90

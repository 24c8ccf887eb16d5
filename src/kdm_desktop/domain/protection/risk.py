"""Risk assessment: a yes/no checklist of danger factors, a count score and a level.

The checklist (``resources/data/risk_checklist_v<N>.json``) lists factors that the
widely used instruments share (escalation, strangulation, threats to kill, access to
weapons, separation, stalking, pregnancy, harm to children, …). The item texts are
our own plain Turkish; no licensed instrument is copied.

Scoring rule (documented here because staff must be able to explain it to her,
to a colleague and in a referral letter):

1. **Score** = the number of "evet" answers. An unanswered item (``None`` or
   missing) counts as *no*: a level must never rest on a guess, and DASH practice
   likewise counts only the factors that were actually disclosed. The result
   reports how many items were answered and which were not, so the screen can say
   that the level was computed from incomplete information; an assessment with
   no answer at all has no level and is refused (`RiskAssessmentResult.empty`).

   **"Bilinmiyor"** (`UNKNOWN`, she does not know: "does he have a gun?") is an
   answer of its own, not a blank: it counts as answered, and it is scored
   *conservatively*, never lower than "hayır":
   - on an ordinary item it adds nothing to the count (as "hayır" would);
   - on a critical item it counts towards the critical-item rule (3.) as if it
     were a critical "evet", except that unknowns alone raise the level to
     **medium** at most: an unknown weapon next to a threat to kill is high
     risk; an unknown weapon on its own is medium, and the screen says why.
   So replacing any "hayır" by "bilinmiyor" can only keep or raise the level
   (tests/domain/test_risk_unknown.py checks this over random answer sets).
2. **Count thresholds.** DASH uses 24 items: 10+ "yes" is medium, 14+ is high.
   Our checklist has fewer items, so the defaults are scaled to the item count
   and rounded to the nearest whole number (``default_thresholds``): for 22
   items 10·22/24 = 9.17 → **9** and 14·22/24 = 12.83 → **13**. Both roundings
   happen to go down, the cautious direction. A centre may set its own thresholds
   (`RiskThresholds`); each assessment stores the thresholds it used.
3. **Critical items.** Some factors signal high danger on their own (marked
   ``critical`` in the data: strangulation, threat to kill, access to a weapon,
   use or threat of a weapon, her own fear for her life). A count alone can
   under-weight a single lethal factor, so:
   *one* critical "yes" raises the level to at least **medium**;
   *two or more* critical "yes" answers make it **high** (e.g. a threat to kill
   together with access to a weapon, the classic high-danger combination).
4. **Professional judgement** may raise the level with a written reason, never
   lower it: ``final_level >= computed_level`` always holds. Asking to lower it is
   refused with an error rather than ignored, so nobody believes it took effect.

Every assessment stores the checklist id and version it was scored with, so an
old assessment can be re-read with the items it was asked with after the
checklist changes (``load_checklist(version)``).

`DomainRuleError` and the generic rule tools live in `domain/rules.py`; they are
re-exported here for code that imported them from this module.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.protection.risk_checklist import (
    CURRENT_CHECKLIST_VERSION,
    RiskCategory,
    RiskChecklist,
    RiskItem,
    load_checklist,
)
from kdm_desktop.domain.rules import (
    DomainRuleError,
    Label,
    Problems,
    clean_rule_text,
    turkish_text,
)
from kdm_desktop.domain.turkish import fold_for_search

__all__ = [
    "CURRENT_CHECKLIST_VERSION",
    "DASH_HIGH",
    "DASH_ITEM_COUNT",
    "DASH_MEDIUM",
    "DEFAULT_RISK_REVIEW_DAYS",
    "MAX_JUDGEMENT_REASON",
    "UNKNOWN",
    "RiskAnswer",
    "RiskAssessmentResult",
    "RiskCategory",
    "RiskChecklist",
    "RiskItem",
    "RiskLevel",
    "RiskThresholds",
    "RiskTrend",
    "assess",
    "default_thresholds",
    "latest_assessment",
    "load_checklist",
    "parse_risk_level",
    "risk_trend",
]

# The calibration reference: DASH (SafeLives) has 24 items; 10–13 "yes" is
# medium and 14+ is high.
DASH_ITEM_COUNT: Final = 24
DASH_MEDIUM: Final = 10
DASH_HIGH: Final = 14
MAX_JUDGEMENT_REASON: Final = 1000
# The third answer: she was asked and does not know (stored as this string).
UNKNOWN: Final = "bilinmiyor"
# An answer as stored: evet (True), hayır (False), bilinmiyor, or not asked (None).
RiskAnswer = bool | str | None


# ----------------------------------------------------------------------------------
# Levels
# ----------------------------------------------------------------------------------


class RiskLevel(StrEnum):
    """Stored values are ASCII; ordering follows danger, not the alphabet."""

    STANDARD = "standart"
    MEDIUM = "orta"
    HIGH = "yuksek"

    @property
    def label(self) -> str:
        """The Turkish name (documents, letters, `--json`); see `label_key`."""
        return turkish_text(self.label_key)

    @property
    def label_key(self) -> str:
        return f"protection.risk_level.{self.value}"

    @property
    def rank(self) -> int:
        return _LEVEL_RANK[self]

    # A StrEnum would otherwise compare alphabetically ("orta" < "standart" <
    # "yuksek"), which is wrong, and comparing with a plain string would silently
    # fall back to that; both raise instead.
    def _other_rank(self, other: object) -> int:
        if not isinstance(other, RiskLevel):
            raise TypeError(f"cannot compare RiskLevel with {type(other).__name__}")
        return other.rank

    def __lt__(self, other: object) -> bool:
        return self.rank < self._other_rank(other)

    def __le__(self, other: object) -> bool:
        return self.rank <= self._other_rank(other)

    def __gt__(self, other: object) -> bool:
        return self.rank > self._other_rank(other)

    def __ge__(self, other: object) -> bool:
        return self.rank >= self._other_rank(other)


_LEVEL_RANK: Final[dict[RiskLevel, int]] = {
    RiskLevel.STANDARD: 0,
    RiskLevel.MEDIUM: 1,
    RiskLevel.HIGH: 2,
}

# How long an assessment stays current before it should be repeated, by level.
# The higher the danger, the faster things change (separation, a breached order),
# so high risk is re-assessed monthly. Centres may pass their own mapping to the
# reminders; the safety plan's suggested review date uses the same rhythm.
DEFAULT_RISK_REVIEW_DAYS: Final[Mapping[RiskLevel, int]] = MappingProxyType(
    {RiskLevel.HIGH: 30, RiskLevel.MEDIUM: 90, RiskLevel.STANDARD: 180}
)


def parse_risk_level(text: str) -> RiskLevel:
    """Accept the stored value or the label, any case, with or without Turkish letters
    ("Yüksek", "YUKSEK", "yuksek"); raise `DomainRuleError` otherwise."""
    folded = fold_for_search(text)
    for level in RiskLevel:
        names = messages.CATALOGUE[level.label_key]  # Turkish or English name, any language
        if folded in (level.value, *(fold_for_search(name) for name in names.values())):
            return level
    raise DomainRuleError.keyed(
        "level", "protection.risk.level_unknown", code="risk.level_unknown", value=repr(text)
    )


# ----------------------------------------------------------------------------------
# Thresholds and scoring
# ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskThresholds:
    """Minimum number of "yes" answers for medium and for high risk.

    ``1 <= medium < high``; ``high`` must not exceed the checklist's item count
    (checked in `assess`, where the checklist is known).
    """

    medium: int
    high: int

    def __post_init__(self) -> None:
        problems = Problems(raises=DomainRuleError.combine)
        for name, value in (("medium", self.medium), ("high", self.high)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                problems.keyed(
                    f"thresholds.{name}",
                    "risk.thresholds",
                    "protection.risk.threshold_positive",
                    label=Label(f"protection.label.threshold_{name}"),
                )
        if not problems.errors and self.high <= self.medium:
            problems.keyed(
                "thresholds.high",
                "risk.thresholds",
                "protection.risk.threshold_order",
                high=self.high,
                medium=self.medium,
            )
        problems.raise_if_any()


def _round_half_up(numerator: int, denominator: int) -> int:
    # Integer arithmetic: round() would use banker's rounding and floats would
    # make the calibration depend on representation error.
    return (2 * numerator + denominator) // (2 * denominator)


def default_thresholds(item_count: int) -> RiskThresholds:
    """DASH's 10/24 and 14/24 scaled to ``item_count`` items, rounded to nearest.

    For 22 items: medium 9, high 13; for 24 items: DASH's own 10 and 14.
    """
    if item_count < 2:
        raise ValueError("item_count must be at least 2")
    medium = max(1, _round_half_up(DASH_MEDIUM * item_count, DASH_ITEM_COUNT))
    high = max(medium + 1, _round_half_up(DASH_HIGH * item_count, DASH_ITEM_COUNT))
    return RiskThresholds(medium=medium, high=min(high, item_count))


@dataclass(frozen=True)
class RiskAssessmentResult:
    """What one assessment concluded; the integration layer stores it with the answers.

    ``count_level`` is the level from the count alone, ``computed_level`` adds the
    critical-item rule, ``final_level`` adds professional judgement.
    """

    score: int
    count_level: RiskLevel
    computed_level: RiskLevel
    final_level: RiskLevel
    raised_by_judgement: bool
    judgement_reason: str
    critical_items: tuple[str, ...]
    yes_items: tuple[str, ...]
    answered: int
    unanswered: tuple[str, ...]
    item_count: int
    thresholds: RiskThresholds
    checklist_id: str
    checklist_version: int
    unknown_items: tuple[str, ...] = ()
    critical_unknown: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.unanswered

    @property
    def empty(self) -> bool:
        """Nothing was answered: there is no level to speak of (not "standard")."""
        return self.answered == 0

    def summary_tr(self) -> str:
        """One line in Turkish for the case view and referral letters."""
        final, computed = Label(self.final_level.label_key), Label(self.computed_level.label_key)
        parts = [
            turkish_text("protection.risk.summary.level", level=final),
            turkish_text("protection.risk.summary.score", score=self.score, of=self.item_count),
        ]
        if self.critical_items:
            parts.append(
                turkish_text("protection.risk.summary.critical", count=len(self.critical_items))
            )
        if self.raised_by_judgement:
            parts.append(
                turkish_text("protection.risk.summary.raised", computed=computed, final=final)
            )
        if self.critical_unknown:
            parts.append(
                turkish_text(
                    "protection.risk.summary.critical_unknown", count=len(self.critical_unknown)
                )
            )
        if self.unanswered:
            parts.append(
                turkish_text("protection.risk.summary.unanswered", count=len(self.unanswered))
            )
        return "; ".join(parts) + "."


def _level_for_count(score: int, thresholds: RiskThresholds) -> RiskLevel:
    if score >= thresholds.high:
        return RiskLevel.HIGH
    if score >= thresholds.medium:
        return RiskLevel.MEDIUM
    return RiskLevel.STANDARD


def _level_for_critical(critical_yes: int, critical_unknown: int = 0) -> RiskLevel:
    """Rule 3, with unknown critical items counted like "evet" but capped at medium
    when no critical item is a real "evet" (see the module docstring)."""
    level = RiskLevel.STANDARD
    flagged = critical_yes + critical_unknown
    if flagged >= 2:
        level = RiskLevel.HIGH
    elif flagged == 1:
        level = RiskLevel.MEDIUM
    if critical_yes == 0 and level > RiskLevel.MEDIUM:
        level = RiskLevel.MEDIUM
    return level


def assess(
    answers: Mapping[str, RiskAnswer],
    thresholds: RiskThresholds | None = None,
    judgement_level: RiskLevel | None = None,
    judgement_reason: str = "",
    *,
    checklist: RiskChecklist | None = None,
) -> RiskAssessmentResult:
    """Score ``answers`` (item id → ``True``/``False``; ``None`` or missing = not answered).

    ``thresholds`` defaults to `default_thresholds` for the checklist;
    ``checklist`` defaults to the current packaged one. Raises `DomainRuleError`
    (all problems at once) for unknown item ids, non-bool answers, thresholds
    that do not fit the checklist, a missing or over-long reason when the
    judgement raises the level, and a judgement below the computed level.
    """
    cl = checklist if checklist is not None else load_checklist()
    th = thresholds if thresholds is not None else default_thresholds(len(cl.items))
    problems = Problems(raises=DomainRuleError.combine)

    if not isinstance(answers, Mapping):
        raise DomainRuleError.keyed(
            "answers", "protection.risk.answers_type", code="risk.answers_type"
        )
    known = set(cl.item_ids)
    for key, value in answers.items():
        if not isinstance(key, str) or key not in known:
            problems.keyed(
                f"answers.{key}",
                "risk.unknown_item",
                "protection.risk.unknown_item",
                item=repr(key),
            )
        elif value is not None and not isinstance(value, bool) and value != UNKNOWN:
            # 1/0 or "evet" would be guesses at intent; the form must send real booleans.
            problems.keyed(
                f"answers.{key}",
                "risk.not_bool",
                "protection.risk.not_bool",
                item=cl.item(key).wording,
                value=repr(value),
            )
    if th.high > len(cl.items):
        problems.keyed(
            "thresholds.high",
            "risk.thresholds",
            "protection.risk.threshold_above_items",
            high=th.high,
            items=len(cl.items),
        )

    level: RiskLevel | None = None
    if judgement_level is not None:
        if isinstance(judgement_level, RiskLevel):
            level = judgement_level
        elif isinstance(judgement_level, str):
            try:
                level = parse_risk_level(judgement_level)
            except DomainRuleError as exc:
                problems.again("judgement_level", exc)
        else:
            problems.keyed(
                "judgement_level", "risk.level_unknown", "protection.risk.judgement_invalid"
            )
    reason = clean_rule_text(
        problems,
        "judgement_reason",
        "protection.label.judgement_reason",
        judgement_reason,
        MAX_JUDGEMENT_REASON,
        multiline=True,
    )
    problems.raise_if_any()

    yes = tuple(i for i in cl.item_ids if answers.get(i) is True)
    unknown = tuple(i for i in cl.item_ids if answers.get(i) == UNKNOWN)
    unanswered = tuple(i for i in cl.item_ids if answers.get(i) is None)
    critical = tuple(i for i in yes if i in cl.critical_ids)
    critical_unknown = tuple(i for i in unknown if i in cl.critical_ids)
    count_level = _level_for_count(len(yes), th)
    computed = max(count_level, _level_for_critical(len(critical), len(critical_unknown)))

    final = computed
    raised = False
    if level is not None:
        if level < computed:
            problems.keyed(
                "judgement_level",
                "risk.cannot_lower",
                "protection.risk.cannot_lower",
                computed=Label(computed.label_key),
                chosen=Label(level.label_key),
            )
        elif level > computed:
            final, raised = level, True
            if not reason:
                problems.keyed(
                    "judgement_reason", "risk.reason_required", "protection.risk.reason_required"
                )
    elif reason:
        problems.keyed("judgement_level", "risk.level_missing", "protection.risk.level_missing")
    problems.raise_if_any()

    return RiskAssessmentResult(
        score=len(yes),
        count_level=count_level,
        computed_level=computed,
        final_level=final,
        raised_by_judgement=raised,
        judgement_reason=reason if level is not None else "",
        critical_items=critical,
        yes_items=yes,
        answered=len(cl.items) - len(unanswered),
        unanswered=unanswered,
        unknown_items=unknown,
        critical_unknown=critical_unknown,
        item_count=len(cl.items),
        thresholds=th,
        checklist_id=cl.id,
        checklist_version=cl.version,
    )


# ----------------------------------------------------------------------------------
# History
# ----------------------------------------------------------------------------------


class RiskTrend(StrEnum):
    RISING = "rising"
    FALLING = "falling"
    STABLE = "stable"
    FIRST = "first"  # one assessment: nothing to compare with

    @property
    def label(self) -> str:
        """The Turkish name; see `label_key`."""
        return turkish_text(self.label_key)

    @property
    def label_key(self) -> str:
        return f"protection.risk_trend.{self.value}"


def latest_assessment(
    assessments: Iterable[tuple[datetime.date, RiskLevel]],
) -> tuple[datetime.date, RiskLevel] | None:
    """The most recent (date, level); on the same date the one given last wins,
    since storage returns a day's assessments in the order they were made."""
    ordered = sorted(assessments, key=lambda a: a[0])  # stable: keeps input order per day
    return ordered[-1] if ordered else None


def risk_trend(assessments: Iterable[tuple[datetime.date, RiskLevel]]) -> RiskTrend:
    """Direction of the latest change: the newest level against the one before it.

    A single assessment is `RiskTrend.FIRST` (it has not "stayed the same"); none
    at all is "stable". Comparing only the last two matches
    the question the case view answers ("since the last assessment, is she in
    more or less danger?"); an older peak does not mask a fresh fall or rise.
    """
    ordered = sorted(assessments, key=lambda a: a[0])
    if len(ordered) == 1:
        return RiskTrend.FIRST
    if len(ordered) < 2:
        return RiskTrend.STABLE
    previous, latest = ordered[-2][1], ordered[-1][1]
    if latest > previous:
        return RiskTrend.RISING
    if latest < previous:
        return RiskTrend.FALLING
    return RiskTrend.STABLE


# Intake questions that are also risk items: what she said at intake is carried
# into her first risk assessment instead of being asked twice (issue 14).
INTAKE_RISK_ITEMS: Final[Mapping[str, str]] = MappingProxyType(
    {"life_danger": "fears_for_life", "weapon_access": "weapon_access"}
)


def answers_from_intake(intake: Mapping[str, bool | None]) -> dict[str, RiskAnswer]:
    """Risk answers from the intake's yes/no fields (unanswered ones are left out)."""
    return {
        item: intake[field]
        for field, item in INTAKE_RISK_ITEMS.items()
        if intake.get(field) is not None
    }


def intake_needs_risk_assessment(intake: Mapping[str, bool | None]) -> bool:
    """Life danger or weapon access reported at intake: assess the risk right away."""
    return any(intake.get(field) is True for field in INTAKE_RISK_ITEMS)


@dataclass(frozen=True)
class AssessmentRecord:
    """One saved assessment as kept in the case file."""

    id: str
    case_id: str
    assessed_on: str
    answers: dict[str, bool | str | None]  # "bilinmiyor" for an unknown
    checklist_id: str
    checklist_version: int
    score: int
    threshold_medium: int
    threshold_high: int
    computed_level: str
    final_level: str
    judgement_reason: str
    assessed_by: str
    created_at: str

"""Activities and the standards self-assessment: what the centre does besides casework.

Activities are entered by staff (case workers and the admin) and carry no names;
the standards self-assessment is answered by the admin, once per period (a new
answer for the same period supersedes the old, which is kept).
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kdm_desktop.domain.rules import DomainRuleError
from kdm_desktop.domain.statistics.kdmstat import Activity, StandardsAnswer
from kdm_desktop.domain.statistics.periods import Period
from kdm_desktop.domain.statistics.work import (
    WORK_RULE,
    Checklist,
    StandardItem,
    needs_list,
    parse_activity,
    parse_standards_answer,
    standards_checklist,
)
from kdm_desktop.errors import PermissionDenied
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.case_access import today
from kdm_desktop.services.session import Session
from kdm_desktop.storage.statistics_repo import ActivityRow, StandardsRow

if TYPE_CHECKING:
    from kdm_desktop.storage.statistics_repo import StatisticsWorkRepository


@dataclass(frozen=True)
class StoredActivity:
    id: str
    activity: Activity


@dataclass(frozen=True)
class StandardsView:
    period: Period
    checklist: Checklist
    answers: dict[str, str]
    notes: dict[str, str]
    answered_at: str
    answered_by: str

    @property
    def needs(self) -> list[StandardItem]:
        return needs_list(self.checklist, self.answers)

    def as_dict(self) -> dict[str, object]:
        return {
            "from": self.period.start.isoformat(),
            "to": self.period.end.isoformat(),
            "checklist_id": self.checklist.id,
            "checklist_version": self.checklist.version,
            "answers": self.answers,
            "notes": self.notes,
            "needs": [{"item": i.key, "need": i.need} for i in self.needs],
            "answered_at": self.answered_at,
            "answered_by": self.answered_by,
        }


def activity_of(row: ActivityRow) -> Activity:
    return Activity(
        datetime.date.fromisoformat(row.activity_date),
        row.kind,
        row.topic,
        row.audience,
        row.participants,
        tuple(json.loads(row.partners)),
    )


class WorkService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> StatisticsWorkRepository:
        return self._s.reading().statistics_work

    # ----- activities -----

    def add_activity(self, data: Mapping[str, object]) -> StoredActivity:
        if not (self._s.can(Permission.EDIT_CASES) or self._s.can(Permission.MANAGE_CENTRE)):
            raise PermissionDenied(
                "auth.permission", role=self._s.user.role_label, action="activity"
            )
        try:
            activity = parse_activity(data, today(self._s))
        except DomainRuleError as exc:
            raise exc.refused(WORK_RULE) from exc
        new_id = str(uuid.uuid4())
        with self._s.work() as uow:
            uow.statistics_work.add_activity(
                ActivityRow(
                    new_id,
                    activity.date.isoformat(),
                    activity.kind,
                    activity.topic,
                    activity.audience,
                    activity.participants,
                    json.dumps(list(activity.partners), ensure_ascii=False),
                    self._s.timestamp(),
                    self._s.user.username,
                )
            )
            uow.audit(AuditAction.CREATE, "activity", new_id, activity.kind)
        return StoredActivity(new_id, activity)

    def activities(
        self,
        period: Period | None = None,
        *,
        first_day: datetime.date | None = None,
        last_day: datetime.date | None = None,
    ) -> list[StoredActivity]:
        """Activities of a period, or between two optional days (either end open)."""
        if period is not None:
            first_day, last_day = period.start, period.end
        first = None if first_day is None else first_day.isoformat()
        last = None if last_day is None else last_day.isoformat()
        return [StoredActivity(r.id, activity_of(r)) for r in self._repo.activities(first, last)]

    def activities_in(self, period: Period) -> list[Activity]:
        return [a.activity for a in self.activities(period)]

    # ----- standards -----

    def checklist(self) -> Checklist:
        return standards_checklist()

    def answer_standards(self, data: Mapping[str, object]) -> StandardsView:
        self._s.require(Permission.MANAGE_CENTRE)
        checklist = standards_checklist()
        try:
            parsed = parse_standards_answer(data, checklist)
        except DomainRuleError as exc:
            raise exc.refused(WORK_RULE) from exc
        now = self._s.timestamp()
        with self._s.work() as uow:
            pk = uow.statistics_work.add_standards(
                StandardsRow(
                    0,
                    parsed.period.start.isoformat(),
                    parsed.period.end.isoformat(),
                    checklist.id,
                    checklist.version,
                    json.dumps(
                        {"answers": parsed.answers, "notes": parsed.notes}, ensure_ascii=False
                    ),
                    now,
                    self._s.user.username,
                )
            )
            uow.audit(AuditAction.CREATE, "standards", str(pk), parsed.period.key())
        return StandardsView(
            parsed.period, checklist, parsed.answers, parsed.notes, now, self._s.user.username
        )

    def standards(self, period: Period | None = None) -> list[StandardsView]:
        first = None if period is None else period.start.isoformat()
        last = None if period is None else period.end.isoformat()
        out = []
        for row in self._repo.standards(first, last):
            data = json.loads(row.answers)
            out.append(
                StandardsView(
                    Period(
                        datetime.date.fromisoformat(row.period_start),
                        datetime.date.fromisoformat(row.period_end),
                    ),
                    standards_checklist(row.checklist_version),
                    dict(data.get("answers", {})),
                    dict(data.get("notes", {})),
                    row.answered_at,
                    row.answered_by,
                )
            )
        return out

    def standards_for(self, period: Period) -> StandardsAnswer | None:
        """The latest answer whose period overlaps `period` (sent with the statistics)."""
        views = self.standards(period)
        if not views:
            return None
        v = views[-1]
        return StandardsAnswer(v.checklist.id, v.checklist.version, v.answers)

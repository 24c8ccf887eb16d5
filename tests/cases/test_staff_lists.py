"""Who a case can be given to (and who can be booked) is read in one statement, as the
case view asks at every open; the answer is the per-colleague rule's (issue 18)."""

from __future__ import annotations

from kdm_desktop.services.calendar import CalendarService
from kdm_desktop.services.case_access import staff_may_work_on_cases
from kdm_desktop.services.cases import CaseService


def test_assignable_staff_is_one_statement_and_the_same_answer(as_user) -> None:
    with as_user("yonetici") as s:
        expected = [
            (u.username, u.display_name)
            for u in s.reading().users.all()
            if staff_may_work_on_cases(s, u.username)
        ]
        statements: list[str] = []
        s.db.conn.set_trace_callback(statements.append)
        try:
            staff = CaseService(s).assignable_staff()
            booked = CalendarService(s).staff_choices()
        finally:
            s.db.conn.set_trace_callback(None)
        assert staff == expected and booked == expected
        assert "sekreter" not in dict(staff) and "psikolog" in dict(staff)
        # One statement per list, whatever the number of colleagues (was 1 + one each).
        assert len(statements) == 2 and all("FROM users" in q for q in statements)

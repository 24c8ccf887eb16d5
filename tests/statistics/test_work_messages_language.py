"""Activity checks speak the user's language; the statistics tables' titles follow
it on the screen and keep their Turkish for the province report (issue #19,
docs/messages.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from kdm_desktop import messages
from kdm_desktop.domain.rules import DomainRuleError
from kdm_desktop.domain.statistics.tables import TABLE_BY_KEY
from kdm_desktop.domain.statistics.work import ACTIVITY_KINDS, parse_activity

TODAY = dt.date(2026, 12, 4)
BAD = {"date": "2026-03-08", "kind": "okul", "topic": "Tanışma", "participants": -1}


def _problem() -> DomainRuleError:
    with pytest.raises(DomainRuleError) as caught:
        parse_activity(BAD, TODAY)
    return caught.value


def test_an_activity_check_speaks_turkish_by_default() -> None:
    problem = _problem()
    assert problem.field == "participants"
    assert problem.message == "Katılımcı sayısı 0 ya da daha büyük bir tam sayı olmalı."


def test_an_activity_check_speaks_english_in_english_mode() -> None:
    messages.set_language("en")
    try:
        problem = _problem()
        with pytest.raises(DomainRuleError) as empty:
            parse_activity({**BAD, "topic": " "}, TODAY)
        kinds = dict(ACTIVITY_KINDS)
        title = TABLE_BY_KEY["siddet_turu"].title
        title_tr = TABLE_BY_KEY["siddet_turu"].title_tr
        shown = problem.message, empty.value.message
    finally:
        messages.set_language("tr")
    assert shown == ("The number of participants must be a whole number, 0 or more.",
                     "Topic cannot be empty.")  # fmt: skip
    # Read in the language of the moment it is shown; `message_tr` stays Turkish.
    assert (
        problem.message
        == problem.message_tr
        == "Katılımcı sayısı 0 ya da daha büyük bir tam sayı olmalı."
    )
    # Activity kinds and a table's title are shown in the screen's language; the
    # province report reads their Turkish (tests/statistics/test_activity_kinds_language.py).
    assert kinds["okul"] == "School session"
    assert title == "Type of violence" and title_tr == "Şiddet türü"

"""Fixtures of the calendar tests (helpers live in calendar_support)."""

from __future__ import annotations

from typing import Any

import pytest
from calendar_support import Calendarised, setup_calendar


@pytest.fixture
def cal(casefile: Any) -> Calendarised:
    return setup_calendar(casefile)

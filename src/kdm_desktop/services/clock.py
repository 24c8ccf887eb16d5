"""Time as the services see it: aware datetimes in the centre's zone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

ISTANBUL = ZoneInfo("Europe/Istanbul")

Now = Callable[[], datetime]


def now_istanbul() -> datetime:
    return datetime.now(ISTANBUL)


def iso_now(now: Now = now_istanbul) -> str:
    return now().isoformat(timespec="seconds")

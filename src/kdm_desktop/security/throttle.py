"""Failed-login delays.

The counters must be readable before the case file is unlocked, so they live in a
small JSON file beside it holding only staff user names and numbers. Argon2id is
the real defence against an offline attacker; this stops guessing at the desk.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from pathlib import Path

from kdm_desktop.errors import AuthenticationError
from kdm_desktop.fsutil import write_atomically

FREE_ATTEMPTS = 3
BASE_DELAY_S = 5
MAX_DELAY_S = 15 * 60
_MAX_TRACKED = 200

Clock = Callable[[], float]


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` consecutive failures: 0, 0, 0, 5, 10, 20 … 900."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(BASE_DELAY_S * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S))


class LoginThrottle:
    def __init__(self, path: Path, clock: Clock = time.time) -> None:
        self._path = path
        self._clock = clock

    def _load(self) -> dict[str, dict[str, float]]:
        try:
            data = json.loads(self._path.read_text("utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        users = data.get("users") if isinstance(data, dict) else None
        if not isinstance(users, dict):
            return {}
        return {
            str(k): {"failures": float(v.get("failures", 0)), "last": float(v.get("last", 0))}
            for k, v in users.items()
            if isinstance(v, dict)
        }

    def _save(self, users: dict[str, dict[str, float]]) -> None:
        if len(users) > _MAX_TRACKED:
            newest = sorted(users.items(), key=lambda kv: kv[1]["last"], reverse=True)
            users = dict(newest[:_MAX_TRACKED])
        self._path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self._path, json.dumps({"users": users}).encode("utf-8"))

    def failures(self, user: str) -> int:
        return int(self._load().get(user, {}).get("failures", 0))

    def seconds_remaining(self, user: str) -> int:
        entry = self._load().get(user)
        if not entry:
            return 0
        wait_until = entry["last"] + delay_after(int(entry["failures"]))
        return max(0, math.ceil(wait_until - self._clock()))

    def check(self, user: str) -> None:
        remaining = self.seconds_remaining(user)
        if remaining > 0:
            raise AuthenticationError(
                "auth.locked_out", failures=self.failures(user), seconds=remaining
            )

    def record_failure(self, user: str) -> int:
        users = self._load()
        entry = users.get(user, {"failures": 0, "last": 0})
        entry = {"failures": entry["failures"] + 1, "last": self._clock()}
        users[user] = entry
        self._save(users)
        return delay_after(int(entry["failures"]))

    def record_success(self, user: str) -> None:
        users = self._load()
        if users.pop(user, None) is not None:
            self._save(users)

"""Failed-login delays, the same for every command that takes a password.

The counters must be readable before the case file is unlocked, so they live in
small JSON files beside it. Anyone at the PC can delete or edit those files, so:

- **Argon2id is the real limit.** Every attempt pays the slot's Argon2id cost, and a
  failed attempt takes at least `MIN_FAILURE_S` seconds whatever the files say.
- **Two copies.** The state is kept in `login-state.json` and in a second copy in
  the same folder; the higher counter of the two wins, so deleting one resets
  nothing.
- **Missing or damaged state is treated conservatively.** The state is written when
  the case file is created or restored and after every login. If both copies are
  missing (deleted, or a case file from before they existed), every failed attempt
  takes at least `CAUTIOUS_FAILURE_S`; if they are present but unreadable, every
  name starts as if it had just used its free attempts (a wait of `BASE_DELAY_S`).
- **Every field is validated and clamped.** NaN, infinities, huge numbers, lists,
  a folder in place of the file: none of them can speed guessing up, hang the
  login (no exponent is ever computed from an unbounded number) or crash it.

User names are stored only as unsalted SHA-256 digests of a fixed label and the
name, so the file shows no names (not even a password typed into the name field).
The counts of failed attempts and lockouts are carried to the audit log at the next
successful login (`take_unaudited`), because a failed attempt cannot write to the
encrypted case file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from kdm_desktop.errors import AuthenticationError
from kdm_desktop.fsutil import write_atomically
from kdm_desktop.oserrors import os_error_kind

FREE_ATTEMPTS = 3
BASE_DELAY_S = 5
MAX_DELAY_S = 15 * 60
# A failed attempt takes at least this long (Argon2id included), whatever the files say.
MIN_FAILURE_S = 1.0
# ...and at least this long when both copies of the state were missing.
CAUTIOUS_FAILURE_S = float(BASE_DELAY_S)
_MAX_TRACKED = 200
_MAX_COUNT = 1_000_000
_FLOOR = "*floor*"
_FORMAT = "kdm-login-state"
_VERSION = 2
# The key under which attempts at the recovery key are counted.
RECOVERY_NAME = "*recovery*"
MIRROR_NAME = ".login-state.copy.json"

Clock = Callable[[], float]
Sleep = Callable[[float], None]
_log = logging.getLogger("kdm.throttle")
T = TypeVar("T")


def delay_after(failures: float) -> int:
    """Seconds to wait after `failures` consecutive failures: 0, 0, 0, 5, 10, 20 … 900.

    Bounded for any input (NaN, infinities, 1e308): no exponent grows unbounded.
    """
    if not isinstance(failures, int | float) or math.isnan(failures):
        return MAX_DELAY_S
    if failures < FREE_ATTEMPTS:
        return 0
    # 2**8 × 5 s already exceeds the cap; never raise 2 to anything larger.
    exponent = int(min(failures - FREE_ATTEMPTS, 16))
    return int(min(BASE_DELAY_S * 2**exponent, MAX_DELAY_S))


def name_key(name: str) -> str:
    """How a user name is stored in the state files (no names on disk)."""
    return hashlib.sha256(b"kdm-login-state-v2\x00" + name.encode("utf-8")).hexdigest()[:32]


def _default_min_failure() -> float:
    # The test suite's fast-KDF mode also drops the floor; see docs/security.md.
    return 0.0 if os.environ.get("KDM_INSECURE_FAST_KDF") == "1" else MIN_FAILURE_S


@dataclass
class _Entry:
    failures: int = 0
    last: float = 0.0
    unaudited: int = 0
    lockouts: int = 0
    first: float = 0.0

    def as_json(self) -> dict[str, float | int]:
        return {
            "failures": self.failures,
            "last": self.last,
            "unaudited": self.unaudited,
            "lockouts": self.lockouts,
            "first": self.first,
        }

    def merged(self, other: _Entry) -> _Entry:
        # Two copies: the more cautious value of each field wins.
        return _Entry(
            max(self.failures, other.failures),
            max(self.last, other.last),
            max(self.unaudited, other.unaudited),
            max(self.lockouts, other.lockouts),
            min(x for x in (self.first, other.first, math.inf) if x > 0)
            if (self.first or other.first)
            else 0.0,
        )


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("not a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("not finite")
    return int(min(max(value, 0), _MAX_COUNT))


def _time(value: object, now: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("not a number")
    if not math.isfinite(float(value)):
        raise ValueError("not finite")
    # A time in the future would lock a name out forever; the present is the cautious bound.
    return float(min(max(float(value), 0.0), now))


def _entry(raw: object, now: float) -> _Entry:
    if not isinstance(raw, dict):
        raise ValueError("entry must be an object")
    return _Entry(
        failures=_count(raw.get("failures", 0)),
        last=_time(raw.get("last", 0), now),
        unaudited=_count(raw.get("unaudited", 0)),
        lockouts=_count(raw.get("lockouts", 0)),
        first=_time(raw.get("first", 0), now),
    )


@dataclass(frozen=True)
class UnauditedFailures:
    """Failed attempts not yet written to the audit log, by name digest."""

    key: str
    attempts: int
    lockouts: int
    first: float
    last: float


class LoginThrottle:
    def __init__(
        self,
        path: Path,
        clock: Clock = time.time,
        *,
        sleep: Sleep = time.sleep,
        min_failure_s: float | None = None,
    ) -> None:
        self._path = path
        self._mirror = path.with_name(MIRROR_NAME)
        self._clock = clock
        self._sleep = sleep
        self._min_failure_s = _default_min_failure() if min_failure_s is None else min_failure_s
        # Set when an attempt found both copies missing (see `_load`).
        self._cautious = False

    # ----- reading -----
    def _read_copy(self, path: Path, now: float) -> dict[str, _Entry] | None:
        """One copy's entries, or None when it is missing, unreadable or malformed."""
        try:
            if not path.is_file():
                return None
            data = json.loads(path.read_bytes().decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != _FORMAT:
                return None
            users = data.get("users")
            if not isinstance(users, dict):
                return None
            return {str(k): _entry(v, now) for k, v in list(users.items())[: _MAX_TRACKED * 2]}
        except (OSError, ValueError, TypeError, RecursionError, UnicodeDecodeError):
            return None

    def _state_expected(self) -> bool:
        # Written at creation and restore: once the case file exists, so must the state.
        return self._path.with_name("casefile.keys").exists()

    def _load(self) -> dict[str, _Entry]:
        now = self._clock()
        read = (self._read_copy(p, now) for p in (self._path, self._mirror))
        valid = [c for c in read if c is not None]
        if not valid:
            if not self._state_expected():
                return {}
            if not (self._path.exists() or self._mirror.exists()):
                # Both copies gone: deleted, or a case file from before they existed
                # (an upgrade). A right password passes at once; every wrong one
                # takes CAUTIOUS_FAILURE_S, so deleting them gains nothing.
                self._cautious = True
                return {}
            # Copies present but unreadable: start cautious, and remember from when.
            users = {_FLOOR: _Entry(failures=FREE_ATTEMPTS, last=now)}
            _log.info("login state damaged; cautious delays apply")
            self._save(users)
            return users
        merged: dict[str, _Entry] = {}
        for copy in valid:
            for key, entry in copy.items():
                merged[key] = merged[key].merged(entry) if key in merged else entry
        return merged

    def _effective(self, users: dict[str, _Entry], key: str) -> _Entry:
        entry = users.get(key, _Entry())
        floor = users.get(_FLOOR)
        return entry.merged(floor) if floor is not None else entry

    # ----- writing -----
    def _save(self, users: dict[str, _Entry]) -> None:
        if len(users) > _MAX_TRACKED:
            newest = sorted(users.items(), key=lambda kv: kv[1].last, reverse=True)
            users = dict(newest[:_MAX_TRACKED])
        doc = {
            "format": _FORMAT,
            "version": _VERSION,
            "users": {k: v.as_json() for k, v in users.items()},
        }
        data = json.dumps(doc, sort_keys=True).encode("utf-8")
        written = 0
        failure: OSError | None = None
        for path in (self._path, self._mirror):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(path, data)
                written += 1
            except OSError as exc:
                # A folder or a read-only file in the way: the other copy still counts.
                _log.info("login state copy not written: %s", type(exc).__name__)
                failure = exc
        if not written:
            if failure is not None and os_error_kind(failure) == "disk_full":
                raise failure  # "Diskte yer kalmadı", from the CLI's OS-error handler
            raise AuthenticationError("auth.state_unwritable", path=str(self._path))

    def initialise(self) -> None:
        """Write empty copies for a new or freshly restored case file (keeps existing ones)."""
        now = self._clock()
        read = (self._read_copy(p, now) for p in (self._path, self._mirror))
        if not any(c is not None for c in read):
            self._save({})

    def ensure_present(self) -> None:
        """Write both copies if either is missing (after creation, restore or login)."""
        if not (self._path.is_file() and self._mirror.is_file()):
            self._save(self._load())

    # ----- the public interface -----
    def failures(self, user: str) -> int:
        return self._effective(self._load(), name_key(user)).failures

    def seconds_remaining(self, user: str) -> int:
        entry = self._effective(self._load(), name_key(user))
        if not entry.failures:
            return 0
        wait_until = entry.last + delay_after(entry.failures)
        return max(0, math.ceil(wait_until - self._clock()))

    def check(self, user: str) -> None:
        users = self._load()
        entry = self._effective(users, name_key(user))
        remaining = max(0, math.ceil(entry.last + delay_after(entry.failures) - self._clock()))
        if entry.failures and remaining > 0:
            raise AuthenticationError("auth.locked_out", failures=entry.failures, seconds=remaining)

    def record_failure(self, user: str) -> int:
        users = self._load()
        key = name_key(user)
        now = self._clock()
        entry = self._effective(users, key)
        failures = min(entry.failures + 1, _MAX_COUNT)
        crossed = failures == FREE_ATTEMPTS or (
            delay_after(failures) > 0 and delay_after(entry.failures) == 0
        )
        own = users.get(key, _Entry())
        users[key] = _Entry(
            failures=failures,
            last=now,
            unaudited=min(own.unaudited + 1, _MAX_COUNT),
            lockouts=own.lockouts + (1 if crossed else 0),
            first=own.first or now,
        )
        self._save(users)
        return delay_after(failures)

    def record_success(self, user: str) -> None:
        users = self._load()
        key = name_key(user)
        entry = users.get(key)
        changed = users.pop(_FLOOR, None) is not None
        if entry is not None:
            if entry.unaudited or entry.lockouts:
                # Keep what the audit log has not seen yet; the delay is over.
                users[key] = _Entry(0, 0.0, entry.unaudited, entry.lockouts, entry.first)
            else:
                users.pop(key)
            changed = True
        if changed or not (self._path.is_file() and self._mirror.is_file()):
            self._save(users)

    def pad_failure(self, started: float) -> None:
        """Sleep until a failed attempt has taken at least the minimum time."""
        least = max(self._min_failure_s, CAUTIOUS_FAILURE_S if self._cautious else 0.0)
        remaining = least - (time.monotonic() - started)
        if remaining > 0:
            self._sleep(min(remaining, least))

    def take_unaudited(self) -> list[UnauditedFailures]:
        users = self._load()
        return [
            UnauditedFailures(k, e.unaudited, e.lockouts, e.first, e.last)
            for k, e in sorted(users.items())
            if k != _FLOOR and (e.unaudited or e.lockouts)
        ]

    def mark_audited(self, keys: list[str]) -> None:
        users = self._load()
        for key in keys:
            entry = users.get(key)
            if entry is None:
                continue
            if entry.failures:
                users[key] = _Entry(entry.failures, entry.last)
            else:
                users.pop(key)
        self._save(users)


def attempt_guarded(
    throttle: LoginThrottle,
    name: str,
    attempt: Callable[[], T],
    failed: type[BaseException],
    refusal: Callable[[int], AuthenticationError],
) -> T:
    """Run one password attempt through the throttle: wait-check, minimum time, counters.

    `attempt` raises `failed` for a wrong secret; `refusal(wait_seconds)` builds the
    error shown to the user.
    """
    throttle.check(name)
    started = time.monotonic()
    try:
        result = attempt()
    except failed:
        wait = throttle.record_failure(name)
        throttle.pad_failure(started)
        raise refusal(wait) from None
    throttle.record_success(name)
    return result


def attempt_throttled(
    throttle: LoginThrottle,
    name: str,
    attempt: Callable[[], T],
    failed: type[BaseException],
) -> T:
    """`attempt_guarded` for an attempt that words its own refusal (re-raised as is)."""
    throttle.check(name)
    started = time.monotonic()
    try:
        result = attempt()
    except failed:
        throttle.record_failure(name)
        throttle.pad_failure(started)
        raise
    throttle.record_success(name)
    return result

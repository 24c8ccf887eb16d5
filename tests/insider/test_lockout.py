"""Guessing is slow whatever the login-state files say (issue 13, item 7).

Each test reproduces one finding: deleting the state before each guess, guessing
through `backup verify`, absurd or malformed counters, a folder in the file's place.
"""

from __future__ import annotations

import io
import json
import math
import time
from pathlib import Path

import pytest

from kdm_desktop.cli.main import main
from kdm_desktop.errors import AuthenticationError
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.roles import Role
from kdm_desktop.security.throttle import (
    CAUTIOUS_FAILURE_S,
    FREE_ATTEMPTS,
    MAX_DELAY_S,
    MIRROR_NAME,
    LoginThrottle,
    delay_after,
    name_key,
)
from kdm_desktop.services.backup import BackupService, Credentials, verify_backup
from kdm_desktop.services.casefile import open_session, recover_access
from kdm_desktop.services.users import UserService
from kdm_testing import ADMIN, ADMIN_PASSWORD, CaseFileFixture


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _state_files(data_dir: Path) -> tuple[Path, Path]:
    state = CaseFilePaths(data_dir).login_state
    return state, state.with_name(MIRROR_NAME)


def _guess(data_dir: Path, throttle: LoginThrottle, password: str = "yanlış-parola") -> str:
    with pytest.raises(AuthenticationError) as err:
        open_session(data_dir, ADMIN, password, throttle=throttle)
    return err.value.key


def test_deleting_the_state_file_before_each_guess_does_not_reset_the_count(
    casefile: CaseFileFixture,
) -> None:
    clock = Clock()
    throttle = LoginThrottle(CaseFilePaths(casefile.data_dir).login_state, clock)
    state, _ = _state_files(casefile.data_dir)
    keys = []
    for _ in range(FREE_ATTEMPTS + 1):
        state.unlink(missing_ok=True)
        keys.append(_guess(casefile.data_dir, throttle))
    assert keys[-1] == "auth.locked_out"
    assert throttle.failures(ADMIN) == FREE_ATTEMPTS


def test_deleting_both_copies_makes_every_failure_slow(casefile: CaseFileFixture) -> None:
    clock = Clock()
    slept: list[float] = []
    throttle = LoginThrottle(
        CaseFilePaths(casefile.data_dir).login_state, clock, sleep=slept.append
    )
    for _ in range(5):
        for f in _state_files(casefile.data_dir):
            f.unlink(missing_ok=True)
        assert _guess(casefile.data_dir, throttle) in {"auth.failed", "auth.failed_wait"}
        clock.now += 1
    # Each of those guesses was held to the cautious minimum (Argon2id included).
    assert len(slept) == 5
    assert all(CAUTIOUS_FAILURE_S - 1.0 < s <= CAUTIOUS_FAILURE_S for s in slept)
    # A right password is never delayed: an upgrade from a version without the
    # files, or an honest user whose files were lost, logs straight in.
    for f in _state_files(casefile.data_dir):
        f.unlink(missing_ok=True)
    open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD, throttle=throttle).close()
    assert len(slept) == 5
    assert all(f.is_file() for f in _state_files(casefile.data_dir))


def test_a_fresh_case_file_needs_no_wait(casefile: CaseFileFixture) -> None:
    assert all(f.is_file() for f in _state_files(casefile.data_dir))
    assert LoginThrottle(CaseFilePaths(casefile.data_dir).login_state).seconds_remaining(ADMIN) == 0


def test_each_failure_takes_a_minimum_time(casefile: CaseFileFixture) -> None:
    slept: list[float] = []
    throttle = LoginThrottle(
        CaseFilePaths(casefile.data_dir).login_state, sleep=slept.append, min_failure_s=1.0
    )
    _guess(casefile.data_dir, throttle)
    assert len(slept) == 1 and 0 < slept[0] <= 1.0
    open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD, throttle=throttle).close()
    assert len(slept) == 1  # a right password is not padded


@pytest.mark.parametrize(
    "entry",
    [
        {"failures": 1e308, "last": 1_800_000_000.0},
        {"failures": float("inf"), "last": 0},
        {"failures": -5, "last": 0},
        {"failures": 2, "last": 1e308},
        {"failures": "drei", "last": 0},
        [1, 2, 3],
        None,
    ],
    ids=["huge", "inf", "negative", "future", "text", "list", "null"],
)
def test_absurd_counters_never_hang_crash_or_speed_up(casefile: CaseFileFixture, entry) -> None:
    clock = Clock()
    state, mirror = _state_files(casefile.data_dir)
    doc = {"format": "kdm-login-state", "version": 2, "users": {name_key(ADMIN): entry}}
    text = json.dumps(doc).replace("Infinity", "1e999")
    for f in (state, mirror):
        f.write_text(text)
    throttle = LoginThrottle(state, clock)
    started = time.monotonic()
    key = _guess(casefile.data_dir, throttle)
    assert time.monotonic() - started < 5
    assert key in {"auth.failed", "auth.failed_wait", "auth.locked_out"}
    remaining = throttle.seconds_remaining(ADMIN)
    assert 0 <= remaining <= MAX_DELAY_S
    clock.now += MAX_DELAY_S + 1
    open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD, throttle=throttle).close()


@pytest.mark.parametrize(
    "content",
    ["NaN", '{"users": NaN}', "[1, 2]", "\x00\xff", '{"users": {"a": {"failures": NaN}}}'],
)
def test_malformed_state_file_is_treated_cautiously(
    casefile: CaseFileFixture, content: str
) -> None:
    clock = Clock()
    state, mirror = _state_files(casefile.data_dir)
    for f in (state, mirror):
        f.write_bytes(content.encode("utf-8", "surrogateescape"))
    throttle = LoginThrottle(state, clock)
    assert _guess(casefile.data_dir, throttle) == "auth.locked_out"
    clock.now += delay_after(FREE_ATTEMPTS) + 1
    open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD, throttle=throttle).close()


def test_a_folder_in_place_of_the_state_file(casefile: CaseFileFixture) -> None:
    clock = Clock()
    state, mirror = _state_files(casefile.data_dir)
    state.unlink()
    state.mkdir()
    throttle = LoginThrottle(state, clock)
    for _ in range(FREE_ATTEMPTS):
        _guess(casefile.data_dir, throttle)
    assert _guess(casefile.data_dir, throttle) == "auth.locked_out"  # the copy counted
    # Both copies unusable: a clear Turkish refusal, never "unexpected error".
    mirror.unlink()
    mirror.mkdir()
    with pytest.raises(AuthenticationError) as err:
        open_session(casefile.data_dir, ADMIN, ADMIN_PASSWORD, throttle=throttle)
    assert err.value.key == "auth.state_unwritable"
    assert str(state) in err.value.message


def test_cli_never_reports_an_unexpected_error_for_a_bad_state(
    casefile: CaseFileFixture, monkeypatch, capsys
) -> None:
    state, mirror = _state_files(casefile.data_dir)
    for f in (state, mirror):
        f.write_text(
            json.dumps({"format": "kdm-login-state", "users": {name_key(ADMIN): {}}}).replace(
                "{}", '{"failures": 1e308, "last": 1e308}'
            )
        )
    monkeypatch.setattr("sys.stdin", io.StringIO("yanlış\n"))
    started = time.monotonic()
    code = main(["--data-dir", str(casefile.data_dir), "--user", ADMIN, "--password-stdin", "info"])
    assert time.monotonic() - started < 10
    err = capsys.readouterr().err
    assert code == 3 and "beklenmeyen" not in err.lower()


def test_delay_is_bounded_for_any_number() -> None:
    for n in (0, 2, 3, 4, 10, 1e6, 1e308, math.inf, math.nan, -1):
        assert 0 <= delay_after(n) <= MAX_DELAY_S


def test_backup_verify_goes_through_the_same_throttle(
    casefile: CaseFileFixture, tmp_path: Path
) -> None:
    with casefile.login() as s:
        made = BackupService(s).create(tmp_path / "usb")
    clock_throttle = LoginThrottle(CaseFilePaths(casefile.data_dir).login_state)
    keys = []
    for _ in range(FREE_ATTEMPTS + 1):
        with pytest.raises(AuthenticationError) as err:
            verify_backup(
                made.path, Credentials(ADMIN, "yanlış-parola"), work_near=casefile.data_dir
            )
        keys.append(err.value.key)
    assert keys[:2] == ["auth.failed", "auth.failed"]
    assert keys[-1] == "auth.locked_out"
    assert clock_throttle.failures(ADMIN) == FREE_ATTEMPTS
    # ...and the failures are in the audit log at the next login.
    clock_throttle_file = CaseFilePaths(casefile.data_dir).login_state
    now = time.time() + MAX_DELAY_S
    with open_session(
        casefile.data_dir,
        ADMIN,
        ADMIN_PASSWORD,
        throttle=LoginThrottle(clock_throttle_file, lambda: now),
    ) as s:
        actions = [(e.action, e.object_id, e.detail) for e in s.audit_entries(10)]
    failed = [a for a in actions if a[0] == "login_failed"]
    assert failed and failed[0][1] == ADMIN and "attempts=3" in failed[0][2]
    assert any(a[0] == "lockout" for a in actions)


def test_recovery_key_guesses_are_throttled(casefile: CaseFileFixture, tmp_path: Path) -> None:
    from kdm_desktop.services.casefile import create_case_file
    from kdm_testing import CENTRE

    other = create_case_file(
        tmp_path / "o", centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    other.session.close()
    keys = []
    for _ in range(FREE_ATTEMPTS + 1):
        with pytest.raises(AuthenticationError) as err:
            recover_access(casefile.data_dir, other.recovery_key, ADMIN, "Yeni-Parola-Uzun-1")
        keys.append(err.value.key)
    assert keys[-1] == "auth.locked_out"


def test_own_password_change_is_throttled_and_audited(casefile: CaseFileFixture) -> None:
    with casefile.login() as s:
        UserService(s).add("derya", "derya-parola-1", Role.SOCIAL_WORKER)
    with open_session(casefile.data_dir, "derya", "derya-parola-1") as s:
        service = UserService(s)
        keys = []
        for _ in range(FREE_ATTEMPTS + 1):
            with pytest.raises(AuthenticationError) as err:
                service.change_own_password("yanlış-parola", "derya-yeni-parola")
            keys.append(err.value.key)
        assert keys[-1] == "auth.locked_out"
    throttle = LoginThrottle(
        CaseFilePaths(casefile.data_dir).login_state, lambda: time.time() + MAX_DELAY_S
    )
    with open_session(casefile.data_dir, "derya", "derya-parola-1", throttle=throttle) as s:
        UserService(s).change_own_password("derya-parola-1", "derya-yeni-parola")
    with casefile.login() as s:
        rows = [(e.username, e.action, e.object_id, e.detail) for e in s.audit_entries(20)]
    assert ("derya", "change", "derya", "password_changed") in rows
    assert any(r[1] == "login_failed" and r[2] == "derya" for r in rows)


def test_failed_login_of_an_unknown_name_is_audited_without_the_name(
    casefile: CaseFileFixture,
) -> None:
    with pytest.raises(AuthenticationError) as err:
        open_session(casefile.data_dir, "Gizli-Parola-Yanlis-Alana", "x")
    assert err.value.key == "auth.failed"  # same words as a wrong password
    state, mirror = _state_files(casefile.data_dir)
    for f in (state, mirror):
        assert b"gizli" not in f.read_bytes().lower()
    with casefile.login() as s:
        rows = [(e.username, e.action, e.object_id) for e in s.audit_entries(10)]
    assert ("?", "login_failed", "?") in rows
    assert (ADMIN, "login", ADMIN) in rows
    assert not any("gizli" in "".join(r).lower() for r in rows)


def test_rebuilding_the_slot_file_with_a_recovery_key_is_throttled(
    casefile: CaseFileFixture, tmp_path: Path
) -> None:
    from kdm_desktop.services.casefile import create_case_file
    from kdm_desktop.services.slot_repair import rebuild_slots
    from kdm_testing import CENTRE

    other = create_case_file(
        tmp_path / "o", centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    other.session.close()
    keys = []
    for _ in range(FREE_ATTEMPTS + 1):
        with pytest.raises(AuthenticationError) as err:
            rebuild_slots(casefile.data_dir, other.recovery_key, ADMIN, "Yeni-Parola-Uzun-1")
        keys.append(err.value.key)
    assert keys[0] != "auth.locked_out" and keys[-1] == "auth.locked_out"

"""Item 1 of issue 13: `user remove`, `user passwd` and `kdm rekey` survive SIGKILL
and a full disk at every step, and roll forward.

Each case runs the real `kdm` in a child process that dies (SIGKILL) or hits a full
disk (ENOSPC) at a named step (KDM_TEST_CRASH_AT / KDM_TEST_FAIL_AT, read only in
test mode), or is killed by the clock, or runs under a file-size limit so SQLite's
own writes fail. After each: every remaining user logs in, the removed user and the
old master key open nothing in the folder, `check` passes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from crashkit import (
    REKEY_STEPS,
    SLOT_WRITE_STEPS,
    assert_sound,
    can_log_in,
    files_opening_with,
    make_centre,
)

from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.users import UserService
from kdm_testing import ADMIN, ADMIN_PASSWORD

SIGKILL_EXIT = -9


@pytest.mark.parametrize("step", REKEY_STEPS)
def test_remove_killed_at_each_step_rolls_forward(tmp_path: Path, step: str) -> None:
    centre = make_centre(tmp_path)
    old_key = centre.master_key()
    run = centre.as_admin("user", "remove", "gul", crash_at=step)
    assert run.returncode == SIGKILL_EXIT, run.stderr
    assert_sound(centre, removed="gul", old_key=old_key)


@pytest.mark.parametrize("step", ["rekey.started", "slots.written#1", "rekey.rekeyed"])
def test_the_removed_user_logging_in_first_finishes_her_own_removal(
    tmp_path: Path, step: str
) -> None:
    centre = make_centre(tmp_path)
    old_key = centre.master_key()
    assert centre.as_admin("user", "remove", "gul", crash_at=step).returncode == SIGKILL_EXIT
    assert not can_log_in(centre, "gul", centre.passwords["gul"])
    if step == "rekey.started":
        # Her slot was still in the file: her own unlock opened the database, and
        # that open finished the removal before her account was looked up.
        assert files_opening_with(centre.data_dir, old_key) == []
    assert_sound(centre, removed="gul", old_key=old_key)


@pytest.mark.parametrize("step", REKEY_STEPS)
def test_remove_on_a_full_disk_tells_the_truth_and_rolls_forward(tmp_path: Path, step: str) -> None:
    centre = make_centre(tmp_path)
    old_key = centre.master_key()
    run = centre.as_admin("user", "remove", "gul", "--json", fail_at=step)
    assert run.returncode == 1, run.stdout + run.stderr
    error = json.loads(run.stdout)
    # The row was deleted: the message never says nothing happened.
    assert error["error_code"] in ("keys.removal_unfinished", "keys.removal_unconfirmed")
    assert "gul" in error["error"] and "silindi" in error["error"]
    assert "yapılmadı" not in error["error"]
    rekeyed = step in REKEY_STEPS[REKEY_STEPS.index("rekey.rekeyed") :]
    assert (error["error_code"] == "keys.removal_unconfirmed") == rekeyed
    assert_sound(centre, removed="gul", old_key=old_key)


def test_remove_when_sqlite_itself_hits_a_full_disk(tmp_path: Path) -> None:
    """The WAL cannot grow to hold the rekeyed pages: `PRAGMA rekey` fails inside SQLite."""
    centre = make_centre(tmp_path, filler_kib=2048)
    old_key = centre.master_key()
    size = centre.paths.database.stat().st_size
    run = centre.as_admin("user", "remove", "gul", "--json", file_size_limit=size // 2)
    assert run.returncode == 1, run.stdout + run.stderr
    assert json.loads(run.stdout)["error_code"] == "keys.removal_unfinished"
    assert_sound(centre, removed="gul", old_key=old_key)


@pytest.mark.parametrize("delay", [0.4, 0.7, 1.0, 1.3, 1.6, 2.0, 2.5])
def test_remove_killed_by_the_clock(tmp_path: Path, delay: float) -> None:
    centre = make_centre(tmp_path, filler_kib=2048)
    old_key = centre.master_key()
    run = centre.as_admin("user", "remove", "gul", kill_after=delay)
    with open_session(centre.data_dir, ADMIN, ADMIN_PASSWORD) as s:
        still_there = "gul" in {u.username for u in UserService(s).list()}
    if still_there:
        # Killed before the removal started: it never happened, and nothing says so.
        assert run.returncode == SIGKILL_EXIT
        assert_sound(centre)
        assert can_log_in(centre, "gul", centre.passwords["gul"])
    else:
        assert_sound(centre, removed="gul", old_key=old_key)


@pytest.mark.parametrize("step", REKEY_STEPS)
def test_rekey_killed_at_each_step(tmp_path: Path, step: str) -> None:
    centre = make_centre(tmp_path)
    old_key = centre.master_key()
    assert centre.as_admin("rekey", crash_at=step).returncode == SIGKILL_EXIT
    assert_sound(centre, old_key=old_key)


@pytest.mark.parametrize("step", REKEY_STEPS)
def test_rekey_on_a_full_disk(tmp_path: Path, step: str) -> None:
    centre = make_centre(tmp_path)
    old_key = centre.master_key()
    run = centre.as_admin("rekey", "--json", fail_at=step)
    assert run.returncode == 1
    assert json.loads(run.stdout)["error_code"] in (
        "keys.rekey_unfinished",
        "keys.rekey_unconfirmed",
    )
    assert_sound(centre, old_key=old_key)


def _passwd(centre, user: str, new: str, **kw):  # type: ignore[no-untyped-def]
    return centre.kdm(
        "--user",
        user,
        "--password-stdin",
        "user",
        "passwd",
        "--json",
        stdin=f"{centre.passwords[user]}\n{new}\n",
        **kw,
    )


@pytest.mark.parametrize("how", ["crash_at", "fail_at"])
@pytest.mark.parametrize("step", SLOT_WRITE_STEPS)
def test_own_password_change_interrupted(tmp_path: Path, step: str, how: str) -> None:
    centre = make_centre(tmp_path)
    old, new = centre.passwords["zehra"], "zehranın-yeni-parolası"
    run = _passwd(centre, "zehra", new, **{how: step})
    assert run.returncode != 0
    if how == "fail_at":
        assert json.loads(run.stdout)["error_code"] != "ok"
    works = [p for p in (old, new) if can_log_in(centre, "zehra", p)]
    # Exactly one of the two passwords opens the file, never both.
    assert len(works) == 1, works
    centre.passwords["zehra"] = works[0]
    assert_sound(centre)


@pytest.mark.parametrize("step", SLOT_WRITE_STEPS)
def test_admin_reset_interrupted(tmp_path: Path, step: str) -> None:
    centre = make_centre(tmp_path)
    old, new = centre.passwords["gul"], "gul-icin-yeni-parola"
    run = centre.as_admin("user", "passwd", "gul", stdin_extra=new + "\n", crash_at=step)
    assert run.returncode == SIGKILL_EXIT
    works = [p for p in (old, new) if can_log_in(centre, "gul", p)]
    assert len(works) == 1, works
    centre.passwords["gul"] = works[0]
    assert_sound(centre)


def test_uninterrupted_remove_reports_success(tmp_path: Path) -> None:
    centre = make_centre(tmp_path)
    old_key = centre.master_key()
    run = centre.as_admin("user", "remove", "gul", "--json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"user": "gul", "removed": True, "rekeyed": True}
    # Right after the command returns, before any other open:
    assert files_opening_with(centre.data_dir, old_key) == []
    assert_sound(centre, removed="gul", old_key=old_key)

"""Every edit a staff user can make to the audit rows with her own key and sqlcipher3.

Derya (a social worker, no admin rights) takes the master key from her own slot,
opens the database with the plain `sqlcipher3` module, drops the triggers and
changes the audit table without recomputing any hash. `kdm audit verify` must
fail (exit 4) for each kind of change: every column edited, a row deleted, the
tail cut off, two rows swapped, a row inserted. What she can do undetected inside
the file (recompute the chain; cut the tail and move the head back) is the
documented limit that anchors on a backup cover (tests/insider/test_audit_anchors.py);
the last test here pins the tail cut so the documentation stays true.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest
import sqlcipher3
from insider_support import master_key_from_password

from kdm_desktop.cli.main import main
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Role
from kdm_desktop.services.backup import BackupService
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.users import UserService
from kdm_testing import ADMIN, ADMIN_PASSWORD, CaseFileFixture

DERYA, DERYA_PW = "derya", "derya-parola-1"
_CASES = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(5)]


@pytest.fixture
def derya_sql(casefile: CaseFileFixture):
    """Derya's views, then her own sqlcipher3 connection opened with her key."""
    with casefile.login() as s:
        UserService(s).add(DERYA, DERYA_PW, Role.SOCIAL_WORKER)
    with open_session(casefile.data_dir, DERYA, DERYA_PW) as s, s.db.transaction():
        for case in _CASES:
            s.audit(AuditAction.VIEW, "case", case)
    key = master_key_from_password(casefile.data_dir, DERYA, DERYA_PW)

    def tamper(change: Callable[[sqlcipher3.Connection], None]) -> None:
        conn = sqlcipher3.connect(str(CaseFilePaths(casefile.data_dir).database))
        try:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
            conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
            change(conn)
            conn.commit()
        finally:
            conn.close()

    return tamper


def _verify(casefile: CaseFileFixture, monkeypatch, capsys) -> tuple[int, dict]:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    argv = ["--data-dir", str(casefile.data_dir), "--user", ADMIN, "--password-stdin"]
    code = main([*argv, "audit", "verify", "--json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def _her_rows(conn) -> list[tuple]:
    return conn.execute(
        "SELECT seq, ts, username, action, object_type, object_id, detail, prev_hash, hash "
        "FROM audit_log WHERE username = ? ORDER BY seq",
        (DERYA,),
    ).fetchall()


def _edit(column: str, value: str):
    def change(conn) -> None:
        seq = _her_rows(conn)[1][0]
        conn.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = ?", (value, seq))

    return change


def _delete_middle(conn) -> None:
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (_her_rows(conn)[2][0],))


def _cut_tail(conn) -> None:
    conn.execute("DELETE FROM audit_log WHERE seq >= ?", (_her_rows(conn)[2][0],))


def _swap(conn) -> None:
    a, b = _her_rows(conn)[1][0], _her_rows(conn)[3][0]
    conn.execute("UPDATE audit_log SET seq = -1 WHERE seq = ?", (a,))
    conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (a, b))
    conn.execute("UPDATE audit_log SET seq = ? WHERE seq = -1", (b,))


def _swap_contents_keep_hashes(conn) -> None:
    """Reorder by moving the fields of two rows but leaving seq, prev_hash and hash."""
    rows = _her_rows(conn)
    first, second = rows[1], rows[3]
    for target, source in ((first, second), (second, first)):
        conn.execute(
            "UPDATE audit_log SET ts = ?, object_id = ? WHERE seq = ?",
            (source[1], source[5], target[0]),
        )


def _insert_copy(conn) -> None:
    row = _her_rows(conn)[-1]
    conn.execute(
        "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row[0] + 1000, *row[1:]),
    )


def _ts_nudged(conn) -> None:
    seq, ts = _her_rows(conn)[1][:2]
    conn.execute("UPDATE audit_log SET ts = ? WHERE seq = ?", (ts[:-1] + "9", seq))


@pytest.mark.parametrize(
    "change",
    [
        _edit("username", ADMIN),
        _edit("action", "search"),
        _edit("object_type", "user"),
        _edit("object_id", _CASES[4]),
        _edit("detail", "gizli"),
        _edit("prev_hash", "0" * 64),
        _edit("hash", "0" * 64),
        _ts_nudged,
        _delete_middle,
        _cut_tail,
        _swap,
        _swap_contents_keep_hashes,
        _insert_copy,
    ],
    ids=lambda f: getattr(f, "__name__", "edit"),
)
def test_every_change_without_rehashing_fails_audit_verify(
    casefile: CaseFileFixture, derya_sql, monkeypatch, capsys, change
) -> None:
    assert _verify(casefile, monkeypatch, capsys)[0] == 0
    derya_sql(change)
    code, data = _verify(casefile, monkeypatch, capsys)
    assert code == 4, data
    assert not data["sound"]


def test_cutting_the_tail_and_moving_the_head_is_caught_by_an_anchor_beyond_it(
    casefile: CaseFileFixture, derya_sql, monkeypatch, capsys
) -> None:
    """Two meta rows and a DELETE, no hash computed: caught once an anchor lies past the cut."""
    with casefile.login() as s:
        BackupService(s).create(casefile.data_dir.parent / "usb")

    def cut_and_move_head(conn) -> None:
        keep = _her_rows(conn)[1]
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (keep[0],))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit.head_seq'", (str(keep[0]),))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit.head_hash'", (keep[8],))

    derya_sql(cut_and_move_head)
    code, data = _verify(casefile, monkeypatch, capsys)
    assert code == 4, data

"""Reads from a worker thread beside the writers of the one connection."""

from __future__ import annotations

import threading
import time

import pytest

from kdm_desktop.storage.read_gate import ReadCancelled

# Counts to a large number one row at a time: a read that runs for seconds.
SLOW = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) "
    "SELECT count(*) FROM n"
)


def _in_thread(fn):
    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["value"] = fn()
        except BaseException as exc:  # handed back to the test
            out["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def test_a_cancelled_read_stops_mid_statement(session) -> None:
    stop = threading.Event()
    started = threading.Event()

    def slow(conn):
        started.set()
        return conn.execute(SLOW).fetchone()

    thread, out = _in_thread(lambda: session.db.read(slow, stop.is_set))
    assert started.wait(5)
    stop.set()
    thread.join(10)
    assert not thread.is_alive()
    assert isinstance(out.get("error"), ReadCancelled)
    # The connection is fine afterwards.
    assert session.db.conn.execute("SELECT 1").fetchone() == (1,)


def test_a_write_stops_a_running_read_which_then_runs_again(session) -> None:
    runs: list[int] = []
    started = threading.Event()

    def read(conn):
        runs.append(1)
        started.set()
        if len(runs) == 1:
            conn.execute(SLOW).fetchone()  # stopped by the write below
        return conn.execute("SELECT count(*) FROM users").fetchone()[0]

    thread, out = _in_thread(lambda: session.db.read(read, lambda: False))
    assert started.wait(5)
    t0 = time.monotonic()
    with session.db.transaction() as conn:
        conn.execute("UPDATE meta SET value = value WHERE key = 'casefile_id'")
    waited = time.monotonic() - t0
    thread.join(10)
    assert "error" not in out, out
    assert out["value"] == session.db.conn.execute("SELECT count(*) FROM users").fetchone()[0]
    assert len(runs) == 2
    assert waited < 5  # the write did not wait for the slow read to finish


def test_closing_stops_a_running_read(casefile) -> None:
    session = casefile.login().__enter__()
    started = threading.Event()

    def slow(conn):
        started.set()
        return conn.execute(SLOW).fetchone()

    thread, out = _in_thread(lambda: session.db.read(slow, lambda: False))
    assert started.wait(5)
    session.close()
    thread.join(10)
    assert isinstance(out.get("error"), ReadCancelled)
    with pytest.raises(ReadCancelled):
        session.db.read(lambda conn: 1, lambda: False)

"""Reads from a worker thread beside the writers of the one connection."""

from __future__ import annotations

import threading
import time

import pytest

from kdm_desktop.storage.read_gate import ReadCancelled


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


def _two_statements(started: threading.Event, go_on):
    """A read of two statements that pauses between them until `go_on()`."""

    def read(conn):
        first = conn.execute("SELECT count(*) FROM users").fetchone()[0]
        started.set()
        deadline = time.monotonic() + 10
        while not go_on() and time.monotonic() < deadline:
            time.sleep(0.01)
        second = conn.execute("SELECT count(*) FROM meta").fetchone()[0]
        return first, second

    return read


def test_a_cancelled_read_stops_before_its_next_statement(session) -> None:
    stop = threading.Event()
    started = threading.Event()
    read = _two_statements(started, stop.is_set)
    thread, out = _in_thread(lambda: session.db.read(read, stop.is_set))
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
    writing = threading.Event()

    def read(conn):
        runs.append(1)
        inner = _two_statements(started, lambda: writing.is_set() or len(runs) > 1)
        return inner(conn)

    thread, out = _in_thread(lambda: session.db.read(read, lambda: False))
    assert started.wait(5)
    writing.set()
    t0 = time.monotonic()
    with session.db.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('bench_probe', 'x')")
    waited = time.monotonic() - t0
    thread.join(10)
    assert "error" not in out, out
    # The second run saw the committed row: never half a transaction.
    assert out["value"] == tuple(
        session.db.conn.execute(sql).fetchone()[0]
        for sql in ("SELECT count(*) FROM users", "SELECT count(*) FROM meta")
    )
    assert len(runs) == 2
    assert waited < 5


def test_closing_stops_a_running_read(casefile) -> None:
    session = casefile.login().__enter__()
    started = threading.Event()
    closing = threading.Event()
    read = _two_statements(started, closing.is_set)
    thread, out = _in_thread(lambda: session.db.read(read, lambda: False))
    assert started.wait(5)
    closing.set()
    session.close()
    thread.join(10)
    assert isinstance(out.get("error"), ReadCancelled)
    with pytest.raises(ReadCancelled):
        session.db.read(lambda conn: 1, lambda: False)


def test_a_read_and_the_ui_thread_s_own_reads_never_lock_each_other(session) -> None:
    """The worker and the UI thread both use the connection at once (the first
    version's progress handler deadlocked exactly here)."""
    done = threading.Event()
    query = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) "
        "SELECT count(*) FROM n"
    )

    def read(conn):
        total = 0
        while not done.is_set():
            total += conn.execute(query).fetchone()[0]
        return total

    thread, out = _in_thread(lambda: session.db.read(read, done.is_set))
    for _ in range(300):
        assert session.db.conn.execute("SELECT count(*) FROM users").fetchone()[0] >= 1
    done.set()
    thread.join(20)
    assert not thread.is_alive()
    # It ran until told to stop: it finished, or stopped cleanly before a statement.
    assert "value" in out or isinstance(out.get("error"), ReadCancelled)

"""Unlock time and the cost of encryption: SQLCipher against plain SQLite, in one run.

    .venv/bin/python bench/bench_casefile.py

Prints figures; asserts nothing (timed assertions are flaky on shared machines).
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.security.kdf import DEFAULT_PARAMS
from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.storage.connection import open_encrypted

ROWS = 10_000
SCHEMA = "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, note TEXT)"


def _configure_plain(conn: sqlite3.Connection) -> None:
    # The same durability settings as the case file, so only encryption differs.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")


def _workload(conn) -> tuple[float, float]:
    conn.execute(SCHEMA)
    rows = [(i, f"Ayşe Yılmaz {i}", "not " * 20) for i in range(ROWS)]
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
    conn.execute("COMMIT")
    insert = time.perf_counter() - t0
    t0 = time.perf_counter()
    for i in range(ROWS):
        conn.execute("SELECT name, note FROM t WHERE id = ?", (i,)).fetchone()
    select = time.perf_counter() - t0
    return insert, select


def main() -> None:
    os.environ.pop("KDM_INSECURE_FAST_KDF", None)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        created = create_case_file(
            root / "case",
            centre=CentreInfo(name="Bench KDM", code="BNC"),
            admin_username="admin",
            admin_password="bench-parola-2026",
        )
        created.session.close()
        unlocks = []
        for _ in range(5):
            t0 = time.perf_counter()
            open_session(root / "case", "admin", "bench-parola-2026").close()
            unlocks.append(time.perf_counter() - t0)
        p = DEFAULT_PARAMS
        print(f"Argon2id parameters: {p.memory_kib // 1024} MiB, t={p.iterations}, p={p.lanes}")
        print(f"unlock (Argon2id + open + key check): median {statistics.median(unlocks):.3f} s")

        plain = sqlite3.connect(root / "plain.db", isolation_level=None)
        _configure_plain(plain)
        p_ins, p_sel = _workload(plain)
        plain.close()
        enc = open_encrypted(root / "enc.kdm", secrets.token_bytes(32), create=True)
        e_ins, e_sel = _workload(enc)
        enc.close()
        print(
            f"{ROWS} inserts (one transaction): plain {p_ins * 1000:.1f} ms, "
            f"SQLCipher {e_ins * 1000:.1f} ms, ratio {e_ins / p_ins:.2f}x"
        )
        print(
            f"{ROWS} selects by key:            plain {p_sel * 1000:.1f} ms, "
            f"SQLCipher {e_sel * 1000:.1f} ms, ratio {e_sel / p_sel:.2f}x"
        )


if __name__ == "__main__":
    main()

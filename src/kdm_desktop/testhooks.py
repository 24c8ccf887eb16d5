"""Deterministic crash and full-disk points for the crash-test suite.

Read only when `KDM_TEST_MODE=1`: a test runs `kdm` in a subprocess with
`KDM_TEST_CRASH_AT=<step>` (the process kills itself with SIGKILL there, as a power
cut or a task manager would) or `KDM_TEST_FAIL_AT=<step>` (an `OSError(ENOSPC)` is
raised there, as a full disk would). Without test mode these are no-ops.
"""

from __future__ import annotations

import errno
import os
import signal

_MODE_ENV = "KDM_TEST_MODE"
_CRASH_ENV = "KDM_TEST_CRASH_AT"
_FAIL_ENV = "KDM_TEST_FAIL_AT"


_seen: dict[str, int] = {}


def crash_point(step: str) -> None:
    """`step` matches its first occurrence; `step#N` its N-th in this process."""
    if os.environ.get(_MODE_ENV) != "1":
        return
    _seen[step] = _seen.get(step, 0) + 1
    names = {f"{step}#{_seen[step]}"} | ({step} if _seen[step] == 1 else set())
    if os.environ.get(_CRASH_ENV) in names:
        os.kill(os.getpid(), signal.SIGKILL)
    if os.environ.get(_FAIL_ENV) in names:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

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


def crash_point(step: str) -> None:
    if os.environ.get(_MODE_ENV) != "1":
        return
    if os.environ.get(_CRASH_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)
    if os.environ.get(_FAIL_ENV) == step:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

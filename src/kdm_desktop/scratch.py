"""Scratch folders and partial files of long work, and their cleanup after a kill.

A backup or restore works in a private `.kdm-work-<pid>-…` folder beside the case
file and writes the backup as a hidden `.<name>.kdmbak.<pid>-<hex>.partial` file
before the rename that makes it count. A SIGKILL, a power cut or a crash skips
every `finally`, so these are left behind (each a full encrypted snapshot). The
next start and the next backup remove them: only names this program makes, only
when the process that made them is gone, never anything a user put there.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import uuid
from pathlib import Path

WORK_PREFIX = ".kdm-work-"
STALE_AFTER_S = 24 * 3600
"""Debris whose maker cannot be checked (older versions, Windows) counts as stale after this."""

# `.kdm-work-<pid>-<mkdtemp suffix>`; versions before the pid had only the suffix.
_WORK = re.compile(r"\.kdm-work-(?:(\d{1,10})-)?[a-z0-9_]{8}")
# `.<backup name>.kdmbak.<pid>-<8 hex>.partial`; older versions had no pid.
_PARTIAL = re.compile(r"\..+\.kdmbak\.(?:(\d{1,10})-)?[0-9a-f]{8}\.partial")


def make_work_dir(near: Path) -> Path:
    """A new private scratch folder in `near`, named so a later run can recognise it."""
    return Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-", dir=near))


def partial_path(out: Path) -> Path:
    """The hidden temp name under which `out` is written before its rename."""
    return out.with_name(f".{out.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.partial")


def _process_alive(pid: int) -> bool | None:
    """True/False on POSIX; None where it cannot be asked without side effects."""
    if os.name != "posix":
        return None  # os.kill(pid, 0) would terminate the process on Windows
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return None
    return True


def _is_stale(entry: Path, pid_text: str | None, now: float) -> bool:
    alive = _process_alive(int(pid_text)) if pid_text else None
    if alive is False:
        return True
    if alive is True and pid_text and int(pid_text) == os.getpid():
        return False
    try:
        age = now - entry.lstat().st_mtime
    except OSError:
        return False
    return age > STALE_AFTER_S


def remove_stale_debris(directory: Path, *, now: float | None = None) -> list[Path]:
    """Remove scratch folders and partial backups left in `directory` by a killed run.

    Returns what was removed. Never raises: cleanup must not stop a start or a backup.
    """
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        entries = list(directory.iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.startswith("."):
            continue
        try:
            if entry.is_symlink():
                continue
            work = _WORK.fullmatch(name)
            if work and entry.is_dir() and _is_stale(entry, work.group(1), now):
                shutil.rmtree(entry)
                removed.append(entry)
                continue
            partial = _PARTIAL.fullmatch(name)
            if partial and entry.is_file() and _is_stale(entry, partial.group(1), now):
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue  # in use, vanished or not ours to touch: leave it
    return removed

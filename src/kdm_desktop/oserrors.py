"""One mapping from operating-system and SQLite storage errors to user messages.

Every place that reads a file the user named, writes a file she asked for, or
works on a drive that can fill up or be pulled out ends here, so a full disk is
always "Diskte yer kalmadı…" (never "wrong key" or "unexpected error") and no
English `strerror` text reaches a Turkish message.

Exit codes follow the CLI contract: a path the user gave that does not exist, is
not allowed or is a folder is refused input (4); a full disk and a failing or
removed drive are real faults of the machine (1), each with its own message.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from kdm_desktop import messages
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.fsutil import write_atomically

_KIND_BY_ERRNO: dict[int, str] = {
    errno.ENOENT: "not_found",
    errno.ENOTDIR: "not_directory",
    errno.EISDIR: "is_directory",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EROFS: "read_only",
    errno.ENOSPC: "disk_full",
    errno.EFBIG: "disk_full",
    errno.EIO: "device",
    errno.ENXIO: "device",
    errno.ENODEV: "device",
    errno.ENAMETOOLONG: "name_too_long",
    errno.EEXIST: "exists",
    errno.EBUSY: "busy",
}
for _name, _kind in (("EDQUOT", "disk_full"), ("ESTALE", "device"), ("ENOMEDIUM", "device")):
    if hasattr(errno, _name):
        _KIND_BY_ERRNO[getattr(errno, _name)] = _kind

# SQLite result codes (the low byte of an extended code).
_SQLITE_IOERR = 10
_SQLITE_FULL = 13


def os_error_kind(exc: OSError) -> str:
    """A stable short name for what went wrong: not_found, denied, disk_full, device …"""
    if exc.errno in _KIND_BY_ERRNO:
        return _KIND_BY_ERRNO[exc.errno]
    # Windows reports some conditions only through winerror.
    winerror = getattr(exc, "winerror", None)
    if winerror in (39, 112):  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
        return "disk_full"
    if winerror in (21, 1117):  # ERROR_NOT_READY, ERROR_IO_DEVICE
        return "device"
    return "other"


def os_reason(exc: OSError) -> str:
    """A short description of `exc` in the current language, for a message's {detail}."""
    kind = os_error_kind(exc)
    if kind == "other":
        code = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
        return messages.text("io.reason.other", code=code)
    return messages.text(f"io.reason.{kind}")


def os_error_refusal(
    exc: OSError,
    path: Path | str | None = None,
    *,
    key: str = "io.read_failed",
    **params: object,
) -> KdmError:
    """The error to raise for `exc`.

    A full disk and a failing drive get their own messages and exit code 1; every
    other problem with a path the user gave is refused input (exit 4) under `key`,
    whose message receives `path`, `detail` (the Turkish reason) and `params`.
    """
    where = str(path if path is not None else (exc.filename or "-"))
    kind = os_error_kind(exc)
    if kind == "disk_full":
        return KdmError("io.disk_full", path=where)
    if kind == "device":
        return KdmError("io.device", path=where)
    return RefusedInput(key, path=where, detail=os_reason(exc), **params)


NEARLY_FULL_BYTES = 8 * 1024 * 1024
"""Below this much free space an SQLite I/O error is taken to be the full disk."""


def disk_nearly_full(path: Path | str) -> bool:
    """True when the drive holding `path` (or its nearest existing folder) is about full."""
    probe = Path(path)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def write_user_file(path: Path, data: bytes, *, key: str = "io.write_failed") -> None:
    """Write a file the user asked for (a PDF, a card, a calendar) atomically.

    Temp file in the same folder, fsync, rename: a failure leaves no partial file
    and raises the Turkish refusal for `path` (see `os_error_refusal`).
    """
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise os_error_refusal(exc, path, key=key) from exc


def sqlite_error_refusal(exc: Exception, path: Path | str = "-") -> KdmError | None:
    """The message for an SQLite error caused by the disk, or None for any other one.

    SQLite reports a write-ahead log or index that cannot grow on a full disk as a
    plain "disk I/O error", so an I/O error on a drive with almost no free space
    is reported as the full disk it is.
    """
    if not type(exc).__module__.startswith(("sqlcipher3", "sqlite3")):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL or "database or disk is full" in text:
        return KdmError("io.disk_full", path=str(path))
    if primary == _SQLITE_IOERR or "disk i/o error" in text:
        if str(path) != "-" and disk_nearly_full(path):
            return KdmError("io.disk_full", path=str(path))
        return KdmError("io.device", path=str(path))
    return None


def environment_error(exc: BaseException, where: Path | str = "-") -> KdmError | None:
    """The user message for a disk or drive fault that escaped its caller, else None.

    The last safety net in the CLI and the window: such a fault is never reported
    as "unexpected error".
    """
    if isinstance(exc, OSError):
        if exc.filename is None and where != "-":
            return os_error_refusal(exc, where, key="io.failed")
        return os_error_refusal(exc, key="io.failed")
    if isinstance(exc, Exception):
        return sqlite_error_refusal(exc, where)
    return None

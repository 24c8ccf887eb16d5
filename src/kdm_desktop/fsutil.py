"""Crash-safe file writes: temp file in the same folder, fsync, rename."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path


def fsync_directory(directory: Path) -> None:
    # Renames are only durable once the directory entry is on disk. Windows cannot
    # open a directory for fsync, and NTFS journals the rename itself.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes, *, keep_previous: bool = False) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    With `keep_previous`, the replaced file survives as `<name>.prev`, a second copy
    for the day the medium fails under the newest one.
    """
    if keep_previous and path.exists():
        write_chunks_atomically(path.with_name(path.name + ".prev"), [path.read_bytes()])
    write_chunks_atomically(path, [data])


def make_private_dir(directory: Path) -> None:
    """Create `directory` readable only by this user (other accounts on a shared PC)."""
    directory.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(directory, 0o700)


def make_private_file(path: Path) -> None:
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def owner_only_umask() -> None:
    """Everything this process creates is readable by its user only (0600 / 0700).

    Set once at the start of the CLI and the window: it covers files made by
    libraries we do not control (SQLite's -wal/-shm and snapshot files, rotated
    logs, Qt's settings), on top of the explicit modes used where we write.
    """
    if os.name == "posix":
        os.umask(0o077)


def create_private(path: Path) -> int:
    """Open a new file for writing with mode 0600 (an existing one is truncated)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)
    return fd


def write_chunks_atomically(path: Path, chunks: Iterable[bytes]) -> None:
    """`write_atomically` for content that arrives in pieces (a large attachment).

    Same guarantees: the target is replaced only after every piece is on disk, and
    an error in the middle (a damaged piece, a full disk) leaves no partial file.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_directory(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise

"""Writing finished PDFs: built in memory, then one atomic, owner-only write."""

from __future__ import annotations

from pathlib import Path

from kdm_desktop.fsutil import write_atomically


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """No half-written PDF and no plaintext temp file outside the destination folder."""
    write_atomically(path, data)

"""Logging without personal data.

Log records carry event names and ids only. Crash reports keep the exception type
and the stack (files, lines, functions) but never the exception's message, which
could quote a value a user typed.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

from kdm_desktop.fsutil import create_private, make_private_dir, make_private_file

LOGGER_NAME = "kdm"


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that never disturbs the user when it cannot be written, and that
    only its owner can read (the current file and each rotated successor).

    On a full or removed disk the standard handler prints "--- Logging error ---"
    and a Python traceback on stderr, in the middle of a Turkish message. A log
    line that cannot be written is dropped instead; the command's own message
    already tells her what happened.
    """

    def handleError(self, record: logging.LogRecord) -> None:
        return

    def _open(self):  # type: ignore[no-untyped-def]
        if not os.path.exists(self.baseFilename):
            os.close(create_private(Path(self.baseFilename)))
        make_private_file(Path(self.baseFilename))
        return super()._open()


def configure_file_logging(log_dir: Path) -> Path:
    make_private_dir(log_dir)
    path = log_dir / "kdm.log"
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in logger.handlers):
        # delay=True: the file is opened at the first record, so a full disk at
        # start-up cannot fail here either.
        handler = QuietFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return path


def redacted_traceback(exc: BaseException) -> str:
    """The stack of `exc` with every exception message removed."""
    lines: list[str] = []
    # A chain can loop (`raise e from e`, or causes set by hand); without the
    # seen-set the exception hook would never return and the window would hang.
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        lines += [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
        current = current.__cause__ or current.__context__
        if current is not None and id(current) not in seen:
            lines.append("caused by:")
    return "\n".join(lines)


def log_crash(exc: BaseException) -> None:
    logging.getLogger(LOGGER_NAME).error("unexpected error\n%s", redacted_traceback(exc))

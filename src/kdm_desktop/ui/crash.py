"""Unexpected errors: a redacted log entry and a Turkish message, never a traceback.

A traceback on screen could quote what a user typed (a name, a phone number)
to whoever walks past, and means nothing to the social worker at the desk.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from kdm_desktop import messages
from kdm_desktop.logsetup import configure_file_logging, log_crash
from kdm_desktop.oserrors import environment_error

_log_path = "-"
_showing = False


def set_log_dir(log_dir: Path) -> str:
    global _log_path
    try:
        _log_path = str(configure_file_logging(log_dir))
    except OSError:
        _log_path = "-"
    return _log_path


def unexpected_message() -> str:
    return messages.text("error.unexpected", log=_log_path)


def report(exc: BaseException) -> str:
    """Log `exc` without its message and return the text to show instead."""
    # A full disk or a pulled stick is no crash: it gets its own sentence.
    fault = environment_error(exc)
    if fault is not None:
        return fault.message
    # The report must never raise from inside the exception hook.
    with contextlib.suppress(Exception):
        log_crash(exc)
    return unexpected_message()


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    global _showing
    text = report(exc.with_traceback(tb))
    if QApplication.instance() is None:
        sys.stderr.write(text + "\n")
        return
    # An error raised while painting would otherwise stack up boxes without end.
    if _showing:
        return
    _showing = True
    try:
        QMessageBox(QMessageBox.Icon.Critical, "KDM Desktop", text).exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = _hook

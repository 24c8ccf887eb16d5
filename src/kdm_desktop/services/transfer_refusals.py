"""The user-facing errors of the bundle layers (one message key per reason)."""

from __future__ import annotations

import re
from pathlib import Path

from kdm_desktop import messages
from kdm_desktop.bundle.envelope import (
    EnvelopeCancelled,
    EnvelopeError,
    EnvelopeInfo,
    inspect_envelope,
)
from kdm_desktop.bundle.payload import PayloadError
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.oserrors import os_error_refusal
from kdm_desktop.progress import Cancelled


def refusal(exc: EnvelopeError) -> KdmError:
    """The user-facing error of an envelope refusal (one message key per reason)."""
    if isinstance(exc, EnvelopeCancelled):
        return Cancelled()
    if exc.age_reason:
        return RefusedInput(f"transfer.age.{exc.age_reason}")
    return RefusedInput(f"transfer.env.{exc.reason.value}")


def unreadable(path: Path, exc: OSError) -> KdmError:
    """A bundle file the drive would not give back (pulled stick, bad sector …)."""
    return os_error_refusal(exc, path, key="transfer.unreadable")


def inspect_bundle(path: Path) -> EnvelopeInfo:
    """What can be said of a bundle before decryption, with Turkish refusals."""
    try:
        return inspect_envelope(path)
    except EnvelopeError as exc:
        raise refusal(exc) from exc
    except OSError as exc:
        raise unreadable(path, exc) from exc


_EXCEPTION_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:Error|Exception)\b")


def payload_refusal(exc: PayloadError) -> RefusedInput:
    detail = exc.detail[:120] or "—"
    if exc.reason == "bad_name" and f"filename.problem.{detail}" in messages.CATALOGUE:
        # The shared file-name rule's problem code, said in words.
        detail = messages.text(f"filename.problem.{detail}")
    # A Python exception's class name ("ValueError") means nothing to a reader.
    detail = _EXCEPTION_NAME.sub(messages.text("diagnostic.other"), detail)
    return RefusedInput(f"transfer.payload.{exc.reason}", detail=detail)

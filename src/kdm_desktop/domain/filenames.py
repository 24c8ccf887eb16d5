"""The one rule for an attachment's file name, shared by upload and bundle import.

A name the receiving centre would refuse must already be refused when it is
attached here; otherwise a whole bundle is refused weeks later, at another
centre, for one file name. Both `AttachmentService.add` and the bundle reader
call `name_problem` and `name_key`, so the two can never disagree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Final

MAX_NAME: Final = 200

# Windows device names, with or without an extension (CON.pdf is the device CON).
_RESERVED: Final = re.compile(
    r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(\..*)?", re.IGNORECASE
)
RESERVED_CHARACTERS: Final = '/\\:*?"<>|'
_BAD_CATEGORIES: Final = ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def name_problem(name: object) -> str | None:
    """None when `name` is acceptable, else a stable problem code.

    Codes: empty, too_long, not_nfc, control, reserved_character, edge, device.
    """
    if not isinstance(name, str) or not name:
        return "empty"
    if len(name) > MAX_NAME:
        return "too_long"
    if unicodedata.normalize("NFC", name) != name:
        return "not_nfc"
    if any(unicodedata.category(c) in _BAD_CATEGORIES for c in name):
        return "control"
    if any(c in name for c in RESERVED_CHARACTERS):
        return "reserved_character"
    if name in (".", "..") or name[-1] in ". " or name[0] == " ":
        return "edge"
    if _RESERVED.fullmatch(name):
        return "device"
    return None


def name_key(name: str) -> str:
    """Two names with the same key are the same file on a case-insensitive disk."""
    return unicodedata.normalize("NFKC", name).casefold()


def has_duplicate(names: Iterable[str]) -> bool:
    keys = [name_key(n) for n in names]
    return len(set(keys)) != len(keys)

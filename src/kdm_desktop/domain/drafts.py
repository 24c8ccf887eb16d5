"""Drafts: what a counsellor has typed into an editor and not saved yet.

Pure data. The window captures an editor's fields into a JSON-safe mapping and
the service stores it inside the encrypted case file; nothing here knows Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kdm_desktop.strictjson import json_depth_ok

# A draft is a form, not a file: a megabyte of typing is far beyond any real editor.
MAX_CONTENT_BYTES = 1_000_000
MAX_DEPTH = 16
MAX_OBJECT_ID = 100
# The object id of an editor that creates something new (an intake, an appointment).
NEW = "new"


class DraftKind(StrEnum):
    INTAKE = "intake"
    CASE_EDIT = "case_edit"
    NOTE = "note"
    RISK = "risk"
    SAFETY_PLAN = "safety_plan"
    ORDER = "order"
    APPOINTMENT = "appointment"
    LETTER = "letter"
    PERPETRATOR = "perpetrator"

    @property
    def case_bound(self) -> bool:
        """The object id is a case id."""
        return self not in (DraftKind.INTAKE, DraftKind.APPOINTMENT)


@dataclass(frozen=True)
class Draft:
    kind: DraftKind
    object_id: str
    content: dict[str, Any]
    updated_at: str
    # Filled by the service for case-bound drafts: the number to show, never a name.
    case_number: str = ""


def encode_content(content: dict[str, Any]) -> str | None:
    """Canonical JSON, or None when it is not JSON-safe or too large or deep."""
    try:
        text = json.dumps(content, ensure_ascii=False, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        return None
    if len(text.encode("utf-8")) > MAX_CONTENT_BYTES or not json_depth_ok(text, MAX_DEPTH):
        return None
    return text


def decode_content(text: str) -> dict[str, Any] | None:
    if not json_depth_ok(text, MAX_DEPTH):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None

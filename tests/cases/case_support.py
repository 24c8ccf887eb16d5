"""Shared helpers of the case tests (drafts, staff names and passwords)."""

from __future__ import annotations

import datetime
from typing import Any

from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.security.roles import Role

# The shared conftest's administrator.
ADMIN = "yonetici"
ADMIN_PASSWORD = "Gizli-Parola-2026"
STAFF_PASSWORD = "Personel-Parola-2026"
STAFF: tuple[tuple[str, Role], ...] = (
    ("sosyal", Role.SOCIAL_WORKER),
    ("psikolog", Role.PSYCHOLOGIST),
    ("avukat", Role.LAWYER),
    ("sekreter", Role.SECRETARY),
)

# A checksum-valid T.C. number from the domain facts.
VALID_TC = "10000000146"


def today() -> datetime.date:
    from kdm_desktop.services.clock import now_istanbul

    return now_istanbul().date()


def draft(**changes: Any) -> CaseDraft:
    """A valid intake draft; override any field."""
    base: dict[str, Any] = {
        "first_name": "Ayşe",
        "last_name": "Yılmaz",
        "tc_kimlik_no": VALID_TC,
        "birth_date": datetime.date(1988, 4, 12),
        "phone": "0532 123 45 67",
        "district": "Karşıyaka",
    }
    base.update(changes)
    return CaseDraft(**base)

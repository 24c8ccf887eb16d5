"""Helpers of the perpetrator tests: colleagues per role and a case with intake answers."""

from __future__ import annotations

import datetime
from typing import Any

from kdm_desktop.domain.cases.choices import PerpetratorRelation, RecipientKind
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.security.roles import Role
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.clock import now_istanbul
from kdm_desktop.services.session import Session

STAFF_PASSWORD = "Personel-Parola-2026"
STAFF: tuple[tuple[str, Role, str], ...] = (
    ("sosyal", Role.SOCIAL_WORKER, "Elif Demir"),
    ("avukat", Role.LAWYER, "Seda Aydın"),
    ("sekreter", Role.SECRETARY, "Hülya Çelik"),
)


def add_case(session: Session, *, share: tuple[RecipientKind, ...] = (), **changes: Any) -> str:
    """A case whose intake says: husband, has a weapon; `share`: consents to share."""
    base: dict[str, Any] = {
        "first_name": "Gülay",
        "last_name": "Şentürk",
        "birth_date": datetime.date(1987, 2, 14),
        "district": "Bornova",
        "perpetrator_relation": PerpetratorRelation.SPOUSE,
        "weapon_access": True,
    }
    base.update(changes)
    day = now_istanbul().date()
    grant = ConsentGrant(processing=True, share_with=frozenset(share), date=day)
    return CaseService(session).create(CaseDraft(**base), consent=grant if share else None).id

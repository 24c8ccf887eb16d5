"""Turkish (or English) names for the stable identifiers users see in lists.

Audit actions, audited object kinds, permissions and table counts are stored
and printed in `--json` under stable English identifiers that scripts match;
people read these descriptions instead. An identifier without a description
falls back to itself, and a test requires a description for every known one.
"""

from __future__ import annotations

from collections.abc import Mapping

from kdm_desktop import messages
from kdm_desktop.domain.audit_words import object_words


def _label(prefix: str, identifier: str) -> str:
    key = f"{prefix}.{identifier}"
    return messages.text(key) if key in messages.CATALOGUE else identifier


def audit_action_label(action: str) -> str:
    return _label("audit.action", action)


def audit_object_label(object_type: str) -> str:
    # The audit log's words live with the audit display (issue 14).
    return object_words(object_type)


def permission_label(permission: str) -> str:
    return _label("permission", permission)


def count_label(table: str) -> str:
    return _label("count", table)


def describe_counts(counts: Mapping[str, int]) -> str:
    """ "vaka dosyaları: 3, kullanıcılar: 2, …" in the current language."""
    return ", ".join(f"{count_label(table)}: {n}" for table, n in counts.items())

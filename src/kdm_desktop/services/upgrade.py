"""Which program version last opened the case file, and the audit row when it changes.

Installing a newer release over an older one keeps the case file; the schema is
migrated when it opens (storage/migrations.py). The first session under the new
version records that upgrade in the audit chain, so the log shows which release
wrote which part of the history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import kdm_desktop
from kdm_desktop.security.audit import AuditAction

if TYPE_CHECKING:
    from kdm_desktop.services.session import Session
    from kdm_desktop.storage.meta_repo import MetaRepository

_VERSION_KEY = "app.version"
_SCHEMA_KEY = "app.schema_version"


def stamp_version(meta: MetaRepository, schema_version: int) -> None:
    """Mark a new case file as written by this version (inside its creating transaction)."""
    meta.set(_VERSION_KEY, kdm_desktop.__version__)
    meta.set(_SCHEMA_KEY, str(schema_version))


def note_version(session: Session) -> bool:
    """Record the running version if it differs from the last one; True when it did."""
    current = kdm_desktop.__version__
    stored = session.reading()
    schema = str(stored.schema_version)
    meta = stored.meta
    previous = meta.get(_VERSION_KEY)
    previous_schema = meta.get(_SCHEMA_KEY)
    if previous == current and previous_schema == schema:
        return False
    with session.work() as uow:
        stamp_version(uow.meta, stored.schema_version)
        # Files made before versions were recorded (0.1.0) show as "≤0.1.0".
        detail = f"{previous or '≤0.1.0'} → {current}; şema {previous_schema or '≤7'} → {schema}"
        uow.audit(AuditAction.UPGRADE, "casefile", session.casefile_id, detail)
    return True

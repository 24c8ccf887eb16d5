"""A search session of the case list: read on a worker thread, audited once.

While she types, every keystroke asks for a new screenful. The queries run on a
worker (see `ui/cases/list_loader.py`) through `Session.read_off_thread`, which a newer
keystroke or a write stops; they write nothing. What the window then shows is
noted here, and the whole session becomes one audit entry when it ends (a case
is opened from it, the list is left, the app locks): how many queries were shown,
how many rows, and a keyed hash of the final query. The hash names no one (the
key is a random secret inside the encrypted case file, so a list of names or
T.C. numbers cannot be tried against an exported log), yet with the case file an
investigator can check whether a given search was the one made
(`search_fingerprint`). Opening a case is still audited on its own, durably,
with the case's id, after the entry of the search that led to it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable

from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.domain.cases.records import CaseScreen
from kdm_desktop.domain.cases.search import query_tokens
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.storage.read_gate import ReadCancelled
from kdm_desktop.storage.unit_of_work import UnitOfWork

__all__ = ["CaseSearchSession", "ReadCancelled", "search_fingerprint"]

_KEY_META = "search_audit_key"
FINGERPRINT_HEX = 32


def _canonical(query: CaseQuery) -> bytes:
    """What the query asks, spelled one way: folded tokens, sorted filters."""
    return json.dumps(
        {
            "text": query_tokens(query.text),
            "statuses": sorted(s.value for s in query.statuses),
            "assigned_to": query.assigned_to,
            "from": None if query.applied_from is None else query.applied_from.isoformat(),
            "to": None if query.applied_to is None else query.applied_to.isoformat(),
            "order": query.order.value,
            "descending": query.descending,
        },
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")


def _key(uow: UnitOfWork, *, create: bool) -> bytes | None:
    meta = uow.meta
    stored = meta.get(_KEY_META)
    if stored is None and create:
        stored = secrets.token_hex(32)
        meta.set(_KEY_META, stored)
    return None if stored is None else bytes.fromhex(stored)


def search_fingerprint(session: Session, query: CaseQuery) -> str | None:
    """The hash an audit entry shows for `query` (None before any search session)."""
    session.require(Permission.VIEW_AUDIT)
    key = _key(session.reading(), create=False)
    return None if key is None else _digest(key, query)


def _digest(key: bytes, query: CaseQuery) -> str:
    return hmac.new(key, _canonical(query), hashlib.sha256).hexdigest()[:FINGERPRINT_HEX]


class CaseSearchSession:
    """Screens for the list, read off the UI thread; one audit entry per session."""

    def __init__(self, session: Session) -> None:
        session.require(Permission.VIEW_CASES)
        self._s = session
        self._queries = 0
        self._rows = 0
        self._final: CaseQuery | None = None

    def screen(
        self, query: CaseQuery, offset: int, limit: int, cancelled: Callable[[], bool]
    ) -> CaseScreen:
        """A screenful and the total; safe on a worker thread. Raises `ReadCancelled`
        once `cancelled()` is true (a newer keystroke), and writes nothing."""
        self._s.require(Permission.VIEW_CASES)
        return self._s.read_off_thread(
            lambda uow: uow.cases.screen(query, max(0, offset), max(0, limit)), cancelled
        )

    def screen_now(self, query: CaseQuery, offset: int, limit: int) -> CaseScreen:
        """The same on the thread that owns the session (no worker in between)."""
        self._s.require(Permission.VIEW_CASES)
        return self._s.reading().cases.screen(query, max(0, offset), max(0, limit))

    def shown(self, query: CaseQuery, rows: int) -> None:
        """The window shows `rows` rows of `query` now (UI thread)."""
        if query != self._final:
            self._queries += 1
            self._final = query
            self._rows = 0
        self._rows = max(self._rows, rows)

    @property
    def open(self) -> bool:
        """Whether something was shown that is not yet audited."""
        return self._final is not None

    def close(self) -> None:
        """Write the session's one audit entry (if anything was shown) and start afresh."""
        final, queries, rows = self._final, self._queries, self._rows
        self._final, self._queries, self._rows = None, 0, 0
        if final is None or self._s.closed:
            return
        # Like the per-keystroke entries it replaces, not waited for on disk; the
        # view of a case opened from the results is audited durably after it.
        with self._s.work(durable=False) as uow:
            fingerprint = _digest(_key(uow, create=True) or b"", final)
            uow.audit(
                AuditAction.SEARCH,
                "case_list",
                "*",
                f"queries={queries} rows={rows} final={fingerprint}",
            )

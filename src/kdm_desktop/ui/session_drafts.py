"""Her unsaved editors across a lock: stored before the session goes, offered back after.

The controller calls `keep` when a session ends and `offer` right after unlocking.
While a task still uses the connection the snapshots wait in `pending` and are
stored by `flush`, just before that session closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kdm_desktop.domain.drafts import Draft, DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.services.drafts import DraftService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.draft_offer import DraftOfferDialog
from kdm_desktop.ui.drafts import State as DraftState
from kdm_desktop.ui.drafts import keepers_in
from kdm_desktop.ui.tasks import TaskRunner

Snapshots = list[tuple[DraftKind, str, DraftState]]


class SessionDrafts:
    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        # Drafts captured while a task still used the session: stored before it closes.
        self._pending: list[tuple[Session, Snapshots]] = []
        self.offer_dialog: DraftOfferDialog | None = None

    def offer(self, session: Session, parent: QWidget, restore: Callable[[Draft], object]) -> None:
        """Her unsaved work from before the lock, offered back right after unlocking."""
        try:
            drafts = DraftService(session).mine()
        except KdmError:
            return
        if not drafts:
            return
        service = DraftService(session)

        def discard(draft: Draft) -> None:
            service.discard(draft.kind, draft.object_id)

        offer = DraftOfferDialog(drafts, discard, parent)
        offer.restore_requested.connect(restore)
        self.offer_dialog = offer
        offer.open()

    def keep(self, session: Session | None, workspace: QWidget | None) -> None:
        """Store every open editor's unsaved state before the session goes."""
        self.offer_dialog = None
        if session is None or workspace is None or session.closed:
            return
        snaps = [snap for k in keepers_in(workspace) if (snap := k.snapshot()) is not None]
        if not snaps:
            return
        if self._runner.busy:
            # A task still uses the connection: store them once it ends, before closing.
            self._pending.append((session, snaps))
            return
        _store(session, snaps)

    def flush(self) -> None:
        """Store what waited for a task to end (call before closing the sessions)."""
        while self._pending:
            session, snaps = self._pending.pop()
            if not session.closed:
                _store(session, snaps)


def _store(session: Session, snaps: Snapshots) -> None:
    service = DraftService(session)
    for kind, object_id, state in snaps:
        try:
            service.save(kind, object_id, state)
        except KdmError:
            # Refused (too large, the case gone): nothing more can be kept of it.
            continue

"""Screenshots of the drafts feature: the lock countdown and the offer after unlocking.

Called by `kdm_desktop.ui.screenshots` with the unlocked demo window (invented
people only). It drives the real timers with a short, injected timeout.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kdm_desktop.domain import synthetic
from kdm_desktop.services.demo import DEMO_PASSWORD
from kdm_desktop.ui.cases.page import CasesPage
from kdm_desktop.ui.controller import AppController

_HOUR_MS = 3_600_000


class Shoots(Protocol):
    def shoot(self, name: str, window: QWidget, dialog: QWidget | None = None) -> None: ...


def _wait(condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not reach the expected state")
        QTest.qWait(20)
    QTest.qWait(50)


def capture(shooter: Shoots, app: AppController) -> None:
    workspace = app.workspace
    assert workspace is not None and workspace.select("cases")
    page = workspace.page("cases")
    assert isinstance(page, CasesPage)
    page.new_intake()
    form = page.intake
    assert form is not None
    form.fields.set_value("reason", synthetic.text("screenshots.draft_reason"))
    form.go_to(1)
    form.fields.set_value("first_name", "Sevim")
    form.fields.set_value("last_name", "Karaca")
    form.fields.set_value("phone", "0532 111 22 33")
    form.fields.set_value("district", "Bornova")

    # The real minute of warning, reached after one second of idling...
    app.set_autolock_ms(61_000, warn_ms=60_000)
    _wait(app.lock_warning.isVisible)
    shooter.shoot("70-oturum-kilitlenecek", app.window)
    # ...then, not to wait that minute here, a short timeout lets it lock.
    app.set_autolock_ms(300, warn_ms=200)
    _wait(lambda: app.state == "locked")

    app.set_autolock_ms(_HOUR_MS, warn_ms=60_000)
    panel = app.lock_screen.unlock
    panel.password.setText(DEMO_PASSWORD)
    panel.submit()
    _wait(lambda: app.draft_offer is not None and app.draft_offer.isVisible())
    offer = app.draft_offer
    assert offer is not None
    shooter.shoot("71-taslak-geri-yukleme", app.window, offer)
    offer.restore()
    QTest.qWait(80)
    shooter.shoot("72-taslak-geri-yuklendi", app.window)
    # Unlocking built a new workspace and page.
    page = app.workspace.page("cases") if app.workspace is not None else None
    restored = page.intake if isinstance(page, CasesPage) else None
    if isinstance(page, CasesPage) and restored is not None:
        # Leave the demo file as it was: this typing was only for the pictures.
        restored.draft_keeper.discard()
        page.show_list()

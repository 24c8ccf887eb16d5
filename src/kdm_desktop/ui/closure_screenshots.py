"""Screenshots of closing, handing over and the paper forms (issue 14), invented people.

`capture(out_dir, size, shoot)` builds its own throw-away case file with a second
centre whose card is trusted, then drives the real window: the status dialog with
the closure reasons, "Başka merkeze gönder…", the case marked "Devredildi", the
case list, the sent list and "Formu PDF olarak kaydet".
"""

from __future__ import annotations

import dataclasses
import datetime
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QScrollArea, QWidget

from kdm_desktop import messages
from kdm_desktop.domain import synthetic
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.demo import DEMO_ADMIN, DEMO_CENTRE, DEMO_PASSWORD
from kdm_desktop.services.trust import TrustService
from kdm_desktop.ui.cases.page import CasesPage
from kdm_desktop.ui.cases.printouts import SavePrintoutDialog
from kdm_desktop.ui.cases.status_dialogs import StatusDialog
from kdm_desktop.ui.controller import AppController
from kdm_desktop.ui.transfers.handover import HandOverDialog

Shoot = Callable[[str, QWidget, QWidget | None], None]


def _wait(condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not reach the expected state")
        QTest.qWait(20)
    QTest.qWait(80)


def _close_boxes() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()


def _prepare(root: Path) -> str:
    data_dir = root / "data"
    create_case_file(
        data_dir,
        centre=DEMO_CENTRE,
        admin_username=DEMO_ADMIN,
        admin_password=DEMO_PASSWORD,
        # The same person as in every other shot: "Giriş yapan: Nazlı Yıldız".
        admin_display_name=synthetic.text("screenshots.admin_display_name"),
    ).session.close()
    konak = dataclasses.replace(
        DEMO_CENTRE, code="KNK", name=synthetic.text("screenshots.other_centre_name")
    )
    other = create_case_file(
        root / "knk", centre=konak, admin_username=DEMO_ADMIN, admin_password=DEMO_PASSWORD
    ).session
    with other:
        card, fp = TrustService(other).own_card(), TrustService(other).own_fingerprint()
    with open_session(data_dir, DEMO_ADMIN, DEMO_PASSWORD) as s:
        TrustService(s).import_card(card, fp)
        cases = CaseService(s)
        today = s.now().date()
        grant = ConsentGrant(processing=True, share_with_centres=True, date=today)
        people = [p.split("|") for p in synthetic.strings("screenshot_closure_people")]
        ids = []
        for first, last, district in people:
            draft = CaseDraft(
                first_name=first,
                last_name=last,
                district=district,
                application_date=today - datetime.timedelta(days=40),
                birth_date=datetime.date(1988, 3, 14),
                reason=synthetic.text("screenshots.closure_reason_text"),
            )
            ids.append(cases.create(draft, consent=grant).id)
        cases.close(ids[2], ClosureReason.GOALS_MET, synthetic.text("screenshots.closure_note"))
    return ids[0]


def capture(out_dir: Path, size: QSize, shoot: Shoot) -> list[Path]:
    names: list[str] = []

    def take(name: str, window: QWidget, dialog: QWidget | None = None) -> None:
        shoot(name, window, dialog)
        names.append(name)

    with tempfile.TemporaryDirectory(prefix="kdm-closure-screens-") as tmp:
        root = Path(tmp)
        case_id = _prepare(root)
        app = AppController(root / "data")
        app.window.resize(size)
        app.start()
        panel = app.lock_screen.unlock
        panel.username.setText(DEMO_ADMIN)
        panel.password.setText(DEMO_PASSWORD)
        panel.submit()
        _wait(lambda: app.state == "unlocked" and not app.runner.busy)
        workspace = app.workspace
        assert workspace is not None
        workspace.select("cases")
        page = workspace.page("cases")
        assert isinstance(page, CasesPage)
        page.open_case(case_id)
        view = page.case_view
        assert view is not None

        view.change_status()
        status = view.findChild(StatusDialog)
        assert status is not None
        status.status.setCurrentIndex(status.status.findData(CaseStatus.CLOSED.value))
        status.reason.setCurrentIndex(status.reason.findData(ClosureReason.TRANSFERRED.value))
        take("28-vaka-kapat-neden", app.window, status)
        status.reject()

        view.actions_button.menu().actions()  # built; the handler opens the dialog
        hand_over = QCoreApplication.translate("CaseActions", "Send to another centre…")
        action = next(a for a in view.actions_button.menu().actions() if a.text() == hand_over)
        action.trigger()
        handover = view.findChild(HandOverDialog)
        assert handover is not None
        take("29-vaka-baska-merkeze-gonder", app.window, handover)
        handover.send(root / "aktarim-KNK.kdmb")
        _wait(lambda: handover.result_ is not None)
        take("29-vaka-baska-merkeze-gonderildi", app.window, handover)
        handover.close()
        handed_over = messages.text("case.status.handed_over")
        _wait(lambda: handed_over in view.facts.text())
        take("29-vaka-devredildi", app.window)

        save_as_pdf = QCoreApplication.translate("CaseActions", "Save a form as PDF…")
        action = next(a for a in view.actions_button.menu().actions() if a.text() == save_as_pdf)
        action.trigger()
        save = view.findChild(SavePrintoutDialog)
        assert save is not None
        save.kind.setCurrentIndex(save.kind.findData("consent_form"))
        save.save_to(root / "riza.pdf")
        take("29-vaka-formu-pdf-kaydet", app.window, save)
        save.close()
        for chooser in view.findChildren(QFileDialog):
            chooser.close()

        view.request_back()
        _wait(lambda: page.stack.currentWidget() is page.list)
        take("29-vakalar-devredildi", app.window)
        workspace.select("transfers")
        _wait(lambda: not app.runner.busy)
        transfers = workspace.page("transfers")
        assert transfers is not None
        for area in transfers.findChildren(QScrollArea):
            bar = area.verticalScrollBar()
            bar.setValue(bar.maximum())  # the sent list is at the foot of the page
        take("29-aktarimlar-gonderilenler", app.window)
        _close_boxes()
        app.shutdown()
        app.window.close()
    return [out_dir / f"{name}.png" for name in names]

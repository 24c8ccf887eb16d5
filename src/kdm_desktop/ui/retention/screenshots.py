"""Screenshots of the retention page and the minutes PDF (invented people only).

`capture(out_dir, size)` is called by `kdm_desktop.ui.screenshots`. It makes its own
throw-away case file with cases dated years back (the demo's cases are too recent
to be due), drives the real page: the due list, the confirmation, the records, the
requests, the policy and the start-screen card; and renders the minutes with
pdftoppm when it is installed.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from kdm_desktop.domain import synthetic
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason, NoteKind
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.clock import ISTANBUL
from kdm_desktop.services.demo import DEMO_ADMIN, DEMO_CENTRE, DEMO_PASSWORD
from kdm_desktop.services.retention import RetentionService
from kdm_desktop.services.subject_requests import SubjectRequestService
from kdm_desktop.ui.controller import AppController
from kdm_desktop.ui.retention.page import RetentionPage

# (first name, surname, district) from the demo data, with (applied, closed or None)
_DATES: tuple[tuple[tuple[int, int, int], tuple[int, int, int] | None], ...] = (
    ((2012, 3, 14), (2013, 2, 1)),
    ((2012, 9, 3), (2013, 6, 20)),
    ((2013, 1, 22), (2014, 4, 2)),
    ((2013, 5, 8), (2014, 1, 30)),
    ((2025, 2, 11), None),
)
_NAMES = [tuple(p.split("|")) for p in synthetic.strings("screenshot_retention_people")]
_PEOPLE = tuple(
    (first, last, district, applied, closed)
    for (first, last, district), (applied, closed) in zip(_NAMES, _DATES, strict=True)
)


def _wait(condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not reach the expected state")
        QTest.qWait(20)
    QTest.qWait(80)


def _at(ymd: tuple[int, int, int]) -> datetime.datetime:
    return datetime.datetime(*ymd, 10, 0, tzinfo=ISTANBUL)


def _fixed(moment: datetime.datetime) -> Callable[[], datetime.datetime]:
    return lambda: moment


def _fill(data_dir: Path) -> list[str]:
    numbers = []
    for first, last, district, applied, closed in _PEOPLE:
        when = _at(applied)
        with open_session(data_dir, DEMO_ADMIN, DEMO_PASSWORD, now=_fixed(when)) as s:
            ref = CaseService(s).create(
                CaseDraft(
                    first_name=first,
                    last_name=last,
                    district=district,
                    application_date=when.date(),
                    birth_date=datetime.date(1980, 6, 1),
                )
            )
            NoteService(s).add(
                ref.id, NoteKind.SOCIAL, synthetic.text("screenshots.retention_note")
            )
            numbers.append(ref.case_number)
        if closed is not None:
            end = _at(closed)
            with open_session(data_dir, DEMO_ADMIN, DEMO_PASSWORD, now=_fixed(end)) as s:
                CaseService(s).set_status(ref.id, CaseStatus.CLOSED, reason=ClosureReason.GOALS_MET)
    with open_session(data_dir, DEMO_ADMIN, DEMO_PASSWORD) as s:
        RetentionService(s).hold(numbers[1], synthetic.text("screenshots.retention_hold_reason"))
        requests = SubjectRequestService(s)
        today = s.now().date()
        requests.add(numbers[4], "access", today - datetime.timedelta(days=34))
        requests.add(numbers[4], "correction", today - datetime.timedelta(days=6))
    return numbers


def _box() -> QMessageBox | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            return w
    return None


def capture(
    out_dir: Path,
    size: QSize,
    shoot: Callable[[str, QWidget, QWidget | None], None],
) -> list[Path]:
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kdm-retention-screens-") as tmp:
        root = Path(tmp)
        data_dir = root / "data"
        create_case_file(
            data_dir,
            centre=DEMO_CENTRE,
            admin_username=DEMO_ADMIN,
            admin_password=DEMO_PASSWORD,
            # The same person as in every other shot: "Giriş yapan: Nazlı Yıldız".
            admin_display_name=synthetic.text("screenshots.admin_display_name"),
        ).session.close()
        _fill(data_dir)
        app = AppController(data_dir)
        app.window.resize(size)
        app.start()
        panel = app.lock_screen.unlock
        panel.username.setText(DEMO_ADMIN)
        panel.password.setText(DEMO_PASSWORD)
        panel.submit()
        _wait(lambda: app.state == "unlocked" and not app.runner.busy)
        workspace = app.workspace
        assert workspace is not None
        shoot("66-baslangic-saklama-karti", app.window, None)
        workspace.select("retention")
        page = workspace.page("retention")
        assert isinstance(page, RetentionPage)
        shoot("60-saklama-imha-listesi", app.window, None)
        page.due_tab.ask_run()
        box = _box()
        shoot("61-saklama-imha-onayi", app.window, box)
        assert box is not None
        yes = box.findChild(QPushButton, "confirmYes")
        assert yes is not None
        yes.click()
        _wait(lambda: not app.runner.busy and _box() is not None)
        done = _box()
        if done is not None:
            done.close()
        page.tabs.setCurrentIndex(2)
        shoot("62-saklama-imha-kayitlari", app.window, None)
        pdf = root / "tutanak.pdf"
        page.records_tab.records_table.selectRow(0)
        page.records_tab.save_minutes(pdf)
        done = _box()
        if done is not None:
            done.close()
        page.tabs.setCurrentIndex(4)
        shoot("64-saklama-basvurular", app.window, None)
        page.tabs.setCurrentIndex(1)
        shoot("65-saklama-politika", app.window, None)
        app.shutdown()
        app.window.close()
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm and pdf.exists():
            subprocess.run(
                [pdftoppm, "-png", "-r", "70", "-f", "1", "-l", "1", str(pdf), str(root / "m")],
                check=True,
            )
            page_png = next(root.glob("m*.png"))
            target = out_dir / "63-imha-tutanagi.png"
            shutil.copyfile(page_png, target)
            saved.append(target)
    return saved

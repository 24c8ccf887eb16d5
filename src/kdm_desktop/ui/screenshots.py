"""Render every screen into PNGs for the documentation.

    python -m kdm_desktop.ui.screenshots OUT_DIR [--lang en]

`--lang en` renders the English screens (for a translation review; the
documentation's PNGs are the Turkish ones).
Drives the real widgets against a throw-away demo case file (invented people
only) in a temporary folder; the recovery key shown is a fixed fake one.
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kdm_desktop.domain import synthetic
from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.demo import DEMO_ADMIN, DEMO_CENTRE, DEMO_PASSWORD, create_demo
from kdm_desktop.services.letters import LetterService
from kdm_desktop.ui import i18n
from kdm_desktop.ui.backup.page import BackupPage
from kdm_desktop.ui.calendar.screenshots import capture as capture_calendar
from kdm_desktop.ui.cases.screenshots import capture as capture_cases
from kdm_desktop.ui.closure_screenshots import capture as capture_closure
from kdm_desktop.ui.controller import AppController
from kdm_desktop.ui.drafts_screenshots import capture as capture_drafts
from kdm_desktop.ui.fit import dialog_size
from kdm_desktop.ui.fonts import apply_app_font
from kdm_desktop.ui.letters.dialog import LETTER_DIALOG_SIZE, LetterDialog
from kdm_desktop.ui.mainwindow import SCREENSHOT_SIZE
from kdm_desktop.ui.pages.audit import AuditPage
from kdm_desktop.ui.pages.settings import SettingsPage
from kdm_desktop.ui.pages.user_dialogs import AddUserDialog
from kdm_desktop.ui.retention.screenshots import capture as capture_retention
from kdm_desktop.ui.tasks import ProgressDialog

FAKE_KEY = "ABCDE-FGHJK-MNPQR-STVWX-YZ234-56789-A2C4E-G6J8K-MN3P5-QR7ST-VW9XY"
# Invented values typed into the screens: demo data (resources/data/synthetic_v1.json).
ADMIN_PASSWORD = synthetic.text("screenshots.admin_password")


def wait_until(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not reach the expected state")
        QTest.qWait(20)
    QTest.qWait(50)


def settle() -> None:
    QTest.qWait(80)


class Shooter:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []

    def shoot(self, name: str, window: QWidget, dialog: QWidget | None = None) -> None:
        settle()
        picture = window.grab()
        if dialog is not None:
            picture = _with_dialog(picture, dialog)
        path = self.out_dir / f"{name}.png"
        picture.save(str(path))
        self.saved.append(path)


def _with_dialog(background: QPixmap, dialog: QWidget) -> QPixmap:
    """The window with `dialog` drawn centred over it, as a person would see it."""
    dialog.adjustSize()
    front = dialog.grab()
    result = QPixmap(background)
    painter = QPainter(result)
    # A light veil over the window, as a modal dialog is usually shown.
    painter.fillRect(result.rect(), QColor(0, 0, 0, 40))
    spot = QPoint((result.width() - front.width()) // 2, (result.height() - front.height()) // 3)
    painter.drawPixmap(spot, front)
    painter.end()
    return result


def _modal_dialog() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and isinstance(widget, (QMessageBox, AddUserDialog)):
            return widget
    return None


def _close_message_boxes() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and isinstance(widget, QMessageBox):
            widget.close()
    settle()


def shoot_wizard(shooter: Shooter, root: Path) -> None:
    app = AppController(root / "kurulum")
    app.window.resize(SCREENSHOT_SIZE)
    app.start()
    wizard = app.wizard
    assert wizard is not None
    form = wizard.centre_page.form
    for field, value in DEMO_CENTRE.as_dict().items():
        form.edits[field].setText(value)
    shooter.shoot("01-kurulum-merkez", app.window)
    wizard.next()
    page = wizard.admin_page
    page.username.setText("nazli.yildiz")
    page.display_name.setText(synthetic.text("screenshots.admin_display_name"))
    page.passwords.password.setText(ADMIN_PASSWORD)
    page.passwords.repeat.setText(synthetic.text("screenshots.admin_password_mistyped"))
    wizard.next()
    shooter.shoot("02-kurulum-yonetici", app.window)
    page.passwords.repeat.setText(ADMIN_PASSWORD)
    wizard.next()
    wait_until(lambda: wizard.currentId() == wizard.KEY and not app.runner.busy)
    wizard.key_page.show_key_for_screenshot(FAKE_KEY)
    shooter.shoot("03-kurulum-kurtarma-anahtari", app.window)
    wizard.key_page.confirm.setChecked(True)
    wizard.accept()
    app.shutdown()
    app.window.close()


def shoot_lock_screens(shooter: Shooter, app: AppController, now: list[float]) -> None:
    panel = app.lock_screen.unlock
    shooter.shoot("04-giris", app.window)
    panel.password.setText(synthetic.text("screenshots.wrong_password"))
    panel.submit()
    wait_until(lambda: not app.runner.busy)
    shooter.shoot("05-giris-hatali-parola", app.window)
    for _ in range(3):
        panel.password.setText(synthetic.text("screenshots.wrong_password"))
        panel.submit()
        wait_until(lambda: not app.runner.busy)
    shooter.shoot("06-giris-bekleme-suresi", app.window)
    now[0] += 60
    wait_until(panel.login_button.isEnabled)
    app.lock_screen.show_recovery()
    recover = app.lock_screen.recover
    recover.username.setText(DEMO_ADMIN)
    shooter.shoot("07-parolami-unuttum", app.window)
    app.lock_screen.reset(DEMO_ADMIN)


def shoot_workspace(shooter: Shooter, app: AppController) -> None:
    panel = app.lock_screen.unlock
    panel.password.setText(DEMO_PASSWORD)
    panel.submit()
    wait_until(lambda: app.state == "unlocked" and not app.runner.busy)
    workspace = app.workspace
    assert workspace is not None
    shooter.shoot("08-baslangic", app.window)

    workspace.select("audit")
    audit = workspace.page("audit")
    assert isinstance(audit, AuditPage)
    shooter.shoot("09-denetim-kaydi", app.window)
    audit.verify()
    wait_until(lambda: not app.runner.busy and _modal_dialog() is not None)
    shooter.shoot("10-denetim-zinciri-dogrulandi", app.window, _modal_dialog())
    _close_message_boxes()

    workspace.select("settings")
    settings = workspace.page("settings")
    assert isinstance(settings, SettingsPage)
    assert settings.centre is not None and settings.users is not None
    shooter.shoot("11-ayarlar-genel", app.window)
    settings.show_tab(settings.password)
    shooter.shoot("12-ayarlar-parolam", app.window)
    settings.show_tab(settings.centre)
    shooter.shoot("13-ayarlar-merkez", app.window)
    if settings.letters is not None:
        settings.show_tab(settings.letters)
        shooter.shoot("13b-ayarlar-yazilar", app.window)
    settings.show_tab(settings.about)
    shooter.shoot("13c-ayarlar-hakkinda", app.window)
    users = settings.users
    settings.show_tab(users)
    users.select_user("sosyal")
    shooter.shoot("14-kullanicilar", app.window)
    users.add_user()
    dialog = users.findChild(AddUserDialog)
    assert isinstance(dialog, AddUserDialog)
    dialog.username.setText("zeynep.demir")
    dialog.display_name.setText("Zeynep Demir")
    dialog.passwords.password.setText(synthetic.text("screenshots.new_user_password"))
    dialog.passwords.repeat.setText(synthetic.text("screenshots.new_user_password"))
    shooter.shoot("15-kullanici-ekle", app.window, dialog)
    dialog.reject()
    users.remove_user()
    settle()
    shooter.shoot("16-kullanici-silme-onayi", app.window, _modal_dialog())
    _close_message_boxes()
    label = QCoreApplication.translate(
        "UsersTab", "Removing the user and re-encrypting the case file…"
    )
    progress = ProgressDialog(users, label, False)
    progress.set_progress(3, 10)
    progress.show()
    shooter.shoot("17-islem-suruyor", app.window, progress)
    progress.finish()

    shoot_backup(shooter, app)
    capture_cases(app.window, shooter.out_dir)
    shoot_letter_dialog(shooter, app)
    if workspace.select("letter_templates"):
        shooter.shoot("42-yazi-sablonlari", app.window)
    capture_calendar(shooter, app)
    workspace.select("transfers")
    shooter.shoot("50-aktarimlar", app.window)
    capture_drafts(shooter, app)
    workspace = app.workspace
    assert workspace is not None
    shoot_statistics(shooter, app)

    workspace.select("start")
    app.quick_hide()
    shooter.shoot("18-hizli-gizle", app.window)


def shoot_letter_dialog(shooter: Shooter, app: AppController) -> None:
    """The referral letter dialog on a case whose consent covers a police letter."""
    session = app.session
    assert session is not None
    letters = LetterService(session)
    for row in CaseService(session).page(limit=50):
        if RecipientKind.POLICE in letters.kinds_with_consent(row.id):
            break
    else:
        return
    dialog = LetterDialog(session, row.id, app.window)
    dialog.resize(dialog_size(LETTER_DIALOG_SIZE, app.window))
    dialog.template.setCurrentIndex(dialog.template.findData("emniyet-bildirim"))
    dialog.set_field("reason", synthetic.text("screenshots.letter_reason"))
    dialog.refresh_preview()
    dialog.show()
    settle()
    shooter.shoot("41-sevk-yazisi-penceresi", dialog)
    page = save_letter_page(dialog, shooter.out_dir)
    if page is not None:
        shooter.saved.append(page)
    if dialog.draft_keeper is not None:
        dialog.draft_keeper.discard()  # a screenshot leaves no draft behind
    dialog.done(0)


def save_letter_page(dialog: LetterDialog, out_dir: Path) -> Path | None:
    """40-sevk-yazisi.png: the first page of the letter as saved (PDF, made in the
    throw-away demo), rendered by poppler's pdftoppm. Without pdftoppm, nothing."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return None
    with tempfile.TemporaryDirectory(prefix="kdm-letter-") as tmp:
        pdf = Path(tmp) / "sevk-yazisi.pdf"
        if dialog.save_to(pdf) is None or not pdf.exists():
            return None
        stem = Path(tmp) / "sayfa"
        subprocess.run(
            [pdftoppm, "-png", "-r", "70", "-f", "1", "-l", "1", str(pdf), str(stem)], check=True
        )
        target = out_dir / "40-sevk-yazisi.png"
        shutil.copyfile(next(Path(tmp).glob("sayfa*.png")), target)
    return target


def shoot_statistics(shooter: Shooter, app: AppController) -> None:
    from kdm_desktop.domain.statistics.periods import Period, month
    from kdm_desktop.ui.statistics.page import StatisticsPage

    workspace = app.workspace
    assert workspace is not None
    workspace.select("statistics")
    page = workspace.page("statistics")
    assert isinstance(page, StatisticsPage)
    today = page._session.now().date()
    page.set_period(Period(today.replace(year=today.year - 1), today))
    page.tables.setCurrentRow(9)  # violence types
    page.refresh()
    wait_until(lambda: not app.runner.busy)
    shooter.shoot("80-istatistik", app.window)
    # Published numbers exist only for the release's periods (calendar months by
    # default): last month's table, as it would leave the centre.
    last_month = today.replace(day=1) - datetime.timedelta(days=1)
    page.set_period(month(last_month.year, last_month.month))
    page.as_published.setChecked(True)
    page.refresh()
    wait_until(lambda: not app.runner.busy)
    shooter.shoot("81-istatistik-yayimlanacak", app.window)
    page.as_published.setChecked(False)
    # The demo file is small: five years of it, so the cross table has rows to show.
    page.set_period(Period(today.replace(year=today.year - 5), today))
    dialog = page.cross_dialog()
    assert dialog is not None
    dialog.choose("yas_grubu", "siddet_turu", by_district=False)
    dialog.refresh()
    wait_until(lambda: not app.runner.busy)
    shooter.shoot("82-istatistik-capraz", app.window, dialog)
    # By district, the demo's few applications per district: refused, with the reason.
    dialog.by_district.setChecked(True)
    dialog.refresh()
    wait_until(lambda: not app.runner.busy)
    shooter.shoot("83-istatistik-capraz-reddedildi", app.window, dialog)
    dialog.close()


def shoot_backup(shooter: Shooter, app: AppController) -> None:
    workspace = app.workspace
    assert workspace is not None
    workspace.select("backup")
    page = workspace.page("backup")
    assert isinstance(page, BackupPage)
    page.set_destination(app.data_dir.parent / "usb")
    page.back_up()
    wait_until(lambda: not app.runner.busy and _modal_dialog() is not None)
    shooter.shoot("19-yedekleme", app.window, _modal_dialog())
    _close_message_boxes()
    workspace.select("start")
    shooter.shoot("19b-baslangic-yedek-karti", app.window)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    lang = "tr"
    if "--lang" in args:
        at = args.index("--lang")
        lang = args[at + 1]
        del args[at : at + 2]
    out_dir = Path(args[0] if args else "docs/screenshots")
    # A throw-away file needs no real Argon2 cost; and no display is needed.
    os.environ["KDM_INSECURE_FAST_KDF"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    apply_app_font(qt_app)
    i18n.install(qt_app, lang)
    shooter = Shooter(out_dir)
    with tempfile.TemporaryDirectory(prefix="kdm-screens-") as tmp:
        root = Path(tmp)
        shoot_wizard(shooter, root)
        create_demo(root / "demo", cases=40)
        now = [time.time()]
        app = AppController(root / "demo", demo=True, clock=lambda: now[0])
        app.window.resize(SCREENSHOT_SIZE)
        app.start()
        shoot_lock_screens(shooter, app, now)
        shoot_workspace(shooter, app)
        app.shutdown()
        app.window.close()
        shooter.saved += capture_retention(
            out_dir, SCREENSHOT_SIZE, lambda name, w, d: shooter.shoot(name, w, d)
        )
        capture_closure(out_dir, SCREENSHOT_SIZE, lambda name, w, d: shooter.shoot(name, w, d))
    for path in shooter.saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

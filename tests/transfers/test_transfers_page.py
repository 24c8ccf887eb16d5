"""The Aktarımlar page: card, trust with fingerprint, export, preview-and-confirm import."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from transfer_support import add_case, card_and_fingerprint, make_centre

from kdm_desktop.services.trust import TrustService
from kdm_desktop.ui.pages.registry import PageContext, PageEvents, PageRegistry
from kdm_desktop.ui.settings import AppSettings
from kdm_desktop.ui.tasks import TaskRunner
from kdm_desktop.ui.transfers.page import TransfersPage


def _boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _close_boxes() -> list[str]:
    texts = []
    for box in _boxes():
        texts.append(box.text())
        box.close()
    return texts


def _page(qtbot, session, data_dir: Path) -> tuple[TransfersPage, TaskRunner]:
    runner = TaskRunner()
    ctx = PageContext(data_dir, AppSettings(data_dir), runner, PageEvents(), PageRegistry())
    page = TransfersPage(session, ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page, runner


def test_page_exchanges_keys_and_moves_a_case(qtbot, tmp_path: Path) -> None:
    a_dir = make_centre(tmp_path, "NRL", "Nilüfer Kadın Danışma Merkezi")
    b_dir = make_centre(tmp_path, "KDZ", "Kadıköy Kadın Danışma Merkezi")
    a, b = a_dir.login(), b_dir.login()
    try:
        ref = add_case(a, attachments=True)
        page_a, runner_a = _page(qtbot, a, a_dir.data_dir)
        page_b, runner_b = _page(qtbot, b, b_dir.data_dir)
        _, fp_a = card_and_fingerprint(a)
        assert page_a.trust.fingerprint.text() == fp_a

        card = tmp_path / "nrl.json"
        page_a.trust.save_card(card)
        assert card.exists() and any("kaydedildi" in t or "saved" in t for t in _close_boxes())

        page_b.trust.import_card(card, "00000 00000 00000 00000 00000 00000")
        assert any("eşleşmiyor" in t for t in _close_boxes())
        assert page_b.trust.centres.rowCount() == 0
        page_b.trust.import_card(card, fp_a)
        _close_boxes()
        assert page_b.trust.centres.item(0, 0).text() == "NRL"

        card_b, fp_b = card_and_fingerprint(b)
        TrustService(a).import_card(card_b, fp_b)
        page_a.refresh()
        assert page_a.recipient.currentData() == "KDZ"

        bundle = tmp_path / "aktarim.kdmb"
        page_a.export_bundle("KDZ", [ref.case_number], bundle)
        qtbot.waitUntil(lambda: not runner_a.busy)
        assert bundle.exists() and _close_boxes()
        assert page_a.outgoing.rowCount() == 1
        # A moment in a table: "5 Aralık 2026 13:46", without the weekday (as every table).
        written = page_a.outgoing.item(0, 0).text()
        assert re.match(r"^\d{1,2} \S+ \d{4} \d{2}:\d{2}$", written), written

        page_b.receive.import_bundle(bundle)
        qtbot.waitUntil(lambda: not runner_b.busy)
        box = page_b.receive.last_confirm
        assert "NRL" in box.text() and ref.case_number in box.informativeText()
        assert "Ayşe Yılmaz" in box.informativeText()
        page_b.grab().save(str(Path("/tmp") / "transfers-page-preview.png"))
        box.findChild(type(box.buttons()[0]), "confirmYes").click()
        qtbot.waitUntil(lambda: not runner_b.busy)
        texts = _close_boxes()
        assert any("1" in t for t in texts), texts
        assert b.db.count("transfer_received") == 1
        page_a.grab().save(str(Path("/tmp") / "transfers-page.png"))
    finally:
        a.close()
        b.close()


def test_non_admins_see_why_they_cannot_trust_a_centre(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from kdm_desktop.security.roles import Role
    from kdm_desktop.services.casefile import open_session
    from kdm_desktop.services.users import UserService

    a_dir = make_centre(tmp_path, "NRL", "Nilüfer Kadın Danışma Merkezi")
    with a_dir.login() as admin:
        UserService(admin).add("sosyal", "Personel-Parola-2026", Role.SOCIAL_WORKER, "Derya Kaya")
        page, _ = _page(qtbot, admin, a_dir.data_dir)
        assert page.trust.import_card_button.isEnabled()
        assert not page.findChild(QLabel, "trustAdminOnly").isVisibleTo(page)
    with open_session(a_dir.data_dir, "sosyal", "Personel-Parola-2026") as worker:
        page, _ = _page(qtbot, worker, a_dir.data_dir)
        assert not page.trust.import_card_button.isEnabled()
        reason = page.findChild(QLabel, "trustAdminOnly")
        assert reason.isVisibleTo(page) and reason.text()
        assert page.trust.import_card_button.toolTip() == reason.text()

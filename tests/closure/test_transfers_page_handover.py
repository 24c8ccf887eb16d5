"""The Transfers page: "Dosyaları devret" and a sent list that names the cases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from transfer_support import add_case, two_centres

from kdm_desktop.domain.cases.choices import CaseStatus
from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui import i18n
from kdm_desktop.ui.pages.registry import PageContext, PageEvents, PageRegistry
from kdm_desktop.ui.settings import AppSettings
from kdm_desktop.ui.tasks import TaskRunner
from kdm_desktop.ui.transfers.page import TransfersPage


def _page(qtbot, session, data_dir: Path) -> tuple[TransfersPage, TaskRunner]:
    runner = TaskRunner()
    ctx = PageContext(data_dir, AppSettings(data_dir), runner, PageEvents(), PageRegistry())
    page = TransfersPage(session, ctx)
    qtbot.addWidget(page)
    page.resize(1366, 698)
    page.show()
    return page, runner


def _close_boxes() -> list[str]:
    texts = []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            texts.append(w.text())
            w.close()
    return texts


def test_send_button_hands_over_and_the_sent_list_names_the_cases(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    with two_centres(tmp_path) as (nrl, _kdz):
        a = add_case(nrl, first_name="Şükran", last_name="Öztürk")
        b = add_case(nrl, first_name="Gülay", last_name="Ilgaz")
        page, runner = _page(qtbot, nrl, tmp_path / "NRL")
        assert page.hand_over.isChecked()
        page.case_numbers.setText(f"{a.case_number}, {b.case_number}")
        bundle = tmp_path / "aktarim-KDZ.kdmb"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(bundle), ""))
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not runner.busy and bundle.exists(), timeout=20000)
        assert any("Devredildi" in t for t in _close_boxes())
        cases = CaseService(nrl)
        assert all(cases.get(r.id).status is CaseStatus.CLOSED for r in (a, b))
        sent = page.outgoing.item(0, 2).text()
        assert sent == f"{a.case_number} (Ş. Ö.), {b.case_number} (G. I.)"
        assert page.outgoing.item(0, 1).text() == "KDZ"


def test_unticked_it_only_shares_a_copy(qtbot, tmp_path: Path) -> None:
    with two_centres(tmp_path) as (nrl, _kdz):
        a = add_case(nrl)
        page, runner = _page(qtbot, nrl, tmp_path / "NRL")
        page.hand_over.setChecked(False)
        page.export_bundle("KDZ", [a.case_number], tmp_path / "copy.kdmb")
        qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
        texts = _close_boxes()
        assert texts and not any("Devredildi" in t for t in texts)
        assert CaseService(nrl).get(a.id).status is CaseStatus.OPEN
        assert page.outgoing.item(0, 2).text() == f"{a.case_number} (A. Y.)"


def test_in_english_the_hand_over_box_names_the_english_status(
    qtbot, qapp, qm_path, tmp_path: Path
) -> None:
    i18n.install(qapp, "en", qm_path=qm_path)
    with two_centres(tmp_path) as (nrl, _kdz):
        page, _runner = _page(qtbot, nrl, tmp_path / "NRL")
        # The status a reader sees in English is "Handed over", never the Turkish word.
        assert "Handed over" in page.hand_over.text()
        assert "Devredildi" not in page.hand_over.text()

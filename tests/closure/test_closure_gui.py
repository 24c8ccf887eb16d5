"""Closure, reopening, the paper forms and the handover, pressed in the real window.

Print buttons are pressed, the real print dialog is filled in (a PDF file name:
the offscreen platform has only Qt's PDF printer) and its Print button pressed;
the PDF is read back with pdftotext. TMPDIR must stay empty: printing lays the
page out in memory.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox
from transfer_support import add_case, two_centres
from ui_cases_support import cases_page

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason, RecipientKind
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui.cases.case_view import CaseViewWidget
from kdm_desktop.ui.cases.printouts import SavePrintoutDialog
from kdm_desktop.ui.cases.status_dialogs import StatusDialog
from kdm_desktop.ui.pages.features import build_registry
from kdm_desktop.ui.pages.registry import PageContext, PageEvents
from kdm_desktop.ui.tasks import TaskRunner
from kdm_desktop.ui.transfers.handover import HandOverDialog

FIRST, LAST = "Işıl", "Çağlayan İğdeli"
DAY = dt.date(2026, 1, 10)


@pytest.fixture
def empty_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    yield folder


def ctx_for(data_dir: Path, runner: TaskRunner | None = None) -> PageContext:
    return PageContext(
        data_dir=data_dir,
        settings=None,  # type: ignore[arg-type]  # the case view reads no settings
        runner=runner or TaskRunner(),
        events=PageEvents(),
        registry=build_registry(),
    )


def new_case(session: Any, *, consent: bool = True) -> str:
    draft = CaseDraft(
        first_name=FIRST,
        last_name=LAST,
        district="Çiğli",
        application_date=DAY,
        reason="Eşinden şiddet gördüğünü anlatıyor.",
    )
    grant = (
        ConsentGrant(processing=True, share_with=frozenset({RecipientKind.SONIM}), date=DAY)
        if consent
        else None
    )
    return CaseService(session).create(draft, consent=grant).id


def open_view(qtbot: Any, session: Any, case_id: str, ctx: PageContext) -> CaseViewWidget:
    view = CaseViewWidget(session, case_id, ctx)
    qtbot.addWidget(view)
    view.resize(1366, 698)
    view.show()
    return view


def menu_action(view: CaseViewWidget, text: str) -> Any:
    actions = {a.text().replace("&", ""): a for a in view.actions_button.menu().actions()}
    assert text in actions, list(actions)
    return actions[text]


def print_through_dialog(qtbot: Any, out: Path) -> None:
    """Fill the open print dialog as she would (a file name) and press its Print button."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QPrintDialog), dialog
    dialog.findChild(QLineEdit, "filename").setText(str(out))
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0)


def pdftotext(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


def audited(session: Any, kind: str, action: AuditAction = AuditAction.PRINT) -> list[Any]:
    return [
        e
        for e in session.audit_entries(limit=100)
        if e.action == action.value and e.object_type == kind
    ]


# ----- closing and reopening from the case view -----


def _status_dialog(qtbot: Any, view: CaseViewWidget) -> StatusDialog:
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in view.findChildren(StatusDialog) if d.isVisible()]
    return dialog


def _in_app(qtbot: Any, make_app: Any, data_dir: Path, case_id: str) -> CaseViewWidget:
    """The case opened in the real window (its views refresh from committed changes)."""
    app = make_app(data_dir)
    app.window.resize(1366, 698)
    page = cases_page(qtbot, app)
    page.open_case(case_id)
    assert page.case_view is not None
    return page.case_view


def test_close_with_a_reason_then_reopen_from_the_case_view(qtbot, make_app, casefile) -> None:
    with casefile.login() as s:
        case_id = new_case(s)
    view = _in_app(qtbot, make_app, casefile.data_dir, case_id)

    dialog = _status_dialog(qtbot, view)
    dialog.status.setCurrentIndex(dialog.status.findData(CaseStatus.CLOSED.value))
    assert dialog.reason.isEnabled()
    dialog.reason.setCurrentIndex(dialog.reason.findData(ClosureReason.DECEASED.value))
    dialog.note.setPlainText("Ailesi bildirdi.")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "Kapalı" in view.facts.text() and "Vefat etti" in view.facts.text()
    history = view.summary.extra.text()
    assert "Vefat etti" in history and "Ailesi bildirdi." in history

    dialog = _status_dialog(qtbot, view)
    # A closed file can only be reopened; no reason is asked then.
    offered = [dialog.status.itemData(i) for i in range(dialog.status.count())]
    assert [v for v in offered if v] == [CaseStatus.REOPENED.value]
    dialog.status.setCurrentIndex(dialog.status.findData(CaseStatus.REOPENED.value))
    assert not dialog.reason.isEnabled()
    dialog.note.setPlainText("Yeniden başvurdu.")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "Yeniden açıldı" in view.facts.text()
    history = view.summary.extra.text()
    # Reopening kept the closure: open, closed (deceased), reopened.
    assert history.index("Açık") < history.index("Vefat etti") < history.index("Yeniden açıldı")
    details = [
        e.detail
        for e in view._session.audit_entries(limit=80)
        if e.action == AuditAction.CHANGE.value and e.object_id == case_id
    ]
    assert "status=kapali reason=vefat" in details and "status=yeniden_acildi" in details


def test_every_reason_is_offered_and_cancel_changes_nothing(qtbot, session, tmp_path):
    case_id = new_case(session)
    view = open_view(qtbot, session, case_id, ctx_for(tmp_path))
    dialog = _status_dialog(qtbot, view)
    dialog.status.setCurrentIndex(dialog.status.findData(CaseStatus.CLOSED.value))
    offered = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert offered == [r.label for r in ClosureReason]
    assert "Vefat etti" in offered and "Başka merkeze devredildi" in offered
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert CaseService(session).get(case_id).status is CaseStatus.OPEN


# ----- the paper forms -----


@pytest.mark.parametrize(
    ("entry", "kind", "expected"),
    [
        (
            "Başvuru formunu yazdır…",
            "intake_form",
            ("Başvuru formu", "Başvuru nedeni: Eşinden şiddet gördüğünü anlatıyor.", "İlçe: Çiğli"),
        ),
        (
            "Açık rıza formunu yazdır…",
            "consent_form",
            (
                "Açık rıza beyanı",
                "Kişisel verilerinin işlenmesi — 10 Ocak 2026",
                "Bir kurumla paylaşım (ŞÖNİM) — 10 Ocak 2026",
            ),
        ),
        ("Dosya özetini yazdır…", "case_summary", ("Dosya özeti", "Açık rızalar")),
    ],
)
def test_each_form_prints_through_the_real_dialog(
    qtbot, session, tmp_path, empty_tmp, entry, kind, expected
) -> None:
    case_id = new_case(session)
    view = open_view(qtbot, session, case_id, ctx_for(tmp_path))
    menu_action(view, entry).trigger()
    # Nothing is audited while she is still choosing a printer.
    assert not audited(session, kind)
    out = tmp_path / f"{kind}.pdf"
    print_through_dialog(qtbot, out)
    text = pdftotext(out)
    assert f"{FIRST} {LAST}" in text and "GİZLİ" in text
    for words in expected:
        assert words in text, (words, text)
    if kind == "consent_form":
        assert "Baro" not in text  # only the purposes she agreed to
    assert len(audited(session, kind)) == 1
    assert sorted(os.listdir(empty_tmp)) == []


def test_cancelling_the_print_dialog_records_nothing(qtbot, session, tmp_path) -> None:
    view = open_view(qtbot, session, new_case(session), ctx_for(tmp_path))
    menu_action(view, "Açık rıza formunu yazdır…").trigger()
    printing = QApplication.activeModalWidget()
    assert isinstance(printing, QPrintDialog)
    printing.reject()
    assert not audited(session, "consent_form")


def test_without_consent_the_form_is_refused_in_turkish(qtbot, session, tmp_path) -> None:
    view = open_view(qtbot, session, new_case(session, consent=False), ctx_for(tmp_path))
    menu_action(view, "Başvuru formunu yazdır…").trigger()
    printing = QApplication.activeModalWidget()
    assert isinstance(printing, QPrintDialog)
    out = tmp_path / "refused.pdf"
    printing.findChild(QLineEdit, "filename").setText(str(out))
    printing.accept()
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert "açık rıza yok" in box.text() and "Traceback" not in box.text()
    box.close()
    assert not out.exists() and not audited(session, "intake_form")


def test_save_a_form_as_pdf(qtbot, session, tmp_path, empty_tmp) -> None:
    case_id = new_case(session)
    view = open_view(qtbot, session, case_id, ctx_for(tmp_path))
    menu_action(view, "Formu PDF olarak kaydet…").trigger()
    dialog = view.findChild(SavePrintoutDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("consent_form"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QFileDialog, "printoutSaveDialog")
    assert chooser is not None and chooser.isVisible()
    out = tmp_path / "riza.pdf"
    chooser.selectFile(str(out))
    chooser.accept()
    qtbot.waitUntil(lambda: out.exists())
    text = pdftotext(out)
    assert "Açık rıza beyanı" in text and f"{FIRST} {LAST}" in text
    assert "riza.pdf" in dialog.status.text()
    assert len(audited(session, "consent_form", AuditAction.EXPORT)) == 1
    assert sorted(os.listdir(empty_tmp)) == []


# ----- sending to another centre -----


def test_send_from_the_case_view_marks_it_transferred(qtbot, make_app, tmp_path) -> None:
    with two_centres(tmp_path) as (nrl, _kdz):
        ref = add_case(nrl, first_name="Şükran", last_name="Öztürk")
    view = _in_app(qtbot, make_app, tmp_path / "NRL", ref.id)
    menu_action(view, "Başka merkeze gönder…").trigger()
    dialog = view.findChild(HandOverDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.centre.currentData() == "KDZ" and dialog.hand_over.isChecked()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QFileDialog, "handOverSaveDialog")
    assert chooser is not None and chooser.isVisible()
    out = tmp_path / "aktarim-KDZ.kdmb"
    chooser.selectFile(str(out))
    chooser.accept()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20000)
    assert out.exists()
    assert "Devredildi" in dialog.status.text()
    qtbot.waitUntil(lambda: "Devredildi" in view.facts.text())
    assert "KDZ (Kadıköy Kadın Danışma Merkezi)" in view.facts.text()
    assert dialog.cancel_button.text() == "Kapat" and not dialog.send_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_without_sharing_consent_the_send_button_says_why(qtbot, tmp_path) -> None:
    with two_centres(tmp_path) as (nrl, _kdz):
        ref = add_case(nrl, share=False)
        view = open_view(qtbot, nrl, ref.id, ctx_for(tmp_path))
        menu_action(view, "Başka merkeze gönder…").trigger()
        dialog = view.findChild(HandOverDialog)
        assert dialog is not None
        assert not dialog.send_button.isEnabled()
        assert "Açık rıza" in dialog.problem.text()

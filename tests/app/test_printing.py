"""Printing from every place that offers it, through the real print dialog, offscreen.

Each test presses the page's own print button, finds the QPrintDialog it opened,
types a PDF file name into the dialog (the offscreen platform has only Qt's
"Print to File (PDF)" printer) and presses the dialog's Print button. The PDF
the printer wrote is read back with pypdf: pages and Turkish text. The temp
folder must stay empty: printing lays the page out in memory.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox

from kdm_desktop.domain.calendar import ISTANBUL, AppointmentType
from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.reports.printing import PRINTABLES, PrintDocument, letter_document
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Role
from kdm_desktop.services.calendar import AppointmentInput, CalendarService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.letters import LetterService
from kdm_desktop.services.safety_plans import SafetyPlanService
from kdm_desktop.services.users import UserService
from kdm_desktop.ui.calendar.page import CalendarPage
from kdm_desktop.ui.cases.case_view import CaseViewWidget
from kdm_desktop.ui.letters.dialog import LetterDialog
from kdm_desktop.ui.pages.features import build_registry
from kdm_desktop.ui.pages.registry import PageContext, PageEvents
from kdm_desktop.ui.printing import new_printer, render
from kdm_desktop.ui.protection.plan_tab import SafetyPlanTab
from kdm_desktop.ui.tasks import TaskRunner

FIRST, LAST = "Işıl", "Çağlayan İğdeli"
REASON = "Barınma ve hukuki destek gerekiyor."
DAY = dt.date(2027, 3, 1)  # a Monday in the future, so bookings are allowed


@pytest.fixture
def empty_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """TMPDIR pointed at a fresh folder; the test checks it is still empty at the end."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    yield folder


def ctx_for(data_dir: Path) -> PageContext:
    return PageContext(
        data_dir=data_dir,
        settings=None,  # type: ignore[arg-type]  # these pages read no settings
        runner=TaskRunner(),
        events=PageEvents(),
        registry=build_registry(),
    )


def new_case(session: Any, share: tuple[RecipientKind, ...] = (RecipientKind.SONIM,)) -> str:
    draft = CaseDraft(
        first_name=FIRST,
        last_name=LAST,
        district="Çiğli",
        application_date=dt.date(2026, 1, 10),
        reason="Eşinden şiddet gördüğünü anlatıyor.",
    )
    grant = ConsentGrant(processing=True, share_with=frozenset(share), date=dt.date(2026, 1, 10))
    return CaseService(session).create(draft, consent=grant).id


def print_through_dialog(qtbot: Any, out: Path) -> QPrintDialog:
    """Fill in the open print dialog as she would (file name) and press its Print button."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QPrintDialog), dialog
    assert dialog.isVisible() and dialog.isModal()
    filename = dialog.findChild(QLineEdit, "filename")
    filename.setText(str(out))
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0)
    return dialog


def read_pdf(path: Path) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    # Qt's PDF writer separates words with tabs.
    text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
    return len(reader.pages), text


def assert_no_temp_files(folder: Path) -> None:
    assert sorted(os.listdir(folder)) == []


def audited(session: Any, object_type: str) -> list[Any]:
    return [
        e
        for e in session.audit_entries(limit=50)
        if e.action == AuditAction.PRINT.value and e.object_type == object_type
    ]


# ----- letters -----


def test_letter_print_button_drives_the_native_dialog(qtbot, session, tmp_path, empty_tmp) -> None:
    case_id = new_case(session)
    dialog = LetterDialog(session, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_field("reason", REASON)
    dialog.refresh_preview()
    assert dialog.print_button.text().replace("&", "") == "Yazdır…"
    assert dialog.print_button.isEnabled()

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    # Nothing is numbered or recorded while she is still choosing a printer.
    assert LetterService(session).for_case(case_id) == []
    out = tmp_path / "letter.pdf"
    print_through_dialog(qtbot, out)

    letters = LetterService(session).for_case(case_id)
    assert len(letters) == 1
    pages, text = read_pdf(out)
    assert pages >= 1
    assert f"{FIRST} {LAST}" in text and letters[0].number in text and REASON in text
    assert letters[0].number in dialog.status.text()
    assert audited(session, "letter")
    assert_no_temp_files(empty_tmp)


def test_cancelling_the_print_dialog_records_nothing(qtbot, session) -> None:
    case_id = new_case(session)
    dialog = LetterDialog(session, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_field("reason", REASON)
    dialog.refresh_preview()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    printing = QApplication.activeModalWidget()
    assert isinstance(printing, QPrintDialog)
    printing.reject()
    assert LetterService(session).for_case(case_id) == []
    assert not audited(session, "letter")


# ----- safety plan -----


def test_safety_plan_prints_through_the_dialog(qtbot, session, tmp_path, empty_tmp) -> None:
    case_id = new_case(session)
    service = SafetyPlanService(session)
    section = service.template().sections[1]
    service.save(
        case_id,
        checked={section.id: [section.items[0].id]},
        notes={section.id: "Komşu Gülşen'in anahtarı var."},
        review_date=None,
        hide_logo=False,
    )
    tab = SafetyPlanTab(session, case_id, ctx_for(tmp_path))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.print_button.isEnabled()
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "plan.pdf"
    print_through_dialog(qtbot, out)
    pages, text = read_pdf(out)
    assert pages >= 1
    assert "Güvenlik Planım" in text and "Komşu Gülşen'in anahtarı var." in text
    # The plan never names her, whatever the case holds.
    assert LAST not in text
    assert audited(session, "safety_plan")
    assert_no_temp_files(empty_tmp)


def test_safety_plan_print_needs_a_saved_plan(qtbot, session, tmp_path) -> None:
    tab = SafetyPlanTab(session, new_case(session), ctx_for(tmp_path))
    qtbot.addWidget(tab)
    assert not tab.print_button.isEnabled()


# ----- case summary (case view › Actions) -----


def test_case_summary_prints_from_the_case_view(qtbot, session, tmp_path, empty_tmp) -> None:
    case_id = new_case(session)
    view = CaseViewWidget(session, case_id, ctx_for(tmp_path))
    qtbot.addWidget(view)
    view.show()
    actions = {a.text(): a for a in view.actions_button.menu().actions()}
    assert "Dosya özetini yazdır…" in actions, list(actions)
    actions["Dosya özetini yazdır…"].trigger()
    out = tmp_path / "summary.pdf"
    print_through_dialog(qtbot, out)
    pages, text = read_pdf(out)
    assert pages >= 1
    assert "Dosya özeti" in text and f"{FIRST} {LAST}" in text and "GİZLİ" in text
    assert "Eşinden şiddet gördüğünü anlatıyor." in text
    assert audited(session, "case_summary")
    assert_no_temp_files(empty_tmp)


# ----- calendar lists -----


@pytest.fixture
def booked(session: Any) -> str:
    UserService(session).add("derya", "Personel-Parola-2026", Role.PSYCHOLOGIST, "Derya Kaya")
    ref = CaseService(session).create(CaseDraft(first_name="Ayşe", last_name="Yılmaz"))
    CalendarService(session).add(
        AppointmentInput(
            start=dt.datetime(DAY.year, DAY.month, DAY.day, 10, 0, tzinfo=ISTANBUL),
            duration_minutes=50,
            staff="derya",
            type=AppointmentType.PSYCHOLOGICAL_SUPPORT,
            room="Oda 1",
            case_ref=ref.id,
        )
    )
    return ref.case_number


@pytest.mark.parametrize(("which", "title"), [(0, "Günün randevuları"), (1, "Haftalık randevular")])
def test_calendar_lists_print_through_the_dialog(
    qtbot, session, tmp_path, empty_tmp, booked, which, title
) -> None:
    page = CalendarPage(session, ctx_for(tmp_path))
    qtbot.addWidget(page)
    page.show()
    page.show_date(DAY, 2)
    assert page.print_button.text().replace("&", "") == "Yazdır…"
    page.print_button.menu().actions()[which].trigger()
    out = tmp_path / f"calendar-{which}.pdf"
    print_through_dialog(qtbot, out)
    pages, text = read_pdf(out)
    assert pages >= 1
    assert title in text and booked in text and "Derya Kaya" in text
    # Paper carries initials and case numbers, never the name.
    assert "Yılmaz" not in text
    assert audited(session, "calendar_day" if which == 0 else "calendar_week")
    assert_no_temp_files(empty_tmp)


# ----- the helper itself -----


def test_printer_jobs_carry_neutral_names() -> None:
    for kind, printable in PRINTABLES.items():
        printer = new_printer(kind)
        assert printer.docName() == printable.job_title
        assert FIRST not in printer.docName()


def test_a_pdf_printer_produces_pages_with_turkish_text(qtbot, session, tmp_path) -> None:
    case_id = new_case(session)
    content = LetterService(session).make(case_id, "sonim-sevk", {"reason": REASON}).content
    printer = new_printer("letter")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert render(letter_document(content), printer)
    pages, text = read_pdf(out)
    assert pages >= 1
    assert f"{FIRST} {LAST}" in text and content.number in text and "ş ğ ı İ" not in text


def test_a_printer_error_is_reported_not_swallowed(qtbot, tmp_path) -> None:
    printer = new_printer("letter")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "missing-folder" / "x.pdf"))
    assert not render(PrintDocument("letter", "<p>Deneme</p>"), printer)


def test_refusal_from_the_service_is_shown_in_turkish(qtbot, session, tmp_path) -> None:
    case_id = new_case(session)
    tab = SafetyPlanTab(session, case_id, ctx_for(tmp_path))
    qtbot.addWidget(tab)
    tab.show()
    # No plan saved: the service refuses; the button is normally disabled for this.
    dialog = tab.print_plan()
    dialog.findChild(QLineEdit, "filename").setText(str(tmp_path / "x.pdf"))
    dialog.accept()
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert "plan" in box.text().lower() and "Traceback" not in box.text()
    assert not (tmp_path / "x.pdf").exists()
    box.close()

"""The case view: header, consent, services, notes (by role), attachments, locking."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from ui_cases_support import (
    STAFF_PASSWORD,
    all_texts,
    cases_page,
    click,
    draft,
    table_texts,
)

from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason, NoteKind
from kdm_desktop.domain.dates import format_day
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui.cases.notes_tab import NoteHistoryDialog
from kdm_desktop.ui.cases.status_dialogs import AssignDialog, StatusDialog


def make_case(casefile, **changes):
    with casefile.login() as s:
        return CaseService(s).create(draft(**changes))


def open_case(qtbot, make_app, casefile, ref, user="yonetici"):
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app, user)
    page.open_case(ref.id)
    assert page.case_view is not None
    return app, page, page.case_view


def test_header_status_and_assignment(qtbot, make_app, staffed) -> None:
    ref = make_case(staffed)
    _app, _page, view = open_case(qtbot, make_app, staffed, ref)
    assert view.title.text() == f"{ref.case_number} — Ayşe Yılmaz"
    assert "Açık" in view.facts.text()
    click(qtbot, view.status_button)
    (dialog,) = [d for d in view.findChildren(StatusDialog) if d.isVisible()]
    dialog.status.set_value(CaseStatus.CLOSED.value)
    dialog.reason.set_value(ClosureReason.GOALS_MET.value)
    dialog.buttons.accepted.emit()
    assert view.view.record.status == CaseStatus.CLOSED
    assert "Hedeflere ulaşıldı" in view.facts.text()
    click(qtbot, view.assign_button)
    (assign,) = [d for d in view.findChildren(AssignDialog) if d.isVisible()]
    assign.staff.setCurrentIndex(assign.staff.findData("sosyal"))
    assign.buttons.accepted.emit()
    assert view.view.record.assigned_to == "sosyal"
    assert "Derya Kaya" in view.facts.text()


def test_consent_tab_records_and_withdraws(qtbot, make_app, casefile) -> None:
    ref = make_case(casefile)
    _app, _page, view = open_case(qtbot, make_app, casefile, ref)
    tab = view.consents
    view.tabs.setCurrentWidget(tab)
    click(qtbot, tab.record_button)
    assert table_texts(tab.table)[0][0] == "Kişisel verilerinin işlenmesi"
    # The same purpose twice is refused with the service's sentence.
    click(qtbot, tab.record_button)
    assert tab.error.isVisibleTo(tab) and ref.case_number in tab.error.text()
    tab.table.selectRow(0)
    click(qtbot, tab.withdraw_button)
    (row,) = view.view.consents
    assert row.withdrawn_on is not None and not row.active
    assert table_texts(tab.table)[0][2] == format_day(row.withdrawn_on)


def test_services_and_notes_are_added(qtbot, make_app, casefile) -> None:
    ref = make_case(casefile)
    _app, _page, view = open_case(qtbot, make_app, casefile, ref)
    services = view.services
    services.kind.set_value("hukuki")
    services.minutes.setValue(45)
    services.note.setPlainText("Boşanma davası hakkında bilgi verildi.")
    click(qtbot, services.add_button)
    assert not services.error.isVisibleTo(services)
    (row,) = table_texts(services.table)
    assert row[1:] == ["Hukuki destek", "yonetici", "45", "Boşanma davası hakkında bilgi verildi."]

    notes = view.notes
    notes.editor.setPlainText("İlk görüşme yapıldı.")
    click(qtbot, notes.save_button)
    assert table_texts(notes.table)[0][3] == "İlk görüşme yapıldı."
    notes.table.selectRow(0)
    click(qtbot, notes.edit_button)
    assert notes.editor.toPlainText() == "İlk görüşme yapıldı."
    notes.editor.setPlainText("İlk görüşme yapıldı; takip planlandı.")
    click(qtbot, notes.save_button)
    (note,) = view.view.notes
    assert note.version_count == 2 and note.text.endswith("takip planlandı.")
    notes.table.selectRow(0)
    click(qtbot, notes.history_button)
    (history,) = [d for d in notes.findChildren(NoteHistoryDialog) if d.isVisible()]
    text = history.text.toPlainText()
    assert "İlk görüşme yapıldı.\n" in text and "takip planlandı." in text
    history.close()
    # An empty note is refused at the field.
    notes.editor.clear()
    click(qtbot, notes.save_button)
    assert notes.error.isVisibleTo(notes)


def _with_psych_note(staffed):
    ref = make_case(staffed)
    with staffed.login("psikolog", STAFF_PASSWORD) as s:
        NoteService(s).add(ref.id, NoteKind.PSYCH_SESSION, "Seans içeriği: kaygı düzeyi yüksek.")
        NoteService(s).add(ref.id, NoteKind.GENERAL, "Genel bilgi notu.")
    return ref


def test_psychologist_sees_session_notes(qtbot, make_app, staffed) -> None:
    ref = _with_psych_note(staffed)
    _app, _page, view = open_case(qtbot, make_app, staffed, ref, "psikolog")
    texts = [r[3] for r in table_texts(view.notes.table)]
    assert "Seans içeriği: kaygı düzeyi yüksek." in texts
    assert not view.notes.hidden_label.isVisibleTo(view.notes)
    assert view.notes.kind.findData(NoteKind.PSYCH_SESSION.value) >= 0


def test_social_worker_does_not_see_session_notes(qtbot, make_app, staffed) -> None:
    ref = _with_psych_note(staffed)
    app, _page, view = open_case(qtbot, make_app, staffed, ref, "sosyal")
    assert [r[3] for r in table_texts(view.notes.table)] == ["Genel bilgi notu."]
    assert view.notes.hidden_label.isVisibleTo(view.notes)
    assert view.notes.kind.findData(NoteKind.PSYCH_SESSION.value) == -1
    assert not any("kaygı" in t for t in all_texts(app.window))


def png_bytes() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_attachment_add_and_image_preview(qtbot, make_app, casefile, tmp_path) -> None:
    ref = make_case(casefile)
    picture = tmp_path / "yara-fotografi.png"
    picture.write_bytes(png_bytes())
    fake = tmp_path / "belge.png"
    fake.write_bytes(b"not really a picture")
    _app, _page, view = open_case(qtbot, make_app, casefile, ref)
    tab = view.attachments
    view.tabs.setCurrentWidget(tab)
    tab.kind.set_value("fotograf")
    assert not tab.add_file(fake)
    assert tab.error.isVisibleTo(tab) and "PDF" in tab.error.text()
    assert tab.table.rowCount() == 0
    assert tab.add_file(picture)
    (row,) = table_texts(tab.table)
    assert row[:3] == ["yara-fotografi.png", "Fotoğraf", "PNG"]
    preview = tab.preview.pixmap()
    assert preview is not None and not preview.isNull()
    assert tab.preview.pixmap().toImage().pixelColor(5, 5).name() == "#3a7bd5"


def test_locking_destroys_the_case_view(qtbot, make_app, casefile) -> None:
    ref = make_case(casefile, first_name="Nergis", last_name="Özdemir")
    app, page, view = open_case(qtbot, make_app, casefile, ref)
    view.notes.editor.setPlainText("Nergis için taslak not")
    assert any("Nergis" in t for t in all_texts(app.window))
    app.lock()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    assert not shiboken6.isValid(page)
    for window in QApplication.topLevelWidgets():
        assert not any("Nergis" in t or "Özdemir" in t for t in all_texts(window))


def test_extension_tabs_and_actions_follow_the_built_in_ones(
    qtbot, make_app, casefile, monkeypatch
) -> None:
    from PySide6.QtWidgets import QLabel

    from kdm_desktop.ui.cases import extension_features
    from kdm_desktop.ui.cases.extensions import CaseActionSpec, CaseTabSpec

    ran: list[str] = []

    def tab(session, case_id, ctx):
        ctx.case_events.case_changed.emit()  # a tab may ask the view to refresh
        return QLabel(f"risk for {case_id}")

    def register(ext) -> None:
        ext.add_tab(CaseTabSpec("risk_test", lambda: "Risk", tab))
        ext.add_action(
            CaseActionSpec("letter_test", lambda: "Yazı…", lambda s, cid, ctx, w: ran.append(cid))
        )

    monkeypatch.setattr(extension_features, "CASE_FEATURES", [register])
    ref = make_case(casefile)
    _app, _page, view = open_case(qtbot, make_app, casefile, ref)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert len(titles) == 7 and titles[-1] == "Risk"
    assert view.actions_button.isVisibleTo(view)
    (action,) = view.actions_button.menu().actions()
    action.trigger()
    assert ran == [ref.id]

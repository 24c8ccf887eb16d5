"""Editing a case after intake: prefilled steps, field errors, saving, who may edit."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from ui_cases_support import STAFF_PASSWORD, VALID_TC, cases_page, click, draft, message_boxes

from kdm_desktop.domain.cases.choices import ApplicationChannel, PerpetratorRelation, ViolenceType
from kdm_desktop.errors import PermissionDenied
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.session import Session


def make_case(casefile):
    with casefile.login() as s:
        return CaseService(s).create(
            draft(
                channel=ApplicationChannel("yuz_yuze"),
                reason="Destek istiyor.",
                violence_types=frozenset({ViolenceType("fiziksel")}),
                perpetrator_relation=PerpetratorRelation("es"),
                life_danger=True,
            )
        )


def stored(casefile, ref):
    with casefile.login() as s:
        return CaseService(s).get(ref.id)


def stored_now(page, ref):
    """Read through the open window's session (the file allows one at a time)."""
    return CaseService(page._session).get(ref.id)


def open_edit(qtbot, make_app, casefile, ref, user="yonetici"):
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app, user)
    page.open_case(ref.id)
    assert page.case_view is not None
    page.case_view.tabs.setCurrentIndex(1)
    qtbot.keyClick(page.case_view.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.edit_form is not None and page.edit_form.isVisible()
    return page, page.edit_form


def test_the_form_opens_filled_from_the_case(qtbot, make_app, staffed) -> None:
    ref = make_case(staffed)
    _page, form = open_edit(qtbot, make_app, staffed, ref)
    w = form.fields.widgets
    assert form.step == 0
    assert w["channel"].value() == "yuz_yuze"
    assert w["reason"].toPlainText() == "Destek istiyor."
    assert "assigned_to" not in w and "consent.processing" not in w
    assert w["first_name"].text() == "Ayşe" and w["last_name"].text() == "Yılmaz"
    assert w["tc_kimlik_no"].text() == VALID_TC
    assert w["birth_date"].text() == "12.04.1988"
    assert w["age"].text() == ""
    assert w["district"].currentText() == "Karşıyaka" and w["district"].count() == 31
    assert form.fields.violence_checks["fiziksel"].isChecked()
    assert not form.fields.violence_checks["psikolojik"].isChecked()
    assert w["perpetrator_relation"].value() == "es"
    assert w["life_danger"].value() is True


def test_an_invalid_tc_is_shown_and_nothing_changes(qtbot, make_app, staffed) -> None:
    ref = make_case(staffed)
    before = stored(staffed, ref)
    page, form = open_edit(qtbot, make_app, staffed, ref)
    click(qtbot, form.next_button)
    assert form.step == 1
    form.fields.widgets["tc_kimlik_no"].setText("12345678901")
    form.fields.widgets["district"].set_value("bornova")
    click(qtbot, form.next_button)
    assert form.step == 1
    error = form.fields.errors["tc_kimlik_no"]
    assert error.isVisibleTo(form) and "T.C." in error.text()
    # Saving from the last step brings her back to the field.
    form.go_to(2)
    click(qtbot, form.save_button)
    assert form.step == 1 and page.edit_form is form
    assert stored_now(page, ref) == before
    # Discarding asks twice (never silently), then leaves the case as it was.
    click(qtbot, form.cancel_button)
    assert page.edit_form is form
    (question,) = message_boxes()
    click(qtbot, question.findChild(QAbstractButton, "draftDiscard"))
    (sure,) = [b for b in message_boxes() if b is not question]
    click(qtbot, sure.findChild(QAbstractButton, "confirmYes"))
    assert page.edit_form is None and page.case_view is not None
    assert stored_now(page, ref) == before
    assert page.case_view.tabs.currentIndex() == 1


def test_a_valid_change_is_saved_and_shown(qtbot, make_app, staffed) -> None:
    ref = make_case(staffed)
    page, form = open_edit(qtbot, make_app, staffed, ref, user="sosyal")
    click(qtbot, form.next_button)
    form.fields.widgets["last_name"].setText("Demir")
    form.fields.widgets["birth_date"].setText("13.04.1988")
    click(qtbot, form.next_button)
    assert form.step == 2
    form.fields.violence_checks["ekonomik"].setChecked(True)
    click(qtbot, form.save_button)
    assert page.edit_form is None
    view = page.case_view
    assert view is not None and view.isVisible()
    assert view.title.text() == f"{ref.case_number} — Ayşe Demir"
    record = stored_now(page, ref)
    assert record.draft.last_name == "Demir"
    assert record.draft.birth_date == datetime.date(1988, 4, 13)
    assert record.draft.violence_types == frozenset(
        {ViolenceType("fiziksel"), ViolenceType("ekonomik")}
    )
    assert record.draft.tc_kimlik_no == VALID_TC
    assert {"last_name", "birth_date", "violence_types"} <= set(record.field_versions)
    assert "tc_kimlik_no" not in record.field_versions


def test_without_edit_permission_there_is_no_edit(
    qtbot, make_app, staffed, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No shipped role views cases without editing them; a future one must not edit.
    ref = make_case(staffed)
    app = make_app(staffed.data_dir)
    page = cases_page(qtbot, app)
    real_can = Session.can

    def can(self: Session, permission: Permission) -> bool:
        return permission != Permission.EDIT_CASES and real_can(self, permission)

    monkeypatch.setattr(Session, "can", can)
    page.open_case(ref.id)
    view = page.case_view
    assert view is not None and not view.edit_button.isEnabled()
    qtbot.keyClick(view.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    page.edit_case(ref.id)
    assert page.edit_form is None and page.case_view is view


def test_the_service_refuses_a_role_without_edit(staffed) -> None:
    ref = make_case(staffed)
    with staffed.login("sekreter", STAFF_PASSWORD) as s:
        assert not s.can(Permission.EDIT_CASES)
        with pytest.raises(PermissionDenied):
            CaseService(s).update(ref.id, draft(last_name="Demir"))
    assert stored(staffed, ref).draft.last_name == "Yılmaz"


def test_a_transfer_conflict_is_flagged_in_the_case_view(
    qtbot, make_app, staffed, monkeypatch
) -> None:
    ref = make_case(staffed)
    app = make_app(staffed.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(ref.id)
    assert page.case_view is not None
    assert not page.case_view.conflict_flag.isVisibleTo(page.case_view)
    monkeypatch.setattr(
        "kdm_desktop.services.transfers.TransferService.open_conflict_case_ids",
        lambda self: {ref.id},
    )
    page.case_view.reload()
    assert page.case_view.conflict_flag.isVisibleTo(page.case_view)
    assert "başka bir merkezde" in page.case_view.conflict_flag.text()


def test_an_old_district_outside_the_list_is_shown_and_kept(qtbot, make_app, staffed) -> None:
    ref = make_case(staffed)
    with staffed.login() as s, s.db.transaction() as conn:
        # As stored by the free-text field of older versions.
        conn.execute("UPDATE cases SET district = 'Atlantis Mah.' WHERE id = ?", (ref.id,))
    page, form = open_edit(qtbot, make_app, staffed, ref)
    combo = form.fields.widgets["district"]
    assert combo.currentText().startswith("Atlantis Mah.") and combo.value() == "Atlantis Mah."
    click(qtbot, form.next_button)
    form.fields.widgets["last_name"].setText("Demir")
    click(qtbot, form.save_button)
    after = stored_now(page, ref)
    assert after.draft.last_name == "Demir" and after.draft.district == "Atlantis Mah."

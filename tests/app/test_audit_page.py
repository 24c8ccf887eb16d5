"""The audit log page: lazy loading, filter, chain check."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from ui_support import close_message_boxes, unlock, wait_idle

from kdm_desktop.security.roles import Role
from kdm_desktop.services.users import UserService
from kdm_desktop.ui.models.audit_model import AuditModel


def make_entries(casefile, count: int) -> None:
    with casefile.login() as session:
        service = UserService(session)
        service.add("derya", "Derya-Parola-2026", Role.SOCIAL_WORKER)
        for i in range(count):
            service.set_role("derya", Role.LAWYER if i % 2 else Role.PSYCHOLOGIST)


def test_model_fetches_in_batches(session) -> None:
    for i in range(24):
        UserService(session).add(f"kisi{i:02d}", "Parola-Parola-1", Role.SECRETARY)
    model = AuditModel(session, batch=10)
    assert model.rowCount() == 10
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 26  # 24 additions, the login and the creation of the file
    assert not model.canFetchMore(QModelIndex())
    seqs = [model.entry(r).seq for r in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == 26
    assert model.data(model.index(25, 3)) == "Oluşturuldu"
    assert model.data(model.index(24, 3)) == "Giriş yapıldı"


def test_model_waits_while_a_task_uses_the_session(session) -> None:
    for i in range(3):
        UserService(session).add(f"kisi{i:02d}", "Parola-Parola-1", Role.SECRETARY)
    busy = [False]
    model = AuditModel(session, batch=2, busy=lambda: busy[0])
    busy[0] = True
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2
    busy[0] = False
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 4


def test_filter_and_verify(qtbot, make_app, casefile) -> None:
    make_entries(casefile, 5)
    app = make_app(casefile.data_dir)
    unlock(qtbot, app)
    app.workspace.select("audit")
    page = app.workspace.page("audit")
    total = page.proxy.rowCount()
    # creation, 2 logins, the new user, 5 role changes, and the notes key given to her
    # each of the 3 times she became the centre's only psychologist
    assert total == 12
    page.filter.setText("Rol: Avukat")
    assert page.proxy.rowCount() == 2
    assert "2" in page.count_label.text()
    page.filter.clear()
    assert page.proxy.rowCount() == total

    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    (text,) = close_message_boxes()
    assert "sağlam" in text and "12 kayıt" in text
    assert page.result_label.text() == text


def test_audit_page_is_for_administrators_only(qtbot, make_app, casefile) -> None:
    make_entries(casefile, 0)
    with casefile.login() as session:
        UserService(session).reset_password("derya", "Derya-Parola-2027")
    app = make_app(casefile.data_dir)
    unlock(qtbot, app, "derya", "Derya-Parola-2027")
    assert "audit" not in app.workspace.keys
    assert not app.workspace.select("audit")

"""Every audit log cell that a narrow column may cut says its whole text in a tooltip.

At 1366×768 the action column cut "Hatalı girişler nedeniyle beklemeye alındı" to
"Hatalı girişler …" and "Başarısız giriş denemesi" to "Başarısız giriş …", and only
the id and detail columns had tooltips (09-denetim-kaydi.png)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kdm_desktop.security.roles import Role
from kdm_desktop.services.users import UserService
from kdm_desktop.ui.models.audit_model import AuditModel


def test_every_text_column_has_its_tooltip(session) -> None:
    UserService(session).add("derya", "Derya-Parola-2026", Role.SOCIAL_WORKER)
    model = AuditModel(session, batch=10)
    assert model.rowCount() > 0
    for column, name in enumerate(AuditModel.COLUMNS):
        if name == "seq":
            continue
        for row in range(model.rowCount()):
            index = model.index(row, column)
            shown = model.data(index)
            if shown:
                assert model.data(index, Qt.ItemDataRole.ToolTipRole) == shown, (name, shown)

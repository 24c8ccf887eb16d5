"""After login, a psychologist who holds the notes key is asked about each colleague
waiting for it (services/role_grants.py): give it, refuse it, or decide later.

The users table alone gives nobody the key: anyone who can log in can rewrite it.
So each new reader is confirmed by a person who holds the key, here, one by one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from kdm_desktop import messages
from kdm_desktop.errors import KdmError
from kdm_desktop.services import role_endorse
from kdm_desktop.services.role_grants import PendingGrant, RoleGrantService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs


class RoleGrantPrompt(QObject):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent  # the workspace: deleted with it, prompt and all
        self._service = RoleGrantService(session)
        self._queue: list[PendingGrant] = []
        self.box: QMessageBox | None = None

    def start(self) -> None:
        """Warn about a tampered list of readers, then ask about each waiting colleague."""
        try:
            tampered = self._service.tampered
            self._queue = self._service.pending() if self._service.can_confirm() else []
        except KdmError:
            return
        if tampered:
            self.box = dialogs.warn(self._parent, messages.text(role_endorse.TAMPERED))
            self.box.finished.connect(self._next)
            return
        self._next()

    def _next(self) -> None:
        self.box = None
        if not self._queue:
            return
        grant = self._queue.pop(0)
        box = QMessageBox(self._parent)
        box.setObjectName("roleGrantBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(dialogs.APP_TITLE)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setText(
            self.tr("{name} ({user}) is waiting for the psychologists' notes key.").format(
                name=grant.display_name, user=grant.username
            )
        )
        box.setInformativeText(
            self.tr(
                "The list of users says {user} is a psychologist. Give her the key only if "
                "you know this is true (for example, she was added or her password was reset "
                "today). Anyone who can log in can change that list, so the program does not "
                "give the key on its word alone."
            ).format(user=grant.username)
        )
        give = box.addButton(self.tr("&Give the key"), QMessageBox.ButtonRole.AcceptRole)
        refuse = box.addButton(self.tr("&Refuse"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        give.setObjectName("roleGrantGive")
        refuse.setObjectName("roleGrantRefuse")
        later.setObjectName("roleGrantLater")
        box.setDefaultButton(later)
        box.setEscapeButton(later)
        box.buttonClicked.connect(lambda b: self._answer(b, grant.username, give, refuse))
        self.box = box
        box.open()

    def _answer(
        self, button: QAbstractButton, user: str, give: QAbstractButton, refuse: QAbstractButton
    ) -> None:
        try:
            if button is give:
                self._service.confirm(user)
            elif button is refuse:
                self._service.decline(user)
        except KdmError as exc:
            self._queue = []
            self.box = dialogs.warn(self._parent, exc.message)
            return
        self._next()

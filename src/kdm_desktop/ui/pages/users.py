"""User management (administrators): add, reset password, change role, remove."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.errors import KdmError
from kdm_desktop.security.roles import Role
from kdm_desktop.services.session import Session
from kdm_desktop.services.users import UserInfo, UserService
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.models.users_model import SORT_ROLE, UsersModel
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.pages.user_dialogs import AddUserDialog, ResetPasswordDialog, RoleDialog
from kdm_desktop.ui.tasks import IsCancelled, Progress
from kdm_desktop.ui.widgets import note


class UsersTab(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self.setObjectName("usersTab")
        self._session = session
        self._service = UserService(session)
        self._runner = ctx.runner
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        # Sorted by a click on a column; "Added on" by the day itself, not its text.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("&Add user…"))
        self.add_button.setObjectName("addUserButton")
        self.reset_button = QPushButton(self.tr("Reset &password…"))
        self.reset_button.setObjectName("resetPasswordButton")
        self.role_button = QPushButton(self.tr("Change r&ole…"))
        self.role_button.setObjectName("changeRoleButton")
        self.remove_button = QPushButton(self.tr("Re&move user…"))
        self.remove_button.setObjectName("removeUserButton")
        buttons = QVBoxLayout()
        for button in (self.add_button, self.reset_button, self.role_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button.clicked.connect(self.remove_user)

        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Removing a user re-encrypts the whole case file with a new key, so "
                    "an old copy of their password opens nothing written afterwards."
                )
            )
        )
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self, select: str = "") -> None:
        self.model.set_users(self._service.list())
        if select:
            self.select_user(select)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_user(self, username: str) -> None:
        row = self.model.row_of(username)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _update_buttons(self) -> None:
        user = self.selected()
        is_self = user is not None and user.username == self._session.user.username
        self.reset_button.setEnabled(user is not None)
        # Changing one's own role would leave this session with stale rights.
        self.role_button.setEnabled(user is not None and not is_self)
        self.remove_button.setEnabled(user is not None and not is_self)

    # ----- add -----
    def add_user(self) -> None:
        dialog = AddUserDialog(self)
        dialog.submitted.connect(
            lambda name, display, role, pw: self._add(dialog, name, display, role, pw)
        )
        dialog.open()

    def _add(
        self, dialog: AddUserDialog, name: str, display: str, role: str, password: str
    ) -> None:
        service = self._service

        def work(progress: Progress, cancelled: IsCancelled) -> UserInfo:
            return service.add(name, password, role, display)

        def added(info: UserInfo) -> None:
            dialog.accept()
            self.reload(select=info.username)
            dialogs.inform(self, self.tr("The user {user} was added.").format(user=info.username))

        self._runner.start(
            dialog,
            work,
            label=self.tr("Adding the user…"),
            on_success=added,
            on_failure=dialog.show_failure,
        )

    # ----- reset password -----
    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = ResetPasswordDialog(self, user.username)
        dialog.submitted.connect(lambda pw: self._reset(dialog, user.username, pw))
        dialog.open()

    def _reset(self, dialog: ResetPasswordDialog, name: str, password: str) -> None:
        service = self._service

        def work(progress: Progress, cancelled: IsCancelled) -> None:
            service.reset_password(name, password)

        def done(_: object) -> None:
            dialog.accept()
            dialogs.inform(
                self,
                self.tr("The password of {user} was reset. Tell it to them in person.").format(
                    user=name
                ),
            )

        self._runner.start(
            dialog,
            work,
            label=self.tr("Setting the new password…"),
            on_success=done,
            on_failure=dialog.show_failure,
        )

    # ----- role -----
    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = RoleDialog(self, user.username, user.role)
        dialog.submitted.connect(lambda role: self._set_role(dialog, user.username, role))
        dialog.open()

    def _set_role(self, dialog: RoleDialog, name: str, role: str) -> None:
        try:
            # A single row update, quick enough for the UI thread.
            self._service.set_role(name, Role(role))
        except KdmError as exc:
            dialog.general_error.show_error(exc.message)
            return
        dialog.accept()
        self.reload(select=name)

    # ----- remove -----
    def remove_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialogs.confirm(
            self,
            self.tr("Remove the user {user}?").format(user=user.username),
            lambda: self._remove(user.username),
            yes_text=self.tr("&Remove user"),
            informative=self.tr(
                "Their password stops working at once. The whole case file is then "
                "re-encrypted with a new key; this can take a while. Do not switch the "
                "computer off until it is finished."
            ),
        )

    def _remove(self, name: str) -> None:
        service = self._service

        def work(progress: Progress, cancelled: IsCancelled) -> None:
            service.remove(name)

        self._runner.start(
            self,
            work,
            label=self.tr("Removing the user and re-encrypting the case file…"),
            on_success=lambda _: self.reload(),
            success_message=self.tr(
                "The user {user} was removed and the case file re-encrypted."
            ).format(user=name),
        )

"""Settings › Centre details, as printed on letterheads (administrators)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.centre_form import CentreForm
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.panel import form_widget
from kdm_desktop.ui.widgets import note


class CentreTab(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self.setObjectName("centreTab")
        self._session = session
        self._events = ctx.events
        self.form = CentreForm()
        self.form.set_centre(session.centre())
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveCentreButton")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.clicked.connect(lambda: self.form.set_centre(session.centre()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(self.tr("These details appear on letterheads and on documents sent to others."))
        )
        column = QVBoxLayout()
        column.addWidget(self.form)
        column.addLayout(buttons)
        layout.addWidget(form_widget(column))
        layout.addStretch(1)

    def save(self) -> None:
        centre = self.form.validated()
        if centre is None:
            return
        try:
            # A handful of rows in one transaction: no need for a worker thread.
            saved = self._session.update_centre(centre)
        except ValidationErrors as exc:
            self.form.show_error(exc)
            return
        except KdmError as exc:
            dialogs.warn(self, exc.message)
            return
        self.form.set_centre(saved)
        self._events.centre_changed.emit()
        dialogs.inform(self, self.tr("The centre details were saved."))

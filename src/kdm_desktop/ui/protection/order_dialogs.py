"""Dialogs of the orders tab: a new order, an extension, a breach."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop import messages
from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.domain.protection.orders import BreachOutcome, IssuerKind, OrderKind, add_months
from kdm_desktop.errors import KdmError
from kdm_desktop.services.clock import now_istanbul
from kdm_desktop.services.orders import OrderService, StoredOrder
from kdm_desktop.services.session import Session
from kdm_desktop.ui.drafts import DraftKeeper, State, guarded_reject, restore_inputs
from kdm_desktop.ui.fit import dialog_size
from kdm_desktop.ui.protection.common import date_edit, from_qdate
from kdm_desktop.ui.widgets import FieldError


class _Dialog(QDialog):
    """A form whose OK runs `submit`; a refused input keeps the dialog open."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_order: StoredOrder | None = None
        self.draft_keeper: DraftKeeper | None = None

    def reject(self) -> None:
        guarded_reject(self, self.draft_keeper)

    def submit(self) -> StoredOrder:
        raise NotImplementedError

    def _submit(self) -> None:
        self.error.clear_error()
        try:
            self.result_order = self.submit()
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        if self.draft_keeper is not None:
            self.draft_keeper.discard()
        self.accept()


class OrderDialog(_Dialog):
    def __init__(
        self,
        service: OrderService,
        case_id: str,
        parent: QWidget | None = None,
        *,
        session: Session | None = None,
    ) -> None:
        super().__init__(parent, self.tr("New protection order"))
        self._service, self._case_id = service, case_id
        self.resize(dialog_size(QSize(720, 640), parent))
        self.kind = QComboBox()
        self.kind.setObjectName("orderKind")
        for kind in OrderKind:
            self.kind.addItem(messages.text(kind.label_key), kind.value)
        self.issuer = QComboBox()
        self.issuer.setObjectName("orderIssuer")
        for issuer in IssuerKind:
            self.issuer.addItem(messages.text(issuer.label_key), issuer.value)
        self.issuer_name = QLineEdit()
        self.file_no = QLineEdit()
        self.file_no.setObjectName("orderFileNo")
        today = now_istanbul().date()
        self.decision = date_edit(today)
        self.start = date_edit(today)
        self.end = date_edit(add_months(today, 6))
        self.end.setObjectName("orderEnd")
        self.measures = QListWidget()
        self.measures.setObjectName("orderMeasures")
        # Measure texts are long sentences: wrapped, never scrolled sideways.
        self.measures.setWordWrap(True)
        self.measures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab moves on, as in every form
        self.note.setFixedHeight(48)
        self.kind.currentIndexChanged.connect(self._fill_measures)
        self.issuer.currentIndexChanged.connect(self._fill_measures)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Issued by:"), self.issuer)
        self.form.addRow(self.tr("Court or office:"), self.issuer_name)
        self.form.addRow(self.tr("File number:"), self.file_no)
        self.form.addRow(self.tr("Decision date:"), self.decision)
        self.form.addRow(self.tr("Start date:"), self.start)
        self.form.addRow(self.tr("End date:"), self.end)
        self.form.addRow(self.tr("Measures:"), self.measures)
        self.form.addRow(self.tr("Note:"), self.note)
        self.issuer.setCurrentIndex(0)
        self._fill_measures()
        if session is not None:
            self.draft_keeper = DraftKeeper(
                self,
                session,
                DraftKind.ORDER,
                case_id,
                extra_state=lambda: {"measures": self.chosen_measures()},
                restore_extra=self._restore_extra,
            )
            self.draft_keeper.baseline()

    def _restore_extra(self, content: State) -> None:
        # The measures offered follow the kind and issuer: those first, then the ticks.
        inputs = content.get("inputs")
        if isinstance(inputs, dict):
            restore_inputs(self, inputs)
        chosen = content.get("measures")
        wanted = set(chosen) if isinstance(chosen, list) else set()
        for row in range(self.measures.count()):
            item = self.measures.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _fill_measures(self) -> None:
        self.measures.clear()
        # Qt hands a StrEnum back as a plain str.
        kind = OrderKind(self.kind.currentData())
        issuer = IssuerKind(self.issuer.currentData())
        for measure in self._service.catalogue().allowed(kind, issuer):
            item = QListWidgetItem(f"{measure.ref}: {measure.text}")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, measure.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.measures.addItem(item)

    def chosen_measures(self) -> list[str]:
        out = []
        for row in range(self.measures.count()):
            item = self.measures.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def data(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind.currentData()),
            "issuer": str(self.issuer.currentData()),
            "issuer_name": self.issuer_name.text(),
            "file_no": self.file_no.text(),
            "decision_date": from_qdate(self.decision.date()).isoformat(),
            "start_date": from_qdate(self.start.date()).isoformat(),
            "end_date": from_qdate(self.end.date()).isoformat(),
            "measures": self.chosen_measures(),
            "note": self.note.toPlainText(),
        }

    def submit(self) -> StoredOrder:
        return self._service.add_from_mapping(self._case_id, self.data())


class ExtendDialog(_Dialog):
    def __init__(self, service: OrderService, order: StoredOrder, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Extend the order"))
        self._service, self._order = service, order
        today = now_istanbul().date()
        self.decision = date_edit(today)
        self.new_end = date_edit(add_months(order.current_end, 6))
        self.new_end.setObjectName("extensionEnd")
        self.file_no = QLineEdit()
        self.note = QLineEdit()
        self.form.addRow(self.tr("Decision date:"), self.decision)
        self.form.addRow(self.tr("New end date:"), self.new_end)
        self.form.addRow(self.tr("File number:"), self.file_no)
        self.form.addRow(self.tr("Note:"), self.note)

    def submit(self) -> StoredOrder:
        return self._service.extend(
            self._order.id,
            from_qdate(self.decision.date()),
            from_qdate(self.new_end.date()),
            self.file_no.text(),
            self.note.text(),
        )


class BreachDialog(_Dialog):
    def __init__(self, service: OrderService, order: StoredOrder, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Record a breach"))
        self._service, self._order = service, order
        self.date = date_edit(now_istanbul().date())
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setObjectName("breachDescription")
        self.description.setFixedHeight(64)
        self.outcome = QComboBox()
        self.outcome.setObjectName("breachOutcome")
        for outcome in BreachOutcome:
            self.outcome.addItem(messages.text(outcome.label_key), outcome.value)
        self.days = QSpinBox()
        self.days.setObjectName("breachDays")
        self.days.setRange(0, 30)
        self.days.setSpecialValueText(self.tr("none"))
        self.note = QLineEdit()
        self.form.addRow(self.tr("Date:"), self.date)
        self.form.addRow(self.tr("What happened:"), self.description)
        self.form.addRow(self.tr("Outcome:"), self.outcome)
        self.form.addRow(self.tr("Detention days:"), self.days)
        self.form.addRow(self.tr("Note:"), self.note)

    def submit(self) -> StoredOrder:
        return self._service.add_breach(
            self._order.id,
            from_qdate(self.date.date()),
            self.description.toPlainText(),
            BreachOutcome(self.outcome.currentData()),
            self.days.value() or None,
            self.note.text(),
        )


DialogFactory = Callable[[], _Dialog]

"""The "Koruma kararları" tab: the orders of the case and add/extend/breach dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop import messages
from kdm_desktop.changes import ORDERS, Changes
from kdm_desktop.domain.dates import format_shown_day
from kdm_desktop.errors import KdmError
from kdm_desktop.services.orders import OrderService, StoredOrder
from kdm_desktop.services.session import Session
from kdm_desktop.ui.pages.registry import PageContext
from kdm_desktop.ui.protection.common import fill_table
from kdm_desktop.ui.protection.order_dialogs import BreachDialog, ExtendDialog, OrderDialog
from kdm_desktop.ui.widgets import FieldError, heading


class OrdersTab(QWidget):
    def __init__(self, session: Session, case_id: str, ctx: PageContext) -> None:
        super().__init__()
        self._service = OrderService(session)
        self._session = session
        self._case_id = case_id
        self.orders: list[StoredOrder] = []

        self.table = QTableWidget(0, 9)
        self.table.setObjectName("ordersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Issued by"),
                self.tr("File number"),
                self.tr("Decision"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Current end"),
                self.tr("Status"),
                self.tr("Breaches"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.add_button = QPushButton(self.tr("&New order…"))
        self.add_button.setObjectName("addOrder")
        self.add_button.clicked.connect(self.add_order)
        self.extend_button = QPushButton(self.tr("&Extend…"))
        self.extend_button.setObjectName("extendOrder")
        self.extend_button.clicked.connect(self.extend_order)
        self.breach_button = QPushButton(self.tr("Record &breach…"))
        self.breach_button.setObjectName("breachOrder")
        self.breach_button.clicked.connect(self.record_breach)
        self.error = FieldError()

        bar = QHBoxLayout()
        bar.addWidget(heading(self.tr("Protection orders (Law 6284)"), 1.3), 1)
        for button in (self.add_button, self.extend_button, self.breach_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.reload()
        ctx.events.data_changed.connect(self._data_changed)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches_case(self._case_id, ORDERS):
            self.reload()

    def reload(self) -> None:
        try:
            self.orders = self._service.for_case(self._case_id)
        except KdmError as exc:
            self.error.show_error(exc.message)
            return
        fill_table(
            self.table,
            [
                [
                    messages.text(o.order.kind.label_key),
                    o.order.issuer_name or messages.text(o.order.issuer.label_key),
                    o.order.file_no,
                    format_shown_day(o.order.decision_date),
                    format_shown_day(o.order.start_date),
                    format_shown_day(o.order.end_date),
                    format_shown_day(o.current_end),
                    messages.text(o.status.label_key),
                    str(len(o.order.breaches)),
                ]
                for o in self.orders
            ],
        )
        self._selection_changed()

    def selected(self) -> StoredOrder | None:
        rows = self.table.selectionModel().selectedRows()
        return self.orders[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        has = self.selected() is not None
        self.extend_button.setEnabled(has)
        self.breach_button.setEnabled(has)

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def make_order_dialog(self) -> OrderDialog:
        return OrderDialog(self._service, self._case_id, self, session=self._session)

    def add_order(self) -> None:
        self._run(self.make_order_dialog())

    def extend_order(self) -> None:
        order = self.selected()
        if order is not None:
            self._run(ExtendDialog(self._service, order, self))

    def record_breach(self) -> None:
        order = self.selected()
        if order is not None:
            self._run(BreachDialog(self._service, order, self))

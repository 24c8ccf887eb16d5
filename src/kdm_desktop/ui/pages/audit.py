"""'Denetim kaydı': the audit log with a filter and a chain check (administrators)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop import messages
from kdm_desktop.domain.numbers import grouped
from kdm_desktop.security.audit import ChainReport
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.models.audit_model import SORT_ROLE, AuditModel
from kdm_desktop.ui.pages.registry import PageContext, PageRegistry, PageSpec
from kdm_desktop.ui.tasks import IsCancelled, Progress
from kdm_desktop.ui.widgets import heading


def chain_message(report: ChainReport) -> str:
    if report.sound:
        return messages.text("audit.ok", count=report.count)
    return messages.text("audit.broken", detail="; ".join(report.problems))


class AuditPage(QWidget):
    def __init__(self, session: Session, ctx: PageContext) -> None:
        super().__init__()
        self._session = session
        self._runner = ctx.runner
        self.model = AuditModel(session, parent=self, busy=lambda: ctx.runner.busy)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)

        self.filter = QLineEdit()
        self.filter.setObjectName("auditFilter")
        self.filter.setPlaceholderText(self.tr("Filter by user, action, object or detail"))
        self.filter.setAccessibleName(self.tr("Filter the audit log"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.setObjectName("verifyChainButton")
        self.verify_button.setToolTip(
            self.tr("Check that no entry of the audit log was changed or deleted")
        )
        self.verify_button.clicked.connect(self.verify)
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.reload_button.clicked.connect(self.model.reload)
        self.result_label = QLabel()
        self.result_label.setObjectName("chainResult")
        self.result_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The object id is a technical key (a case shows its number): narrow, with a tooltip.
        for column, width in enumerate((60, 190, 130, 130, 150, 130)):
            self.table.setColumnWidth(column, width)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.reload_button)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self.tr("Audit log"), 1.5))
        layout.addLayout(top)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.filter, self.reload_button)
        self.setTabOrder(self.reload_button, self.verify_button)
        self.setTabOrder(self.verify_button, self.table)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_count)
        self._update_count()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {loaded} loaded entries shown").format(
                shown=grouped(self.proxy.rowCount()), loaded=grouped(self.model.rowCount())
            )
        )

    def verify(self) -> None:
        session = self._session

        def work(progress: Progress, cancelled: IsCancelled) -> ChainReport:
            return session.verify_audit()

        self._runner.start(
            self,
            work,
            label=self.tr("Verifying the audit chain…"),
            on_success=self._verified,
        )

    def _verified(self, report: ChainReport) -> None:
        text = chain_message(report)
        self.result_label.setText(text)
        self.result_label.setStyleSheet("" if report.sound else "color: #b00020;")
        (dialogs.inform if report.sound else dialogs.warn)(self, text)


def register(registry: PageRegistry) -> None:
    registry.add_page(
        PageSpec(
            key="audit",
            title=lambda: QCoreApplication.translate("Pages", "Audit log"),
            factory=AuditPage,
            permission=Permission.VIEW_AUDIT,
            order=90,
        )
    )

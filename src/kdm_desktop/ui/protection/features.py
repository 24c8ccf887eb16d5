"""Registration of the protection tabs (case view); the reminders card is in ui/pages/features."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.security.roles import Permission
from kdm_desktop.ui.cases.extensions import CaseExtensions, CaseTabSpec
from kdm_desktop.ui.protection.orders_tab import OrdersTab
from kdm_desktop.ui.protection.plan_tab import SafetyPlanTab
from kdm_desktop.ui.protection.risk_tab import RiskTab


def register_case_tabs(ext: CaseExtensions) -> None:
    ext.add_tab(
        CaseTabSpec(
            key="risk",
            title=lambda: QCoreApplication.translate("CaseTabs", "Risk"),
            factory=RiskTab,
            permission=Permission.VIEW_CASES,
            order=40,
            draft_kinds=frozenset({DraftKind.RISK}),
        )
    )
    ext.add_tab(
        CaseTabSpec(
            key="safety_plan",
            title=lambda: QCoreApplication.translate("CaseTabs", "Safety plan"),
            factory=SafetyPlanTab,
            permission=Permission.VIEW_CASES,
            order=41,
            draft_kinds=frozenset({DraftKind.SAFETY_PLAN}),
        )
    )
    ext.add_tab(
        CaseTabSpec(
            key="orders",
            title=lambda: QCoreApplication.translate("CaseTabs", "Protection orders"),
            factory=OrdersTab,
            permission=Permission.VIEW_CASES,
            order=42,
            draft_kinds=frozenset({DraftKind.ORDER}),
        )
    )

"""Adds the letter and case-summary actions and the referrals tab to the case view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kdm_desktop.security.roles import Permission
from kdm_desktop.ui.cases.extensions import CaseActionSpec, CaseExtensions, CaseTabSpec
from kdm_desktop.ui.letters.dialog import open_letter_dialog
from kdm_desktop.ui.letters.referrals_tab import ReferralsTab
from kdm_desktop.ui.letters.summary import print_case_summary


def register(ext: CaseExtensions) -> None:
    ext.add_action(
        CaseActionSpec(
            key="letter",
            title=lambda: QCoreApplication.translate("CaseActions", "Referral letter…"),
            handler=open_letter_dialog,
            permission=Permission.PRINT,
            order=40,
        )
    )
    ext.add_action(
        CaseActionSpec(
            key="case_summary",
            title=lambda: QCoreApplication.translate("CaseActions", "Print case summary…"),
            handler=print_case_summary,
            permission=Permission.PRINT,
            order=45,
        )
    )
    ext.add_tab(
        CaseTabSpec(
            key="referrals",
            title=lambda: QCoreApplication.translate("CaseTabs", "Referrals"),
            factory=ReferralsTab,
            permission=Permission.VIEW_CASES,
            order=60,
        )
    )

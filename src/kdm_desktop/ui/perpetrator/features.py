"""Registration of the "Şiddet uygulayan" tab in the case view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kdm_desktop.domain.drafts import DraftKind
from kdm_desktop.security.roles import Permission
from kdm_desktop.ui.cases.extensions import CaseExtensions, CaseTabSpec
from kdm_desktop.ui.perpetrator.tab import PerpetratorTab


def register_case_tabs(ext: CaseExtensions) -> None:
    ext.add_tab(
        CaseTabSpec(
            key="perpetrator",
            title=lambda: QCoreApplication.translate("CaseTabs", "Perpetrator"),
            factory=PerpetratorTab,
            # The secretary has no VIEW_CASES: the tab is not even built for her.
            permission=Permission.VIEW_CASES,
            order=39,
            draft_kinds=frozenset({DraftKind.PERPETRATOR}),
        )
    )

"""The case view's "Dosya özetini yazdır…": the file's summary through the print dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kdm_desktop.services.letters import LetterService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.printing import print_document


def print_case_summary(session: Session, case_id: str, ctx: object, parent: QWidget) -> None:
    service = LetterService(session)
    print_document(parent, "case_summary", lambda: service.case_summary_document(case_id))

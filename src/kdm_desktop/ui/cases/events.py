"""What the case view tells its tabs, and what extension tabs get as their context.

Extension tabs receive a `CaseContext` (a `PageContext` with `case_events`), so a
tab that changes the case can emit `ctx.case_events.case_changed` and the header
and summary refresh.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from kdm_desktop.ui.pages.registry import PageContext


class CaseEvents(QObject):
    case_changed = Signal()


@dataclass(frozen=True)
class CaseContext(PageContext):
    case_events: CaseEvents

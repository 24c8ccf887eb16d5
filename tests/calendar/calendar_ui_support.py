"""Building the calendar page outside the main window, for widget tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from kdm_desktop.services.session import Session
from kdm_desktop.ui.calendar.page import CalendarPage
from kdm_desktop.ui.pages.features import build_registry
from kdm_desktop.ui.pages.registry import PageContext, PageEvents
from kdm_desktop.ui.tasks import TaskRunner


def page_context(data_dir: Path) -> PageContext:
    return PageContext(
        data_dir=data_dir,
        settings=None,  # type: ignore[arg-type]  # the calendar reads no settings
        runner=TaskRunner(),
        events=PageEvents(),
        registry=build_registry(),
    )


def make_page(qtbot: Any, session: Session, data_dir: Path) -> CalendarPage:
    page = CalendarPage(session, page_context(data_dir))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def shot(widget: QWidget, name: str) -> Path:
    path = Path("/tmp") / f"{name}.png"
    widget.grab().save(str(path))
    return path

"""Dates on the backup page read as everywhere else in the window.

A table shows a moment as "5 Aralık 2026 13:46" (as the notes, attachments and the
audit log do); the backup list and the transfers' sent list showed
"5 Aralık 2026 Cumartesi, 13:46". A sentence carries the weekday in the language's
order: in English "Saturday 5 December 2026, 13:46", not "5 December 2026 Saturday"."""

from __future__ import annotations

import re
from pathlib import Path

from kdm_desktop.domain.dates import TURKISH_WEEKDAYS
from kdm_desktop.services.backup import BackupService
from kdm_desktop.ui.backup.page import BackupPage, format_moment, table_moment
from kdm_desktop.ui.pages.registry import PageContext, PageEvents, PageRegistry
from kdm_desktop.ui.settings import AppSettings
from kdm_desktop.ui.tasks import TaskRunner

TABLE_FORM = re.compile(r"^\d{1,2} \S+ \d{4} \d{2}:\d{2}$")


def test_the_backup_list_shows_the_table_form(qtbot, session, tmp_path: Path) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    BackupService(session).create(target, keep=3)
    data = tmp_path / "data"
    ctx = PageContext(data, AppSettings(data), TaskRunner(), PageEvents(), PageRegistry())
    page = BackupPage(session, ctx)
    qtbot.addWidget(page)
    page.set_destination(target)
    assert page.table.rowCount() == 1
    taken = page.table.item(0, 0).text()
    assert TABLE_FORM.match(taken), taken
    assert not any(day in taken for day in TURKISH_WEEKDAYS), taken


def test_a_moment_in_a_table_has_no_weekday() -> None:
    assert table_moment("2026-12-05T13:46:56+03:00") == "5 Aralık 2026 13:46"
    assert table_moment(None) == "—"
    assert table_moment("bozuk") == "bozuk"


def test_a_moment_in_a_sentence_follows_the_language(english) -> None:
    assert format_moment("2026-12-05T13:46:56+03:00") == "Saturday 5 December 2026, 13:46"


def test_a_moment_in_a_turkish_sentence() -> None:
    assert format_moment("2026-12-05T13:46:56+03:00") == "5 Aralık 2026 Cumartesi, 13:46"

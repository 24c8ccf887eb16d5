"""`kdm-desktop --self-test USER`: prove an installed program works, end to end.

Centres have no IT staff; after installing or upgrading, this opens the real window
(offscreen is fine), checks the Turkish catalogue, unlocks the case file with the
password read from standard input through the real lock screen, and prints one
JSON line: version, language, whether the Turkish catalogue loaded, whether the
unlock reached the workspace, the time zone and a holiday name (package data that
a frozen build must carry). It never prints case content. Exit 0 only if all hold.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from kdm_desktop import __version__
from kdm_desktop.domain.calendar.holidays_tr import holidays_on
from kdm_desktop.ui.controller import AppController, State

TIMEOUT_MS = 60_000


def run(app: QApplication, controller: AppController, username: str, translated: bool) -> int:
    """Drive `controller` (already started) through an unlock; returns the exit code."""
    password = sys.stdin.readline().rstrip("\r\n")
    result: dict[str, object] = {
        "version": __version__,
        "translated": translated,
        # A string every Turkish window shows: the catalogue is in use, not just found.
        "settings_label": QCoreApplication.translate("Pages", "Settings"),
        "unlocked": False,
    }
    try:
        result["time_zone"] = dt.datetime(2026, 1, 1, tzinfo=ZoneInfo("Europe/Istanbul")).strftime(
            "%z"
        )
    except Exception as exc:  # a missing tz database is exactly what this reports
        result["time_zone"] = f"missing: {type(exc).__name__}"
    try:
        # 29 Ekim: its Turkish name comes from the holidays package's own data files.
        names = [h.name_tr for h in holidays_on(dt.date(2026, 10, 29))]
        result["holiday"] = names[0] if names else ""
    except Exception as exc:
        result["holiday"] = ""
        result["error"] = type(exc).__name__

    def finish(code: int) -> None:
        print(json.dumps(result, ensure_ascii=False), flush=True)
        app.exit(code)

    def on_state(state: str) -> None:
        if state == State.UNLOCKED.value:
            result["unlocked"] = True
            ok = translated and result["time_zone"] == "+0300" and bool(result["holiday"])
            QTimer.singleShot(0, lambda: finish(0 if ok else 1))

    controller.state_changed.connect(on_state)
    if controller.state != State.LOCKED:
        result["error"] = "no case file in this folder"
        QTimer.singleShot(0, lambda: finish(1))
        return app.exec()
    panel = controller.lock_screen.unlock
    panel.username.setText(username)
    panel.password.setText(password)
    QTimer.singleShot(0, panel.login_button.click)
    # A wrong password leaves the lock screen up; the timeout reports it.
    QTimer.singleShot(TIMEOUT_MS, lambda: finish(3))
    return app.exec()

"""settings.ini lies beside the case file, where anyone at the PC can edit it.

The attack: before the counsellor logs in, a visitor sets the auto-lock to a
week (or to 0, "never") so that the window stays open when she walks away. The
value is clamped when read: the lock comes after at most an hour.
"""

from __future__ import annotations

import pytest
from ui_support import unlock

from kdm_desktop.ui.settings import (
    MAX_AUTOLOCK_MINUTES,
    MIN_AUTOLOCK_MINUTES,
    SETTINGS_FILE,
    AppSettings,
)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("10080", MAX_AUTOLOCK_MINUTES),
        ("0", MIN_AUTOLOCK_MINUTES),
        ("-5", MIN_AUTOLOCK_MINUTES),
        ("1e9", 5),
        ("nan", 5),
        ("hiç", 5),
    ],
)
def test_an_edited_autolock_is_clamped(qtbot, make_app, casefile, written, expected) -> None:
    ini = casefile.data_dir / SETTINGS_FILE
    ini.write_text(f"[security]\nautolock_minutes={written}\n", encoding="utf-8")
    assert AppSettings(casefile.data_dir).autolock_minutes == expected
    app = make_app(casefile.data_dir)
    unlock(qtbot, app)
    assert 0 < app.idle.timeout_ms <= MAX_AUTOLOCK_MINUTES * 60_000

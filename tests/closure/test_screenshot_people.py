"""Every documentation shot is logged in as the same person, with her name.

The main run shows "Giriş yapan: Nazlı Yıldız (Yönetici)"; the closure and retention
shots made their own case file without the administrator's name and showed
"Giriş yapan: yonetici (Yönetici)" (28-…, 29-…, 60-…66-*.png)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

from kdm_desktop.domain import synthetic
from kdm_desktop.ui.closure_screenshots import capture as capture_closure
from kdm_desktop.ui.retention.screenshots import capture as capture_retention

NAME = synthetic.text("screenshots.admin_display_name")


@pytest.mark.parametrize("capture", [capture_closure, capture_retention])
def test_the_shots_show_the_administrators_name(qapp, tmp_path: Path, capture) -> None:
    logged_in: list[str] = []

    def shoot(name: str, window: QWidget, dialog: QWidget | None) -> None:
        label = window.findChild(QLabel, "statusUser")
        if label is not None and label.isVisible():
            logged_in.append(label.text())

    capture(tmp_path, QSize(1366, 768), shoot)
    assert logged_in, "no shot showed who is logged in"
    assert all(NAME in text for text in logged_in), logged_in

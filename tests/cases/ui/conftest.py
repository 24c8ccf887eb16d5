"""Fixtures for the case screens: the Turkish catalogue, staff per role, the window."""

from __future__ import annotations

from typing import Any

import pytest
from ui_cases_support import STAFF, STAFF_PASSWORD

from kdm_desktop.services.users import UserService
from qt_fixtures import make_app, qm_path, turkish_ui

__all__ = ["make_app", "qm_path", "turkish_ui"]


@pytest.fixture
def staffed(casefile: Any) -> Any:
    with casefile.login() as admin:
        users = UserService(admin)
        for name, role, display in STAFF:
            users.add(name, STAFF_PASSWORD, role, display)
    return casefile

"""Fixtures for the drafts tests: colleagues per role, a case, the window."""

from __future__ import annotations

from typing import Any

import pytest
from drafts_support import STAFF, STAFF_PASSWORD, add_case

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


@pytest.fixture
def case_id(staffed: Any) -> str:
    with staffed.login() as admin:
        return add_case(admin)

"""Fixtures of the perpetrator tests: colleagues per role and one case."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from perp_support import STAFF, STAFF_PASSWORD, add_case

from kdm_desktop.services.session import Session
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


@pytest.fixture
def as_user(staffed: Any) -> Iterator[Callable[[str], Any]]:
    @contextmanager
    def login(name: str) -> Iterator[Session]:
        s = staffed.login(name, STAFF_PASSWORD)
        try:
            yield s
        finally:
            s.close()

    yield login

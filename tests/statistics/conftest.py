from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "cases"))
sys.path.insert(0, str(Path(__file__).parent.parent / "app"))


from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from case_support import ADMIN, ADMIN_PASSWORD, STAFF, STAFF_PASSWORD

from kdm_desktop.services.casefile import Session
from kdm_desktop.services.users import UserService
from qt_fixtures import make_app, qm_path, turkish_ui

__all__ = ["make_app", "qm_path", "turkish_ui"]


@pytest.fixture
def staffed(casefile: Any) -> Any:
    with casefile.login() as admin:
        users = UserService(admin)
        for name, role in STAFF:
            users.add(name, STAFF_PASSWORD, role, name.title())
    return casefile


@pytest.fixture
def as_user(staffed: Any) -> Iterator[Callable[[str], Any]]:
    @contextmanager
    def login(name: str) -> Iterator[Session]:
        password = ADMIN_PASSWORD if name == ADMIN else STAFF_PASSWORD
        s = staffed.login(name, password)
        try:
            yield s
        finally:
            s.close()

    yield login

"""`staffed` and `as_user`: a case file with one colleague per role, and a login per
person (the case file keeps an exclusive lock, so one session at a time, as staff
sharing one PC would). Imported by the conftest of every folder that needs them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from case_support import ADMIN, ADMIN_PASSWORD, STAFF, STAFF_PASSWORD

from kdm_desktop.services.session import Session
from kdm_desktop.services.users import UserService


@pytest.fixture
def staffed(casefile: Any) -> Any:
    with casefile.login() as admin:
        users = UserService(admin)
        for name, role in STAFF:
            users.add(name, STAFF_PASSWORD, role, name.title())
    return casefile


@pytest.fixture
def as_user(staffed: Any) -> Iterator[Callable[[str], Any]]:
    """`with as_user("psikolog") as s:` — a session for that colleague (admin: "yonetici")."""

    @contextmanager
    def login(name: str) -> Iterator[Session]:
        password = ADMIN_PASSWORD if name == ADMIN else STAFF_PASSWORD
        s = staffed.login(name, password)
        try:
            yield s
        finally:
            s.close()

    yield login

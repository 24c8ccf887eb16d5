from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "cases"))


from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from case_support import ADMIN, ADMIN_PASSWORD, STAFF, STAFF_PASSWORD  # noqa: E402

from kdm_desktop.services.casefile import Session  # noqa: E402
from kdm_desktop.services.users import UserService  # noqa: E402


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

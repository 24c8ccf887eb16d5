"""A demo case file filled with synthetic data, for `make run` and screenshots."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kdm_desktop.domain import synthetic
from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.security.kdf import Argon2Params
from kdm_desktop.security.roles import Role
from kdm_desktop.services.casefile import create_case_file
from kdm_desktop.services.session import Session
from kdm_desktop.services.users import UserService

# Printed by `kdm demo` and in the README: the demo holds invented people only.
DEMO_PASSWORD = "demo-parola-2026"  # noqa: S105
DEMO_ADMIN = "yonetici"
DEMO_STAFF: tuple[tuple[str, Role, str], ...] = (
    ("sosyal", Role.SOCIAL_WORKER, synthetic.text("demo_staff_names.sosyal")),
    ("psikolog", Role.PSYCHOLOGIST, synthetic.text("demo_staff_names.psikolog")),
    ("avukat", Role.LAWYER, synthetic.text("demo_staff_names.avukat")),
    ("sekreter", Role.SECRETARY, synthetic.text("demo_staff_names.sekreter")),
)
DEMO_CENTRE = CentreInfo(
    name=synthetic.text("demo_centre.name"),
    code="KSK",
    municipality=synthetic.text("demo_centre.municipality"),
    district=synthetic.text("demo_centre.district"),
    address=synthetic.text("demo_centre.address"),
    phone="+90 232 000 00 00",
    email="kdm@example.org",
)

# Later features (cases, calendar …) register how they fill the demo.
DemoFiller = Callable[[Session, int, int], None]
FILLERS: list[DemoFiller] = []


def _fill_cases(session: Session, count: int, seed: int) -> None:
    # Imported here: the case services import this package's session module.
    from kdm_desktop.services.demo_cases import fill_demo_cases

    fill_demo_cases(session, count, seed)


FILLERS.append(_fill_cases)


def _fill_calendar(session: Session, count: int, seed: int) -> None:
    from kdm_desktop.services.demo_calendar import fill_demo_calendar

    fill_demo_calendar(session, count, seed)


FILLERS.append(_fill_calendar)


@dataclass
class DemoResult:
    path: Path
    users: list[str] = field(default_factory=list)
    recovery_key: str = ""


def create_demo(
    data_dir: Path, *, cases: int = 60, seed: int = 2026, kdf: Argon2Params | None = None
) -> DemoResult:
    created = create_case_file(
        data_dir,
        centre=DEMO_CENTRE,
        admin_username=DEMO_ADMIN,
        admin_password=DEMO_PASSWORD,
        admin_display_name=synthetic.text("screenshots.admin_display_name"),
        kdf=kdf,
    )
    with created.session as session:
        users = UserService(session)
        for username, role, name in DEMO_STAFF:
            users.add(username, DEMO_PASSWORD, role, name)
        for fill in FILLERS:
            fill(session, cases, seed)
        return DemoResult(
            session.paths.database,
            [DEMO_ADMIN, *[u for u, _, _ in DEMO_STAFF]],
            created.recovery_key,
        )

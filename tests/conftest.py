"""Shared fixtures. Qt runs offscreen; Argon2 runs at its test cost.

The fast KDF setting only lowers Argon2id's cost for test speed; one test checks
that the production default is what a new case file gets without it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KDM_INSECURE_FAST_KDF"] = "1"
os.environ["KDM_LANG"] = "tr"
os.environ.pop("KDM_PASSWORD", None)
os.environ.pop("KDM_DATA_DIR", None)

import pytest  # noqa: E402

from kdm_desktop.domain.centre import CentreInfo  # noqa: E402
from kdm_desktop.services.casefile import Session, create_case_file, open_session  # noqa: E402

ADMIN = "yonetici"
ADMIN_PASSWORD = "Gizli-Parola-2026"
CENTRE = CentreInfo(
    name="Nilüfer Belediyesi Kadın Danışma Merkezi",
    code="NRL",
    municipality="Nilüfer Belediyesi",
    district="Nilüfer",
    address="Deneme Mahallesi, Örnek Sokak No: 7, Nilüfer / Bursa",
    phone="+90 224 000 00 00",
)


@dataclass
class CaseFileFixture:
    data_dir: Path
    recovery_key: str
    casefile_id: str

    def login(self, user: str = ADMIN, password: str = ADMIN_PASSWORD) -> Session:
        return open_session(self.data_dir, user, password)


@pytest.fixture
def casefile(tmp_path: Path) -> CaseFileFixture:
    """A fresh case file with one administrator; the session is closed again."""
    data_dir = tmp_path / "data"
    created = create_case_file(
        data_dir, centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    casefile_id = created.session.casefile_id
    created.session.close()
    return CaseFileFixture(data_dir, created.recovery_key, casefile_id)


@pytest.fixture
def session(casefile: CaseFileFixture) -> Iterator[Session]:
    """The administrator logged in to a fresh case file."""
    s = casefile.login()
    yield s
    s.close()

"""Centres of İzmir for the exchange tests: keys verified both ways with the coordinator."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.services.session import Session
from kdm_desktop.services.trust import TrustService
from kdm_testing import ADMIN, ADMIN_PASSWORD, CENTRE


@dataclass
class Centre:
    data_dir: Path
    code: str

    def login(self) -> Session:
        return open_session(self.data_dir, ADMIN, ADMIN_PASSWORD)


def make_centre(root: Path, code: str, district: str) -> Centre:
    centre = dataclasses.replace(
        CENTRE,
        code=code,
        name=f"{district} Belediyesi Kadın Danışma Merkezi",
        municipality=f"{district} Belediyesi",
        district=district,
        address=f"Örnek Mahallesi, Deneme Sokak No: 3, {district} / İzmir",
    )
    created = create_case_file(
        root / code, centre=centre, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    created.session.close()
    return Centre(root / code, code)


def trust_each_other(a: Centre, b: Centre) -> None:
    with a.login() as sa:
        card_a, fp_a = TrustService(sa).own_card(), TrustService(sa).own_fingerprint()
    with b.login() as sb:
        card_b, fp_b = TrustService(sb).own_card(), TrustService(sb).own_fingerprint()
        TrustService(sb).import_card(card_a, fp_a)
    with a.login() as sa:
        TrustService(sa).import_card(card_b, fp_b)

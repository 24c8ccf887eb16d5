"""Helpers of the transfer tests: two centres, keys exchanged, cases with consent."""

from __future__ import annotations

import dataclasses
import datetime
import functools
import importlib
import io
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kdm_desktop.bundle.fingerprint import fingerprint
from kdm_desktop.bundle.identity import parse_card
from kdm_desktop.domain.cases.choices import AttachmentKind
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.cases.records import CaseRef
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.casefile import create_case_file, open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.clock import now_istanbul
from kdm_desktop.services.session import Session
from kdm_desktop.services.trust import TrustService
from kdm_desktop.storage.cases_repo import CaseRepository
from kdm_desktop.storage.transfer_repo import TransferRepository
from kdm_testing import ADMIN, ADMIN_PASSWORD, CENTRE

# `snapshot` counts the tables the storage modules loaded so far have registered; an
# import that loads the perpetrators' module on the way added a key between "before"
# and "after", so a test alone, or first on its worker, failed. Every table an
# import can touch is counted from the start.
for _module in ("attachments_repo", "case_details_repo", "perpetrator_repo", "protection_repo"):
    importlib.import_module(f"kdm_desktop.storage.{_module}")

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
PDF = b"%PDF-1.4\n" + b"x" * 3000 + b"\n%%EOF\n"


@dataclass
class Centre:
    data_dir: Path
    code: str

    def login(self) -> Session:
        return open_session(self.data_dir, ADMIN, ADMIN_PASSWORD)


def make_centre(root: Path, code: str, name: str) -> Centre:
    centre = dataclasses.replace(CENTRE, code=code, name=name)
    created = create_case_file(
        root / code, centre=centre, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    created.session.close()
    return Centre(root / code, code)


def card_and_fingerprint(session: Session) -> tuple[bytes, str]:
    trust = TrustService(session)
    return trust.own_card(), trust.own_fingerprint()


def exchange_keys(a: Session, b: Session) -> None:
    card_a, fp_a = card_and_fingerprint(a)
    card_b, fp_b = card_and_fingerprint(b)
    TrustService(a).import_card(card_b, fp_b)
    TrustService(b).import_card(card_a, fp_a)
    assert fingerprint(parse_card(card_a)) == fp_a


def today() -> datetime.date:
    return now_istanbul().date()


def add_case(
    session: Session, *, share: bool = True, attachments: bool = False, **fields: Any
) -> CaseRef:
    base: dict[str, Any] = {
        "first_name": "Ayşe",
        "last_name": "Yılmaz",
        "phone": "0532 123 45 67",
        "district": "Karşıyaka",
        "reason": "Danışmanlık",
    }
    base.update(fields)
    grant = ConsentGrant(processing=True, share_with_centres=share, date=today())
    ref = CaseService(session).create(CaseDraft(**base), consent=grant)
    if attachments:
        service = AttachmentService(session)
        service.add(ref.id, io.BytesIO(PNG), "yara fotoğrafı.png", AttachmentKind.PHOTO)
        service.add(ref.id, io.BytesIO(PDF), "Mahkeme kararı.pdf", AttachmentKind.COURT_PAPER)
    return ref


def snapshot(session: Session) -> tuple[object, ...]:
    """Everything a refused import must leave untouched (audit entries included)."""
    conn = session.db.conn
    counts = session.db.counts()
    cases = CaseRepository(conn)
    ids = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY id").fetchall()]
    records = [cases.by_id(i) for i in ids]
    received = conn.execute("SELECT count(*) FROM transfer_received").fetchone()[0]
    chunks = conn.execute("SELECT count(*) FROM case_attachment_chunks").fetchone()[0]
    return counts, records, received, chunks


@contextmanager
def two_centres(root: Path) -> Iterator[tuple[Session, Session]]:
    """Nilüfer (`root/NRL`) and Kadıköy (`root/KDZ`), each trusting the other's card.

    Copies of a pair built once per test process (issue #19): making two case files
    and exchanging their cards cost about 0.3 s a test, a copy a few ms. Every test
    still gets files of its own; copies share their keys and ids, as `casefile`'s do."""
    template = _pair_template()
    for code in ("NRL", "KDZ"):
        shutil.copytree(template / code, root / code)
    a, b = Centre(root / "NRL", "NRL").login(), Centre(root / "KDZ", "KDZ").login()
    try:
        yield a, b
    finally:
        a.close()
        b.close()


_TEMPLATE_ROOT: list[tempfile.TemporaryDirectory[str]] = []  # removed when the process exits


@functools.cache
def _pair_template() -> Path:
    _TEMPLATE_ROOT.append(tempfile.TemporaryDirectory(prefix="kdm-transfer-pair-"))
    root = Path(_TEMPLATE_ROOT[0].name)
    a_dir = make_centre(root, "NRL", "Nilüfer Kadın Danışma Merkezi")
    b_dir = make_centre(root, "KDZ", "Kadıköy Kadın Danışma Merkezi")
    with a_dir.login() as a, b_dir.login() as b:
        exchange_keys(a, b)
    return root


def last_sequence(session: Session, sender_key: bytes) -> int | None:
    return TransferRepository(session.db.conn).last_sequence(sender_key)

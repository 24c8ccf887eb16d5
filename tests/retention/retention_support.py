"""Helpers of the retention tests: dated synthetic cases and a raw page scan."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from kdm_desktop.domain.cases.choices import AttachmentKind, CaseStatus, ClosureReason, NoteKind
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.clock import ISTANBUL
from kdm_desktop.services.session import Session
from kdm_testing import ADMIN, ADMIN_PASSWORD

TODAY = datetime.datetime(2026, 12, 4, 10, 0, tzinfo=ISTANBUL)


def at(y: int, m: int, d: int) -> datetime.datetime:
    return datetime.datetime(y, m, d, 10, 0, tzinfo=ISTANBUL)


@contextmanager
def session_at(data_dir: Path, when: datetime.datetime) -> Iterator[Session]:
    s = open_session(data_dir, ADMIN, ADMIN_PASSWORD, now=lambda: when)
    try:
        yield s
    finally:
        s.close()


def make_case(
    data_dir: Path,
    first: str,
    last: str,
    applied: datetime.datetime,
    closed: datetime.datetime | None,
    *,
    district: str = "Karşıyaka",
    marker: bytes = b"",
) -> str:
    """A case applied for on `applied`, with a note and an attachment, closed on `closed`."""
    with session_at(data_dir, applied) as s:
        ref = CaseService(s).create(
            CaseDraft(
                first_name=first,
                last_name=last,
                birth_date=datetime.date(1985, 3, 9),
                phone="0532 987 65 43",
                address=f"{last} Apartmanı No: 3",
                district=district,
                application_date=applied.date(),
                reason=f"{first} {last} eşinden şiddet gördüğünü anlatıyor.",
            )
        )
        NoteService(s).add(ref.id, NoteKind.SOCIAL, f"{first} ile görüşüldü, {last} ailesi.")
        if marker:
            AttachmentService(s).add(
                ref.id, io.BytesIO(b"%PDF-1.4 " + marker), "dilekce.pdf", AttachmentKind.COURT_PAPER
            )
    if closed is not None:
        with session_at(data_dir, closed) as s:
            CaseService(s).set_status(ref.id, CaseStatus.CLOSED, reason=ClosureReason.GOALS_MET)
    return ref.id


# SQLCipher 4 defaults: 4096-byte pages, 80 reserved bytes (16 IV + 64 HMAC),
# AES-256-CBC under the raw key; page 1 starts with the 16-byte salt in the clear.
PAGE = 4096
RESERVE = 80


def decrypted_pages(path: Path, key: bytes) -> Iterator[bytes]:
    data = path.read_bytes()
    for n in range(len(data) // PAGE):
        page = data[n * PAGE : (n + 1) * PAGE]
        start = 16 if n == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        yield dec.update(page[start : PAGE - RESERVE]) + dec.finalize()


def raw_hits(path: Path, key: bytes, needles: list[bytes]) -> list[bytes]:
    pages = list(decrypted_pages(path, key))
    # Page 1's decrypted text begins at header offset 16: the page size, 4096.
    assert pages[0][:2] == b"\x10\x00", "page decryption is wrong: the scan would prove nothing"
    blob = b"".join(pages)
    return [n for n in needles if n in blob]

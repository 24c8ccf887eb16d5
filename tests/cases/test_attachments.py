"""Attachments live only inside the encrypted case file; export is checked and audited."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest
from case_support import draft, today

from kdm_desktop.domain.cases.attachments import (
    CHUNK_BYTES,
    MAX_ATTACHMENT_BYTES,
    MediaType,
    clean_filename,
    sniff_media_type,
)
from kdm_desktop.domain.cases.choices import AttachmentKind, ConsentPurpose, RecipientKind
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import KdmError, PermissionDenied, RefusedInput
from kdm_desktop.services import attachments as attachments_module
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.consents import ConsentService

PDF = b"%PDF-1.7\n" + b"Mahkeme karari, Isik Igdeli\n" * 50
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 500
TIFF = b"II*\x00" + b"\x01" * 300
MARKER = b"KDM-ATTACHMENT-MARKER-7f3a9c"


class NoSeek(io.RawIOBase):
    """A pipe-like source: short reads, no length, no seeking."""

    def __init__(self, data: bytes, step: int = 70_000) -> None:
        self._data = data
        self._pos = 0
        self._step = step

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        n = self._step if size < 0 else min(size, self._step)
        out = self._data[self._pos : self._pos + n]
        self._pos += len(out)
        return out


@pytest.fixture
def case(session):
    ref = CaseService(session).create(draft(), consent=ConsentGrant(True, date=today()))
    return session, ref


@pytest.mark.parametrize(
    ("name", "data", "media"),
    [
        ("karar.pdf", PDF, MediaType.PDF),
        ("yara.PNG", PNG, MediaType.PNG),
        ("foto.jpeg", JPEG, MediaType.JPEG),
        ("tarama.tif", TIFF, MediaType.TIFF),
    ],
)
def test_round_trip(case, tmp_path: Path, name: str, data: bytes, media: MediaType) -> None:
    session, ref = case
    svc = AttachmentService(session)
    info = svc.add(ref.id, io.BytesIO(data), name, AttachmentKind.COURT_PAPER, "Duruşma tutanağı")
    assert info.media_type == media
    assert info.size == len(data)
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert b"".join(svc.read(info.id)) == data
    target = tmp_path / "disari" / name
    target.parent.mkdir()
    svc.export(info.id, target)
    assert target.read_bytes() == data
    assert [a.id for a in CaseService(session).open(ref.id).attachments] == [info.id]


def test_large_files_stream_in_chunks(case, tmp_path: Path) -> None:
    session, ref = case
    data = b"%PDF-1.4\n" + os.urandom(3 * CHUNK_BYTES + 12345)
    svc = AttachmentService(session)
    info = svc.add(ref.id, NoSeek(data), "buyuk.pdf", AttachmentKind.SCANNED_DOCUMENT)
    pieces = list(svc.read(info.id))
    assert [len(p) for p in pieces] == [CHUNK_BYTES] * 3 + [12345 + 9]
    rows = session.db.conn.execute(
        "SELECT count(*) FROM case_attachment_chunks WHERE attachment_id = ?", (info.id,)
    ).fetchone()[0]
    assert rows == 4
    svc.export(info.id, tmp_path / "b.pdf")
    assert hashlib.sha256((tmp_path / "b.pdf").read_bytes()).hexdigest() == info.sha256


def test_too_large_is_refused_with_a_clear_message_and_nothing_kept(case, monkeypatch) -> None:
    session, ref = case
    monkeypatch.setattr(attachments_module, "MAX_ATTACHMENT_BYTES", 2 * CHUNK_BYTES)
    svc = AttachmentService(session)
    before = session.counts()
    with pytest.raises(ValidationErrors) as err:
        svc.add(ref.id, NoSeek(b"%PDF-" + b"x" * (2 * CHUNK_BYTES)), "a.pdf", AttachmentKind.OTHER)
    assert err.value.key == "attachment.too_large"
    assert "en çok 2 MB" in err.value.message
    assert session.counts() == before
    assert session.db.conn.execute("SELECT count(*) FROM case_attachment_chunks").fetchone()[0] == 0


def test_the_limit_is_fifty_megabytes(case, tmp_path: Path) -> None:
    session, ref = case
    assert MAX_ATTACHMENT_BYTES == 50 * 1024 * 1024
    big = tmp_path / "cok-buyuk.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-")
        fh.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: refused before being read
    with pytest.raises(ValidationErrors) as err:
        AttachmentService(session).add_file(ref.id, big, AttachmentKind.OTHER)
    assert err.value.key == "attachment.too_large"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("karar.pdf", b"MZ\x90\x00 not a pdf"),  # an executable renamed
        ("foto.jpg", PNG),  # real type differs from the extension
        ("belge.docx", PDF),  # allowed content, disallowed name
        ("belge", PDF),
        ("script.pdf.exe", PDF),
        ("resim.gif", b"GIF89a...."),
    ],
)
def test_type_is_checked_by_content_and_name(case, name: str, data: bytes) -> None:
    session, ref = case
    with pytest.raises(ValidationErrors) as err:
        AttachmentService(session).add(ref.id, io.BytesIO(data), name, AttachmentKind.OTHER)
    assert err.value.key == "attachment.type"
    assert "PDF, JPEG, PNG, TIFF" in err.value.message


def test_empty_file_and_names(case) -> None:
    session, ref = case
    with pytest.raises(ValidationErrors) as err:
        AttachmentService(session).add(ref.id, io.BytesIO(b""), "a.pdf", AttachmentKind.OTHER)
    assert err.value.key == "attachment.empty"
    assert clean_filename("C:\\Users\\ayse\\Desktop\\karar.pdf") == "karar.pdf"
    assert clean_filename("../../etc/passwd.pdf") == "passwd.pdf"
    assert clean_filename("a\x00b\u202e.pdf") == "ab.pdf"
    assert sniff_media_type(b"MM\x00*rest") == MediaType.TIFF


def test_nothing_is_written_outside_the_encrypted_file(case, tmp_path: Path, monkeypatch) -> None:
    session, ref = case
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    data_dir = session.paths.data_dir
    before = {p.name for p in data_dir.iterdir()}
    info = AttachmentService(session).add(
        ref.id, io.BytesIO(PDF + MARKER * 100), "karar.pdf", AttachmentKind.COURT_PAPER
    )
    list(AttachmentService(session).read(info.id))
    session.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    after = {p.name for p in data_dir.iterdir()}
    assert after - before <= {"casefile.kdm-wal"}
    for root in (data_dir, tmp):
        for path in root.rglob("*"):
            if path.is_file():
                assert MARKER not in path.read_bytes(), path


def test_export_needs_permission_consent_and_is_audited(staffed, as_user, tmp_path: Path) -> None:
    with as_user("sosyal") as s:
        ref = CaseService(s).create(draft())  # no consent recorded
        svc = AttachmentService(s)
        info = svc.add(ref.id, io.BytesIO(PDF), "karar.pdf", AttachmentKind.COURT_PAPER)
        target = tmp_path / "karar.pdf"
        with pytest.raises(RefusedInput) as err:
            svc.export(info.id, target)
        assert err.value.key == "consent.missing" and ref.case_number in err.value.message
        assert not target.exists()
        ConsentService(s).record(ref.id, ConsentPurpose.PROCESSING, today())
        svc.export(info.id, target)
        assert target.read_bytes() == PDF
        # Not over an existing file unless asked.
        with pytest.raises(RefusedInput) as err:
            svc.export(info.id, target)
        assert err.value.key == "attachment.target_exists"
        # For an institution, sharing consent for that kind is needed as well.
        with pytest.raises(RefusedInput):
            svc.export(info.id, tmp_path / "baro.pdf", recipient_kind=RecipientKind.BAR)
        ConsentService(s).record(
            ref.id, ConsentPurpose.SHARE_WITH_INSTITUTION, today(), RecipientKind.BAR
        )
        svc.export(info.id, tmp_path / "baro.pdf", recipient_kind=RecipientKind.BAR)
    with as_user("sekreter") as s:
        with pytest.raises(PermissionDenied):
            AttachmentService(s).export(info.id, tmp_path / "x.pdf")
        with pytest.raises(PermissionDenied):
            AttachmentService(s).for_case(ref.id)
        with pytest.raises(PermissionDenied):
            AttachmentService(s).add(ref.id, io.BytesIO(PDF), "a.pdf", AttachmentKind.OTHER)
    with as_user("yonetici") as s:
        exports = [e for e in s.audit_entries(100) if e.action == "export"]
    assert [e.object_id for e in exports] == [info.id, info.id]
    assert "recipient=baro" in exports[0].detail
    assert all(ref.id in e.detail for e in exports)


def test_a_damaged_attachment_is_not_exported(case, tmp_path: Path) -> None:
    session, ref = case
    svc = AttachmentService(session)
    info = svc.add(ref.id, io.BytesIO(PDF), "karar.pdf", AttachmentKind.COURT_PAPER)
    with session.db.transaction() as conn:
        conn.execute(
            "UPDATE case_attachment_chunks SET data = ? WHERE attachment_id = ?",
            (PDF[:-1] + b"!", info.id),
        )
    out = tmp_path / "out"
    out.mkdir()
    target = out / "karar.pdf"
    with pytest.raises(KdmError) as err:
        svc.export(info.id, target)
    assert err.value.key == "attachment.damaged"
    assert list(out.iterdir()) == []  # no half-written or temporary file either
    assert not [e for e in session.audit_entries(5) if e.action == "export"]

"""The bytes of payload format 2 are frozen: other centres read what this release writes.

Fixed cases (every section an entry can carry) are mapped to entries, written as a
format-2 payload and hashed; the hash was taken from the code before the codec
was split into its reader and writer modules (issue 19, main at 0e5c80c). Reading
the payload back gives the same records. If this test fails, the format changed:
that needs a new `PAYLOAD_VERSION`, never an edit of this hash.
"""

from __future__ import annotations

import datetime
import hashlib
import io

from kdm_desktop.bundle.case_entries import (
    CaseHistory,
    case_entry,
    entry_attachments,
    entry_consents,
    entry_notes,
    entry_perpetrators,
    entry_record,
    entry_services,
)
from kdm_desktop.bundle.wire_reader import PayloadReader
from kdm_desktop.bundle.wire_writer import plan_payload
from kdm_desktop.domain.cases.attachments import AttachmentInfo, MediaType
from kdm_desktop.domain.cases.choices import (
    AttachmentKind,
    CaseStatus,
    ClosureReason,
    ConsentPurpose,
    MaritalStatus,
    NoteKind,
    PerpetratorRelation,
    RecipientKind,
    ServiceKind,
    ViolenceType,
)
from kdm_desktop.domain.cases.consent import ConsentRecord
from kdm_desktop.domain.cases.draft import CaseDraft, Child
from kdm_desktop.domain.cases.notes import Note, NoteVersion
from kdm_desktop.domain.cases.records import CaseRecord
from kdm_desktop.domain.cases.service_log import ServiceEntry
from kdm_desktop.domain.perpetrator import (
    Answer,
    Perpetrator,
    PerpetratorAgeBand,
    PerpetratorRow,
)

# SHA-256 of the payload `_payload()` writes (format 2), and its length.
FROZEN_SHA256 = "b59e0483e5558beff351b3597bd694533869e8c1ad6970716a2fe6b674d52f57"
FROZEN_SIZE = 7513

T0 = "2026-01-05T10:00:00+03:00"
T1 = "2026-02-11T14:30:00+03:00"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.4\n" + b"Karar metni\n" * 50 + b"%%EOF\n"


def _id(n: int) -> str:
    return f"{n:08x}-0000-4000-8000-{n:012x}"


def _case_one() -> tuple[CaseRecord, list[ConsentRecord], list[AttachmentInfo], CaseHistory]:
    case = _id(1)
    draft = CaseDraft(
        first_name="Gülşen",
        last_name="Öztürk",
        birth_date=datetime.date(1990, 3, 12),
        age=35,
        needs_interpreter=True,
        phone="+905321234567",
        other_phones=("+905332223344",),
        neighbourhood="Bostanlı",
        district="Karşıyaka",
        marital_status=MaritalStatus.MARRIED,
        children=(Child(7, True), Child(12, False)),
        application_date=datetime.date(2026, 1, 5),
        reason="Danışmanlık",
        violence_types=frozenset({ViolenceType.PHYSICAL, ViolenceType.ECONOMIC}),
        lives_with_perpetrator=True,
        health_notes="Şeker hastalığı",
    )
    record = CaseRecord(
        id=case,
        case_number="NRL-2026-0001",
        status=CaseStatus.OPEN,
        closure_reason=None,
        closure_note="",
        assigned_to=None,
        draft=draft,
        field_versions={"first_name": T0, "phone": T1, "status": T0},
        created_at=T0,
        created_by="yonetici",
        updated_at=T1,
        updated_by="yonetici",
    )
    consents = [
        ConsentRecord(_id(11), case, ConsentPurpose.PROCESSING, None, datetime.date(2026, 1, 5),
                      "yonetici", T0),
        ConsentRecord(_id(12), case, ConsentPurpose.SHARE_WITH_CENTRES, None,
                      datetime.date(2026, 1, 5), "yonetici", T0),
        ConsentRecord(_id(13), case, ConsentPurpose.SHARE_WITH_INSTITUTION, RecipientKind.BAR,
                      datetime.date(2026, 1, 6), "yonetici", T0, datetime.date(2026, 2, 1)),
    ]  # fmt: skip
    attachments = [
        AttachmentInfo(_id(21), case, AttachmentKind.PHOTO, "yara fotoğrafı.png", MediaType.PNG,
                       len(PNG), hashlib.sha256(PNG).hexdigest(), "Sol kol", T0, "yonetici"),
        AttachmentInfo(_id(22), case, AttachmentKind.COURT_PAPER, "Mahkeme kararı.pdf",
                       MediaType.PDF, len(PDF), hashlib.sha256(PDF).hexdigest(), "", T1,
                       "avukat"),
    ]  # fmt: skip
    first = NoteVersion(1, "İlk görüşme yapıldı.", T0, "sosyal")
    second = NoteVersion(2, "İlk görüşme yapıldı; güvenlik planı konuşuldu.", T1, "sosyal")
    session = NoteVersion(1, "Seans: kaygı düzeyi yüksek.", T1, "psikolog")
    history = CaseHistory(
        notes=(
            (Note(_id(31), case, NoteKind.GENERAL, T0, "sosyal", second, 2), (first, second)),
            (Note(_id(32), case, NoteKind.PSYCH_SESSION, T1, "psikolog", session, 1), (session,)),
        ),
        services=(
            ServiceEntry(_id(41), case, ServiceKind.SOCIAL, datetime.date(2026, 1, 5), "sosyal",
                         45, "Başvuru alındı.", False, T0, "sosyal"),
            ServiceEntry(_id(42), case, ServiceKind.LEGAL, datetime.date(2026, 2, 11), "avukat",
                         None, "", False, T1, "avukat"),
        ),
        perpetrators=(
            PerpetratorRow(_id(51), case, 1,
                           Perpetrator(PerpetratorRelation.SPOUSE, "Hakan Taşdemir",
                                       PerpetratorAgeBand.FROM_35, Answer.YES, Answer.NO, 2,
                                       "Av tüfeği var."),
                           T0, "sosyal", T1, "avukat"),
            PerpetratorRow(_id(52), case, 2, Perpetrator(PerpetratorRelation.BROTHER),
                           T1, "sosyal", T1, "sosyal"),
        ),
    )  # fmt: skip
    return record, consents, attachments, history


def _case_two() -> CaseRecord:
    """Anonymous, closed, with a confidential address (which never travels)."""
    return CaseRecord(
        id=_id(2),
        case_number="NRL-2026-0002",
        status=CaseStatus.CLOSED,
        closure_reason=ClosureReason.TRANSFERRED,
        closure_note="KDZ — Kadıköy Kadın Danışma Merkezi",
        assigned_to="sosyal",
        draft=CaseDraft(
            anonymous=True,
            address="Gizli Sokak 3",
            district="Bornova",
            address_confidential=True,
            reason="Bilgi alma",
        ),
        field_versions={"address": T0, "reason": T1},
        created_at=T0,
        created_by="sekreter",
        updated_at=T1,
        updated_by="sosyal",
    )


def _entries() -> list[dict[str, object]]:
    record, consents, attachments, history = _case_one()
    return [case_entry(record, consents, attachments, history), case_entry(_case_two(), [], [])]


def _payload() -> bytes:
    contents = {_id(21): PNG, _id(22): PDF}
    plan = plan_payload("NRL", "Nilüfer Kadın Danışma Merkezi", lambda: iter(_entries()))
    data = plan.source(lambda a: [contents[a.id]]).read()
    assert len(data) == plan.size
    return data


def test_the_format_2_payload_is_byte_for_byte_what_it_was() -> None:
    data = _payload()
    assert (hashlib.sha256(data).hexdigest(), len(data)) == (FROZEN_SHA256, FROZEN_SIZE)


def test_the_frozen_payload_reads_back_as_the_same_records() -> None:
    reader = PayloadReader(io.BytesIO(_payload()))
    assert (reader.version, reader.sender_code, reader.case_count) == (2, "NRL", 2)
    one, two = reader.cases()
    record, consents, attachments, history = _case_one()
    assert entry_record(one) == record.__class__(
        **{**vars(record), "assigned_to": None, "updated_by": record.created_by}
    )
    assert [(c.id, c.purpose, c.recipient_kind, c.withdrawn_on) for c in entry_consents(one)] == [
        (c.id, c.purpose, c.recipient_kind, c.withdrawn_on) for c in consents
    ]
    assert entry_attachments(one) == attachments
    assert entry_notes(one) == list(history.notes)
    assert entry_services(one) == list(history.services)
    assert entry_perpetrators(one) == list(history.perpetrators)
    sent = entry_record(two)
    assert (sent.draft.address, sent.draft.district, sent.draft.anonymous) == ("", "", True)
    assert "address" not in sent.field_versions
    contents = [b"".join(pieces) for _, pieces in reader.attachments()]
    assert contents == [PNG, PDF]
    reader.finish()

"""The bundle's wire codec: format 2 written and read case by case, format 1 still read."""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import io
import json
import struct
import uuid
from typing import Any

import pytest

from kdm_desktop.bundle import limits
from kdm_desktop.bundle.merge import _as_text
from kdm_desktop.bundle.payload import PayloadError, encode_manifest
from kdm_desktop.bundle.wire import PAYLOAD_VERSION
from kdm_desktop.bundle.wire_fields import (
    FIELDS,
    NOT_SENT,
    WireFieldError,
    decode_fields,
    encode_fields,
)
from kdm_desktop.bundle.wire_reader import PayloadReader
from kdm_desktop.bundle.wire_writer import ChunkReader, plan_payload
from kdm_desktop.domain.cases.choices import MaritalStatus, ViolenceType
from kdm_desktop.domain.cases.draft import DRAFT_FIELDS, CaseDraft, Child

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 20


def _entry(n: int, files: int = 0) -> dict[str, Any]:
    case_id = str(uuid.UUID(int=n + 1))
    draft = CaseDraft(first_name="Ayşe", last_name=f"Yılmaz{'ı' * (n % 3)}", reason="Danışma")
    return {
        "id": case_id,
        "case_number": f"NRL-2026-{n + 1:04d}",
        "status": "acik",
        "closure_reason": None,
        "closure_note": "",
        "created_at": "2026-01-05T10:00:00+03:00",
        "created_by": "yonetici",
        "updated_at": "2026-01-05T10:00:00+03:00",
        "fields": encode_fields(draft, PAYLOAD_VERSION),
        "versions": {},
        "consents": [],
        "attachments": [
            {
                "id": str(uuid.UUID(int=(n + 1) * 1000 + j)),
                "kind": "diger",
                "filename": f"belge {j}.pdf",
                "media_type": "application/pdf",
                "size": len(PDF),
                "sha256": hashlib.sha256(PDF).hexdigest(),
                "description": "",
                "added_at": "2026-01-05T10:00:00+03:00",
                "added_by": "yonetici",
            }
            for j in range(files)
        ],
        "notes": [],
        "note_versions": [],
        "services": [],
    }


class _Source:
    """Entries built on demand, counting how often they were asked for."""

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self.entries = entries
        self.readings = 0

    def __call__(self):
        self.readings += 1
        yield from (json.loads(json.dumps(e)) for e in self.entries)


def _written(plan) -> bytes:
    return plan.source(lambda a: [PDF[:100], PDF[100:]]).read()


class _Tracked(io.BytesIO):
    """Remembers how far the reader has read."""

    furthest = 0

    def read(self, size: int | None = -1, /) -> bytes:
        out = super().read(size)
        self.furthest = max(self.furthest, self.tell())
        return out


def test_round_trip_case_by_case_with_attachments() -> None:
    entries = [_entry(i, files=i % 3) for i in range(5)]
    plan = plan_payload("NRL", "Nilüfer", _Source(entries))
    data = _written(plan)
    assert len(data) == plan.size
    reader = PayloadReader(io.BytesIO(data))
    assert (reader.version, reader.sender_code, reader.case_count) == (2, "NRL", 5)
    read = list(reader.cases())
    assert [c.case_number for c in read] == [e["case_number"] for e in entries]
    assert all(c.version == 2 for c in read)
    contents = [(a.filename, b"".join(pieces)) for a, pieces in reader.attachments()]
    assert [name for name, _ in contents] == [f"belge {j}.pdf" for j in (0, 0, 1, 0)]
    assert all(blob == PDF for _, blob in contents)
    reader.finish()


def test_the_reader_hands_out_a_case_before_reading_the_next() -> None:
    entries = [_entry(i) for i in range(50)]
    data = _written(plan_payload("NRL", "N", _Source(entries)))
    src = _Tracked(data)
    reader = PayloadReader(src)
    first = next(iter(reader.cases()))
    assert first.case_number == "NRL-2026-0001"
    assert src.furthest < len(data) // 10, (src.furthest, len(data))


def test_a_large_payload_is_planned_in_two_readings_and_not_held() -> None:
    entries = [_entry(i) for i in range(40)]
    small = _Source(entries)
    kept = plan_payload("NRL", "N", small)
    assert small.readings == 1 and kept.frames is not None
    big = _Source(entries)
    streamed = plan_payload("NRL", "N", big, keep_bytes=1000)
    assert streamed.frames is None and big.readings == 1
    assert _written(streamed) == _written(kept)
    assert big.readings == 2


def test_entries_that_change_between_the_two_readings_are_refused() -> None:
    entries = [_entry(i) for i in range(10)]
    source = _Source(entries)
    plan = plan_payload("NRL", "N", source, keep_bytes=0)
    entries[3]["closure_note"] = "x"  # same length would not matter: the hash is kept
    with pytest.raises(PayloadError) as info:
        _written(plan)
    assert info.value.reason == "changed"


def test_the_plan_refuses_what_the_reader_refuses(monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_CASES", 3)
    with pytest.raises(PayloadError) as info:
        plan_payload("NRL", "N", _Source([_entry(i) for i in range(4)]))
    assert (info.value.reason, info.value.case_index) == ("too_many", None)
    bad = _entry(1)
    bad["notes"] = [{"id": "not-a-uuid", "kind": "genel", "created_at": "", "created_by": ""}]
    with pytest.raises(PayloadError) as info:
        plan_payload("NRL", "N", _Source([_entry(0), bad]))
    assert (info.value.reason, info.value.case_index) == ("bad_manifest", 1)
    with pytest.raises(PayloadError) as info:
        plan_payload("NRL", "N", _Source([_entry(0), _entry(0)]))
    assert info.value.reason == "duplicate_entry"


def _frames(head: dict[str, Any], entries: list[bytes]) -> bytes:
    raw = json.dumps(head).encode()
    out = b"KDMP" + struct.pack(">HI", 2, len(raw)) + raw
    for e in entries:
        out += struct.pack(">I", len(e)) + e
    return out


def _head(**changes: Any) -> dict[str, Any]:
    head = {
        "format": "kdm-transfer-payload",
        "version": 2,
        "sender": {"code": "NRL", "name": "N"},
        "cases": 1,
        "attachments": 0,
    }
    head.update(changes)
    return head


def _good_frame(n: int = 0) -> bytes:
    frame = ChunkReader([]).read()  # empty: proves the reader copes with no pieces
    data = _written(plan_payload("NRL", "N", _Source([_entry(n)])))
    return frame + data[10 + struct.unpack(">I", data[6:10])[0] + 4 :]


def _refused(data: bytes) -> str:
    with pytest.raises(PayloadError) as info:
        reader = PayloadReader(io.BytesIO(data))
        list(reader.cases())
        for _, pieces in reader.attachments():
            b"".join(pieces)
        reader.finish()
    return info.value.reason


def test_format_2_refusals() -> None:
    entry = _good_frame()
    assert _refused(_frames(_head(), [entry]) + b"x") == "trailing_data"
    assert _refused(_frames(_head(cases=2), [entry])) == "truncated"
    assert _refused(_frames(_head(cases=0), [])) == "bad_manifest"
    assert _refused(_frames(_head(attachments=1), [entry])) == "bad_manifest"
    assert _refused(_frames(_head(cases=limits.MAX_CASES + 1), [entry])) == "too_many"
    assert _refused(_frames(_head(attachments=limits.MAX_ATTACHMENTS + 1), [])) == "too_many"
    assert _refused(_frames(_head(version=3), [entry])) == "unsupported_version"
    assert _refused(_frames(_head(extra=1), [entry])) == "bad_manifest"
    assert _refused(_frames(_head(), [b'{"a":' + b"[" * 40 + b"]" * 40 + b"}"])) == "too_deep"
    assert _refused(_frames(_head(), [b'{"a":1,"a":2}'])) == "duplicate_key"
    assert _refused(_frames(_head(), [entry.replace(b"Ay", b"Ey")])) == "entry_hash"
    twice = _frames(_head(cases=2), [entry, entry])
    assert _refused(twice) == "duplicate_entry"
    huge = b"KDMP" + struct.pack(">HI", 2, 0xFFFFFFFF)
    assert _refused(huge) == "too_large"
    body = json.dumps(_head()).encode()
    long_entry = b"KDMP" + struct.pack(">HI", 2, len(body)) + body + struct.pack(">I", 1 << 30)
    assert _refused(long_entry) == "too_large"
    assert _refused(b"KDMP" + struct.pack(">H", 9)) == "unsupported_version"
    assert _refused(b"PK\x03\x04" + struct.pack(">H", 2)) == "bad_magic"


def test_format_1_reads_through_the_same_interface() -> None:
    entries = [_entry(i, files=1) for i in range(3)]
    data = encode_manifest("NRL", "Nilüfer", entries) + PDF * 3
    reader = PayloadReader(io.BytesIO(data))
    assert reader.version == 1 and reader.case_count == 3
    assert [c.version for c in reader.cases()] == [1, 1, 1]
    assert [b"".join(p) for _, p in reader.attachments()] == [PDF] * 3
    reader.finish()


def test_the_reader_is_used_in_order() -> None:
    reader = PayloadReader(io.BytesIO(_written(plan_payload("NRL", "N", _Source([_entry(0)])))))
    with pytest.raises(RuntimeError):
        list(reader.attachments())
    list(reader.cases())
    with pytest.raises(RuntimeError):
        reader.finish()


def test_chunk_reader_reads_across_pieces() -> None:
    reader = ChunkReader([b"ab", b"", b"cde", b"f"])
    assert [reader.read(4), reader.read(1), reader.read(), reader.read(3)] == [
        b"abcd",
        b"e",
        b"f",
        b"",
    ]


# --------------------------------------------------------------------------- fields


def test_every_draft_field_travels_or_is_listed_as_staying() -> None:
    """A new draft field fails here until it is given a place in the wire codec."""
    newest = set(FIELDS[max(FIELDS)])
    assert set(DRAFT_FIELDS) == newest | NOT_SENT
    assert not newest & NOT_SENT
    assert max(FIELDS) == PAYLOAD_VERSION


def test_format_1_field_encoding_is_frozen() -> None:
    """The names and encoding format 1 used (bundles in the field depend on them)."""
    draft = CaseDraft(
        anonymous=False,
        first_name="Gülşen",
        birth_date=datetime.date(1990, 3, 12),
        age=35,
        needs_interpreter=True,
        phone="",
        other_phones=("+905332223344",),
        marital_status=MaritalStatus.MARRIED,
        children=(Child(7, True),),
        violence_types=frozenset({ViolenceType.PHYSICAL, ViolenceType.ECONOMIC}),
    )
    fields = encode_fields(draft, 1)
    assert list(fields) == list(FIELDS[1]) and len(fields) == 36
    assert fields["anonymous"] == 0 and fields["needs_interpreter"] == 1
    assert fields["has_own_income"] is None and fields["phone"] is None
    assert fields["birth_date"] == "1990-03-12" and fields["age"] == 35
    assert fields["other_phones"] == '["+905332223344"]'
    assert fields["children"] == '[{"age": 7, "with_her": true}]'
    assert fields["violence_types"] == '["ekonomik", "fiziksel"]'
    assert fields["marital_status"] == "resmi_nikahli"
    assert decode_fields(fields, 1) == draft


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("anonymous", 2),
        ("anonymous", True),
        ("age", "35"),
        ("phone", ""),
        ("birth_date", "12.03.1990"),
        ("marital_status", "bilinmiyor"),
        ("other_phones", "[1]"),
        ("children", '[{"age": "7", "with_her": true}]'),
        ("violence_types", '["fiziksel", "fiziksel"]'),
        ("first_name", None),
    ],
)
def test_a_value_that_is_not_the_wire_encoding_is_refused(name: str, value: Any) -> None:
    fields = encode_fields(CaseDraft(first_name="Ayşe"), 2)
    fields[name] = value
    with pytest.raises(WireFieldError) as info:
        decode_fields(fields, 2)
    assert info.value.field == name


def test_a_field_an_older_format_lacks_takes_the_default(monkeypatch) -> None:
    import kdm_desktop.bundle.wire_fields as wf

    monkeypatch.setitem(wf.FIELDS, 0, tuple(n for n in FIELDS[1] if n != "life_danger"))
    fields = encode_fields(CaseDraft(first_name="Ayşe", life_danger=True), 0)
    assert "life_danger" not in fields
    assert decode_fields(fields, 0) == dataclasses.replace(
        CaseDraft(first_name="Ayşe"), life_danger=None
    )


@pytest.mark.parametrize(
    "value", [None, 0, 7, -3, "", 'Ayşe "Gül" \\ \n\t\x01 ğ', "😀", "\u2028", 2**70]
)
def test_merge_value_text_is_what_json_dumps_gives(value: object) -> None:
    assert _as_text(value) == json.dumps(value, ensure_ascii=False)


def test_every_readable_format_knows_its_case_keys_and_fields() -> None:
    from kdm_desktop.bundle.payload import CASE_KEYS
    from kdm_desktop.bundle.wire import READABLE_VERSIONS

    assert set(CASE_KEYS) == set(FIELDS) == set(READABLE_VERSIONS)
    assert max(READABLE_VERSIONS) == PAYLOAD_VERSION

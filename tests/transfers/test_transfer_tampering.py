"""A valid bundle, mutated: every mutation is refused (exit 4) and changes nothing."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from transfer_support import add_case, snapshot, two_centres

from kdm_desktop.bundle.case_entries import case_entry
from kdm_desktop.bundle.envelope import write_envelope
from kdm_desktop.bundle.payload import encode_manifest
from kdm_desktop.errors import RefusedInput
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.services.trust import TrustService, own_identity
from kdm_desktop.storage.attachments_repo import AttachmentRepository
from kdm_desktop.storage.case_details_repo import ConsentRepository
from kdm_desktop.storage.cases_repo import CaseRepository


@pytest.fixture
def pair(tmp_path: Path):
    with two_centres(tmp_path) as sessions:
        yield sessions


def _import(session, path: Path):
    return TransferService(session).import_bundle(path, confirmed=True)


def test_truncation_at_several_offsets_and_bit_flips(pair, tmp_path: Path) -> None:
    a, b = pair
    bundle = tmp_path / "ok.kdmb"
    TransferService(a).export("KDZ", [add_case(a, attachments=True).id], bundle)
    good = bundle.read_bytes()
    before = snapshot(b)
    target = tmp_path / "bad.kdmb"

    def refused(data: bytes) -> None:
        target.write_bytes(data)
        with pytest.raises(RefusedInput) as info:
            _import(b, target)
        assert info.value.key.startswith("transfer.")

    for cut in (0, 3, 8, 56, 64, 200, len(good) // 2, len(good) - 65, len(good) - 1):
        refused(good[:cut])
    refused(good + b"\x00")

    @settings(
        derandomize=True,
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(
        st.lists(
            st.tuples(st.integers(0, len(good) - 1), st.integers(0, 7)), min_size=1, max_size=3
        )
    )
    def flipped(flips: list[tuple[int, int]]) -> None:
        data = bytearray(good)
        for offset, bit in flips:
            data[offset] ^= 1 << bit
        if bytes(data) != good:
            refused(bytes(data))

    flipped()
    assert snapshot(b) == before
    assert _import(b, bundle).created  # the original still imports


def _send_payload(a, b, tmp_path: Path, payload: bytes, sequence: int = 1000) -> Path:
    """A correctly signed and encrypted bundle from A to B around any payload bytes."""
    path = tmp_path / f"crafted-{sequence}.kdmb"
    recipient = TrustService(a).recipient("KDZ")
    write_envelope(
        path,
        own_identity(a),
        [recipient.encryption_public],
        _Bytes(payload),
        sequence=sequence,
        payload_size=len(payload),
    )
    return path


class _Bytes:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            size = len(self._data)
        out, self._data = self._data[:size], self._data[size:]
        return out


def _entry(a, case_id: str) -> dict:
    conn = a.db.conn
    record = CaseRepository(conn).by_id(case_id)
    return case_entry(
        record,
        ConsentRepository(conn).for_case(case_id),
        AttachmentRepository(conn).for_case(case_id),
    )


def _raw(manifest: bytes) -> bytes:
    return b"KDMP" + struct.pack(">HI", 1, len(manifest)) + manifest


def _check(a, b, tmp_path: Path, payload: bytes, reason: str, seq: int) -> None:
    before = snapshot(b)
    path = _send_payload(a, b, tmp_path, payload, seq)
    with pytest.raises(RefusedInput) as info:
        _import(b, path)
    assert info.value.key == f"transfer.payload.{reason}", info.value.key
    assert snapshot(b) == before


def test_abusive_manifests_are_refused(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = add_case(a)
    entry = _entry(a, ref.id)
    good = encode_manifest("NRL", "Nilüfer", [entry])
    assert _send_payload(a, b, tmp_path, good, 1)  # sanity: well-formed payload builds

    deep = b'{"format":' + b"[" * 50 + b"]" * 50 + b"}"
    _check(a, b, tmp_path, _raw(deep), "too_deep", 10)
    dup_key = b'{"format":"kdm-transfer-payload","format":"x"}'
    _check(a, b, tmp_path, _raw(dup_key), "duplicate_key", 11)
    _check(a, b, tmp_path, encode_manifest("NRL", "N", [entry, entry]), "duplicate_entry", 12)
    huge = b"KDMP" + struct.pack(">HI", 1, 0xFFFFFFFF)
    _check(a, b, tmp_path, huge, "too_large", 13)
    _check(a, b, tmp_path, good[:-5], "truncated", 14)
    _check(a, b, tmp_path, good + b"junk", "trailing_data", 15)
    _check(a, b, tmp_path, b"PK\x03\x04" + good[4:], "bad_magic", 16)
    _check(a, b, tmp_path, encode_manifest("XXX", "N", [entry]), "sender_mismatch", 17)
    floaty = json.loads(good[10:])
    raw = json.dumps(floaty).replace('"version": 1', '"version": 1.0').encode()
    _check(a, b, tmp_path, _raw(raw), "bad_json", 18)
    bad_field = dict(entry, fields={**entry["fields"], "anonymous": "yes"})
    _check(a, b, tmp_path, encode_manifest("NRL", "N", [bad_field]), "bad_case", 19)
    hashed = json.loads(good[10:])
    hashed["cases"][0]["case_number"] = "NRL-2026-9999"
    _check(a, b, tmp_path, _raw(json.dumps(hashed).encode()), "entry_hash", 20)
    # After all of that, a good one with a higher sequence still comes in.
    assert _import(b, _send_payload(a, b, tmp_path, good, 100)).created == (ref.case_number,)


_PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


def _with_files(entry: dict, names: list[str]) -> tuple[dict, bytes]:
    import hashlib
    import uuid

    files = [
        {
            "id": str(uuid.uuid4()),
            "kind": "fotograf",
            "filename": n,
            "media_type": "image/png",
            "size": len(_PNG),
            "sha256": hashlib.sha256(_PNG).hexdigest(),
            "description": "",
            "added_at": "2026-01-01T00:00:00+03:00",
            "added_by": "x",
        }
        for n in names
    ]
    return dict(entry, attachments=files), _PNG * len(names)


@pytest.mark.parametrize(
    ("names", "reason"),
    [
        (["../x.png"], "bad_name"),
        (["C:\\x.png"], "bad_name"),
        (["\\\\server\\share\\x.png"], "bad_name"),
        (["a\x00.png"], "bad_name"),
        (["CON"], "bad_name"),
        (["nul.png"], "bad_name"),
        (["COM1.png"], "bad_name"),
        (["x.png."], "bad_name"),
        (["x.png "], "bad_name"),
        (["x" * 300 + ".png"], "bad_name"),
        (["Resim.png", "resim.PNG"], "duplicate_name"),
        (["Ş.png", "ş.png"], "duplicate_name"),
        (["e\u0301.png"], "bad_name"),  # not NFC
        (["ﬁle.png", "file.png"], "duplicate_name"),  # equal after NFKC
        (["a\u202egnp.exe"], "bad_name"),  # bidi override
    ],
)
def test_bad_attachment_names(pair, tmp_path: Path, names: list[str], reason: str) -> None:
    a, b = pair
    entry, blobs = _with_files(_entry(a, add_case(a).id), names)
    _check(a, b, tmp_path, encode_manifest("NRL", "N", [entry]) + blobs, reason, 5)


def test_attachment_content_must_match_hash_and_type(pair, tmp_path: Path) -> None:
    a, b = pair
    entry, blobs = _with_files(_entry(a, add_case(a).id), ["ok.png"])
    corrupted = blobs[:-1] + b"\x01"
    _check(a, b, tmp_path, encode_manifest("NRL", "N", [entry]) + corrupted, "attachment_hash", 6)
    renamed = dict(entry, attachments=[dict(entry["attachments"][0], filename="ok.pdf")])
    _check(a, b, tmp_path, encode_manifest("NRL", "N", [renamed]) + blobs, "attachment_type", 7)


def test_too_many_attachments(pair, tmp_path: Path) -> None:
    a, b = pair
    entry, blobs = _with_files(_entry(a, add_case(a).id), [f"{i}.png" for i in range(201)])
    _check(a, b, tmp_path, encode_manifest("NRL", "N", [entry]) + blobs, "too_many", 8)

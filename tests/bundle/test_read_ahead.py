"""Decrypting ahead on a second thread changes nothing the reader of a bundle sees.

`open_stream(read_ahead=n)` (used by the import) reads, hashes and decrypts the next
chunks on a worker thread. The bytes, the errors and where they come, cancelling,
and what `finish()` proves must be exactly those of reading on one thread.
"""

from __future__ import annotations

import io
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bundlekit import CHUNK, plaintext, trusting

from kdm_desktop.bundle.envelope import (
    EnvelopeCancelled,
    EnvelopeError,
    Reason,
    UntrustedEnvelope,
    open_stream,
    verify_envelope,
    write_envelope,
)
from kdm_desktop.bundle.identity import CentreIdentity

PAYLOAD = plaintext(37 * CHUNK + 123)  # not a whole number of chunks or batches


def _bundle(path: Path, alice: CentreIdentity, bora: CentreIdentity) -> None:
    write_envelope(
        path,
        alice,
        [bora.card.encryption_public],
        io.BytesIO(PAYLOAD),
        sequence=1,
        bundle_id=bytes(range(16)),
        created_at=datetime(2026, 2, 1, tzinfo=UTC),
    )


def _read_all(path: Path, alice, bora, read_ahead: int, **kwargs) -> tuple[bytes, object]:
    verified = verify_envelope(path, trusting(alice.card))
    got = bytearray()
    try:
        with open_stream(
            verified, [bora.encryption_private], read_ahead=read_ahead, **kwargs
        ) as stream:
            while piece := stream.read(100_000):
                got += piece
            return bytes(got), stream.finish()
    except EnvelopeError as exc:
        return bytes(got), exc


def _workers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "kdm-bundle-read-ahead"]


@pytest.mark.parametrize("read_ahead", [1, 4, 16])
def test_the_same_bytes_and_proof_as_on_one_thread(tmp_path, alice, bora, read_ahead) -> None:
    path = tmp_path / "b.kdmb"
    _bundle(path, alice, bora)
    plain, opened = _read_all(path, alice, bora, 0)
    ahead, opened_ahead = _read_all(path, alice, bora, read_ahead)
    assert plain == ahead == PAYLOAD
    assert opened == opened_ahead
    assert _workers() == []


def test_a_file_changed_after_verifying_fails_at_the_same_place(tmp_path, alice, bora) -> None:
    path = tmp_path / "b.kdmb"
    _bundle(path, alice, bora)
    verified = verify_envelope(path, trusting(alice.card))
    data = bytearray(path.read_bytes())
    data[-64 - 30 * CHUNK] ^= 1  # in a chunk well past the first batch
    path.write_bytes(bytes(data))
    results = []
    for read_ahead in (0, 16):
        got = bytearray()
        with (
            pytest.raises(UntrustedEnvelope) as info,
            open_stream(verified, [bora.encryption_private], read_ahead=read_ahead) as s,
        ):
            while piece := s.read(100_000):
                got += piece
        assert info.value.reason is Reason.CHANGED_DURING_READ
        results.append(bytes(got))
    assert results[0] == results[1] and 0 < len(results[0]) < len(PAYLOAD)
    assert PAYLOAD.startswith(results[0])
    assert _workers() == []


def test_leaving_early_stops_the_worker(tmp_path, alice, bora) -> None:
    path = tmp_path / "b.kdmb"
    _bundle(path, alice, bora)
    verified = verify_envelope(path, trusting(alice.card))
    with open_stream(verified, [bora.encryption_private], read_ahead=2) as stream:
        assert stream.read(10) == PAYLOAD[:10]
    assert _workers() == []


def test_cancel_is_asked_on_the_callers_thread(tmp_path, alice, bora) -> None:
    path = tmp_path / "b.kdmb"
    _bundle(path, alice, bora)
    asked: list[str] = []

    def cancelled() -> bool:
        asked.append(threading.current_thread().name)
        return len(asked) > 5

    got, error = _read_all(path, alice, bora, 16, cancelled=cancelled)
    assert isinstance(error, EnvelopeCancelled)
    assert got == PAYLOAD[: len(got)] and len(got) < len(PAYLOAD)
    assert set(asked) == {threading.current_thread().name}
    assert _workers() == []

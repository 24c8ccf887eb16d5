"""The worked example in docs/bundle-format.md: regenerated here and compared.

Everything random is fixed (keys, file key, ephemeral secret, nonce, bundle id,
time), so the bundle is byte-for-byte reproducible. If the format changes, this
test fails until the document is updated (print the new values with
`python -m pytest tests/bundle/test_format_example.py -s`).
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import struct
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kdm_desktop.bundle import age
from kdm_desktop.bundle.envelope import (
    VerifiedSender,
    open_envelope,
    verify_envelope,
    write_envelope,
)
from kdm_desktop.bundle.fingerprint import fingerprint
from kdm_desktop.bundle.identity import CentreIdentity, export_card, parse_card

DOC = Path(__file__).parents[2] / "docs" / "bundle-format.md"

SENDER = CentreIdentity.from_private_keys(
    bytes(range(32)),
    bytes(range(32, 64)),
    name="Örnek KDM",
    code="ORN",
    created="2026-01-01T00:00:00Z",
)
RECIPIENT = CentreIdentity.from_private_keys(
    bytes(range(64, 96)),
    bytes(range(96, 128)),
    name="Alıcı KDM",
    code="ALC",
    created="2026-01-01T00:00:00Z",
)
FILE_KEY = bytes([0x11] * 16)
EPHEMERAL = bytes([0x22] * 32)
NONCE = bytes([0x33] * 16)
BUNDLE_ID = bytes.fromhex("0f1e2d3c4b5a69788796a5b4c3d2e1f0")
SEQUENCE = 1
CREATED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
PAYLOAD = b"Merhaba, KDM!\n"


@pytest.fixture
def fixed_age_randomness(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    queue = [FILE_KEY, EPHEMERAL, NONCE]

    def next_bytes(n: int) -> bytes:
        value = queue.pop(0)
        assert len(value) == n
        return value

    monkeypatch.setattr(age, "_random_bytes", next_bytes)
    yield
    assert queue == []


def _doc_block(name: str) -> str:
    text = DOC.read_text("utf-8")
    match = re.search(
        rf"<!-- {name}:begin -->\n```[a-z]*\n(.*?)```\n<!-- {name}:end -->", text, re.S
    )
    assert match, f"block {name} not found in {DOC}"
    return match.group(1)


def _hex_lines(data: bytes) -> str:
    hexed = data.hex()
    return "".join(hexed[i : i + 64] + "\n" for i in range(0, len(hexed), 64))


def test_worked_example(tmp_path: Path, fixed_age_randomness: None) -> None:
    path = tmp_path / "example.kdmb"
    write_envelope(
        path,
        SENDER,
        [RECIPIENT.card.encryption_public],
        io.BytesIO(PAYLOAD),
        sequence=SEQUENCE,
        bundle_id=BUNDLE_ID,
        created_at=CREATED,
    )
    data = path.read_bytes()
    card = export_card(SENDER)
    values = {
        "sender-signing-public": SENDER.card.signing_public.hex(),
        "sender-fingerprint": fingerprint(SENDER.card),
        "recipient-x25519-public": RECIPIENT.card.encryption_public.hex(),
        "recipient-age": age.encode_recipient(RECIPIENT.card.encryption_public),
        "bundle-size": str(len(data)),
        "bundle-sha256": hashlib.sha256(data).hexdigest(),
    }
    print()
    for key, value in values.items():
        print(f"{key}: {value}")
    print(_hex_lines(data))
    print(card.decode())

    # It is a real bundle: verify and open it.
    verified = verify_envelope(
        path, lambda key: VerifiedSender(SENDER.card) if key == SENDER.card.signing_public else None
    )
    staging = io.BytesIO()
    opened = open_envelope(verified, [RECIPIENT.encryption_private], staging)
    assert staging.getvalue() == PAYLOAD
    assert (opened.sequence, opened.created_at) == (SEQUENCE, CREATED)
    assert parse_card(card) == SENDER.card

    # The documented signature rule, checked without the envelope module.
    Ed25519PublicKey.from_public_bytes(SENDER.card.signing_public).verify(
        data[-64:], b"KDM-BUNDLE-SIG-v1\x00" + hashlib.sha512(data[:-64]).digest()
    )
    # The age part is plain age: the reference tool opens it, when installed.
    (age_length,) = struct.unpack(">Q", data[56:64])
    assert len(data) == 64 + age_length + 64
    if shutil.which("age"):
        keyfile = tmp_path / "key.txt"
        keyfile.write_text(age.encode_identity(RECIPIENT.encryption_private) + "\n")
        inner = subprocess.run(
            ["age", "-d", "-i", str(keyfile)],
            input=data[64 : 64 + age_length],
            capture_output=True,
            check=True,
        ).stdout
        assert inner[:4] == b"KDMI" and inner.endswith(PAYLOAD) and len(inner) == 103 + len(PAYLOAD)

    # And the document shows exactly these bytes.
    assert _doc_block("example-hex") == _hex_lines(data)
    assert _doc_block("example-card") == card.decode()
    doc_values = dict(
        line.split(": ", 1) for line in _doc_block("example-values").splitlines() if ": " in line
    )
    assert {k: doc_values.get(k) for k in values} == values

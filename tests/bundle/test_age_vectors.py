"""The C2SP CCTV age test vectors (age/testdata), run against `bundle.age`.

The vectors live in ../shared/testvectors/age beside the repository (developer
machines and CI), not in a user's clone: without them these tests skip.

Every vector that is not armored and has an X25519 identity (or no key at all,
i.e. it tests header parsing) is run. Skipped: armored files (no armor support),
and vectors whose only keys are passphrases (scrypt) or post-quantum identities
(`AGE-SECRET-KEY-PQ-1…`), since their outcome depends on a recipient type this
module does not implement.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kdm_desktop.bundle import age

VECTOR_DIR = Path(__file__).parents[2].parent / "shared" / "testvectors" / "age"

EXPECT = {
    "success": None,
    "no match": age.NoIdentityMatch,
    "HMAC failure": age.HmacError,
    "header failure": age.HeaderError,
    "payload failure": age.PayloadError,
}


@dataclass
class Vector:
    name: str
    expect: str
    payload: str | None
    identities: list[str] = field(default_factory=list)
    passphrases: int = 0
    armored: bool = False
    compressed: bool = False
    body: bytes = b""


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, sep, body = raw.partition(b"\n\n")
    assert sep, f"{path.name}: no blank line after the vector header"
    meta: dict[str, str] = {}
    identities: list[str] = []
    passphrases = 0
    for line in head.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        if key == "identity":
            identities.append(value)
        elif key == "passphrase":
            passphrases += 1
        else:
            meta[key] = value
    if meta.get("compressed") not in (None, "zlib"):
        pytest.fail(f"{path.name}: unknown compression {meta['compressed']}")
    return Vector(
        name=path.name,
        expect=meta["expect"],
        payload=meta.get("payload"),
        identities=identities,
        passphrases=passphrases,
        armored=meta.get("armored") == "yes",
        compressed=meta.get("compressed") == "zlib",
        body=body,
    )


def skip_reason(vector: Vector) -> str | None:
    if vector.armored:
        return "ASCII armor is not implemented"
    x25519 = [i for i in vector.identities if i.startswith("AGE-SECRET-KEY-1")]
    if not x25519 and vector.passphrases:
        return "only a passphrase (scrypt) opens it; scrypt is not implemented"
    if not x25519 and vector.identities:
        return "only a post-quantum identity opens it; not implemented"
    return None


def _params() -> list[object]:
    if not VECTOR_DIR.is_dir():
        reason = f"age test vectors not found at {VECTOR_DIR} (../shared is not in a user's clone)"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="vectors-absent")]
    return [pytest.param(p, id=p.name) for p in sorted(VECTOR_DIR.iterdir()) if p.is_file()]


@pytest.mark.parametrize("path", _params())
def test_vector(path: Path) -> None:
    vector = load(path)
    assert vector.expect in (*EXPECT, "armor failure"), vector.expect
    reason = skip_reason(vector)
    if reason:
        pytest.skip(reason)
    keys = [age.decode_identity(i) for i in vector.identities if i.startswith("AGE-SECRET-KEY-1")]
    if not keys:
        keys = [bytes(range(32))]  # a header-parsing vector: any key will do
    data = zlib.decompress(vector.body) if vector.compressed else vector.body

    released = io.BytesIO()
    expected = EXPECT[vector.expect]
    if expected is None:
        size = age.decrypt(keys, io.BytesIO(data), released)
        assert size == len(released.getvalue())
    else:
        with pytest.raises(age.AgeError) as info:
            age.decrypt(keys, io.BytesIO(data), released)
        assert type(info.value) is expected, f"{vector.expect}: got {info.value!r}"
    if vector.payload is not None:
        # Everything released, even before a later failure, is exactly what the
        # reference implementation releases.
        assert hashlib.sha256(released.getvalue()).hexdigest() == vector.payload
    elif expected is not None:
        assert released.getvalue() == b""


def test_vector_coverage() -> None:
    if not VECTOR_DIR.is_dir():
        pytest.skip(f"age test vectors not found at {VECTOR_DIR}")
    vectors = [load(p) for p in sorted(VECTOR_DIR.iterdir()) if p.is_file()]
    run = [v for v in vectors if skip_reason(v) is None]
    # Every outcome the module can produce is exercised by some vector.
    assert {v.expect for v in run} == set(EXPECT)
    # The header-parsing vectors with an X25519 identity are all run, including
    # those that mix in scrypt or hybrid stanzas.
    names = {v.name for v in run}
    assert {"scrypt_and_x25519", "hybrid_x25519_arg", "x25519_grease", "empty"} <= names
    assert all(
        v.armored or v.name.startswith(("scrypt", "hybrid")) for v in vectors if v not in run
    )

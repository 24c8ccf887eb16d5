"""Property: no change to a valid age file gets through.

Every mutation of a valid file must raise `AgeError`; only an identical file may
decrypt, and then to the same plaintext. (age files are non-malleable: the header is
MACed, every chunk is authenticated with its position and final flag.)
"""

from __future__ import annotations

import io

from bundlekit import CHUNK, encrypt_bytes, keypair, plaintext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kdm_desktop.bundle import age

KEY = keypair(11)
SMALL = plaintext(700, seed=3)
MULTI = plaintext(CHUNK + 300, seed=4)
FILES = {
    "small": (SMALL, encrypt_bytes([KEY.public, keypair(12).public], SMALL)),
    "multi": (MULTI, encrypt_bytes([KEY.public], MULTI)),
}


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(FILES)))
    data = FILES[name][1]
    n = len(data)
    # Bias positions towards the header, where the parsing logic lives.
    pos = draw(st.one_of(st.integers(0, min(n - 1, 300)), st.integers(0, n - 1)))
    kind = draw(
        st.sampled_from(["flip", "set", "delete", "insert", "duplicate", "truncate", "append"])
    )
    if kind == "flip":
        bit = draw(st.integers(0, 7))
        out = bytearray(data)
        out[pos] ^= 1 << bit
        return name, bytes(out)
    if kind == "set":
        out = bytearray(data)
        out[pos] = draw(st.integers(0, 255))
        return name, bytes(out)
    if kind == "delete":
        length = draw(st.integers(1, 64))
        return name, data[:pos] + data[pos + length :]
    if kind == "insert":
        extra = draw(st.binary(min_size=1, max_size=32))
        return name, data[:pos] + extra + data[pos:]
    if kind == "duplicate":
        length = draw(st.integers(1, 64))
        return name, data[:pos] + data[pos : pos + length] + data[pos:]
    if kind == "truncate":
        return name, data[:pos]
    return name, data + draw(st.binary(min_size=1, max_size=32))


@settings(
    max_examples=400,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(mutations())
def test_mutated_files_never_decrypt_to_something_else(case: tuple[str, bytes]) -> None:
    name, mutated = case
    original_plaintext, original = FILES[name]
    out = io.BytesIO()
    if mutated == original:
        age.decrypt([KEY.private], io.BytesIO(mutated), out)
        assert out.getvalue() == original_plaintext
        return
    try:
        age.decrypt([KEY.private], io.BytesIO(mutated), out)
    except age.AgeError:
        # Whatever was released before the error is authentic plaintext.
        assert original_plaintext.startswith(out.getvalue())
        return
    raise AssertionError("a modified file decrypted successfully")


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_the_parser(data: bytes) -> None:
    for candidate in (data, b"age-encryption.org/v1\n" + data):
        try:
            age.decrypt([KEY.private], io.BytesIO(candidate), io.BytesIO())
        except age.AgeError:
            pass
        else:
            raise AssertionError("random bytes decrypted")

"""Fingerprints read aloud by phone."""

from __future__ import annotations

import hashlib
import re

import pytest

from kdm_desktop.bundle.fingerprint import (
    FingerprintError,
    fingerprint,
    fingerprint_of_keys,
    fingerprints_match,
    pair_fingerprint,
    parse_fingerprint,
)
from kdm_desktop.bundle.identity import CentreIdentity

FIXED = CentreIdentity.from_private_keys(
    bytes(range(32)),
    bytes(range(32, 64)),
    name="Örnek KDM",
    code="ORN",
    created="2026-01-01T00:00:00Z",
)


def _reference(signing: bytes, encryption: bytes, code: str) -> str:
    """The derivation written out independently of the module."""
    key = signing + encryption
    h = b"\x00\x01" + key + code.encode()
    for _ in range(5200):
        h = hashlib.sha512(h + key).digest()
    return " ".join(f"{int.from_bytes(h[i : i + 5], 'big') % 100000:05d}" for i in range(0, 30, 5))


def test_known_answer() -> None:
    card = FIXED.card
    expected = _reference(card.signing_public, card.encryption_public, card.code)
    assert fingerprint(card) == expected
    # Pinned, so a change to the derivation cannot go unnoticed (docs/bundle-format.md).
    assert expected == "29370 24985 60012 32089 84255 70407"


def test_shape() -> None:
    text = fingerprint(
        CentreIdentity.generate(name="A", code="AB", created="2026-01-01T00:00:00Z").card
    )
    assert re.fullmatch(r"\d{5}( \d{5}){5}", text)


def test_every_input_changes_the_digits() -> None:
    card = FIXED.card
    base = fingerprint(card)
    assert fingerprint_of_keys(bytes(32), card.encryption_public, card.code) != base
    assert fingerprint_of_keys(card.signing_public, bytes(range(1, 33)), card.code) != base
    assert fingerprint_of_keys(card.signing_public, card.encryption_public, "ORM") != base
    renamed = CentreIdentity.from_private_keys(
        bytes(range(32)),
        bytes(range(32, 64)),
        name="Yeni Ad",
        code="ORN",
        created="2027-01-01T00:00:00Z",
    )
    assert fingerprint(renamed.card) == base  # the name and date are not part of it


def test_pair_fingerprint_is_symmetric() -> None:
    other = CentreIdentity.generate(name="B", code="BB", created="2026-01-01T00:00:00Z").card
    pair = pair_fingerprint(FIXED.card, other)
    assert pair == pair_fingerprint(other, FIXED.card)
    assert len(pair.replace(" ", "")) == 60
    halves = {pair[:35], pair[36:]}
    assert halves == {fingerprint(FIXED.card), fingerprint(other)}


@pytest.mark.parametrize(
    "typed",
    [
        "29370 24985 60012 32089 84255 70407",
        "293702498560012320898425570407",
        "29370-24985-60012-32089-84255-70407",
        " 29370  24985\n60012\t32089 84255 70407 ",
        "29370\u00a024985\u2009600 12 32089–84255—70407",
    ],
)
def test_parse_is_tolerant_of_spacing(typed: str) -> None:
    assert parse_fingerprint(typed) == "29370 24985 60012 32089 84255 70407"
    assert fingerprints_match(fingerprint(FIXED.card), typed)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "29370 24985 60012 32089 84255 7040",  # 29 digits
        "29370 24985 60012 32089 84255 704070",  # 31 digits
        "29370 24985 60012 32089 84255 7040O",  # a letter O
        "٦٨٣٧٥ 24985 60012 32089 84255 70407",  # Arabic-Indic digits
        "29370.24985.60012.32089.84255.70407",
        "6" * 500,
    ],
)
def test_parse_rejects_other_text(typed: str) -> None:
    with pytest.raises(FingerprintError):
        parse_fingerprint(typed)
    assert not fingerprints_match(fingerprint(FIXED.card), typed)


def test_one_wrong_digit_does_not_match() -> None:
    good = fingerprint(FIXED.card)
    for i, ch in enumerate(good):
        if ch.isdigit():
            wrong = good[:i] + str((int(ch) + 1) % 10) + good[i + 1 :]
            assert not fingerprints_match(good, wrong)


def test_pairs_parse_too() -> None:
    other = CentreIdentity.generate(name="B", code="BB", created="2026-01-01T00:00:00Z").card
    pair = pair_fingerprint(FIXED.card, other)
    assert parse_fingerprint(pair.replace(" ", "-")) == pair
    assert fingerprints_match(pair, pair.replace(" ", ""))
    assert not fingerprints_match(pair, fingerprint(FIXED.card))

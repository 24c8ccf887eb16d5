"""Centre identities and their self-signed public card files."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime, timedelta, timezone

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kdm_desktop.bundle.identity import (
    CardError,
    CentreIdentity,
    PublicCard,
    export_card,
    parse_card,
)

IDENTITY = CentreIdentity.generate(
    name="Nilüfer Belediyesi Kadın Danışma Merkezi", code="NRL", created="2026-03-01T09:00:00Z"
)


def _document() -> dict[str, object]:
    return json.loads(export_card(IDENTITY))  # type: ignore[no-any-return]


def _resigned(document: dict[str, object], key: Ed25519PrivateKey | None = None) -> bytes:
    """A card whose signature is valid for its (possibly odd) content."""
    card = PublicCard.__new__(PublicCard)
    for name, field in (
        ("name", "name"),
        ("code", "code"),
        ("created", "created"),
    ):
        object.__setattr__(card, name, document[field])
    object.__setattr__(card, "signing_public", bytes.fromhex(str(document["signing_key"])))
    object.__setattr__(card, "encryption_public", bytes.fromhex(str(document["encryption_key"])))
    signer = key or Ed25519PrivateKey.from_private_bytes(IDENTITY.signing_private)
    document["signature"] = signer.sign(card.signed_bytes()).hex()
    return json.dumps(document, ensure_ascii=False).encode()


def test_round_trip() -> None:
    data = export_card(IDENTITY)
    assert len(data) < 1024
    assert parse_card(data) == IDENTITY.card
    document = json.loads(data)
    assert document["format"] == "kdm-centre-card"
    assert document["version"] == 1
    assert document["name"] == "Nilüfer Belediyesi Kadın Danışma Merkezi"  # readable UTF-8
    assert set(document) == {
        "format",
        "version",
        "name",
        "code",
        "signing_key",
        "encryption_key",
        "created",
        "signature",
    }


def test_whitespace_changes_in_the_json_do_not_matter() -> None:
    compact = json.dumps(_document(), separators=(",", ":")).encode()
    assert parse_card(compact) == IDENTITY.card


def test_identity_from_stored_keys() -> None:
    istanbul = timezone(timedelta(hours=3))
    again = CentreIdentity.from_private_keys(
        IDENTITY.signing_private,
        IDENTITY.encryption_private,
        name="  Nilüfer Belediyesi   Kadın Danışma Merkezi ",
        code="NRL",
        created=datetime(2026, 3, 1, 12, 0, tzinfo=istanbul),
    )
    assert again.card == IDENTITY.card
    assert again == IDENTITY
    # the storage layer's iso_now() format
    assert (
        CentreIdentity.from_private_keys(
            IDENTITY.signing_private,
            IDENTITY.encryption_private,
            name=IDENTITY.card.name,
            code="NRL",
            created="2026-03-01T12:00:00+03:00",
        ).card.created
        == "2026-03-01T09:00:00Z"
    )
    with pytest.raises(CardError):
        CentreIdentity.from_private_keys(
            IDENTITY.signing_private,
            IDENTITY.encryption_private,
            name="X",
            code="NRL",
            created="2026-03-01T12:00:00",  # no time zone
        )


def test_private_keys_stay_out_of_repr() -> None:
    text = repr(IDENTITY) + str(IDENTITY)
    assert IDENTITY.signing_private.hex() not in text
    assert IDENTITY.encryption_private.hex() not in text
    assert "NRL" in text


def test_card_must_match_the_private_keys() -> None:
    other = CentreIdentity.generate(name="B", code="BB", created="2026-01-01T00:00:00Z")
    with pytest.raises(ValueError, match="do not match"):
        CentreIdentity(IDENTITY.signing_private, IDENTITY.encryption_private, other.card)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "Başka Bir Merkez"),
        ("code", "XYZ"),
        ("created", "2026-03-02T09:00:00Z"),
        ("encryption_key", "11" * 32),
    ],
)
def test_a_changed_field_breaks_the_signature(field: str, value: str) -> None:
    document = _document()
    document[field] = value
    with pytest.raises(CardError) as info:
        parse_card(json.dumps(document).encode())
    assert info.value.reason == "bad_signature"


def test_a_card_signed_by_another_key_is_refused() -> None:
    document = _document()
    _resigned(document)  # sanity: our own re-signing helper makes valid cards
    assert parse_card(_resigned(_document())) == IDENTITY.card
    forged = _resigned(_document(), Ed25519PrivateKey.generate())
    with pytest.raises(CardError) as info:
        parse_card(forged)
    assert info.value.reason == "bad_signature"


def test_damaged_signature() -> None:
    document = _document()
    sig = str(document["signature"])
    document["signature"] = ("0" if sig[0] != "0" else "1") + sig[1:]
    with pytest.raises(CardError) as info:
        parse_card(json.dumps(document).encode())
    assert info.value.reason == "bad_signature"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"x" * 5000, "too_large"),
        (b"\xff\xfe{}", "bad_encoding"),
        (b"\xef\xbb\xbf{}", "bad_json"),  # a BOM
        (b"[" * 50 + b"]" * 50, "too_deep"),
        (b'{"a": {"b": {"c": 1}}}', "too_deep"),
        (b"not json", "bad_json"),
        (b"[]", "bad_json"),
        (b'"text"', "bad_json"),
        (b'{"format": "something-else"}', "bad_format"),
        (b'{"format": "kdm-centre-card", "version": 2}', "unsupported_version"),
        (b'{"format": "kdm-centre-card", "version": "1"}', "unsupported_version"),
        (b'{"format": "kdm-centre-card", "version": true}', "unsupported_version"),
        (b'{"format": "kdm-centre-card", "version": 1.0}', "bad_json"),
        (b'{"format": "kdm-centre-card", "version": NaN}', "bad_json"),
        (b'{"format": "kdm-centre-card", "version": 1}', "missing_field"),
        (b'{"format": "kdm-centre-card", "format": "kdm-centre-card"}', "duplicate_key"),
    ],
)
def test_malformed_documents(data: bytes, reason: str) -> None:
    with pytest.raises(CardError) as info:
        parse_card(data)
    assert info.value.reason == reason
    assert isinstance(info.value, ValueError)


def test_depth_check_ignores_brackets_in_strings() -> None:
    card = CentreIdentity.generate(
        name='Merkez [{"[[[[[[" \\ }}]]', code="BRK", created="2026-01-01T00:00:00Z"
    )
    assert parse_card(export_card(card)).name == card.card.name


def test_duplicate_key_with_different_values() -> None:
    data = export_card(IDENTITY).decode()
    data = data.replace('"code": "NRL",', '"code": "NRL", "code": "XYZ",')
    with pytest.raises(CardError) as info:
        parse_card(data.encode())
    assert info.value.reason == "duplicate_key"


def test_unknown_and_missing_fields() -> None:
    document = _document()
    document["note"] = "x"
    with pytest.raises(CardError) as info:
        parse_card(json.dumps(document).encode())
    assert info.value.reason == "unknown_field"
    document = _document()
    del document["created"]
    with pytest.raises(CardError) as info:
        parse_card(json.dumps(document).encode())
    assert info.value.reason == "missing_field"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("signing_key", "AB" * 32),  # upper-case hex
        ("signing_key", "ab" * 31),
        ("encryption_key", 12),
        ("encryption_key", "00" * 32),  # a low-order X25519 point
        ("signature", "ab" * 63),
        ("code", "nrl"),
        ("code", "N"),
        ("code", "ÇOKUZUNKOD"),
        ("name", ""),
        ("name", " Boşluklu"),
        ("name", "Sahte\u202eMerkez"),  # right-to-left override
        ("name", "Gizli\u200bKarakter"),  # zero-width space
        ("name", unicodedata.normalize("NFD", "Şişli KDM")),  # not NFC
        ("name", "x" * 201),
        ("name", ["list"]),
        ("created", "2026-03-01"),
        ("created", "2026-13-01T09:00:00Z"),
        ("created", "2026-03-01T09:00:00+00:00"),
    ],
)
def test_bad_field_values(field: str, value: object) -> None:
    document = _document()
    document[field] = value
    with pytest.raises(CardError) as info:
        parse_card(json.dumps(document, ensure_ascii=False).encode())
    assert info.value.reason == "bad_field", info.value


def test_generate_validates_input() -> None:
    with pytest.raises(CardError):
        CentreIdentity.generate(name="İyi Ad", code="bad code", created="2026-01-01T00:00:00Z")
    with pytest.raises(CardError):
        CentreIdentity.generate(name="\x00", code="AB", created="2026-01-01T00:00:00Z")
    identity = CentreIdentity.generate(
        name="İzmir  KDM", code="IZM", created="2026-01-01T00:00:00Z"
    )
    assert identity.card.name == "İzmir KDM"

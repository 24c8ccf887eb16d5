"""Who may hold a role key, authenticated with that role key itself.

Every user's password yields the master key, so anything the database says can be
rewritten by any colleague — including the role column of her own row in `users`.
A list of readers that only a *holder of the role key* can write is a root of
trust the master key does not give: the list names each reader and the public key
of her key slot, and carries an HMAC-SHA256 under a key derived (HKDF-SHA256) from
the role's private key. Only someone who already holds the role key can add a
reader; a session that does not hold it can read the list but neither check nor
extend it.

The MAC covers the case-file id, the role, the key id (so a list cannot be moved
to another key or another case file) and the readers in canonical JSON. This
module only composes `cryptography`'s HKDF and HMAC; storage and policy live in
services/role_endorse.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_INFO = b"kdm-role-readers-v1"
VERSION = 1


class ReadersTampered(Exception):
    """The stored list does not verify under the role key (edited, moved or forged)."""


@dataclass(frozen=True)
class ReaderList:
    casefile_id: str
    role: str
    kid: str
    # user name -> hex public key of the key slot she was endorsed with
    readers: dict[str, str] = field(default_factory=dict)

    def body(self) -> str:
        """The canonical JSON the MAC covers (and that is stored)."""
        return json.dumps(
            {
                "v": VERSION,
                "casefile_id": self.casefile_id,
                "role": self.role,
                "kid": self.kid,
                "readers": dict(sorted(self.readers.items())),
            },
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=True,
        )

    def with_reader(self, user: str, slot_public: bytes) -> ReaderList:
        return ReaderList(
            self.casefile_id, self.role, self.kid, {**self.readers, user: slot_public.hex()}
        )

    def endorses(self, user: str, slot_public: bytes) -> bool:
        return self.readers.get(user) == slot_public.hex()


def _mac_key(role_private_key: bytes, casefile_id: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=casefile_id.encode("utf-8"), info=_INFO).derive(
        role_private_key
    )


def mac(readers: ReaderList, role_private_key: bytes) -> str:
    h = hmac.HMAC(_mac_key(role_private_key, readers.casefile_id), hashes.SHA256())
    h.update(readers.body().encode("ascii"))
    return h.finalize().hex()


def parse(body: str) -> ReaderList:
    """The stored JSON, shape-checked (any fault is tampering: the MAC is checked after)."""
    try:
        obj = json.loads(body)
        readers = obj["readers"]
        if obj.get("v") != VERSION or not isinstance(readers, dict):
            raise ReadersTampered("shape")
        parsed = ReaderList(
            str(obj["casefile_id"]),
            str(obj["role"]),
            str(obj["kid"]),
            {str(k): str(v) for k, v in readers.items()},
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReadersTampered("malformed") from exc
    return parsed


def verify(
    body: str, tag: str, role_private_key: bytes, *, casefile_id: str, role: str, kid: str
) -> ReaderList:
    """The list, if `tag` is its MAC under this role key and it is this key's list."""
    readers = parse(body)
    if (readers.casefile_id, readers.role, readers.kid) != (casefile_id, role, kid):
        raise ReadersTampered("bound elsewhere")
    if readers.body() != body:
        raise ReadersTampered("not canonical")
    try:
        expected = bytes.fromhex(tag)
    except ValueError as exc:
        raise ReadersTampered("malformed tag") from exc
    h = hmac.HMAC(_mac_key(role_private_key, casefile_id), hashes.SHA256())
    h.update(body.encode("ascii"))
    try:
        h.verify(expected)
    except InvalidSignature as exc:
        raise ReadersTampered("mac") from exc
    return readers


# ----- each new role key vouched for by the one before -----
_LINK_INFO = b"kdm-role-link-v1"


def _link_body(casefile_id: str, role: str, from_kid: str, to_kid: str) -> bytes:
    return json.dumps(
        [casefile_id, role, from_kid, to_kid], separators=(",", ":"), ensure_ascii=True
    ).encode("ascii")


def _link_hmac(from_private: bytes, casefile_id: str) -> hmac.HMAC:
    key = HKDF(hashes.SHA256(), 32, salt=casefile_id.encode("utf-8"), info=_LINK_INFO).derive(
        from_private
    )
    return hmac.HMAC(key, hashes.SHA256())


def link_mac(from_private: bytes, casefile_id: str, role: str, from_kid: str, to_kid: str) -> str:
    """The old key's word that `to_kid` is its legitimate successor."""
    h = _link_hmac(from_private, casefile_id)
    h.update(_link_body(casefile_id, role, from_kid, to_kid))
    return h.finalize().hex()


def link_valid(
    tag: str, from_private: bytes, casefile_id: str, role: str, from_kid: str, to_kid: str
) -> bool:
    try:
        expected = bytes.fromhex(tag)
    except ValueError:
        return False
    h = _link_hmac(from_private, casefile_id)
    h.update(_link_body(casefile_id, role, from_kid, to_kid))
    try:
        h.verify(expected)
    except InvalidSignature:
        return False
    return True

"""LUKS-style key slots for the case file's master key.

One random 256-bit master key encrypts the database. Each user (and the recovery
key) has a slot. A slot is an X25519 key pair:

- its private key is sealed with ChaCha20-Poly1305 under a key derived from the
  user's password (Argon2id) or from the recovery secret (HKDF);
- the master key is sealed *to its public key*, as age seals a file key to an
  X25519 recipient (ephemeral X25519, HKDF-SHA256 over both public keys).

Sealing the master key to public keys lets an administrator rekey the database
after removing a user and reseal the new key for every remaining slot without
knowing their passwords, and the removed user, who knew only the old master key
and their own private key, learns nothing about the new one.

Every ciphertext is bound by its AAD to the case file id, the slot id, the slot's
owner and KDF parameters, so slots cannot be swapped or their parameters edited.

Each slot also carries a SHA-256 digest of its own header and ciphertexts, so a
damaged slot is told apart from a wrong password before any key is derived: the
digest is checked without a secret, the AEAD tags then decide the secret. Damaged
slots are kept aside (never silently dropped on a rewrite), so the other users can
still log in and `kdm check` can name them.

The file carries a generation number; the database keeps that number and the
digest of every slot (services/slot_journal.py), so an older copy of the file, a
`.prev` of the first version, a foreign slot or a ghost is refused at open, while
one damaged slot does not lock the other users out.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kdm_desktop.errors import KdmError
from kdm_desktop.fsutil import write_atomically
from kdm_desktop.security.kdf import Argon2Params, params_in_bounds

FORMAT = "kdm-keyslots"
VERSION = 2
# Version 1 files (no digests, no generation) are read once, then rewritten as 2.
# The AEAD binding keeps saying 1: slots sealed by the first version must still open.
_AAD_VERSION = 1
_READABLE_VERSIONS = (1, 2)
MASTER_KEY_BYTES = 32
MAX_SLOT_FILE_BYTES = 1024 * 1024
_SEAL_INFO = b"kdm-keyslot-v1/X25519"
_RECOVERY_INFO = b"kdm-keyslot-v1/recovery"
_DIGEST_CONTEXT = b"kdm-keyslot-v2/digest\x00"

SlotKind = Literal["password", "recovery"]


class SlotUnlockFailed(Exception):
    """The password or recovery secret does not open this slot."""


def slot_digest(obj: dict[str, Any]) -> str:
    """SHA-256 over a slot's canonical JSON without its own digest field."""
    body = {k: v for k, v in obj.items() if k != "digest"}
    return hashlib.sha256(_DIGEST_CONTEXT + _canonical(body)).hexdigest()


@dataclass(frozen=True)
class DamagedSlot:
    """A slot whose digest or structure does not check out; kept verbatim."""

    raw: Any
    user: str | None
    kind: str | None
    reason: str

    @property
    def label(self) -> str:
        if self.kind == "recovery":
            return "kurtarma"
        return self.user or "?"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class Sealed:
    nonce: bytes
    ciphertext: bytes
    ephemeral: bytes = b""

    def to_json(self) -> dict[str, str]:
        out = {"nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}
        if self.ephemeral:
            out["ephemeral"] = _b64(self.ephemeral)
        return out

    @classmethod
    def from_json(cls, obj: Any) -> Sealed:
        if not isinstance(obj, dict):
            raise ValueError("sealed value must be an object")
        eph = _unb64(obj["ephemeral"]) if "ephemeral" in obj else b""
        return cls(_unb64(obj["nonce"]), _unb64(obj["ciphertext"]), eph)


@dataclass(frozen=True)
class Slot:
    slot_id: str
    kind: SlotKind
    user: str | None
    kdf: dict[str, Any]
    public_key: bytes
    sealed_private: Sealed
    sealed_master: Sealed
    # Set only while a rekey is in progress: the next master key, sealed the same way.
    sealed_next_master: Sealed | None = None
    # Role keys this slot may use (security/rolekeys.py), each sealed to its public key.
    sealed_roles: tuple[tuple[str, Sealed], ...] = ()

    def binding(self, casefile_id: str, purpose: str) -> bytes:
        return _canonical(
            {
                "format": FORMAT,
                "version": _AAD_VERSION,
                "casefile": casefile_id,
                "slot": self.slot_id,
                "kind": self.kind,
                "user": self.user,
                "kdf": self.kdf,
                "public_key": _b64(self.public_key),
                "purpose": purpose,
            }
        )

    def argon2_params(self) -> Argon2Params | None:
        if self.kdf.get("name") != "argon2id":
            return None
        return Argon2Params(
            int(self.kdf["memory_kib"]), int(self.kdf["iterations"]), int(self.kdf["lanes"])
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.slot_id,
            "kind": self.kind,
            "user": self.user,
            "kdf": self.kdf,
            "public_key": _b64(self.public_key),
            "private": self.sealed_private.to_json(),
            "master": self.sealed_master.to_json(),
        }
        if self.sealed_next_master is not None:
            out["next_master"] = self.sealed_next_master.to_json()
        if self.sealed_roles:
            out["roles"] = {name: sealed.to_json() for name, sealed in self.sealed_roles}
        out["digest"] = slot_digest(out)
        return out

    @classmethod
    def from_json(cls, obj: Any) -> Slot:
        if not isinstance(obj, dict):
            raise ValueError("slot must be an object")
        kind = obj["kind"]
        if kind not in ("password", "recovery"):
            raise ValueError("unknown slot kind")
        user = obj.get("user")
        if user is not None and not isinstance(user, str):
            raise ValueError("bad user")
        kdf = obj["kdf"]
        if not isinstance(kdf, dict):
            raise ValueError("bad kdf")
        roles = obj.get("roles", {})
        if not isinstance(roles, dict):
            raise ValueError("bad roles")
        slot = cls(
            slot_id=str(obj["id"]),
            kind=kind,
            user=user,
            kdf=kdf,
            public_key=_unb64(obj["public_key"]),
            sealed_private=Sealed.from_json(obj["private"]),
            sealed_master=Sealed.from_json(obj["master"]),
            sealed_next_master=Sealed.from_json(obj["next_master"])
            if "next_master" in obj
            else None,
            sealed_roles=tuple(sorted((str(k), Sealed.from_json(v)) for k, v in roles.items())),
        )
        params = slot.argon2_params()
        if kind == "password" and (params is None or not params_in_bounds(params)):
            raise ValueError("password slot KDF out of bounds")
        return slot


def _seal_to(public_key: bytes, secret: bytes, aad: bytes) -> Sealed:
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    key = HKDF(hashes.SHA256(), 32, salt=eph_pub + public_key, info=_SEAL_INFO).derive(shared)
    nonce = secrets.token_bytes(12)
    return Sealed(nonce, ChaCha20Poly1305(key).encrypt(nonce, secret, aad), eph_pub)


def _open_sealed(private: X25519PrivateKey, sealed: Sealed, aad: bytes) -> bytes:
    public = private.public_key().public_bytes_raw()
    shared = private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral))
    key = HKDF(hashes.SHA256(), 32, salt=sealed.ephemeral + public, info=_SEAL_INFO).derive(shared)
    return ChaCha20Poly1305(key).decrypt(sealed.nonce, sealed.ciphertext, aad)


def _wrap_key(secret: bytes, salt: bytes, kdf: dict[str, Any]) -> bytes:
    """The symmetric key that seals a slot's private key."""
    if kdf["name"] == "argon2id":
        params = Argon2Params(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
        return params.derive(secret.decode("utf-8"), salt)
    if kdf["name"] == "hkdf-sha256":
        # The recovery secret is 256 random bits already; stretching adds nothing.
        return HKDF(hashes.SHA256(), 32, salt=salt, info=_RECOVERY_INFO).derive(secret)
    raise ValueError("unknown kdf")


def _new_slot(
    casefile_id: str,
    kind: SlotKind,
    user: str | None,
    secret: bytes,
    master_key: bytes,
    params: Argon2Params | None,
    private: X25519PrivateKey | None = None,
) -> Slot:
    salt = secrets.token_bytes(16)
    kdf: dict[str, Any]
    if kind == "password":
        assert params is not None
        kdf = {"name": "argon2id", "salt": _b64(salt), **params.as_dict()}
    else:
        kdf = {"name": "hkdf-sha256", "salt": _b64(salt)}
    private = private or X25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    skeleton = Slot(
        slot_id=str(uuid.uuid4()),
        kind=kind,
        user=user,
        kdf=kdf,
        public_key=public,
        sealed_private=Sealed(b"", b""),
        sealed_master=Sealed(b"", b""),
    )
    nonce = secrets.token_bytes(12)
    wrap = _wrap_key(secret, salt, kdf)
    sealed_private = Sealed(
        nonce,
        ChaCha20Poly1305(wrap).encrypt(
            nonce, private.private_bytes_raw(), skeleton.binding(casefile_id, "private")
        ),
    )
    sealed_master = _seal_to(public, master_key, skeleton.binding(casefile_id, "master"))
    return replace(skeleton, sealed_private=sealed_private, sealed_master=sealed_master)


@dataclass(frozen=True)
class UnlockedSlot:
    slot: Slot
    private: X25519PrivateKey
    master_key: bytes
    next_master_key: bytes | None
    role_keys: dict[str, bytes] = field(default_factory=dict)


@dataclass
class KeySlotFile:
    casefile_id: str
    slots: list[Slot] = field(default_factory=list)
    # Counts every write; the database keeps the number of the file it expects.
    generation: int = 0
    damaged: list[DamagedSlot] = field(default_factory=list)
    # The exact bytes this object was read from (the binding MAC is over them).
    source_bytes: bytes = b""
    # Read from a version-1 file (before digests and generations).
    legacy: bool = False

    # ----- building -----
    def add_password_slot(
        self, user: str, password: str, master_key: bytes, params: Argon2Params
    ) -> Slot:
        slot = _new_slot(
            self.casefile_id, "password", user, password.encode("utf-8"), master_key, params
        )
        self.slots.append(slot)
        return slot

    def add_recovery_slot(self, secret: bytes, master_key: bytes) -> Slot:
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        self.damaged = [d for d in self.damaged if d.kind != "recovery"]
        slot = _new_slot(self.casefile_id, "recovery", None, secret, master_key, None)
        self.slots.append(slot)
        return slot

    def replace_password(
        self, unlocked: UnlockedSlot, new_password: str, params: Argon2Params
    ) -> Slot:
        """Rewrap one slot for a new password; the master key and database stay as they are."""
        assert unlocked.slot.user is not None
        new = _new_slot(
            self.casefile_id,
            "password",
            unlocked.slot.user,
            new_password.encode("utf-8"),
            unlocked.master_key,
            params,
        )
        # The role keys the slot held stay with it (a password change is not a role change).
        new = self._with_roles(new, unlocked.role_keys)
        self.slots = [new if s.slot_id == unlocked.slot.slot_id else s for s in self.slots]
        return new

    def set_password_for(
        self,
        user: str,
        password: str,
        master_key: bytes,
        params: Argon2Params,
        role_keys: dict[str, bytes] | None = None,
    ) -> Slot:
        """An administrator resets a user's password: a new slot replaces theirs."""
        self.remove_user(user)
        slot = self.add_password_slot(user, password, master_key, params)
        if role_keys:
            slot = self._with_roles(slot, role_keys)
            self.slots[-1] = slot
        return slot

    def remove_user(self, user: str) -> None:
        self.slots = [s for s in self.slots if not (s.kind == "password" and s.user == user)]
        self.damaged = [d for d in self.damaged if not (d.kind == "password" and d.user == user)]

    # ----- role keys -----
    def _with_roles(self, slot: Slot, role_keys: dict[str, bytes]) -> Slot:
        sealed = tuple(
            sorted(
                (
                    name,
                    _seal_to(slot.public_key, key, slot.binding(self.casefile_id, f"role:{name}")),
                )
                for name, key in role_keys.items()
            )
        )
        return replace(slot, sealed_roles=sealed)

    def grant_role_key(self, user: str, name: str, key: bytes) -> None:
        """Seal a role key to `user`'s slot (LUKS-style: only to her public key)."""
        for s in self.slots:
            if s.kind == "password" and s.user == user:
                self.grant_role_key_to_slot(s.slot_id, name, key)

    def grant_role_key_to_slot(self, slot_id: str, name: str, key: bytes) -> None:
        out = []
        for s in self.slots:
            if s.slot_id == slot_id:
                keep = {n: v for n, v in s.sealed_roles if n != name}
                sealed = _seal_to(s.public_key, key, s.binding(self.casefile_id, f"role:{name}"))
                s = replace(s, sealed_roles=tuple(sorted({**keep, name: sealed}.items())))
            out.append(s)
        self.slots = out

    def revoke_role_key(self, user: str, name: str) -> None:
        self.slots = [
            replace(s, sealed_roles=tuple((n, v) for n, v in s.sealed_roles if n != name))
            if s.kind == "password" and s.user == user
            else s
            for s in self.slots
        ]

    def set_role_key_holders(self, name: str, key: bytes, users: set[str]) -> None:
        """Seal `key` as role key `name` to exactly `users`' slots (after a rotation)."""
        for s in list(self.slots):
            if s.kind != "password" or s.user is None:
                continue
            if s.user in users:
                self.grant_role_key(s.user, name, key)
            else:
                self.revoke_role_key(s.user, name)

    def role_key_holders(self, name: str) -> set[str]:
        return {
            s.user
            for s in self.slots
            if s.kind == "password" and s.user and any(n == name for n, _ in s.sealed_roles)
        }

    def stage_next_master(self, next_master: bytes) -> None:
        """Seal the coming master key in every slot before the database is rekeyed.

        If the process dies mid-rekey, each slot can still open whichever key the
        database ended up under. Damaged slots cannot be resealed and are dropped.
        """
        self.damaged = []
        self.slots = [
            replace(
                s,
                sealed_next_master=_seal_to(
                    s.public_key, next_master, s.binding(self.casefile_id, "master")
                ),
            )
            for s in self.slots
        ]

    def commit_next_master(self) -> None:
        self.slots = [
            replace(s, sealed_master=s.sealed_next_master, sealed_next_master=None)
            if s.sealed_next_master is not None
            else s
            for s in self.slots
        ]

    def drop_next_master(self) -> None:
        self.slots = [replace(s, sealed_next_master=None) for s in self.slots]

    # ----- opening -----
    def password_slot(self, user: str) -> Slot | None:
        for s in self.slots:
            if s.kind == "password" and s.user == user:
                return s
        return None

    def recovery_slot(self) -> Slot | None:
        for s in self.slots:
            if s.kind == "recovery":
                return s
        return None

    def damaged_password_slot(self, user: str) -> DamagedSlot | None:
        for d in self.damaged:
            if d.kind == "password" and d.user == user:
                return d
        return None

    def damaged_recovery_slot(self) -> DamagedSlot | None:
        for d in self.damaged:
            if d.kind == "recovery":
                return d
        return None

    def digests(self) -> frozenset[str]:
        """The digests of the intact slots: what the database binds the file to."""
        return frozenset(slot_digest(s.to_json()) for s in self.slots)

    def users(self) -> list[str]:
        return [s.user for s in self.slots if s.kind == "password" and s.user is not None]

    def all_slot_users(self) -> set[str]:
        """Every user a slot names, damaged ones included (for ghost detection)."""
        named = set(self.users())
        named |= {d.user for d in self.damaged if d.kind == "password" and d.user}
        return named

    def unlock(self, slot: Slot, secret: bytes) -> UnlockedSlot:
        try:
            salt = _unb64(slot.kdf["salt"])
            wrap = _wrap_key(secret, salt, slot.kdf)
            raw_private = ChaCha20Poly1305(wrap).decrypt(
                slot.sealed_private.nonce,
                slot.sealed_private.ciphertext,
                slot.binding(self.casefile_id, "private"),
            )
        except InvalidTag as exc:
            raise SlotUnlockFailed from exc
        private = X25519PrivateKey.from_private_bytes(raw_private)
        aad = slot.binding(self.casefile_id, "master")
        try:
            master = _open_sealed(private, slot.sealed_master, aad)
            nxt = (
                _open_sealed(private, slot.sealed_next_master, aad)
                if slot.sealed_next_master is not None
                else None
            )
            roles = {
                name: _open_sealed(private, sealed, slot.binding(self.casefile_id, f"role:{name}"))
                for name, sealed in slot.sealed_roles
            }
        except InvalidTag as exc:
            # The password was right but a sealed key was altered.
            raise KdmError("keys.damaged", detail="master key seal") from exc
        if len(master) != MASTER_KEY_BYTES:
            raise KdmError("keys.damaged", detail="master key length")
        return UnlockedSlot(slot, private, master, nxt, roles)

    def reseal_all(self, master_key: bytes) -> None:
        """Seal `master_key` to every slot's public key (after a rekey)."""
        self.damaged = []
        self.slots = [
            replace(
                s,
                sealed_master=_seal_to(
                    s.public_key, master_key, s.binding(self.casefile_id, "master")
                ),
                sealed_next_master=None,
            )
            for s in self.slots
        ]

    # ----- files -----
    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "casefile": self.casefile_id,
            "generation": self.generation,
            # Damaged slots are carried verbatim: a rewrite never hides them.
            "slots": [s.to_json() for s in self.slots] + [d.raw for d in self.damaged],
        }
        return json.dumps(doc, indent=1, sort_keys=True).encode("ascii") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> KeySlotFile:
        if len(data) > MAX_SLOT_FILE_BYTES:
            raise KdmError("keys.damaged", detail="too large")
        try:
            doc = json.loads(data.decode("ascii"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("not a key slot file")
            version = doc.get("version")
            if version not in _READABLE_VERSIONS:
                raise ValueError(f"unsupported version {version!r}")
            casefile_id = str(uuid.UUID(str(doc["casefile"])))
            raw_slots = doc["slots"]
            if not isinstance(raw_slots, list):
                raise ValueError("slots must be a list")
            generation = doc.get("generation", 0) if version == 2 else 0
            if type(generation) is not int or generation < 0:
                raise ValueError("bad generation")
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error) as exc:
            raise KdmError("keys.damaged", detail=str(exc) or type(exc).__name__) from exc
        slots: list[Slot] = []
        damaged: list[DamagedSlot] = []
        for raw in raw_slots:
            try:
                if version == 2 and (
                    not isinstance(raw, dict)
                    or not hmac.compare_digest(str(raw.get("digest", "")), slot_digest(raw))
                ):
                    raise ValueError("digest")
                slot = Slot.from_json(raw)
                if version == 2 and slot.to_json() != raw:
                    raise ValueError("not canonical")
                slots.append(slot)
            except (ValueError, KeyError, TypeError, binascii.Error) as exc:
                damaged.append(_damaged(raw, str(exc) or type(exc).__name__))
        return cls(
            casefile_id,
            slots,
            generation=generation,
            damaged=damaged,
            source_bytes=data,
            legacy=version == 1,
        )

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise KdmError("keys.missing", path=str(path)) from exc
        return cls.from_bytes(data)

    def save(self, path: Path) -> None:
        """Write the file and its mirror, each atomically (temp, fsync, rename).

        The mirror is a second copy of the *same* generation for the day the medium
        fails under one of them; unlike a "previous" copy it holds no old password.
        Callers go through services/slot_journal.py, which binds it to the database.
        """
        data = self.to_bytes()
        write_atomically(path, data)
        write_atomically(mirror_path(path), data)
        self.source_bytes = data
        self.legacy = False


def mirror_path(path: Path) -> Path:
    return path.with_name(path.name + ".mirror")


def _damaged(raw: Any, reason: str) -> DamagedSlot:
    user = raw.get("user") if isinstance(raw, dict) else None
    kind = raw.get("kind") if isinstance(raw, dict) else None
    return DamagedSlot(
        raw,
        user if isinstance(user, str) else None,
        kind if kind in ("password", "recovery") else None,
        reason,
    )

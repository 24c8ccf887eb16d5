"""The `.kdmbak` container: an uncompressed ZIP of three members.

- `casefile.kdm`: a page-by-page snapshot of the SQLCipher database, still encrypted
  under the case file's master key (never decrypted on the way);
- `casefile.keys`: the key-slot file, so any user's password or the recovery key
  opens the backup;
- `manifest.json`: written last; format version, case-file id, creation time, sizes
  and SHA-256 of the members, and an HMAC under a key derived from the master key,
  so only someone holding the key could have written it. It holds no personal data.

ZIP is used for its robustness and tooling, not for compression: SQLCipher pages
do not compress, and no compression means no compression bombs.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kdm_desktop import messages
from kdm_desktop.errors import RefusedInput
from kdm_desktop.fsutil import create_private
from kdm_desktop.progress import CancelFn, Cancelled, ProgressFn

FORMAT = "kdm-backup"
VERSION = 1
MEMBER_DB = "casefile.kdm"
MEMBER_KEYS = "casefile.keys"
MANIFEST = "manifest.json"
SUFFIX = ".kdmbak"
CHUNK = 1024 * 1024
MAX_MANIFEST = 64 * 1024
MAX_KEYS = 1024 * 1024


@dataclass(frozen=True)
class Member:
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    casefile_id: str
    created_at: str
    app_version: str
    schema_version: int
    centre_code: str
    members: dict[str, Member]
    mac: str = ""
    # The audit chain's head at the snapshot, signed with the centre key (see
    # security/anchor.py). Absent in backups made before anchors existed.
    audit_anchor: dict[str, Any] | None = None

    def signed_part(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "casefile": self.casefile_id,
            "created_at": self.created_at,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "centre_code": self.centre_code,
            "members": {
                k: {"size": m.size, "sha256": m.sha256} for k, m in sorted(self.members.items())
            },
        }
        if self.audit_anchor is not None:
            doc["audit_anchor"] = self.audit_anchor
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")

    def to_bytes(self) -> bytes:
        doc = json.loads(self.signed_part())
        doc["mac"] = self.mac
        return json.dumps(doc, sort_keys=True, indent=1).encode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            keys = [k for k, _ in pairs]
            if len(keys) != len(set(keys)):
                raise ValueError("duplicate key")
            return dict(pairs)

        doc = json.loads(data.decode("ascii"), object_pairs_hook=no_duplicates)
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("not a backup manifest")
        if doc.get("version") != VERSION:
            raise _Unsupported(str(doc.get("version")))
        members = doc["members"]
        if not isinstance(members, dict) or set(members) != {MEMBER_DB, MEMBER_KEYS}:
            raise ValueError("unexpected members")
        anchor = doc.get("audit_anchor")
        if anchor is not None and not isinstance(anchor, dict):
            raise ValueError("audit anchor must be an object")
        return cls(
            casefile_id=str(doc["casefile"]),
            created_at=str(doc["created_at"]),
            app_version=str(doc["app_version"]),
            schema_version=int(doc["schema_version"]),
            centre_code=str(doc["centre_code"]),
            members={k: Member(int(v["size"]), str(v["sha256"])) for k, v in members.items()},
            mac=str(doc["mac"]),
            audit_anchor=anchor,
        )


class _Unsupported(ValueError):
    pass


def _mac_key(master_key: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"kdm-backup-manifest-v1").derive(master_key)


def sign_manifest(manifest: Manifest, master_key: bytes) -> Manifest:
    mac = hmac.new(_mac_key(master_key), manifest.signed_part(), hashlib.sha256).hexdigest()
    return Manifest(**{**manifest.__dict__, "mac": mac})


def manifest_is_authentic(manifest: Manifest, master_key: bytes) -> bool:
    expected = hmac.new(_mac_key(master_key), manifest.signed_part(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, manifest.mac)


def _copy(
    src: IO[bytes], dst: IO[bytes], total: int, progress: ProgressFn, cancelled: CancelFn
) -> str:
    digest = hashlib.sha256()
    done = 0
    while True:
        if cancelled():
            raise Cancelled
        block = src.read(CHUNK)
        if not block:
            break
        digest.update(block)
        dst.write(block)
        done += len(block)
        progress(done, total)
    return digest.hexdigest()


def write_container(
    target: Path,
    manifest: Manifest,
    snapshot: Path,
    keys: bytes,
    master_key: bytes,
    progress: ProgressFn,
    cancelled: CancelFn,
) -> Manifest:
    """Write the ZIP to `target` (a temp name chosen by the caller); return the signed manifest."""
    size = snapshot.stat().st_size
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with (
        open(fd, "wb") as raw,
        zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf,
    ):
        with open(snapshot, "rb") as src, zf.open(MEMBER_DB, "w", force_zip64=True) as dst:
            db_hash = _copy(src, dst, size, progress, cancelled)
        zf.writestr(MEMBER_KEYS, keys)
        members = {
            MEMBER_DB: Member(size, db_hash),
            MEMBER_KEYS: Member(len(keys), hashlib.sha256(keys).hexdigest()),
        }
        signed = sign_manifest(Manifest(**{**manifest.__dict__, "members": members}), master_key)
        zf.writestr(MANIFEST, signed.to_bytes())
    return signed


class BackupReader:
    """Opens a `.kdmbak` and checks its structure; decryption is the service's job."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._zf = zipfile.ZipFile(path, "r")
        except FileNotFoundError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            with open(path, "rb") as fh:
                looks_like_zip = fh.read(4) == b"PK\x03\x04"
            if looks_like_zip:
                raise RefusedInput(
                    "backup.damaged", detail=messages.text("backup.detail.truncated")
                ) from exc
            raise RefusedInput("backup.not_backup", path=str(path)) from exc
        try:
            names = self._zf.namelist()
            if sorted(names) != sorted({MEMBER_DB, MEMBER_KEYS, MANIFEST}) or len(names) != 3:
                raise RefusedInput("backup.damaged", detail="members")
            info = self._zf.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST or self._zf.getinfo(MEMBER_KEYS).file_size > MAX_KEYS:
                raise RefusedInput("backup.damaged", detail="size")
            self.manifest = Manifest.from_bytes(self._read_small(MANIFEST))
            for name, member in self.manifest.members.items():
                zinfo = self._zf.getinfo(name)
                if zinfo.compress_type != zipfile.ZIP_STORED or zinfo.file_size != member.size:
                    raise RefusedInput("backup.damaged", detail=f"{name} size")
        except _Unsupported as exc:
            self.close()
            raise RefusedInput("backup.unsupported", version=str(exc)) from exc
        except RefusedInput:
            self.close()
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
            self.close()
            raise RefusedInput("backup.damaged", detail="manifest") from exc

    def _read_small(self, name: str) -> bytes:
        try:
            return self._zf.read(name)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise RefusedInput("backup.damaged", detail=name) from exc

    def keys_bytes(self) -> bytes:
        data = self._read_small(MEMBER_KEYS)
        if hashlib.sha256(data).hexdigest() != self.manifest.members[MEMBER_KEYS].sha256:
            raise RefusedInput("backup.damaged", detail=MEMBER_KEYS)
        return data

    def extract_database(self, target: Path, progress: ProgressFn, cancelled: CancelFn) -> None:
        """Copy the snapshot out, checking its SHA-256 against the manifest."""
        member = self.manifest.members[MEMBER_DB]
        try:
            with self._zf.open(MEMBER_DB) as src, open(create_private(target), "wb") as dst:
                digest = _copy(src, dst, member.size, progress, cancelled)
        except (zipfile.BadZipFile, EOFError) as exc:
            raise RefusedInput("backup.damaged", detail=MEMBER_DB) from exc
        if digest != member.sha256:
            raise RefusedInput("backup.damaged", detail=MEMBER_DB)

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> BackupReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

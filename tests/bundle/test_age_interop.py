"""Interoperability with the reference `age` command (Debian package `age`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from bundlekit import CHUNK, decrypt_bytes, encrypt_bytes, keypair, plaintext

from kdm_desktop.bundle import age

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
pytestmark = pytest.mark.skipif(AGE is None, reason="the age command is not installed")


def _run(*args: str, data: bytes = b"") -> bytes:
    assert AGE is not None
    done = subprocess.run([AGE, *args], input=data, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout


@pytest.mark.parametrize("size", [0, 1, CHUNK, CHUNK + 1, 3 * CHUNK + 12345])
def test_age_decrypts_our_files(tmp_path: Path, size: int) -> None:
    key = keypair()
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(age.encode_identity(key.private) + "\n")
    data = plaintext(size, seed=size)
    encrypted = encrypt_bytes([keypair().public, key.public], data)
    assert _run("-d", "-i", str(keyfile), data=encrypted) == data


@pytest.mark.parametrize("size", [0, 1, CHUNK, CHUNK + 1, 3 * CHUNK + 12345])
def test_we_decrypt_age_files(size: int) -> None:
    key = keypair()
    data = plaintext(size, seed=size + 1)
    other = age.encode_recipient(keypair().public)
    encrypted = _run("-r", other, "-r", age.encode_recipient(key.public), data=data)
    assert decrypt_bytes([key.private], encrypted) == data


def test_age_refuses_our_tampered_file(tmp_path: Path) -> None:
    key = keypair()
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(age.encode_identity(key.private) + "\n")
    encrypted = bytearray(encrypt_bytes([key.public], b"kimlik bilgisi"))
    encrypted[-1] ^= 1
    assert AGE is not None
    done = subprocess.run(
        [AGE, "-d", "-i", str(keyfile)], input=bytes(encrypted), capture_output=True, check=False
    )
    assert done.returncode != 0


@pytest.mark.skipif(AGE_KEYGEN is None, reason="age-keygen is not installed")
def test_keys_from_age_keygen(tmp_path: Path) -> None:
    assert AGE_KEYGEN is not None
    keyfile = tmp_path / "key.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(keyfile)], capture_output=True, check=True)
    lines = keyfile.read_text().splitlines()
    public = next(line.split(": ")[1] for line in lines if line.startswith("# public key: "))
    secret = next(line for line in lines if line.startswith("AGE-SECRET-KEY-1"))
    private = age.decode_identity(secret)
    assert age.encode_recipient(age.recipient_from_identity(private)) == public
    assert age.encode_identity(private) == secret
    encrypted = encrypt_bytes([age.decode_recipient(public)], b"merhaba")
    assert _run("-d", "-i", str(keyfile), data=encrypted) == b"merhaba"

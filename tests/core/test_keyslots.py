"""Key slots: wrapping, binding, recovery key format, staged rekeys."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.security import recovery
from kdm_desktop.security.kdf import DEFAULT_PARAMS, FAST_TEST_PARAMS, Argon2Params
from kdm_desktop.security.keyslots import KeySlotFile, SlotUnlockFailed, slot_digest

MASTER = bytes(range(32))
CASEFILE = "3f1c2a4e-0000-4000-8000-000000000001"


def _file() -> KeySlotFile:
    f = KeySlotFile(CASEFILE)
    f.add_password_slot("ayse", "Ayşe'nin parolası", MASTER, FAST_TEST_PARAMS)
    f.add_password_slot("fatma", "fatma-parola-1", MASTER, FAST_TEST_PARAMS)
    return f


def test_each_password_opens_only_its_own_slot() -> None:
    f = _file()
    ayse, fatma = f.password_slot("ayse"), f.password_slot("fatma")
    assert ayse and fatma
    assert f.unlock(ayse, "Ayşe'nin parolası".encode()).master_key == MASTER
    with pytest.raises(SlotUnlockFailed):
        f.unlock(ayse, b"fatma-parola-1")


def test_password_is_unicode_normalised() -> None:
    f = _file()
    slot = f.password_slot("ayse")
    assert slot
    decomposed = "Ays\u0327e'nin parolası"  # ş typed as s + combining cedilla
    assert f.unlock(slot, decomposed.encode()).master_key == MASTER


def test_roundtrip_through_bytes_and_no_key_material_in_clear() -> None:
    f = _file()
    data = f.to_bytes()
    assert MASTER.hex() not in data.decode()
    g = KeySlotFile.from_bytes(data)
    slot = g.password_slot("fatma")
    assert slot and g.unlock(slot, b"fatma-parola-1").master_key == MASTER


@pytest.mark.parametrize(
    "edit",
    [
        lambda s: s.__setitem__("user", "fatma"),  # slot claimed by someone else
        lambda s: s["kdf"].__setitem__("iterations", s["kdf"]["iterations"] + 1),
        lambda s: s.__setitem__("id", "other-slot"),
    ],
)
def test_slot_binding_detects_edits(edit) -> None:
    f = _file()
    doc = json.loads(f.to_bytes())
    edit(doc["slots"][0])
    g = KeySlotFile.from_bytes(json.dumps(doc).encode())
    # The slot's own digest no longer matches: it is damaged, not openable.
    assert len(g.damaged) == 1 and len(g.slots) == 1
    # Even with its digest recomputed, the AAD binding refuses it.
    doc["slots"][0]["digest"] = slot_digest(doc["slots"][0])
    h = KeySlotFile.from_bytes(json.dumps(doc).encode())
    edited = next(s for s in h.slots if s.slot_id == doc["slots"][0]["id"])
    with pytest.raises((SlotUnlockFailed, KdmError)):
        h.unlock(edited, "Ayşe'nin parolası".encode())


def test_slots_do_not_open_for_another_case_file() -> None:
    f = _file()
    doc = json.loads(f.to_bytes())
    doc["casefile"] = "3f1c2a4e-0000-4000-8000-000000000002"
    g = KeySlotFile.from_bytes(json.dumps(doc).encode())
    with pytest.raises(SlotUnlockFailed):
        g.unlock(g.slots[0], "Ayşe'nin parolası".encode())


@pytest.mark.parametrize(
    "data",
    [b"", b"{}", b"not json", b'{"format":"kdm-keyslots","version":99}', b"\xff" * 10],
)
def test_damaged_slot_files_get_a_message(data: bytes) -> None:
    with pytest.raises(KdmError) as err:
        KeySlotFile.from_bytes(data)
    assert err.value.key == "keys.damaged"


def test_absurd_kdf_parameters_are_refused_before_use() -> None:
    f = _file()
    doc = json.loads(f.to_bytes())
    doc["slots"][0]["kdf"]["memory_kib"] = 1 << 40
    g = KeySlotFile.from_bytes(json.dumps(doc).encode())
    # Set aside as damaged before any key is derived; the other user still opens hers.
    assert g.password_slot("ayse") is None
    assert g.damaged_password_slot("ayse") is not None
    fatma = g.password_slot("fatma")
    assert fatma and g.unlock(fatma, b"fatma-parola-1").master_key == MASTER


def test_staged_rekey_keeps_both_keys_until_committed() -> None:
    f = _file()
    nxt = os.urandom(32)
    f.stage_next_master(nxt)
    g = KeySlotFile.from_bytes(f.to_bytes())
    slot = g.password_slot("fatma")
    assert slot
    unlocked = g.unlock(slot, b"fatma-parola-1")
    assert (unlocked.master_key, unlocked.next_master_key) == (MASTER, nxt)
    g.commit_next_master()
    slot = g.password_slot("fatma")
    assert slot
    assert g.unlock(slot, b"fatma-parola-1").master_key == nxt


def test_default_parameters_are_the_production_ones() -> None:
    assert DEFAULT_PARAMS.memory_kib >= 64 * 1024
    assert FAST_TEST_PARAMS.weaker_than(DEFAULT_PARAMS)
    assert not DEFAULT_PARAMS.weaker_than(Argon2Params(64 * 1024, 3, 4))


# ----- recovery key -----


@given(st.binary(min_size=32, max_size=32))
@settings(max_examples=50, derandomize=True)
def test_recovery_key_roundtrip(secret: bytes) -> None:
    text = recovery.format_recovery_key(secret)
    groups = text.split("-")
    assert len(groups) == 11 and all(len(g) == 5 for g in groups)
    assert recovery.parse_recovery_key(text) == secret
    assert recovery.parse_recovery_key(text.lower().replace("-", " ")) == secret


@given(st.binary(min_size=32, max_size=32), st.integers(0, 54), st.integers(1, 31))
@settings(max_examples=100, derandomize=True)
def test_a_mistyped_character_is_caught(secret: bytes, pos: int, delta: int) -> None:
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    chars = list(recovery.format_recovery_key(secret).replace("-", ""))
    chars[pos] = alphabet[(alphabet.index(chars[pos]) + delta) % 32]
    with pytest.raises(RefusedInput):
        recovery.parse_recovery_key("".join(chars))


def test_recovery_key_wrong_length_names_the_problem() -> None:
    with pytest.raises(RefusedInput) as err:
        recovery.parse_recovery_key("ABCDE-FGHJK")
    assert "kurtarma" in err.value.message.lower()

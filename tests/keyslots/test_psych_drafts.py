"""A psychologist's unsaved session note is sealed like a saved one.

The attack: the secretary takes the master key from her own slot and reads every
table with sqlcipher3. Saved session notes are sealed to the psychologists' role
key (test_role_keys.py), but the draft the window keeps while the psychologist
types (services/drafts.py, table `drafts`) held the same words in plain JSON.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from crashkit import Centre, make_centre
from test_role_keys import SECRET, _login, _raw_text, draft

from kdm_desktop.security.keyslots import KeySlotFile
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.drafts import DraftKind, DraftService
from kdm_desktop.services.users import UserService
from kdm_testing import ADMIN

TYPED = {"kind": "psikolojik_seans", "text": SECRET}


@pytest.fixture
def drafted(tmp_path: Path) -> tuple[Centre, str]:
    centre = make_centre(tmp_path)
    with _login(centre, ADMIN) as s:
        UserService(s).add("derya", "derya-parola-2026", "psikolog")
    centre.passwords["derya"] = "derya-parola-2026"
    with _login(centre, "zehra") as s:
        ref = CaseService(s).create(draft())
        DraftService(s).save(DraftKind.NOTE, ref.id, TYPED)
    return centre, ref.id


def test_the_secretarys_key_does_not_read_a_psychologists_note_draft(drafted) -> None:
    centre, ref_id = drafted
    with _login(centre, "elif") as s:
        master_key = s.master_key
    raw = _raw_text(centre, master_key)
    assert "travma" not in raw and "Seans" not in raw
    with _login(centre, "zehra") as s:
        kept = DraftService(s).get(DraftKind.NOTE, ref_id)
        assert kept is not None and kept.content == TYPED
        assert [d.object_id for d in DraftService(s).mine()] == [ref_id]


def test_her_draft_survives_a_rotation_of_the_role_key(drafted) -> None:
    centre, ref_id = drafted
    with _login(centre, ADMIN) as s:
        UserService(s).set_role("derya", "sosyal_calismaci")  # the key rotates
    with _login(centre, "zehra") as s:  # her login re-seals to the new key, retires the old
        pass
    slots = KeySlotFile.load(centre.paths.keyslots)
    assert len({n for slot in slots.slots for n, _ in slot.sealed_roles}) == 1  # old key gone
    with _login(centre, "zehra") as s:  # a session that holds only the new key
        assert len(s.role_keys) == 1
        kept = DraftService(s).get(DraftKind.NOTE, ref_id)
        assert kept is not None and kept.content == TYPED
    with _login(centre, "elif") as s:
        master_key = s.master_key
    assert "travma" not in _raw_text(centre, master_key)

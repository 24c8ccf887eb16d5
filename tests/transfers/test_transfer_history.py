"""Notes (with every version) and the services log travel with the case, once."""

from __future__ import annotations

import copy
import uuid
from pathlib import Path
from typing import Any

import pytest
from transfer_history_support import add_history, entry_of, history_of, send_payload
from transfer_support import add_case, snapshot, two_centres

from kdm_desktop.bundle.limits import MAX_NOTE, MAX_NOTES_PER_CASE
from kdm_desktop.bundle.payload import encode_manifest
from kdm_desktop.errors import RefusedInput
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.service_log import ServiceLogService
from kdm_desktop.services.transfers import TransferService


@pytest.fixture
def pair(tmp_path: Path):
    with two_centres(tmp_path) as sessions:
        yield sessions


def _import(session, path: Path):
    return TransferService(session).import_bundle(path, confirmed=True)


def test_round_trip_carries_notes_with_history_and_services(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = add_case(a)
    ids = add_history(a, ref.id)
    TransferService(a).export("KDZ", [ref.id], tmp_path / "1.kdmb")
    _import(b, tmp_path / "1.kdmb")
    assert history_of(b, ref.id) == history_of(a, ref.id)
    notes, services = history_of(b, ref.id)
    general = next(n for n in notes if n[0] == ids["general"])
    assert [v.version for v in general[4]] == [1, 2]
    assert {s[0] for s in services} == {ids["s1"], ids["s2"]}
    # The receiving centre's role rules apply: its admin does not see the session note.
    shown = NoteService(b).for_case(ref.id)
    assert [n.id for n in shown] == [ids["general"]]
    assert shown[0].edited


def test_reimport_and_later_bundles_never_duplicate(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = add_case(a)
    ids = add_history(a, ref.id)
    TransferService(a).export("KDZ", [ref.id], tmp_path / "1.kdmb")
    _import(b, tmp_path / "1.kdmb")
    with pytest.raises(RefusedInput):
        _import(b, tmp_path / "1.kdmb")  # the replay table refuses the same bundle
    # A later bundle carries the same notes and services plus one new version.
    NoteService(a).edit(ids["general"], "Üçüncü sürüm.")
    TransferService(a).export("KDZ", [ref.id], tmp_path / "2.kdmb")
    result = _import(b, tmp_path / "2.kdmb")
    assert result.updated == (ref.case_number,)
    assert history_of(b, ref.id) == history_of(a, ref.id)
    # And sending it back to A adds nothing there either.
    TransferService(b).export("NRL", [ref.id], tmp_path / "3.kdmb")
    before = history_of(a, ref.id)
    _import(a, tmp_path / "3.kdmb")
    assert history_of(a, ref.id) == before


def test_import_audit_counts_new_notes_and_services(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = add_case(a)
    add_history(a, ref.id)
    TransferService(a).export("KDZ", [ref.id], tmp_path / "1.kdmb")
    _import(b, tmp_path / "1.kdmb")
    rows = b.db.conn.execute(
        "SELECT detail FROM audit_log WHERE object_type = 'case' AND object_id = ? "
        "AND action = 'import'",
        (ref.id,),
    ).fetchall()
    # The administrator who sends cannot read the session note (sealed to the
    # psychologists' role key), so it stays behind: the general note and its 2 versions.
    assert any("notes+=1 note_versions+=2 services+=2" in r[0] for r in rows)


def test_both_centres_editing_a_note_keep_both_wordings(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = add_case(a)
    ids = add_history(a, ref.id)
    TransferService(a).export("KDZ", [ref.id], tmp_path / "1.kdmb")
    _import(b, tmp_path / "1.kdmb")
    NoteService(a).edit(ids["general"], "A merkezinin eki.")
    NoteService(b).edit(ids["general"], "B merkezinin eki.")
    TransferService(a).export("KDZ", [ref.id], tmp_path / "2.kdmb")
    _import(b, tmp_path / "2.kdmb")
    texts = [v.text for v in NoteService(b).history(ids["general"])]
    assert texts[-2:] == ["B merkezinin eki.", "A merkezinin eki."]
    assert len(texts) == 4


def _entry(a, b) -> dict[str, Any]:
    ref = add_case(a)
    add_history(a, ref.id)
    return entry_of(a, ref.id)


def _refused(a, b, tmp_path: Path, entry: dict[str, Any], reason: str, seq: int) -> None:
    before = snapshot(b)
    path = send_payload(a, tmp_path, _payload(entry), seq)
    with pytest.raises(RefusedInput) as info:
        _import(b, path)
    assert info.value.key == f"transfer.payload.{reason}", info.value.key
    assert snapshot(b) == before


def _payload(entry: dict[str, Any]) -> bytes:
    return encode_manifest("NRL", "Nilüfer", [entry])


def test_malformed_and_oversized_note_entries_refused(pair, tmp_path: Path) -> None:
    a, b = pair
    good = _entry(a, b)
    cases: list[tuple[str, Any, str]] = []

    def mutate(reason: str, fn) -> None:
        e = copy.deepcopy(good)
        fn(e)
        cases.append((reason, e, reason))

    mutate("bad_manifest", lambda e: e["note_versions"][0].update(text="x" * (MAX_NOTE + 1)))
    mutate("bad_manifest", lambda e: e["note_versions"][0].update(version=7))
    mutate("bad_manifest", lambda e: e["note_versions"][0].update(note_id=str(uuid.uuid4())))
    mutate("bad_manifest", lambda e: e["note_versions"][0].update(version="1"))
    mutate("bad_manifest", lambda e: e["notes"][0].update(extra="x"))
    mutate("bad_manifest", lambda e: e["notes"][0].update(id="../../etc"))
    mutate("bad_manifest", lambda e: e.pop("notes"))
    mutate("bad_manifest", lambda e: e["note_versions"].clear())
    mutate("bad_case", lambda e: e["notes"][0].update(kind="gizli"))
    mutate("bad_case", lambda e: e["note_versions"][0].update(text="   "))
    mutate("duplicate_entry", lambda e: e["notes"].append(dict(e["notes"][0])))
    mutate("bad_manifest", lambda e: e["services"][0].update(duration_minutes=0))
    mutate("bad_manifest", lambda e: e["services"][0].update(note="x" * 4001))
    mutate("bad_case", lambda e: e["services"][0].update(kind="bilinmeyen"))
    mutate("bad_case", lambda e: e["services"][0].update(date="2026-13-01"))
    mutate("duplicate_entry", lambda e: e["services"].append(dict(e["services"][0])))

    def too_many(e: dict[str, Any]) -> None:
        for _ in range(MAX_NOTES_PER_CASE + 1 - len(e["notes"])):
            note_id = str(uuid.uuid4())
            e["notes"].append({**e["notes"][0], "id": note_id})
            e["note_versions"].append({**e["note_versions"][0], "note_id": note_id, "version": 1})

    mutate("too_many", too_many)
    for seq, (reason, entry, _) in enumerate(cases, start=100):
        _refused(a, b, tmp_path, entry, reason, seq)
    # The untouched entry imports.
    _import(b, send_payload(a, tmp_path, _payload(good), 999))


def test_known_service_id_with_other_content_refused(pair, tmp_path: Path) -> None:
    a, b = pair
    good = _entry(a, b)
    _import(b, send_payload(a, tmp_path, _payload(good), 1))
    changed = copy.deepcopy(good)
    changed["services"][0]["note"] = "Değiştirilmiş."
    _refused(a, b, tmp_path, changed, "service_mismatch", 2)
    assert ServiceLogService(b).for_case(good["id"])[0].note in {"Başvuru.", ""}

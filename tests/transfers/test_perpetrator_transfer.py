"""A transferred case carries its perpetrator section; of two edits the later one stays."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest
from transfer_support import add_case, two_centres

from kdm_desktop.bundle.merge import case_entry
from kdm_desktop.bundle.payload import encode_manifest, read_manifest
from kdm_desktop.domain.cases.choices import PerpetratorRelation as R
from kdm_desktop.domain.perpetrator import Answer, Perpetrator, PerpetratorAgeBand
from kdm_desktop.services.clock import ISTANBUL
from kdm_desktop.services.perpetrators import PerpetratorService
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.storage.cases_repo import CaseRepository


@pytest.fixture
def pair(tmp_path: Path):
    with two_centres(tmp_path) as sessions:
        yield sessions


def _later(session, minutes: int) -> None:
    moment = datetime.datetime.now(ISTANBUL) + datetime.timedelta(minutes=minutes)
    session.now = lambda: moment


def test_round_trip_carries_the_section_and_the_later_edit_wins(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = add_case(a)
    husband = PerpetratorService(a).add(
        ref.id,
        Perpetrator(
            relation=R.SPOUSE,
            name="Hakan Taşdemir",
            age_band=PerpetratorAgeBand.FROM_35,
            weapon_access=Answer.YES,
            prior_orders=Answer.NO,
            shared_children=3,
            note="Ehliyetli av tüfeği var.",
        ),
    )
    PerpetratorService(a).add(ref.id, Perpetrator(relation=R.BROTHER))
    sent = PerpetratorService(a).list(ref.id)

    bundle = tmp_path / "giden.kdmb"
    TransferService(a).export("KDZ", [ref.id], bundle)
    assert "Taşdemir".encode() not in bundle.read_bytes()
    TransferService(b).import_bundle(bundle, confirmed=True)
    assert PerpetratorService(b).list(ref.id) == sent

    # The receiving centre corrects him later; the correction comes back.
    _later(b, 5)
    PerpetratorService(b).update(
        ref.id, husband.id, Perpetrator(relation=R.EX_SPOUSE, name="Hakan Taşdemir")
    )
    back = tmp_path / "geri.kdmb"
    TransferService(b).export("NRL", [ref.id], back)
    TransferService(a).import_bundle(back, confirmed=True)
    first = PerpetratorService(a).list(ref.id)[0]
    assert (first.id, first.record.relation, first.record.weapon_access) == (
        husband.id,
        R.EX_SPOUSE,
        None,
    )

    # An older edit arriving after a newer local one does not overwrite it.
    _later(a, 10)
    PerpetratorService(a).update(ref.id, husband.id, Perpetrator(relation=R.PARTNER))
    stale = tmp_path / "eski.kdmb"
    TransferService(b).export("NRL", [ref.id], stale)
    TransferService(a).import_bundle(stale, confirmed=True)
    assert PerpetratorService(a).list(ref.id)[0].record.relation is R.PARTNER


def test_a_case_without_the_section_travels_as_before(pair) -> None:
    a, _ = pair
    ref = add_case(a)
    record = CaseRepository(a.db.conn).by_id(ref.id)
    assert record is not None
    entry = case_entry(record, [], [])
    assert "perpetrators" not in entry  # older builds still read such a bundle
    manifest = read_manifest(io.BytesIO(encode_manifest("NRL", "Nilüfer", [entry])))
    assert manifest.cases[0].perpetrators == ()


def test_a_malformed_record_is_refused_by_the_reader(pair) -> None:
    from kdm_desktop.bundle.merge import CaseHistory, entry_perpetrators
    from kdm_desktop.bundle.payload import PayloadError
    from kdm_desktop.errors import ValidationErrors

    a, _ = pair
    ref = add_case(a)
    PerpetratorService(a).add(ref.id, Perpetrator(relation=R.SPOUSE, name="Kaan Er"))
    record = CaseRepository(a.db.conn).by_id(ref.id)
    assert record is not None
    history = CaseHistory(perpetrators=tuple(PerpetratorService(a).list(ref.id)))
    entry = case_entry(record, [], [], history)

    def read(changed: dict) -> object:
        return read_manifest(io.BytesIO(encode_manifest("NRL", "Nilüfer", [changed])))

    with_address = {**entry, "perpetrators": [{**entry["perpetrators"][0], "adres": "x"}]}
    with pytest.raises(PayloadError):
        read(with_address)
    twice = {**entry, "perpetrators": entry["perpetrators"] * 2}
    with pytest.raises(PayloadError):
        read(twice)
    unknown = {**entry, "perpetrators": [{**entry["perpetrators"][0], "relation": "komsu"}]}
    manifest = read(unknown)
    with pytest.raises(ValidationErrors):
        entry_perpetrators(manifest.cases[0])  # type: ignore[attr-defined]

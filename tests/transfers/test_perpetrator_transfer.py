"""A transferred case carries its perpetrator section; of two edits the later one stays."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest
from transfer_support import add_case, two_centres

from kdm_desktop.bundle import limits
from kdm_desktop.bundle.case_entries import case_entry
from kdm_desktop.bundle.payload import CaseEntry, PayloadError, encode_manifest
from kdm_desktop.bundle.wire_reader import PayloadReader
from kdm_desktop.bundle.wire_writer import plan_payload
from kdm_desktop.domain.cases.choices import PerpetratorRelation as R
from kdm_desktop.domain.perpetrator import Answer, Perpetrator, PerpetratorAgeBand
from kdm_desktop.services.clock import ISTANBUL
from kdm_desktop.services.perpetrators import PerpetratorService
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.storage.cases_repo import CaseRepository


def _read(entry: dict, version: int) -> CaseEntry:
    """The entry written in payload format `version` and read back."""
    if version == 1:
        data = encode_manifest("NRL", "Nilüfer", [entry])
    else:
        data = plan_payload("NRL", "Nilüfer", lambda: iter([entry])).source(lambda a: []).read()
    reader = PayloadReader(io.BytesIO(data))
    assert reader.version == version
    (read,) = reader.cases()
    return read


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


@pytest.mark.parametrize("version", [1, 2])
def test_a_case_without_the_section_travels_as_before(pair, version: int) -> None:
    a, _ = pair
    ref = add_case(a)
    record = CaseRepository(a.db.conn).by_id(ref.id)
    assert record is not None
    entry = case_entry(record, [], [])
    assert "perpetrators" not in entry  # older builds still read such a bundle
    assert _read(entry, version).perpetrators == ()


@pytest.mark.parametrize("version", [1, 2])
def test_the_section_is_an_optional_key_of_both_formats(pair, version: int) -> None:
    from kdm_desktop.bundle.case_entries import CaseHistory, entry_perpetrators

    a, _ = pair
    ref = add_case(a)
    PerpetratorService(a).add(ref.id, Perpetrator(relation=R.SPOUSE, name="Kaan Er"))
    PerpetratorService(a).add(ref.id, Perpetrator(relation=R.FATHER))
    record = CaseRepository(a.db.conn).by_id(ref.id)
    assert record is not None
    rows = tuple(PerpetratorService(a).list(ref.id))
    entry = case_entry(record, [], [], CaseHistory(perpetrators=rows))
    assert entry_perpetrators(_read(entry, version)) == list(rows)


@pytest.mark.parametrize("version", [1, 2])
def test_more_records_than_a_case_may_have_are_refused(pair, version: int) -> None:
    from kdm_desktop.bundle.case_entries import CaseHistory

    a, _ = pair
    ref = add_case(a)
    PerpetratorService(a).add(ref.id, Perpetrator(relation=R.SPOUSE))
    record = CaseRepository(a.db.conn).by_id(ref.id)
    assert record is not None
    history = CaseHistory(perpetrators=tuple(PerpetratorService(a).list(ref.id)))
    one = case_entry(record, [], [], history)["perpetrators"][0]
    many = [
        {**one, "id": f"{n:08x}-0000-4000-8000-000000000000", "position": n + 1}
        for n in range(limits.MAX_PERPETRATORS_PER_CASE + 1)
    ]
    entry = {**case_entry(record, [], [], history), "perpetrators": many}
    with pytest.raises(PayloadError) as refused:
        _read(entry, version)
    assert refused.value.reason == "too_many"
    assert _read({**entry, "perpetrators": many[:-1]}, version).perpetrators


@pytest.mark.parametrize("version", [1, 2])
def test_a_malformed_record_is_refused_by_the_reader(pair, version: int) -> None:
    from kdm_desktop.bundle.case_entries import CaseHistory, entry_perpetrators
    from kdm_desktop.domain.rules import ValidationErrors

    a, _ = pair
    ref = add_case(a)
    PerpetratorService(a).add(ref.id, Perpetrator(relation=R.SPOUSE, name="Kaan Er"))
    record = CaseRepository(a.db.conn).by_id(ref.id)
    assert record is not None
    history = CaseHistory(perpetrators=tuple(PerpetratorService(a).list(ref.id)))
    entry = case_entry(record, [], [], history)

    def read(changed: dict) -> CaseEntry:
        return _read(changed, version)

    with_address = {**entry, "perpetrators": [{**entry["perpetrators"][0], "adres": "x"}]}
    with pytest.raises(PayloadError):
        read(with_address)
    twice = {**entry, "perpetrators": entry["perpetrators"] * 2}
    with pytest.raises(PayloadError):
        read(twice)
    unknown = {**entry, "perpetrators": [{**entry["perpetrators"][0], "relation": "komsu"}]}
    with pytest.raises(ValidationErrors):
        entry_perpetrators(read(unknown))

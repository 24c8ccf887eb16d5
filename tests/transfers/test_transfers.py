"""Two centres exchanging keys and bundles: round trip, refusals, merge, receipts."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from transfer_support import PDF, PNG, add_case, snapshot, two_centres

from kdm_desktop.bundle.fingerprint import fingerprint
from kdm_desktop.bundle.identity import parse_card
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.services.trust import TrustService
from kdm_testing import case_tally_is_fresh


@pytest.fixture
def pair(tmp_path: Path):
    with two_centres(tmp_path) as sessions:
        yield sessions


def _refused(fn, key: str | None = None) -> RefusedInput:
    with pytest.raises(RefusedInput) as info:
        fn()
    assert info.value.exit_code == 4
    if key is not None:
        assert info.value.key == key, info.value.key
    assert info.value.message  # a Turkish sentence exists for the key
    return info.value


def test_fingerprint_mismatch_stores_nothing_and_match_verifies(tmp_path: Path) -> None:
    from transfer_support import card_and_fingerprint, make_centre

    a = make_centre(tmp_path, "NRL", "Nilüfer KDM").login()
    b = make_centre(tmp_path, "KDZ", "Kadıköy KDM").login()
    try:
        card_b, fp_b = card_and_fingerprint(b)
        wrong = fp_b[:-1] + ("1" if fp_b[-1] != "1" else "2")
        _refused(lambda: TrustService(a).import_card(card_b, wrong), "trust.fingerprint_mismatch")
        assert TrustService(a).centres() == []
        centre = TrustService(a).import_card(card_b, fp_b.replace(" ", "-"))
        assert (centre.code, centre.state) == ("KDZ", "verified")
        assert centre.fingerprint == fingerprint(parse_card(card_b))
        _refused(lambda: TrustService(a).import_card(card_and_fingerprint(a)[0]), "trust.own_card")
    finally:
        a.close()
        b.close()


def test_round_trip_with_attachments_and_confidential_address(pair, tmp_path: Path) -> None:
    a, b = pair
    one = add_case(a, attachments=True)
    two = add_case(
        a, first_name="Fatma", address="Sığınmaevi, Gizli Sk. 3", address_confidential=True
    )
    bundle = tmp_path / "aktarım.kdmb"
    result = TransferService(a).export("KDZ", [one.case_number, two.id], bundle)
    assert result.case_numbers == (one.case_number, two.case_number)
    assert b"Ay\xc5\x9fe" not in bundle.read_bytes() and b"Yilmaz" not in bundle.read_bytes()

    preview = TransferService(b).preview(bundle)
    assert preview.sender_code == "NRL"
    assert [c.case_number for c in preview.cases] == [one.case_number, two.case_number]
    assert [c.display_name for c in preview.cases] == ["Ayşe Yılmaz", "Fatma Yılmaz"]
    assert b.db.count("transfer_received") == 0  # a preview keeps nothing

    _refused(lambda: TransferService(b).import_bundle(bundle, confirmed=False))
    imported = TransferService(b).import_bundle(bundle, confirmed=True)
    assert imported.created == (one.case_number, two.case_number)
    mine, theirs = CaseService(a).get(one.id), CaseService(b).get(one.id)
    assert theirs.draft == mine.draft and theirs.case_number == mine.case_number
    assert theirs.assigned_to is None
    hidden = CaseService(b).get(two.id).draft
    assert hidden.address == "" and hidden.district == "" and hidden.address_confidential
    files = AttachmentService(b).for_case(one.id)
    assert sorted(f.filename for f in files) == ["Mahkeme kararı.pdf", "yara fotoğrafı.png"]
    contents = {f.filename: b"".join(AttachmentService(b).read(f.id)) for f in files}
    assert contents == {"yara fotoğrafı.png": PNG, "Mahkeme kararı.pdf": PDF}
    assert b.db.count("transfer_received") == 1


def test_export_refused_without_consent_naming_the_case(pair, tmp_path: Path) -> None:
    a, _ = pair
    ok = add_case(a)
    no = add_case(a, first_name="Zeynep", share=False)
    bundle = tmp_path / "x.kdmb"
    err = _refused(
        lambda: TransferService(a).export("KDZ", [ok.id, no.id], bundle), "consent.missing"
    )
    assert no.case_number in err.message
    assert not bundle.exists() and a.db.count("transfer_outgoing") == 0


def test_export_to_unknown_or_unverified_centre_refused(pair, tmp_path: Path) -> None:
    a, _ = pair
    ref = add_case(a)
    _refused(
        lambda: TransferService(a).export("XYZ", [ref.id], tmp_path / "x"), "trust.unknown_centre"
    )
    TrustService(a).revoke("KDZ")
    _refused(
        lambda: TransferService(a).export("KDZ", [ref.id], tmp_path / "x"),
        "trust.recipient_revoked",
    )


def test_revoked_and_unknown_senders_refused(pair, tmp_path: Path) -> None:
    a, b = pair
    bundle = tmp_path / "b.kdmb"
    TransferService(a).export("KDZ", [add_case(a).id], bundle)
    TrustService(b).revoke("NRL")
    before = snapshot(b)
    _refused(
        lambda: TransferService(b).import_bundle(bundle, confirmed=True),
        "transfer.env.unknown_sender",
    )
    _refused(lambda: TransferService(b).preview(bundle), "transfer.env.unknown_sender")
    assert snapshot(b) == before


def test_unverified_sender_refused(tmp_path: Path) -> None:
    from transfer_support import card_and_fingerprint, make_centre

    a = make_centre(tmp_path, "NRL", "Nilüfer KDM").login()
    b = make_centre(tmp_path, "KDZ", "Kadıköy KDM").login()
    try:
        card_a, _ = card_and_fingerprint(a)
        card_b, fp_b = card_and_fingerprint(b)
        TrustService(a).import_card(card_b, fp_b)
        TrustService(b).import_card(card_a)  # imported, never compared by phone
        assert [c.state for c in TrustService(b).centres()] == ["imported"]
        bundle = tmp_path / "b.kdmb"
        TransferService(a).export("KDZ", [add_case(a).id], bundle)
        before = snapshot(b)
        _refused(
            lambda: TransferService(b).import_bundle(bundle, confirmed=True),
            "transfer.env.unknown_sender",
        )
        assert snapshot(b) == before
    finally:
        a.close()
        b.close()


def test_wrong_recipient(tmp_path: Path) -> None:
    from transfer_support import exchange_keys, make_centre

    a = make_centre(tmp_path, "NRL", "Nilüfer KDM").login()
    b = make_centre(tmp_path, "KDZ", "Kadıköy KDM").login()
    c = make_centre(tmp_path, "BRN", "Bornova KDM").login()
    try:
        exchange_keys(a, b)
        exchange_keys(a, c)
        bundle = tmp_path / "to-c.kdmb"
        TransferService(a).export("BRN", [add_case(a).id], bundle)
        before = snapshot(b)
        _refused(
            lambda: TransferService(b).import_bundle(bundle, confirmed=True),
            "transfer.age.no_identity_match",
        )
        assert snapshot(b) == before
        assert TransferService(c).import_bundle(bundle, confirmed=True).created
    finally:
        for s in (a, b, c):
            s.close()


def test_replay_and_lower_sequence(pair, tmp_path: Path) -> None:
    a, b = pair
    first, second = tmp_path / "1.kdmb", tmp_path / "2.kdmb"
    TransferService(a).export("KDZ", [add_case(a).id], first)
    TransferService(a).export("KDZ", [add_case(a, first_name="Elif").id], second)
    TransferService(b).import_bundle(second, confirmed=True)
    before = snapshot(b)
    _refused(
        lambda: TransferService(b).import_bundle(second, confirmed=True),
        "transfer.already_imported",
    )
    _refused(
        lambda: TransferService(b).import_bundle(first, confirmed=True), "transfer.old_sequence"
    )
    assert snapshot(b) == before


def test_moved_signature_and_unsupported_version(pair, tmp_path: Path) -> None:
    a, b = pair
    first, second = tmp_path / "1.kdmb", tmp_path / "2.kdmb"
    ref = add_case(a)
    TransferService(a).export("KDZ", [ref.id], first)
    TransferService(a).export("KDZ", [ref.id], second)
    moved = tmp_path / "moved.kdmb"
    moved.write_bytes(second.read_bytes()[:-64] + first.read_bytes()[-64:])
    before = snapshot(b)
    _refused(
        lambda: TransferService(b).import_bundle(moved, confirmed=True),
        "transfer.env.bad_signature",
    )
    data = bytearray(first.read_bytes())
    data[4:6] = (2).to_bytes(2, "big")
    newer = tmp_path / "v2.kdmb"
    newer.write_bytes(bytes(data))
    _refused(
        lambda: TransferService(b).import_bundle(newer, confirmed=True),
        "transfer.env.unsupported_version",
    )
    assert snapshot(b) == before


def test_merge_new_newer_wins_and_conflict_flagged(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = add_case(a)
    TransferService(a).export("KDZ", [ref.id], tmp_path / "1.kdmb")
    TransferService(b).import_bundle(tmp_path / "1.kdmb", confirmed=True)

    # Only A changed the phone: B takes it. Both changed the reason: conflict, B keeps its own.
    CaseService(a).update_from_mapping(ref.id, {"phone": "0533 765 43 21", "reason": "A'nın notu"})
    CaseService(b).update_from_mapping(ref.id, {"reason": "B'nin notu", "nationality": "TC"})
    new = add_case(a, first_name="Hülya")
    TransferService(a).export("KDZ", [ref.id, new.id], tmp_path / "2.kdmb")
    result = TransferService(b).import_bundle(tmp_path / "2.kdmb", confirmed=True)
    assert result.created == (new.case_number,)
    assert result.updated == (ref.case_number,)
    assert result.conflicts == 1
    merged = CaseService(b).get(ref.id)
    assert merged.draft.phone == CaseService(a).get(ref.id).draft.phone
    assert merged.draft.reason == "B'nin notu"  # never silently overwritten
    assert merged.draft.nationality == "TC"  # B's own change is kept
    assert case_tally_is_fresh(b.db.conn)  # the list's counts include the imported file
    conflicts = TransferService(b).conflicts(ref.id)
    assert [(c.field, c.local_value, c.incoming_value) for c in conflicts] == [
        ("reason", '"B\'nin notu"', '"A\'nın notu"')
    ]


def test_unchanged_case_reported_unchanged(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = add_case(a)
    TransferService(a).export("KDZ", [ref.id], tmp_path / "1.kdmb")
    TransferService(b).import_bundle(tmp_path / "1.kdmb", confirmed=True)
    TransferService(a).export("KDZ", [ref.id], tmp_path / "2.kdmb")
    before = CaseService(b).get(ref.id)
    result = TransferService(b).import_bundle(tmp_path / "2.kdmb", confirmed=True)
    assert result.unchanged == (ref.case_number,) and result.conflicts == 0
    assert CaseService(b).get(ref.id) == before


def test_receipt_round_trip(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = add_case(a)
    bundle = tmp_path / "1.kdmb"
    exported = TransferService(a).export("KDZ", [ref.id], bundle)
    _refused(lambda: TransferService(b).receipt(bundle), "transfer.receipt_not_imported")
    TransferService(b).import_bundle(bundle, confirmed=True)
    receipt = TransferService(b).receipt(bundle)
    assert b"Ay" not in receipt  # ids and hashes only
    tampered = receipt.replace(ref.id.encode(), ref.id[:-1].encode() + b"0")
    if tampered != receipt:
        _refused(lambda: TransferService(a).import_receipt(tampered))
    assert TransferService(a).outgoing()[0].received_at is None
    done = TransferService(a).import_receipt(receipt)
    assert done.bundle_id == exported.bundle_id and not done.already
    out = TransferService(a).outgoing()[0]
    assert out.received_at is not None
    assert datetime.datetime.fromisoformat(out.received_at)
    assert TransferService(a).import_receipt(receipt).already
    # B's own receipt is nothing B sent.
    _refused(lambda: TransferService(b).import_receipt(receipt), "transfer.receipt_untrusted")


def test_export_and_import_are_audited(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = add_case(a)
    TransferService(a).export("KDZ", [ref.id], tmp_path / "1.kdmb")
    TransferService(b).import_bundle(tmp_path / "1.kdmb", confirmed=True)
    sent = [e for e in a.audit_entries(20) if e.action == "export"]
    got = [e for e in b.audit_entries(20) if e.action == "import" and e.object_id == ref.id]
    assert sent and sent[0].object_id == ref.id and "to=KDZ" in sent[0].detail
    assert got and "from=NRL" in got[0].detail
    assert "Ayşe" not in sent[0].detail + got[0].detail


def test_cancel_during_export_leaves_nothing(pair, tmp_path: Path) -> None:
    a, _ = pair
    ref = add_case(a, attachments=True)
    bundle = tmp_path / "c.kdmb"
    with pytest.raises(KdmError):
        TransferService(a).export("KDZ", [ref.id], bundle, cancelled=lambda: True)
    assert not bundle.exists() and list(tmp_path.glob("*.tmp")) == []
    assert a.db.count("transfer_outgoing") == 0


def test_existing_bundle_is_not_overwritten_and_preview_is_audited(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = add_case(a)
    bundle = tmp_path / "1.kdmb"
    TransferService(a).export("KDZ", [ref.id], bundle)
    kept = bundle.read_bytes()
    _refused(lambda: TransferService(a).export("KDZ", [ref.id], bundle), "attachment.target_exists")
    assert bundle.read_bytes() == kept and a.db.count("transfer_outgoing") == 1
    TransferService(b).preview(bundle)
    views = [e for e in b.audit_entries(10) if e.object_type == "transfer_bundle"]
    assert views and views[0].action == "view" and "from=NRL" in views[0].detail
    assert b.db.count("transfer_received") == 0

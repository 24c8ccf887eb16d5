"""A file sent to another centre is marked "Devredildi" here (issue 14), never there."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from transfer_support import PDF, add_case, two_centres

from kdm_desktop.domain.cases.choices import AttachmentKind, CaseStatus, ClosureReason
from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.errors import KdmError
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.transfers import TransferService


def test_handing_over_marks_the_file_transferred_with_centre_and_date(tmp_path: Path) -> None:
    with two_centres(tmp_path) as (nrl, kdz):
        ref = add_case(nrl, first_name="Şükran", last_name="Öztürk")
        kept = add_case(nrl, first_name="Gülay", last_name="Ilgaz")
        result = TransferService(nrl).export("KDZ", [ref.id], tmp_path / "a.kdmb", hand_over=True)
        assert result.handed_over == (ref.case_number,)

        view = CaseService(nrl).open(ref.id)
        assert view.record.status is CaseStatus.CLOSED
        assert view.record.closure_reason is ClosureReason.TRANSFERRED
        handover = view.handover
        assert handover is not None
        assert handover.handed_to_code == "KDZ"
        assert handover.handed_to_name == "Kadıköy Kadın Danışma Merkezi"
        assert handover.changed_at[:10] == nrl.now().date().isoformat()
        rows = {r.case_number: r for r in CaseService(nrl).page(CaseQuery())}
        assert rows[ref.case_number].status_text == "Devredildi → KDZ"
        assert rows[kept.case_number].status_text == "Açık"
        details = [
            e.detail
            for e in nrl.audit_entries(limit=50)
            if e.action == AuditAction.CHANGE.value and e.object_id == ref.id
        ]
        assert "status=kapali reason=devredildi centre=KDZ" in details

        # The receiving centre takes it on as an open file.
        TransferService(kdz).import_bundle(tmp_path / "a.kdmb", confirmed=True)
        there = CaseService(kdz).get(ref.id)
        assert there.status is CaseStatus.OPEN and there.closure_reason is None

        # A later bundle of the same file does not close it there either.
        TransferService(nrl).export("KDZ", [ref.id], tmp_path / "b.kdmb", hand_over=True)
        TransferService(kdz).import_bundle(tmp_path / "b.kdmb", confirmed=True)
        assert CaseService(kdz).get(ref.id).status is CaseStatus.OPEN
        assert TransferService(kdz).conflicts() == []
        # …and here it stays handed over once (no second closure row).
        closures = [
            h for h in CaseService(nrl).open(ref.id).status_history if h.status is CaseStatus.CLOSED
        ]
        assert len(closures) == 1


def test_sharing_without_handing_over_leaves_the_file_open(tmp_path: Path) -> None:
    with two_centres(tmp_path) as (nrl, _kdz):
        ref = add_case(nrl)
        result = TransferService(nrl).export("KDZ", [ref.id], tmp_path / "a.kdmb")
        assert result.handed_over == ()
        assert CaseService(nrl).get(ref.id).status is CaseStatus.OPEN


def test_a_refused_export_marks_nothing(tmp_path: Path) -> None:
    with two_centres(tmp_path) as (nrl, _kdz):
        ok = add_case(nrl)
        refused = add_case(nrl, share=False, first_name="Hacer")
        try:
            TransferService(nrl).export(
                "KDZ", [ok.id, refused.id], tmp_path / "a.kdmb", hand_over=True
            )
        except Exception as exc:  # the consent refusal
            assert "rıza" in str(getattr(exc, "message", exc))
        else:
            raise AssertionError("the export should be refused")
        assert CaseService(nrl).get(ok.id).status is CaseStatus.OPEN
        assert not (tmp_path / "a.kdmb").exists()


def test_an_export_stopped_while_writing_marks_nothing(tmp_path: Path) -> None:
    """The bundle is streamed; the closure commits only with a bundle written whole."""
    with two_centres(tmp_path) as (nrl, _kdz):
        ref = add_case(nrl)
        big = PDF + b"\n%" + bytes(range(256)) * 1024  # several 64 KiB chunks
        AttachmentService(nrl).add(ref.id, io.BytesIO(big), "Rapor.pdf", AttachmentKind.OTHER)
        polls: list[int] = []

        def stop_once_encrypting() -> bool:
            polls.append(1)
            return len(polls) > 1  # the first poll lets the encryption start

        with pytest.raises(KdmError):
            TransferService(nrl).export(
                "KDZ", [ref.id], tmp_path / "a.kdmb", cancelled=stop_once_encrypting, hand_over=True
            )
        assert len(polls) == 2  # one chunk was encrypted and written
        assert CaseService(nrl).get(ref.id).status is CaseStatus.OPEN
        assert not (tmp_path / "a.kdmb").exists() and list(tmp_path.glob("*.tmp")) == []
        assert nrl.db.count("transfer_outgoing") == 0


def test_sent_list_names_the_cases_by_number_and_initials(tmp_path: Path) -> None:
    with two_centres(tmp_path) as (nrl, _kdz):
        a = add_case(nrl, first_name="Şükran", last_name="Öztürk")
        b = add_case(nrl, first_name="ılgın", last_name="İnce")
        TransferService(nrl).export("KDZ", [a.id, b.id], tmp_path / "a.kdmb", hand_over=True)
        (sent,) = TransferService(nrl).sent_list()
        assert sent.cases is not None
        assert [c.label for c in sent.cases] == [
            f"{a.case_number} (Ş. Ö.)",
            f"{b.case_number} (I. İ.)",
        ]
        assert sent.row.recipient_code == "KDZ"


def test_a_file_handed_back_is_open_again_where_it_came_from(tmp_path: Path) -> None:
    """NRL hands a file to KDZ, KDZ later hands it back: at NRL it is an open file
    again (with a history row saying so), not "Devredildi" until someone reopens it
    by hand."""
    with two_centres(tmp_path) as (nrl, kdz):
        ref = add_case(nrl, first_name="Şükran", last_name="Öztürk")
        TransferService(nrl).export("KDZ", [ref.id], tmp_path / "a.kdmb", hand_over=True)
        TransferService(kdz).import_bundle(tmp_path / "a.kdmb", confirmed=True)
        back = TransferService(kdz).export("NRL", [ref.id], tmp_path / "b.kdmb", hand_over=True)
        assert back.handed_over == (ref.case_number,)
        assert CaseService(kdz).get(ref.id).closure_reason is ClosureReason.TRANSFERRED

        TransferService(nrl).import_bundle(tmp_path / "b.kdmb", confirmed=True)
        view = CaseService(nrl).open(ref.id)
        assert view.record.status is CaseStatus.REOPENED and view.record.closure_reason is None
        last = view.status_history[-1]
        assert last.status is CaseStatus.REOPENED and "KDZ" in last.note
        assert TransferService(nrl).conflicts() == []
        # KDZ keeps its own hand-over closure.
        assert CaseService(kdz).get(ref.id).status is CaseStatus.CLOSED


def test_a_file_only_shared_back_stays_handed_over(tmp_path: Path) -> None:
    """KDZ sends news of a file it took on without handing it back: NRL's copy stays
    "Devredildi" (the file is KDZ's now)."""
    with two_centres(tmp_path) as (nrl, kdz):
        ref = add_case(nrl, first_name="Şükran", last_name="Öztürk")
        TransferService(nrl).export("KDZ", [ref.id], tmp_path / "a.kdmb", hand_over=True)
        TransferService(kdz).import_bundle(tmp_path / "a.kdmb", confirmed=True)
        TransferService(kdz).export("NRL", [ref.id], tmp_path / "b.kdmb")
        TransferService(nrl).import_bundle(tmp_path / "b.kdmb", confirmed=True)
        record = CaseService(nrl).get(ref.id)
        assert record.status is CaseStatus.CLOSED
        assert record.closure_reason is ClosureReason.TRANSFERRED

"""Export refuses up front what import would refuse; import writes the payload once."""

from __future__ import annotations

import io
import json
import secrets
from pathlib import Path

import pytest
from transfer_support import add_case, make_centre, two_centres

from kdm_desktop.bundle import limits
from kdm_desktop.domain.cases.choices import AttachmentKind
from kdm_desktop.errors import RefusedInput
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.transfers import TransferService


@pytest.fixture
def pair(tmp_path: Path):
    with two_centres(tmp_path) as sessions:
        yield sessions


def _refused_export(session, refs: list[str], path: Path) -> RefusedInput:
    with pytest.raises(RefusedInput) as info:
        TransferService(session).export("KDZ", refs, path)
    assert info.value.exit_code == 4
    assert not path.exists()
    assert not list(path.parent.glob(f".{path.name}*"))  # no temp file either
    assert TransferService(session).outgoing() == []
    return info.value


def test_export_refuses_more_cases_than_an_import_accepts(pair, tmp_path, monkeypatch) -> None:
    a, _ = pair
    refs = [add_case(a, first_name=name).id for name in ("Ayşe", "Fatma", "Zeynep")]
    monkeypatch.setattr(limits, "MAX_CASES", 2)
    refused = _refused_export(a, refs, tmp_path / "fazla.kdmb")
    assert refused.key == "transfer.limit.cases"
    assert "en çok 2 dosya" in refused.message and "3 dosya seçildi" in refused.message


def test_the_case_limit_is_written_the_turkish_way(pair, tmp_path, monkeypatch) -> None:
    a, _ = pair
    refs = [add_case(a, first_name=name).id for name in ("Ayşe", "Fatma")]
    monkeypatch.setattr(limits, "MAX_CASES", 1)
    refused = _refused_export(a, refs, tmp_path / "fazla.kdmb")
    assert "1 dosya" in refused.message
    # The real limit, as a reader sees it.
    assert limits.count_text(10_000) == "10.000"


def test_export_refuses_more_attachments_than_an_import_accepts(
    pair, tmp_path, monkeypatch
) -> None:
    a, _ = pair
    ref = add_case(a, attachments=True)  # two attachments
    monkeypatch.setattr(limits, "MAX_ATTACHMENTS", 1)
    refused = _refused_export(a, [ref.id], tmp_path / "ekler.kdmb")
    assert refused.key == "transfer.limit.attachments"
    assert "en çok 1 ek" in refused.message
    monkeypatch.setattr(limits, "MAX_ATTACHMENTS_PER_CASE", 1)
    monkeypatch.setattr(limits, "MAX_ATTACHMENTS", 10)
    refused = _refused_export(a, [ref.id], tmp_path / "ekler.kdmb")
    assert refused.key == "transfer.limit.case_attachments"
    assert ref.case_number in refused.message


def test_cli_export_over_the_limit_exits_4_naming_it(tmp_path, monkeypatch, capsys) -> None:
    from kdm_desktop.cli.main import main
    from kdm_testing import ADMIN, ADMIN_PASSWORD

    with two_centres(tmp_path) as (a, _):
        numbers = [add_case(a, first_name=n).case_number for n in ("Ayşe", "Elif")]
    monkeypatch.setattr(limits, "MAX_CASES", 1)
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    out = tmp_path / "x.kdmb"
    argv = ["--data-dir", str(tmp_path / "NRL"), "--user", ADMIN, "--password-stdin", "--json"]
    argv += ["bundle", "export", "--to", "KDZ", "-o", str(out)]
    for number in numbers:
        argv += ["--case", number]
    code = main(argv)
    printed, _ = capsys.readouterr()
    assert code == 4 and not out.exists()
    error = json.loads(printed)
    assert error["error_code"] == "transfer.limit.cases"
    assert "en çok 1 dosya" in error["error"]


def test_import_writes_the_payload_once(tmp_path: Path) -> None:
    """No staging copy: the receiving file holds the attachment once, nothing freed."""
    with two_centres(tmp_path) as (a, b):
        ref = add_case(a)
        blob = b"%PDF-1.4\n" + secrets.token_bytes(3 * 1024 * 1024)
        AttachmentService(a).add(ref.id, io.BytesIO(blob), "rapor.pdf", AttachmentKind.OTHER)
        bundle = tmp_path / "b.kdmb"
        TransferService(a).export("KDZ", [ref.id], bundle)
        TransferService(b).import_bundle(bundle, confirmed=True)
        conn = b.db.conn
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "transfer_staging" not in tables
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
        assert free * page < 512 * 1024, f"{free * page} bytes freed after the import"


def test_preview_does_not_decrypt_the_attachments(tmp_path: Path, monkeypatch) -> None:
    """The preview reads the case list; attachments are only hashed with the file."""
    from kdm_desktop.bundle import age

    with two_centres(tmp_path) as (a, b):
        ref = add_case(a)
        blob = b"%PDF-1.4\n" + secrets.token_bytes(2 * 1024 * 1024)
        AttachmentService(a).add(ref.id, io.BytesIO(blob), "rapor.pdf", AttachmentKind.OTHER)
        bundle = tmp_path / "b.kdmb"
        TransferService(a).export("KDZ", [ref.id], bundle)
        opened: list[int] = []
        real = age._payload_aead

        class Counting:
            def __init__(self, aead) -> None:
                self._aead = aead

            def decrypt(self, *args):
                opened.append(1)
                return self._aead.decrypt(*args)

        monkeypatch.setattr(age, "_payload_aead", lambda *args: Counting(real(*args)))
        preview = TransferService(b).preview(bundle)
        assert [c.case_number for c in preview.cases] == [ref.case_number]
        # 2 MiB of attachment would be 32 chunks of 64 KiB.
        assert len(opened) < 8, len(opened)


def test_a_refused_export_leaves_the_centre_as_it_was(tmp_path: Path, monkeypatch) -> None:
    centre = make_centre(tmp_path, "NRL", "Nilüfer KDM")
    other = make_centre(tmp_path, "KDZ", "Kadıköy KDM")
    from transfer_support import exchange_keys

    with centre.login() as a, other.login() as b:
        exchange_keys(a, b)
        refs = [add_case(a).id, add_case(a, first_name="Elif").id]
        before = a.db.count("audit_log")
        monkeypatch.setattr(limits, "MAX_CASES", 1)
        _refused_export(a, refs, tmp_path / "x.kdmb")
        assert a.db.count("audit_log") == before


def test_a_file_changed_after_its_signature_verified_is_refused_and_rolled_back(
    tmp_path: Path, monkeypatch
) -> None:
    """The cases merged before the change came to light are rolled back with it."""
    from transfer_support import snapshot

    from kdm_desktop.services import transfer_import, transfer_merge

    with two_centres(tmp_path) as (a, b):
        refs = [add_case(a, attachments=True).id, add_case(a, first_name="Elif").id]
        blob = b"%PDF-1.4\n" + secrets.token_bytes(300_000)  # several 64 KiB chunks
        AttachmentService(a).add(refs[1], io.BytesIO(blob), "rapor.pdf", AttachmentKind.OTHER)
        bundle = tmp_path / "b.kdmb"
        TransferService(a).export("KDZ", refs, bundle)
        before = snapshot(b)
        real = transfer_import.verify_envelope
        merged: list[str] = []
        real_case = transfer_merge.CaseMerger.case

        def counting_case(self, entry):
            merged.append(entry.id)
            return real_case(self, entry)

        monkeypatch.setattr(transfer_merge.CaseMerger, "case", counting_case)

        def verify_then_tamper(path, *args, **kwargs):
            verified = real(path, *args, **kwargs)
            data = bytearray(path.read_bytes())
            data[-200] ^= 1  # in the last attachment, after both cases were read
            path.write_bytes(bytes(data))
            return verified

        monkeypatch.setattr(transfer_import, "verify_envelope", verify_then_tamper)
        with pytest.raises(RefusedInput) as info:
            TransferService(b).import_bundle(bundle, confirmed=True)
        assert info.value.key == "transfer.env.changed_during_read"
        assert merged == refs  # both cases were merged before the change showed
        assert snapshot(b) == before


def test_a_crafted_format_2_payload_is_refused_after_merging_nothing(tmp_path: Path) -> None:
    import struct

    from transfer_history_support import send_payload
    from transfer_support import snapshot

    from kdm_desktop.bundle.wire_writer import plan_payload
    from kdm_desktop.services.transfer_export import _Entries

    with two_centres(tmp_path) as (a, b):
        ref = add_case(a, attachments=True)
        with a.work() as uow:
            plan = plan_payload("NRL", "N", _Entries(uow, [ref.id]))
            stored = uow.attachments
            good = plan.source(lambda e: stored.chunks(e.id)).read()
        before = snapshot(b)
        head_len = struct.unpack(">I", good[6:10])[0]
        wrong_sender = good.replace(b'"code":"NRL"', b'"code":"XYZ"', 1)
        assert len(wrong_sender) == len(good) and head_len
        cases = [
            (good + b"!", "transfer.payload.trailing_data"),
            (good[:-1] + bytes([good[-1] ^ 1]), "transfer.payload.attachment_hash"),
            (wrong_sender, "transfer.payload.sender_mismatch"),
        ]
        for seq, (payload, key) in enumerate(cases, start=10):
            path = send_payload(a, tmp_path, payload, seq)
            with pytest.raises(RefusedInput) as info:
                TransferService(b).import_bundle(path, confirmed=True)
            assert info.value.key == key, (key, info.value.key)
            assert snapshot(b) == before
        path = send_payload(a, tmp_path, good, 99)
        assert TransferService(b).import_bundle(path, confirmed=True).created

"""The audit log is tamper-evident beyond the database (issue 13, item 5).

The attack: a social worker's password, the project's own key-slot code, triggers
dropped, her own view and search rows deleted, the chain and head recomputed.
Inside the file that is undetectable; against a signed anchor on a backup stick
it is not.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from insider_support import forge_anchor_log, rewrite_audit_log

from kdm_desktop.backup.container import BackupReader
from kdm_desktop.cli.main import main
from kdm_desktop.security.anchor import (
    MAX_CHECKPOINTS,
    AuditAnchor,
    check_anchor,
    checkpoint_seqs,
    make_anchor,
    verify_against,
)
from kdm_desktop.security.audit import AuditAction, entry_hash, genesis_hash
from kdm_desktop.security.roles import Role
from kdm_desktop.services.anchor_log import ANCHOR_LOG_NAME
from kdm_desktop.services.backup import BackupService
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.users import UserService
from kdm_testing import ADMIN, ADMIN_PASSWORD, CaseFileFixture

DERYA, DERYA_PW = "derya", "derya-parola-1"


@pytest.fixture
def kdm(casefile: CaseFileFixture, monkeypatch, capsys):
    def run(*argv: str, user: str = ADMIN, password: str = ADMIN_PASSWORD):
        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        code = main(
            ["--data-dir", str(casefile.data_dir), "--user", user, "--password-stdin", *argv]
        )
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _her_rows(e) -> bool:
    return e.username == DERYA and e.action in {"view", "search"}


@pytest.fixture
def history(casefile: CaseFileFixture, tmp_path: Path) -> Path:
    """Derya looks at cases; a backup goes to the stick; work goes on. Returns the stick."""
    with casefile.login() as s:
        UserService(s).add(DERYA, DERYA_PW, Role.SOCIAL_WORKER)
    with open_session(casefile.data_dir, DERYA, DERYA_PW) as s, s.db.transaction():
        for i in range(3):
            s.audit(AuditAction.VIEW, "case", f"00000000-0000-4000-8000-00000000000{i}")
        s.audit(AuditAction.SEARCH, "case", "", "query")
    usb = tmp_path / "usb"
    with casefile.login() as s:
        BackupService(s).create(usb)
        with s.db.transaction():
            s.audit(AuditAction.VIEW, "case", "00000000-0000-4000-8000-0000000000aa")
    return usb


def test_the_insider_attack_is_invisible_inside_the_file_but_not_against_a_backup(
    casefile: CaseFileFixture, history: Path, kdm
) -> None:
    deleted = rewrite_audit_log(casefile.data_dir, DERYA, DERYA_PW, _her_rows)
    assert len(deleted) == 4
    # The local anchor log already notices.
    code, out, _ = kdm("audit", "verify")
    assert code == 4 and "yeniden yazılmış" in out
    # She knows about the log and holds the centre's signing key: she forges it too.
    forge_anchor_log(casefile.data_dir, DERYA, DERYA_PW)
    code, _, _ = kdm("audit", "verify")
    assert code == 0  # nothing inside her reach can tell any more...
    assert kdm("check")[0] == 0
    # ...but the backup on the stick was out of her reach.
    code, out, _ = kdm("audit", "verify", "--against", str(history))
    assert code == 4
    (backup,) = history.glob("*.kdmbak")
    assert backup.name in out
    assert f"ilk uyuşmayan kayıt {deleted[0]}." in out
    code, out, _ = kdm("audit", "verify", "--against", str(backup), "--json")
    result = json.loads(out)
    assert code == 4 and result["sound"] is False
    assert result["anchors"][0]["first_bad"] == deleted[0]


def test_untouched_history_verifies_against_a_backup_and_a_folder(
    casefile: CaseFileFixture, history: Path, kdm
) -> None:
    (backup,) = history.glob("*.kdmbak")
    code, out, _ = kdm("audit", "verify", "--against", str(backup))
    assert code == 0, out
    assert "değiştirilmemiş" in out and backup.name in out
    code, out, _ = kdm("audit", "verify", "--against", str(history), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["sound"] and data["anchors"][0]["status"] == "holds"
    with BackupReader(backup) as reader:
        assert data["anchored_seq"] == reader.manifest.audit_anchor["seq"]
    # The anchor log beside the case file is a source as well.
    code, out, _ = kdm("audit", "verify", "--against", str(casefile.data_dir / ANCHOR_LOG_NAME))
    assert code == 0, out


def test_an_edited_old_row_is_named_exactly(casefile: CaseFileFixture, history: Path, kdm) -> None:
    rewrite_audit_log(casefile.data_dir, DERYA, DERYA_PW, lambda e: e.seq == 2)
    code, out, _ = kdm("audit", "verify", "--against", str(history), "--json")
    data = json.loads(out)
    assert code == 4 and data["anchors"][0]["first_bad"] == 2


def test_a_secretary_cannot_verify_and_nonsense_paths_are_refused(
    casefile: CaseFileFixture, history: Path, kdm, tmp_path: Path
) -> None:
    with casefile.login() as s:
        UserService(s).add("sekreter", "sekreter-parola", Role.SECRETARY)
    code, _, _ = kdm(
        "audit", "verify", "--against", str(history), user="sekreter", password="sekreter-parola"
    )
    assert code == 3
    code, _, err = kdm("audit", "verify", "--against", str(tmp_path / "yok"))
    assert code == 4 and "Bulunamadı" in err
    empty = tmp_path / "bos"
    empty.mkdir()
    code, _, err = kdm("audit", "verify", "--against", str(empty))
    assert code == 4 and "çapa yok" in err


def test_a_tampered_anchor_fails_its_signature(
    casefile: CaseFileFixture, history: Path, kdm, tmp_path: Path
) -> None:
    log = casefile.data_dir / ANCHOR_LOG_NAME
    doc = json.loads(log.read_text().splitlines()[0])
    doc["seq"] -= 1  # claim less history, to excuse the rows after it
    doc["checkpoints"] = doc["checkpoints"][: len(checkpoint_seqs(doc["seq"]))]
    forged = tmp_path / "forged.log"
    forged.write_text(json.dumps(doc) + "\n")
    code, out, _ = kdm("audit", "verify", "--against", str(forged))
    assert code == 4 and "imzası" in out


def test_a_backup_of_another_case_file_is_skipped(
    casefile: CaseFileFixture, history: Path, kdm, tmp_path: Path
) -> None:
    from kdm_desktop.services.casefile import create_case_file
    from kdm_testing import CENTRE

    other = create_case_file(
        tmp_path / "other", centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    BackupService(other.session).create(history / "baska-merkez.kdmbak")
    other.session.close()
    code, out, _ = kdm("audit", "verify", "--against", str(history))
    assert code == 0 and "başka bir vaka dosyasına ait" in out


def _chain(n: int, casefile_id: str = "00000000-0000-4000-8000-000000000000"):
    from kdm_desktop.security.audit import AuditEntry

    prev = genesis_hash(casefile_id)
    out = []
    for seq in range(1, n + 1):
        args = (seq, "2026-12-03T10:00:00", "derya", "view", "case", f"c{seq}", "")
        digest = entry_hash(prev, *args)
        out.append(AuditEntry(*args, prev, digest))
        prev = digest
    return out


def _anchor_for(entries, seq: int) -> AuditAnchor:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate().private_bytes_raw()
    return make_anchor(
        casefile_id="00000000-0000-4000-8000-000000000000",
        head_seq=seq,
        head_hash=entries[seq - 1].hash,
        hashes={e.seq: e.hash for e in entries},
        created_at="2026-12-03T10:00:00",
        source="backup",
        signing_private=key,
    )


def _recomputed_without(entries, drop: int):
    kept = [e for e in entries if e.seq != drop]
    return _chain_from(kept)


def _chain_from(kept):
    from kdm_desktop.security.audit import AuditEntry

    prev = genesis_hash("00000000-0000-4000-8000-000000000000")
    out = []
    for seq, e in enumerate(kept, start=1):
        args = (seq, e.ts, e.username, e.action, e.object_type, e.object_id, e.detail)
        digest = entry_hash(prev, *args)
        out.append(AuditEntry(*args, prev, digest))
        prev = digest
    return out


@pytest.mark.parametrize("size", [10, MAX_CHECKPOINTS, 5000])
def test_first_bad_row_is_located(size: int) -> None:
    entries = _chain(size)
    anchor = _anchor_for(entries, size - 3)
    genesis = genesis_hash("00000000-0000-4000-8000-000000000000")
    assert verify_against(entries, genesis, anchor).holds
    drop = size // 2
    check = verify_against(_recomputed_without(entries, drop), genesis, anchor)
    assert not check.holds
    assert check.first_bad is not None and check.bad_until is not None
    assert check.first_bad <= drop <= check.bad_until
    # exact up to MAX_CHECKPOINTS rows, within one checkpoint interval beyond
    assert check.bad_until - check.first_bad < max(1, -(-size // MAX_CHECKPOINTS))
    # a chain cut short before the anchor
    short = verify_against(entries[: size // 3], genesis, anchor)
    assert short.first_bad == size // 3 + 1
    # new rows after the anchor are fine
    assert verify_against(_chain(size + 50), genesis, anchor).holds
    # the fast path for a chain verified as a whole agrees with the full walk
    rewritten = _recomputed_without(entries, drop)
    for chain in (entries, rewritten, _chain(size + 50)):
        fast = check_anchor(
            chain, genesis, anchor, chain_sound=True, hash_at={e.seq: e.hash for e in chain}
        )
        assert fast == verify_against(chain, genesis, anchor)


def test_an_anchor_document_is_validated_strictly() -> None:
    entries = _chain(5)
    doc = _anchor_for(entries, 5).to_json()
    assert AuditAnchor.from_json(doc).seq == 5
    from kdm_desktop.security.anchor import AnchorFormatError

    for bad in (
        {**doc, "seq": -1},
        {**doc, "seq": True},
        {**doc, "head": "zz"},
        {**doc, "extra": 1},
        {**doc, "checkpoints": []},
        {**doc, "source": "elsewhere"},
        [],
    ):
        with pytest.raises(AnchorFormatError):
            AuditAnchor.from_json(bad)


def test_an_anchor_is_named_with_a_date_in_the_sentence_language() -> None:
    """Re-audit of issue #19: an English problem line named an anchor "(4 Aralık 2026
    Cuma, 10:15, up to entry 312)"."""
    from kdm_desktop import messages
    from kdm_desktop.security.anchor import AuditAnchor
    from kdm_desktop.services.anchor_log import describe_anchor

    anchor = AuditAnchor("cf", 312, "00" * 32, "2026-12-04T10:15:00+03:00", "backup", (), b"")
    with messages.speaking("en"):
        assert describe_anchor(anchor, "backup X") == (
            "backup X (Friday 4 December 2026, 10:15, up to entry 312)"
        )
    assert (
        describe_anchor(anchor, "yedek X")
        == "yedek X (4 Aralık 2026 Cuma, 10:15, 312. kayda kadar)"
    )

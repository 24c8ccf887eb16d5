"""Issue 12, item 6: a letter whose file could not be written was never made.

A missing folder, a full stick or a pulled stick must leave no letter number
used, no "sent" letter and no export audit entry, and the message must say so.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "letters"))
from letters_support import new_case

from kdm_desktop.cli.main import main
from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.errors import KdmError, RefusedInput
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.letters import LetterService
from kdm_testing import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def case_id(casefile) -> str:
    with casefile.login() as s:
        return new_case(s, share=(RecipientKind.HOSPITAL,))


@pytest.fixture
def kdm(casefile, monkeypatch, capsys):
    def run(*argv: str):
        monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        code = main(
            ["--data-dir", str(casefile.data_dir), "--user", ADMIN, "--password-stdin", *argv]
        )
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _make_args(case_id: str, target: Path) -> tuple[str, ...]:
    return (
        "letter",
        "make",
        case_id,
        "--template",
        "hastane-sevk",
        "--field",
        "reason=Muayene",
        "-o",
        str(target),
    )


def _trace(casefile, case_id: str) -> tuple[int, int]:
    """(letters recorded for the case, letter audit entries)."""
    with casefile.login() as s:
        letters = len(LetterService(s).for_case(case_id))
        audits = sum(1 for e in s.audit_entries(1000) if e.object_type == "letter")
    return letters, audits


def test_missing_folder_uses_no_number_and_records_nothing(kdm, casefile, case_id, tmp_path):
    before = _trace(casefile, case_id)
    target = tmp_path / "yok" / "klasor" / "yazi.pdf"
    code, out, _ = kdm(*_make_args(case_id, target), "--json")
    assert code == 4, out
    doc = json.loads(out)
    assert doc["error_code"] == "letter.write_failed"
    assert "numarası kullanılmadı" in doc["error"] and "klasör yok" in doc["error"]
    assert "No such file" not in doc["error"]
    assert _trace(casefile, case_id) == before
    assert not target.parent.exists()

    # The next letter gets the first number: none was used up.
    good = tmp_path / "yazi.pdf"
    code, out, _ = kdm(*_make_args(case_id, good), "--json")
    assert code == 0, out
    assert json.loads(out)["number"].endswith("-0001")
    assert good.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("err_no", [errno.ENOSPC, errno.EIO])
def test_full_or_pulled_stick_records_nothing(
    casefile, case_id, tmp_path, monkeypatch, err_no
) -> None:
    def fail(path, data, **kwargs):
        # What the OS does when the stick fills up or is pulled out mid-write.
        raise OSError(err_no, "simulated", str(path))

    monkeypatch.setattr("kdm_desktop.oserrors.write_atomically", fail)
    target = tmp_path / "usb" / "yazi.pdf"
    target.parent.mkdir()
    with casefile.login() as s, pytest.raises(KdmError) as caught:
        LetterService(s).make(
            case_id,
            "hastane-sevk",
            {"reason": "Muayene"},
            action=AuditAction.EXPORT,
            save_to=target,
        )
    assert caught.value.key == ("io.disk_full" if err_no == errno.ENOSPC else "io.device")
    assert caught.value.exit_code == 1
    assert not isinstance(caught.value, RefusedInput)
    assert _trace(casefile, case_id) == (0, 0)
    assert list(target.parent.iterdir()) == []


@pytest.mark.parametrize("what", ["make", "reprint", "case_summary"])
def test_failed_commit_removes_the_written_file(casefile, case_id, tmp_path, monkeypatch, what):
    """The PDF is written inside the transaction; if the commit then fails (a full
    disk at COMMIT), the file must not stay behind as a letter that was never made."""
    from kdm_desktop.services.session import Session

    target = tmp_path / "yazi.pdf"
    if what == "reprint":
        with casefile.login() as s:
            made = LetterService(s).make(case_id, "hastane-sevk", {"reason": "Muayene"})
    before = _trace(casefile, case_id)
    original = Session.work
    with casefile.login() as s:
        service = LetterService(s)

        @contextlib.contextmanager
        def work_then_fail(self, **kwargs):
            with original(self, **kwargs) as uow:
                yield uow
                if target.exists():  # the unit that wrote it: now its commit fails
                    raise OSError(errno.ENOSPC, "simulated full disk at commit")

        monkeypatch.setattr(Session, "work", work_then_fail)
        with pytest.raises(OSError):
            if what == "make":
                service.make(
                    case_id,
                    "hastane-sevk",
                    {"reason": "Muayene"},
                    action=AuditAction.EXPORT,
                    save_to=target,
                )
            elif what == "reprint":
                service.reprint(made.number, action=AuditAction.EXPORT, save_to=target)
            else:
                service.case_summary(case_id, save_to=target)
        monkeypatch.setattr(Session, "work", original)
    assert not target.exists()
    assert _trace(casefile, case_id) == before


def test_reprint_and_summary_to_missing_folder_audit_nothing(kdm, casefile, case_id, tmp_path):
    code, out, _ = kdm(*_make_args(case_id, tmp_path / "a.pdf"), "--json")
    letter_id = json.loads(out)["id"]
    before = _trace(casefile, case_id)
    code, _, err = kdm("letter", "reprint", letter_id, "-o", str(tmp_path / "yok" / "b.pdf"))
    assert code == 4 and "hiçbir şey kaydedilmedi" in err
    assert _trace(casefile, case_id) == before
    with casefile.login() as s:
        prints = sum(1 for e in s.audit_entries(1000) if e.object_type == "case_summary")
    code, _, err = kdm("letter", "summary", case_id, "-o", str(tmp_path / "yok" / "c.pdf"))
    assert code == 4 and "Traceback" not in err
    with casefile.login() as s:
        assert prints == sum(1 for e in s.audit_entries(1000) if e.object_type == "case_summary")


def test_the_window_records_nothing_when_the_save_fails(qtbot, casefile, case_id, tmp_path):
    """The letter dialog's "Save as PDF" into a folder that is gone."""
    from kdm_desktop.ui.letters.dialog import LetterDialog
    from kdm_desktop.ui.letters.referrals_tab import ReferralsTab

    with casefile.login() as s:
        dialog = LetterDialog(s, case_id)
        qtbot.addWidget(dialog)
        dialog.template.setCurrentIndex(dialog.template.findData("hastane-sevk"))
        dialog.set_field("reason", "Muayene")
        dialog.refresh_preview()
        assert dialog.save_to(tmp_path / "cikarilan-bellek" / "yazi.pdf") is None
        assert "numarası kullanılmadı" in dialog.error.text()
        tab = ReferralsTab(s, case_id, None)
        qtbot.addWidget(tab)
        assert tab.table.rowCount() == 0
        assert tab.save_copy_to("yok", tmp_path / "kopya.pdf") is False
    assert _trace(casefile, case_id) == (0, 0)


def test_a_missing_letter_field_names_the_option(kdm, case_id, tmp_path) -> None:
    target = tmp_path / "yazi.pdf"
    args = ("letter", "make", case_id, "--template", "hastane-sevk", "-o", str(target))
    code, out, _ = kdm(*args, "--json")
    doc = json.loads(out)
    assert code == 4
    assert doc["error_code"] == "letter.field_required"  # stable for scripts
    assert "--field reason=" in doc["error"]
    assert not target.exists()

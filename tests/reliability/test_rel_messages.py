"""Issue 12, items 9–11: refusals not crashes, Turkish not English, one exit-code contract."""

from __future__ import annotations

import importlib
import io
import json
import pkgutil
from pathlib import Path

import pytest

from kdm_desktop import messages, storage
from kdm_desktop.cli.main import main
from kdm_desktop.errors import KdmError, PermissionDenied
from kdm_desktop.labels import audit_action_label, count_label, permission_label
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission, Role
from kdm_desktop.services.users import UserService
from kdm_desktop.storage import database
from kdm_testing import ADMIN, ADMIN_PASSWORD

PW2 = "Sekreter-Parola-2026"


@pytest.fixture
def kdm(casefile, monkeypatch, capsys):
    def run(*argv: str, stdin: str = ADMIN_PASSWORD + "\n", user: str | None = ADMIN):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        head = ["--data-dir", str(casefile.data_dir), "--password-stdin"]
        if user:
            head += ["--user", user]
        code = main([*head, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


# ----- item 9: bad input is refused (exit 4), never "unexpected error" -----


@pytest.mark.parametrize(
    "command",
    [
        ("case", "add"),
        ("appt", "add"),
        ("risk", "add", "ISK-1"),
        ("safety-plan", "save", "ISK-1"),
        ("letter", "template-edit", "hastane-sevk"),
    ],
)
def test_deeply_nested_json_is_refused(kdm, tmp_path: Path, command) -> None:
    deep = tmp_path / "derin.json"
    deep.write_text("[" * 100_000, "utf-8")
    code, out, _ = kdm(*command, str(deep), "--json")
    doc = json.loads(out)
    assert code == 4, doc
    assert "çok derin" in doc["error"]


def test_an_age_of_ten_to_the_5000_is_refused(kdm, tmp_path: Path) -> None:
    record = tmp_path / "k.json"
    record.write_text('{"first_name": "Ayşe", "last_name": "Kaya", "age": 1' + "0" * 5000 + "}")
    code, out, _ = kdm("case", "add", str(record), "--json")
    assert code == 4
    assert "çok büyük bir sayı" in json.loads(out)["error"]


def test_appointment_list_over_ten_thousand_years_is_refused(kdm) -> None:
    code, out, _ = kdm("appt", "list", "--from", "0001-01-01", "--to", "9999-12-31", "--json")
    assert code == 4
    assert json.loads(out)["error_code"] == "input.date_out_of_range"
    code, out, _ = kdm("appt", "list", "--from", "2000-01-01", "--to", "2099-12-31", "--json")
    assert code == 4
    assert json.loads(out)["error_code"] == "input.date_range_too_long"


def test_a_huge_conflict_id_is_not_found(kdm) -> None:
    code, out, _ = kdm("bundle", "resolve", "99999999999999999999999", "--keep", "local", "--json")
    assert code == 4
    assert json.loads(out)["error_code"] == "transfer.conflict_not_found"


def test_a_huge_limit_is_a_usage_error(kdm) -> None:
    code, _, err = kdm("audit", "list", "--limit", "9" * 30)
    assert code == 2 and "0 ile 1000000 arasında" in err


# ----- item 10: no English inside Turkish messages -----


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"{bad", "satır 1, sütun 2: alan adı çift tırnak içinde bekleniyordu"),
        (b'{"a": "\xff"}', "UTF-8 metin değil (8. baytta"),
        (b"[1, 2]", "içinde bir liste"),
        (b"null", "boş değer (null)"),
    ],
)
def test_json_problems_are_described_in_turkish(kdm, tmp_path: Path, raw, expected) -> None:
    bad = tmp_path / "k.json"
    bad.write_bytes(raw)
    code, _, err = kdm("case", "add", str(bad))
    assert code == 4
    assert expected in err
    for english in ("Expecting", "codec", "NoneType", "'list'", "position", "char "):
        assert english not in err


def test_missing_file_reason_is_turkish(kdm, tmp_path: Path) -> None:
    code, _, err = kdm("case", "add", str(tmp_path / "yok.json"))
    assert code == 4
    assert "böyle bir dosya ya da klasör yok" in err and "No such file" not in err


def test_permission_names_are_turkish_descriptions(casefile, kdm) -> None:
    with casefile.login() as s:
        UserService(s).add("sekreter", PW2, Role.SECRETARY, display_name="Sema Sekreter")
    code, _, err = kdm("case", "list", stdin=PW2 + "\n", user="sekreter")
    assert code == 3
    assert "(Sekreter: vaka dosyalarını görme)" in err
    assert "view_cases" not in err


def test_every_permission_audit_action_and_table_has_a_description() -> None:
    for permission in Permission:
        assert permission_label(permission.value) != permission.value, permission
    for action in AuditAction:
        assert audit_action_label(action.value) != action.value, action
    # Importing every storage module registers every countable table.
    for module in pkgutil.iter_modules(storage.__path__):
        importlib.import_module(f"kdm_desktop.storage.{module.name}")
    assert len(database._COUNTABLE) > 10
    for table in database._COUNTABLE:
        assert count_label(table) != table, table


def test_audit_list_is_turkish_and_json_keeps_identifiers(kdm) -> None:
    code, out, _ = kdm("audit", "list")
    assert code == 0
    assert "oluşturma" in out and " create " not in out
    code, out, _ = kdm("audit", "list", "--json")
    first = json.loads(out)["entries"][-1]
    assert first["action"] == "create" and first["action_label"] == "oluşturma"


@pytest.mark.parametrize("command", [("info",), ("backup", "verify")])
def test_table_counts_are_named_in_turkish(kdm, tmp_path: Path, command) -> None:
    if command[0] == "backup":
        code, out, _ = kdm("backup", "create", "-o", str(tmp_path), "--json")
        command = ("backup", "verify", json.loads(out)["path"])
    code, out, _ = kdm(*command)
    assert code == 0
    assert "vaka dosyaları: 0" in out and "kullanıcılar: 1" in out
    assert "audit_log" not in out and "appointments" not in out


def test_damaged_key_file_detail_is_turkish() -> None:
    error = KdmError("keys.damaged", detail="password slot KDF out of bounds")
    assert "KDF" not in error.message and "sınırların dışında" in error.message
    unknown = KdmError("backup.damaged", detail="something new")
    assert "something" not in unknown.message
    messages.set_language("en")
    try:
        assert "something new" in unknown.message
    finally:
        messages.set_language("tr")


def test_permission_denied_in_english_too() -> None:
    error = PermissionDenied("auth.permission", role="Sekreter", action="view_cases")
    messages.set_language("en")
    try:
        assert "viewing case files" in error.message
    finally:
        messages.set_language("tr")


# ----- item 11: exit codes -----


def test_missing_user_is_a_usage_error(kdm) -> None:
    code, out, _ = kdm("case", "list", "--json", user=None)
    assert code == 2
    assert json.loads(out)["error_code"] == "auth.no_user"


def test_backup_verify_of_a_missing_file_says_not_found(kdm, tmp_path: Path) -> None:
    code, out, _ = kdm("backup", "verify", str(tmp_path / "nope.kdmbak"), "--json")
    doc = json.loads(out)
    assert code == 4
    assert doc["error_code"] == "backup.not_found"
    assert "bulunamadı" in doc["error"] and "yedeği değil" not in doc["error"]


def test_user_add_without_the_second_line_names_it(kdm) -> None:
    code, _, err = kdm("user", "add", "yeniuye", "--role", "sosyal_calismaci")
    assert code == 3
    assert "ikinci satır" in err
    assert "Parola verilmedi. --password-stdin ya da KDM_PASSWORD kullanın." not in err


@pytest.mark.parametrize(
    ("command", "after"),
    [
        (("case", "add"), ()),
        (("appt", "add"), ()),
        (("letter", "logo"), ()),
        (("letter", "template-edit", "hastane-sevk"), ()),
        (("centre", "import-key"), ("--fingerprint", "ABCD")),
        (("bundle", "inspect"), ()),
        (("bundle", "import-receipt"), ()),
        (("backup", "verify"), ()),
    ],
)
def test_a_missing_input_file_is_exit_4_everywhere(kdm, tmp_path: Path, command, after) -> None:
    code, _, err = kdm(*command, str(tmp_path / "yok.dosya"), *after)
    assert code == 4, err

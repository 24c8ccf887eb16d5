"""Open conflicts are listed with both values and resolved by a person, audited."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from transfer_support import add_case, two_centres

from kdm_desktop.cli.main import main
from kdm_desktop.errors import PermissionDenied, RefusedInput
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.storage.cases_repo import CaseRepository
from kdm_testing import ADMIN, ADMIN_PASSWORD


def _conflicted(a, b, tmp_path: Path, field: str = "district", values=("Bornova", "Konak")):
    ref = add_case(a)
    TransferService(a).export("KDZ", [ref.id], tmp_path / "1.kdmb")
    TransferService(b).import_bundle(tmp_path / "1.kdmb", confirmed=True)
    CaseService(a).update_from_mapping(ref.id, {"reason": "A'nın notu", field: values[0]})
    CaseService(b).update_from_mapping(ref.id, {"reason": "B'nin notu", field: values[1]})
    TransferService(a).export("KDZ", [ref.id], tmp_path / "2.kdmb")
    TransferService(b).import_bundle(tmp_path / "2.kdmb", confirmed=True)
    return ref


@pytest.fixture
def pair(tmp_path: Path):
    with two_centres(tmp_path) as sessions:
        yield sessions


def _audit(session, case_id: str) -> list[tuple[str, str]]:
    rows = session.db.conn.execute(
        "SELECT action, detail FROM audit_log WHERE object_id = ? ORDER BY seq", (case_id,)
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def test_list_flags_and_resolve_both_ways(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = _conflicted(a, b, tmp_path)
    service = TransferService(b)
    assert service.open_conflict_case_ids() == {ref.id}
    items = {c.field: c for c in service.conflict_list()}
    assert set(items) == {"reason", "district"}
    reason = items["reason"]
    assert (reason.case_number, reason.local_value, reason.incoming_value) == (
        ref.case_number,
        "B'nin notu",
        "A'nın notu",
    )
    assert len(reason.bundle_id) == 32 and reason.created_at

    before = CaseService(b).get(ref.id)
    service.resolve_conflict(reason.id, "incoming")
    after = CaseService(b).get(ref.id)
    assert after.draft.reason == "A'nın notu"
    assert after.field_versions["reason"] >= before.field_versions["reason"]
    service.resolve_conflict(items["district"].id, "local")
    assert CaseService(b).get(ref.id).draft.district == "Konak"
    assert service.conflict_list() == [] and service.open_conflict_case_ids() == set()
    audit = _audit(b, ref.id)
    assert ("change", "fields=reason") in audit
    assert any(d == f"conflict={reason.id} field=reason keep=incoming" for _, d in audit)
    assert any(d.endswith("field=district keep=local") for _, d in audit)

    with pytest.raises(RefusedInput) as info:
        service.resolve_conflict(reason.id, "local")
    assert info.value.key == "transfer.conflict_not_found"

    # Seen values are not conflicts again: the same bundle content from A changes nothing.
    TransferService(a).export("KDZ", [ref.id], tmp_path / "3.kdmb")
    result = TransferService(b).import_bundle(tmp_path / "3.kdmb", confirmed=True)
    assert result.conflicts == 0
    assert CaseService(b).get(ref.id).draft.district == "Konak"


def test_search_index_follows_taken_value(pair, tmp_path: Path) -> None:
    a, b = pair
    ref = _conflicted(a, b, tmp_path, "last_name", ("Demir", "Kaya"))
    c = next(c for c in TransferService(b).conflict_list() if c.field == "last_name")
    assert c.field_label == "Soyadı"
    TransferService(b).resolve_conflict(c.id, "incoming")
    terms = CaseRepository(b.db.conn).search_terms_of(ref.id) or ""
    assert "demir" in terms and "kaya" not in terms


def test_secretary_may_not_see_or_resolve(pair, tmp_path: Path) -> None:
    a, b = pair
    _conflicted(a, b, tmp_path)
    from kdm_desktop.security.roles import Permission

    b.require = _deny(Permission.VIEW_CASES, Permission.EDIT_CASES)  # type: ignore[method-assign]
    with pytest.raises(PermissionDenied):
        TransferService(b).conflict_list()
    with pytest.raises(PermissionDenied):
        TransferService(b).open_conflict_case_ids()
    with pytest.raises(PermissionDenied):
        TransferService(b).resolve_conflict(1, "local")


def _deny(*perms):
    def require(perm) -> None:
        if perm in perms:
            raise PermissionDenied("permission.denied")

    return require


@pytest.fixture
def kdm(monkeypatch, capsys):
    def run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        code = main(["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_conflicts_and_resolve(kdm, tmp_path: Path) -> None:
    with two_centres(tmp_path) as (a, b):
        ref = _conflicted(a, b, tmp_path)
    b_dir = tmp_path / "KDZ"
    code, out, _ = kdm(b_dir, "bundle", "conflicts", "--json")
    assert code == 0
    items = json.loads(out)["conflicts"]
    assert {i["field"] for i in items} == {"reason", "district"}
    reason = next(i for i in items if i["field"] == "reason")
    assert reason["case_number"] == ref.case_number
    assert (reason["local_value"], reason["incoming_value"]) == ("B'nin notu", "A'nın notu")
    assert set(reason) >= {"id", "bundle_id", "date"}
    code, out, _ = kdm(b_dir, "bundle", "conflicts")
    assert code == 0 and "«B'nin notu»" in out and ref.case_number in out
    assert not re.search(r"\d{4}-\d\d-\d\d\)", out), out  # the day is written out

    code, out, _ = kdm(b_dir, "bundle", "resolve", str(reason["id"]), "--keep", "incoming")
    assert code == 0 and "çözüldü" in out
    code, _, err = kdm(b_dir, "bundle", "resolve", str(reason["id"]), "--keep", "local")
    assert code == 4 and "Çakışma bulunamadı" in err
    code, _, _ = kdm(b_dir, "bundle", "resolve", "1", "--keep", "both")
    assert code != 0
    code, out, _ = kdm(b_dir, "--json", "bundle", "conflicts")
    assert [i["field"] for i in json.loads(out)["conflicts"]] == ["district"]

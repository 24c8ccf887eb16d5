"""Bundles written by earlier releases keep importing (tests/fixtures/bundle-v*)."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
from pathlib import Path
from typing import Any

import pytest
from transfer_support import make_centre

from kdm_desktop.bundle import wire_reader
from kdm_desktop.bundle.wire import READABLE_VERSIONS, read_version
from kdm_desktop.domain.cases.choices import NoteKind
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.case_notes import NoteService
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.perpetrators import PerpetratorService
from kdm_desktop.services.service_log import ServiceLogService
from kdm_desktop.services.session import Session
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.services.trust import TrustService

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _plain(value: Any) -> Any:
    """A draft value as the fixture's JSON writes it."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(_plain(x) for x in value)
    if isinstance(value, tuple):
        return [_plain(x) for x in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _receiver(tmp_path: Path, fixture: dict[str, Any], folder: Path) -> Session:
    """KDZ as it was when the bundle was written: its identity keys, NRL trusted."""
    keys = fixture["receiver"]
    session = make_centre(tmp_path, keys["code"], "Kadıköy Kadın Danışma Merkezi").login()
    with session.db.transaction() as conn:
        conn.execute(
            "UPDATE centre_identity SET signing_private = ?, encryption_private = ?, "
            "created_at = ?",
            (
                bytes.fromhex(keys["signing_private"]),
                bytes.fromhex(keys["encryption_private"]),
                keys["created_at"],
            ),
        )
    card = (folder / "sender-card.bin").read_bytes()
    TrustService(session).import_card(card, fixture["sender_fingerprint"])
    return session


def _held(session: Session, case_id: str) -> dict[str, Any]:
    record = CaseService(session).get(case_id)
    notes = NoteService(session)
    return {
        "id": record.id,
        "case_number": record.case_number,
        "status": record.status.value,
        "closure_reason": None if record.closure_reason is None else record.closure_reason.value,
        "draft": _plain(record.draft),
        "attachments": sorted(
            [f.filename, f.sha256, f.size] for f in AttachmentService(session).for_case(case_id)
        ),
        "notes": sorted(
            [n.kind.value, [v.text for v in notes.history(n.id)]]
            for n in notes.for_case(case_id)
            if n.kind != NoteKind.PSYCH_SESSION
        ),
        "services": sorted(
            [e.kind.value, e.date.isoformat(), e.duration_minutes, e.note]
            for e in ServiceLogService(session).for_case(case_id)
        ),
    }


def _perpetrators(session: Session, case_id: str) -> list[Any]:
    """The perpetrator section (format 2 onwards), primary first."""
    return [[p.position, _plain(p.record)] for p in PerpetratorService(session).list(case_id)]


@pytest.mark.parametrize("version", ["bundle-v1", "bundle-v2"])
def test_a_bundle_of_an_earlier_format_still_imports(
    tmp_path: Path, version: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = FIXTURES / version
    fixture = json.loads((folder / "fixture.json").read_text(encoding="utf-8"))
    session = _receiver(tmp_path, fixture, folder)
    # Re-audit of #19: the fixture must really be in the format its folder names, or
    # the old reader path would go untested without anyone noticing.
    seen: list[int] = []

    def spy(src: Any) -> int:
        seen.append(read_version(src))
        return seen[-1]

    monkeypatch.setattr(wire_reader, "read_version", spy)
    try:
        bundle = folder / "nrl-to-kdz.kdmb"
        numbers = tuple(c["case_number"] for c in fixture["cases"])
        preview = TransferService(session).preview(bundle)
        assert seen and set(seen) == {int(version.removeprefix("bundle-v"))}
        assert int(version.removeprefix("bundle-v")) in READABLE_VERSIONS
        assert tuple(c.case_number for c in preview.cases) == numbers
        result = TransferService(session).import_bundle(bundle, confirmed=True)
        assert result.created == numbers
        for expected in fixture["cases"]:
            held = _held(session, expected["id"])
            if "perpetrators" in expected:
                held["perpetrators"] = _perpetrators(session, expected["id"])
            assert held == expected
    finally:
        session.close()

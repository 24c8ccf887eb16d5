"""Details of security checks speak the user's language (issue #19); Turkish is
unchanged."""

from __future__ import annotations

import pytest

from kdm_desktop import messages
from kdm_desktop.errors import RefusedInput
from kdm_desktop.security.audit import AuditEntry, entry_hash, genesis_hash, verify_chain
from kdm_desktop.security.recovery import parse_recovery_key


def _chain() -> tuple[str, list[AuditEntry]]:
    genesis = genesis_hash("casefile-1")
    entries, prev = [], genesis
    for seq in (1, 2):
        args = ("2026-12-04T10:00:00Z", "derya", "case.view", "case", f"c{seq}", "")
        h = entry_hash(prev, seq, *args)
        entries.append(AuditEntry(seq, *args, prev_hash=prev, hash=h))
        prev = h
    # Alter the second entry's content after it was chained.
    second = entries[1]
    entries[1] = AuditEntry(
        2,
        second.ts,
        second.username,
        second.action,
        second.object_type,
        "c9",
        "",
        second.prev_hash,
        second.hash,
    )
    return genesis, entries


def _messages() -> tuple[str, list[str]]:
    with pytest.raises(RefusedInput) as typed:
        parse_recovery_key("ABC")
    genesis, entries = _chain()
    report = verify_chain(entries, genesis, 2, entries[1].hash)
    return typed.value.message, report.problems


def test_turkish_details_are_unchanged() -> None:
    typed, problems = _messages()
    assert typed == (
        "Kurtarma anahtarı hatalı yazılmış (3/55 karakter). Kâğıttaki grupları kontrol edin."
    )
    assert problems == ["kayıt 2: içerik değiştirilmiş"]


def test_details_are_english_in_english_mode() -> None:
    messages.set_language("en")
    try:
        typed, problems = _messages()
    finally:
        messages.set_language("tr")
    assert typed == "The recovery key is mistyped (3/55 characters). Check the groups on the sheet."
    assert problems == ["entry 2: the content was altered"]

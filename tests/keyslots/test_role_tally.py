"""The login's summary of role-sealed fields comes from a tally that triggers keep
(issue #18: counting the fields at every login took most of a second at 200,000
cases). Whatever writes the tables — a service, an import, re-sealing, retention's
destruction, a cascade — the tally must equal a fresh count of the fields."""

from __future__ import annotations

import random
import uuid

import pytest

from kdm_desktop.domain.cases.choices import NoteKind, ServiceKind
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.security import rolefields
from kdm_desktop.services.cases import CaseService
from kdm_desktop.storage import role_tally_schema
from kdm_desktop.storage.rolekeys_repo import RoleKeyRepository
from kdm_testing import undo_name_labels


def test_the_tally_knows_the_prefix_and_kinds_of_the_sealed_fields() -> None:
    assert role_tally_schema.SEALED_PREFIX == rolefields.PREFIX
    assert ServiceKind.PSYCHOLOGICAL.value == role_tally_schema.PSYCH_SERVICE
    assert NoteKind.PSYCH_SESSION.value == role_tally_schema.PSYCH_NOTE


def draft(first_name: str) -> CaseDraft:
    return CaseDraft(first_name=first_name, last_name="Yılmaz", district="Karşıyaka")


def _value(rng: random.Random) -> str:
    kid = rng.choice(["k1", "k2", "k3"])
    return rng.choice(
        [
            "",
            "düz metin",
            f"kdmrf1:psych:{kid}:gövde{rng.randrange(9)}",
            f"kdmrf1:psych:{kid}:gövde:iki nokta",
            "kdmrf1:bozuk",  # malformed: sealed, with an empty key id
        ]
    )


def _sealed_value(rng: random.Random) -> str:
    value = _value(rng)
    return value if value.startswith("kdmrf1:") else f"kdmrf1:psych:k9:{value}"


@pytest.mark.parametrize("seed", range(8))
def test_the_tally_equals_a_fresh_count_after_any_writes(session, seed: int) -> None:

    rng = random.Random(seed)
    svc = CaseService(session)
    cases = [svc.create(draft(name)).id for name in ("Ayşe", "Fatma", "Gül")]
    conn = session.db.conn
    repo = RoleKeyRepository(conn, rolefields.PSYCH_NOTES)
    kinds_s = [ServiceKind.PSYCHOLOGICAL.value, "sosyal"]
    kinds_n = [NoteKind.PSYCH_SESSION.value, "genel"]

    def rows(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql).fetchall()]

    seen: set[tuple[int, tuple[str, ...]]] = set()
    for _ in range(120):
        op = rng.randrange(10)
        services = rows("SELECT id FROM case_services")
        notes = rows("SELECT id FROM case_notes")
        with session.db.transaction() as tx:
            if op == 0 or not services:
                tx.execute(
                    "INSERT INTO case_services (id, case_id, kind, service_date, staff, note, "
                    "created_at, created_by) VALUES (?, ?, ?, '2026-01-05', 'zehra', ?, 'x', 'x')",
                    (str(uuid.uuid4()), rng.choice(cases), rng.choice(kinds_s), _value(rng)),
                )
            elif op == 1:
                tx.execute(
                    "UPDATE case_services SET note = ?, kind = ? WHERE id = ?",
                    (_value(rng), rng.choice(kinds_s), rng.choice(services)),
                )
            elif op == 2:
                tx.execute("DELETE FROM case_services WHERE id = ?", (rng.choice(services),))
            elif op == 3 or not notes:
                note = str(uuid.uuid4())
                tx.execute(
                    "INSERT INTO case_notes (id, case_id, kind, created_at, created_by) "
                    "VALUES (?, ?, ?, 'x', 'x')",
                    (note, rng.choice(cases), rng.choice(kinds_n)),
                )
                for version in range(1, rng.randrange(1, 4)):
                    tx.execute(
                        "INSERT INTO case_note_versions VALUES (?, ?, ?, 'x', 'x')",
                        (note, version, _value(rng) or "metin"),
                    )
            elif op == 4:
                note = rng.choice(notes)
                (top,) = tx.execute(
                    "SELECT coalesce(max(version), 0) FROM case_note_versions WHERE note_id = ?",
                    (note,),
                ).fetchone()
                tx.execute(
                    "INSERT INTO case_note_versions VALUES (?, ?, ?, 'x', 'x')",
                    (note, top + 1, _value(rng) or "metin"),
                )
            elif op == 5:  # re-sealing: the one update the versions allow
                for note_id, version in tx.execute(
                    "SELECT note_id, version FROM case_note_versions ORDER BY random() LIMIT 3"
                ).fetchall():
                    tx.execute(
                        "UPDATE case_note_versions SET text = ? WHERE note_id = ? AND version = ?",
                        (_sealed_value(rng), note_id, version),
                    )
            elif op == 6:  # a note removed whole: its versions go by the cascade
                tx.execute("DELETE FROM case_notes WHERE id = ?", (rng.choice(notes),))
            elif op == 7:
                tx.execute(
                    "DELETE FROM case_note_versions WHERE rowid IN "
                    "(SELECT rowid FROM case_note_versions ORDER BY random() LIMIT 1)"
                )
            elif op == 8:
                tx.execute(
                    "UPDATE case_notes SET kind = ? WHERE id = ?",
                    (rng.choice(kinds_n), rng.choice(notes)),
                )
            elif op == 9 and rng.random() < 0.3:  # a whole case destroyed
                victim = cases.pop(rng.randrange(len(cases)))
                tx.execute(
                    "DELETE FROM case_search WHERE rowid = "
                    "(SELECT name_label FROM cases WHERE id = ?)",
                    (victim,),
                )
                tx.execute("DELETE FROM cases WHERE id = ?", (victim,))
                cases.append(svc.create(draft("Yeni")).id)
        summary = repo.summary(rolefields.PREFIX)
        assert summary == repo.summary_from_fields(), op
        seen.add((summary[0], tuple(sorted(summary[1]))))
    assert len(seen) > 5  # the walk went through many different states


def test_the_upgrade_counts_the_fields_already_there(casefile) -> None:
    with casefile.login() as s:
        ref = CaseService(s).create(draft("Ayşe"))
        conn = s.db.conn
        with s.db.transaction() as tx:
            for i, text in enumerate(["düz", "kdmrf1:psych:eski:x", "kdmrf1:psych:eski:y"]):
                note = f"not-{i}"
                tx.execute(
                    "INSERT INTO case_notes (id, case_id, kind, created_at, created_by) "
                    "VALUES (?, ?, ?, 'x', 'x')",
                    (note, ref.id, NoteKind.PSYCH_SESSION.value),
                )
                tx.execute(
                    "INSERT INTO case_note_versions VALUES (?, 1, ?, 'x', 'x')", (note, text)
                )
        expected = RoleKeyRepository(conn, "psych").summary_from_fields()
        assert expected[0] == 1 and "eski" in expected[1]
        # Back to the file as version 16 had it: no tally, no triggers.
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE name LIKE 'role_tally_%' AND type = 'trigger'"
            )
        ]
        for name in names:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE role_field_tally")
        undo_name_labels(conn)  # the later step, undone too
        conn.execute("PRAGMA user_version = 16")
    with casefile.login() as s:  # the upgrade fills the tally; the login then seals "düz"
        repo = RoleKeyRepository(s.db.conn, "psych")
        assert repo.summary(rolefields.PREFIX) == repo.summary_from_fields()
        assert repo.summary(rolefields.PREFIX)[0] == 0
        assert "eski" in repo.summary(rolefields.PREFIX)[1]


def test_a_login_with_nothing_to_seal_reads_no_field(casefile) -> None:
    """Its cost no longer grows with the notes and services in the file."""
    from kdm_desktop.services import role_keys

    with casefile.login() as s:
        ref = CaseService(s).create(draft("Ayşe"))
        with s.db.transaction() as tx:
            tx.execute(
                "INSERT INTO case_services (id, case_id, kind, service_date, staff, note, "
                "created_at, created_by) VALUES ('h1', ?, ?, '2026-01-05', 'zehra', "
                "'kdmrf1:psych:k1:x', 'x', 'x')",
                (ref.id, ServiceKind.PSYCHOLOGICAL.value),
            )
        seen: list[str] = []
        s.db.conn.set_trace_callback(seen.append)
        try:
            role_keys.reconcile(s)  # what every login runs
        finally:
            s.db.conn.set_trace_callback(None)
    assert seen  # it did ask
    read = [sql for sql in seen if "sqlite_master" not in sql]  # (a table's presence)
    assert not [sql for sql in read if "case_services" in sql or "case_note" in sql]

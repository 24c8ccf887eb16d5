"""The search index in name order (issue #18): its rowids are name-order labels.

A text search in name order is the first rowids of one MATCH, so the labels must
order the cases exactly as the list does (`sort_name`, then `pk`) after any
creates, renames and destructions, however the gaps between labels run out; and
every screen must show the same rows as the plain query it replaces.
"""

from __future__ import annotations

import datetime
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from cases.case_support import draft
from kdm_desktop.domain import synthetic
from kdm_desktop.domain.cases.query import CaseQuery
from kdm_desktop.domain.cases.search import query_tokens
from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.domain.tckimlik import generate_valid_tc
from kdm_desktop.domain.turkish import fold_for_search, tr_lower, tr_upper
from kdm_desktop.services.case_search import CaseSearchSession
from kdm_desktop.services.casefile import create_case_file
from kdm_desktop.services.cases import CaseService
from kdm_desktop.storage import case_list_sql, name_labels
from kdm_desktop.storage.cases_repo import CaseRepository
from kdm_desktop.storage.migrations import MIGRATIONS, current_version
from kdm_desktop.storage.name_label_schema import label_by_name
from kdm_desktop.storage.retention_repo import RetentionRepository
from kdm_testing import undo_name_labels


def _check_labels(conn) -> None:
    """Labels order the cases as the list does; each full-text row is its case's."""
    by_label = [r[0] for r in conn.execute("SELECT pk FROM cases ORDER BY name_label")]
    by_name = [r[0] for r in conn.execute("SELECT pk FROM cases ORDER BY sort_name, pk")]
    assert by_label == by_name
    assert conn.execute("SELECT count(*) FROM cases WHERE name_label IS NULL").fetchone()[0] == 0
    cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM case_search").fetchone()[0] == cases
    # Every index row sits at its case's label and holds that case's terms.
    paired = conn.execute(
        "SELECT count(*) FROM case_search s JOIN cases c "
        "ON c.name_label = s.rowid AND s.terms = c.search_terms"
    ).fetchone()[0]
    assert paired == cases
    conn.execute("INSERT INTO case_search (case_search) VALUES ('integrity-check')")


# ----- gaps running out -----

# Few names, many ties: new files keep landing in the same gap.
_FIRST = ("Ayşe", "Elif", "Işıl", "İpek")
_LAST = ("Ak", "Akın", "Işık", "İnce", "Şahin", "Çelik")


def test_labels_stay_in_name_order_when_the_gaps_run_out(session, monkeypatch) -> None:
    monkeypatch.setattr(name_labels, "GAP", 2)
    monkeypatch.setattr(name_labels, "TOP", 1 << 12)
    monkeypatch.setattr(name_labels, "MIN_SPACING", 2)
    relabels = [0]
    relabel = name_labels._relabel

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        relabels[0] += 1
        return relabel(*args, **kwargs)

    monkeypatch.setattr(name_labels, "_relabel", counted)
    svc = CaseService(session)
    conn = session.db.conn

    class Writes(RuleBasedStateMachine):
        @rule(first=st.sampled_from(_FIRST), last=st.sampled_from(_LAST))
        def create(self, first: str, last: str) -> None:
            svc.create(draft(first_name=first, last_name=last, tc_kimlik_no="", phone=""))

        @rule(
            pick=st.integers(0, 10_000),
            first=st.sampled_from(_FIRST),
            last=st.sampled_from(_LAST),
        )
        def rename(self, pick: int, first: str, last: str) -> None:
            ids = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY pk")]
            if ids:
                case_id = ids[pick % len(ids)]
                old = svc.get(case_id).draft
                svc.update(case_id, old.__class__(**{**_fields(old), "first_name": first,
                                                      "last_name": last}))  # fmt: skip

        @rule(pick=st.integers(0, 10_000))
        def destroy(self, pick: int) -> None:
            ids = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY pk")]
            if ids:
                with session.db.transaction() as tx:
                    RetentionRepository(tx).destroy_case(ids[pick % len(ids)])

        @invariant()
        def in_name_order(self) -> None:
            _check_labels(conn)
            expected = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM cases WHERE ' ' || search_terms LIKE '% ak%' "
                    "ORDER BY sort_name, pk"
                )
            ]
            assert [r.id for r in svc.search("ak", limit=500)] == expected

    run_state_machine_as_test(
        Writes,
        settings=settings(
            max_examples=12,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        ),
    )
    assert relabels[0] > 0  # the windows were relabelled, not only halved


def _fields(d):  # type: ignore[no-untyped-def]
    import dataclasses

    return {f.name: getattr(d, f.name) for f in dataclasses.fields(d)}


def test_a_relabelled_window_is_all_or_nothing(session, monkeypatch) -> None:
    """A create that fails after its neighbours were relabelled leaves them as they were."""
    monkeypatch.setattr(name_labels, "GAP", 2)
    monkeypatch.setattr(name_labels, "MIN_SPACING", 2)
    svc = CaseService(session)
    conn = session.db.conn
    for _ in range(4):
        svc.create(draft(first_name="Ayşe", last_name="Ak", tc_kimlik_no="", phone=""))
    svc.create(draft(first_name="Ayşe", last_name="Akın", tc_kimlik_no="", phone=""))
    before = conn.execute("SELECT pk, name_label FROM cases ORDER BY pk").fetchall()
    terms = conn.execute("SELECT rowid, terms FROM case_search ORDER BY rowid").fetchall()

    def fail(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(CaseRepository, "_index", fail)
    with pytest.raises(RuntimeError):
        svc.create(draft(first_name="Ayşe", last_name="Ak", tc_kimlik_no="", phone=""))
    assert conn.execute("SELECT pk, name_label FROM cases ORDER BY pk").fetchall() == before
    assert conn.execute("SELECT rowid, terms FROM case_search ORDER BY rowid").fetchall() == terms


# ----- the upgrade -----

_LABEL_STEP = next(m.version for m in MIGRATIONS if m.function is label_by_name)


def test_the_upgrade_labels_existing_files_in_name_order(casefile) -> None:
    with casefile.login() as s:
        svc = CaseService(s)
        for first, last in [("Zeynep", "Ak"), ("Ayşe", "Ak"), ("Ayşe", "Ak"), ("Işıl", "İnce")]:
            svc.create(draft(first_name=first, last_name=last, tc_kimlik_no="", phone=""))
        found = [r.id for r in svc.search("a", limit=50)]
        undo_name_labels(s.db.conn)
        s.db.conn.execute(f"PRAGMA user_version = {_LABEL_STEP - 1:d}")
    with casefile.login() as s:
        assert current_version(s.db.conn) >= _LABEL_STEP
        _check_labels(s.db.conn)
        labels = [r[0] for r in s.db.conn.execute("SELECT name_label FROM cases ORDER BY 1")]
        assert labels == [name_labels.GAP * (i + 1) for i in range(4)]
        assert [r.id for r in CaseService(s).search("a", limit=50)] == found


# ----- the same screens as the plain query -----


@pytest.fixture(scope="module")
def varied(tmp_path_factory):
    """Files with Turkish names (ı/İ, ties), T.C. numbers and phones, built once."""
    created = create_case_file(
        tmp_path_factory.mktemp("varied") / "data",
        centre=CentreInfo(name="Deneme KDM", code="NRL"),
        admin_username="yonetici",
        admin_password="Gizli-Parola-2026",
    )
    session = created.session
    svc = CaseService(session)
    rng = random.Random(18)
    day = datetime.date(2026, 1, 5)
    for i in range(140):
        person = synthetic.person(rng)
        first, last = person.first_name, person.last_name
        if i % 7 == 0:
            first, last = "Işıl", "İnce"  # ties, broken by pk
        if i % 11 == 0:
            first, last = "Ilgın", "Işık"
        svc.create(
            draft(
                first_name=first,
                last_name=last,
                tc_kimlik_no=generate_valid_tc(rng) if i % 2 else "",
                phone=synthetic.mobile_phone(rng) if i % 3 else "",
                application_date=day,
            )
        )
    yield session
    session.close()


def _terms_match(terms: str, text: str) -> bool:
    """Every typed token starts a word of the stored terms (the index's meaning)."""
    words = " " + terms
    return bool(query_tokens(text)) and all(words.find(" " + t) >= 0 for t in query_tokens(text))


def _typed(rng: random.Random, stored: list[tuple[str, str, str, str, str]]) -> str:
    first, last, tc, phone, number = rng.choice(stored)
    kind = rng.randrange(7)
    if kind == 0:
        word = rng.choice((first, last))
        return rng.choice((tr_lower, tr_upper, str))(word[: rng.randint(1, len(word))])
    if kind == 1:  # typed on an ASCII keyboard: "isik" for "Işık"
        return fold_for_search(last)[: rng.randint(1, len(last))]
    if kind == 2:
        return f"{first[: rng.randint(1, len(first))]} {last[: rng.randint(1, len(last))]}"
    if kind == 3 and tc:
        return tc[: rng.randint(1, 11)]
    if kind == 4 and phone:
        digits = phone.replace(" ", "")
        return phone if rng.random() < 0.3 else digits[: rng.randint(1, len(digits))]
    if kind == 5:
        return number[: rng.randint(1, len(number))]
    return rng.choice(["s", "S", "İ", "ı", "I", "i", "zz", "a e", "  ", "-", "05"])


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    seed=st.integers(0, 1 << 30),
    offset=st.sampled_from([0, 0, 3, 20]),
    limit=st.sampled_from([1, 5, 100]),
    descending=st.booleans(),
    bound=st.sampled_from([1_000, 9]),
)
def test_screens_show_what_the_plain_query_shows(
    varied, seed, offset, limit, descending, bound
) -> None:
    conn = varied.db.conn
    stored = conn.execute(
        "SELECT first_name, last_name, coalesce(tc_kimlik_no, ''), coalesce(phone, ''), "
        "case_number FROM cases"
    ).fetchall()
    text = _typed(random.Random(seed), stored)
    everything = conn.execute(
        "SELECT id, search_terms, case_number FROM cases ORDER BY sort_name, pk"
    ).fetchall()
    number = text.strip().upper()
    if any(n == number for _, _, n in everything):
        hits = [i for i, _, n in everything if n == number]  # a whole case number
    else:
        # Blank text is no search at all: the whole list.
        hits = [i for i, terms, _ in everything if not text.strip() or _terms_match(terms, text)]
    if descending:
        hits.reverse()
    page = hits[offset : offset + limit]
    repo = CaseRepository(conn)
    query = CaseQuery(text=text, descending=descending)
    old_bound = case_list_sql.COUNT_BOUND
    case_list_sql.COUNT_BOUND = bound  # type: ignore[misc]
    try:
        screen = repo.screen(query, offset, limit)
        worker = CaseSearchSession(varied).screen(query, offset, limit, lambda: False)
    finally:
        case_list_sql.COUNT_BOUND = old_bound  # type: ignore[misc]
    assert [r.id for r in screen.rows] == page, text
    assert [r.id for r in repo.page(query, offset, limit)] == page, text
    assert worker == screen
    assert repo.count(query) == len(hits)
    if screen.bounded:
        assert len(hits) > bound and screen.total == max(bound, offset + len(page))
    else:
        assert screen.total == len(hits)
    if offset == 0 and not descending and text.strip():  # the service ignores blank text
        assert [r.id for r in CaseService(varied).search(text, limit=limit)] == page

"""Search-as-you-type and the case list: Turkish folding, prefixes, order, paging."""

from __future__ import annotations

import datetime
import random

import pytest
from case_support import draft, today
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kdm_desktop.domain import synthetic
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.query import UNASSIGNED, CaseOrder, CaseQuery
from kdm_desktop.domain.cases.search import fts_prefix_query, query_tokens
from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.domain.tckimlik import generate_valid_tc
from kdm_desktop.domain.turkish import sort_key, tr_lower, tr_upper
from kdm_desktop.services.casefile import create_case_file
from kdm_desktop.services.cases import CaseService
from kdm_desktop.storage.cases_repo import CaseRepository


def _names(rows) -> list[str]:
    return [r.display_name for r in rows]


@pytest.fixture
def isik(session):
    svc = CaseService(session)
    a = svc.create(
        draft(first_name="Işık", last_name="İğdeli", tc_kimlik_no="", phone="0532 111 22 33")
    )
    b = svc.create(draft(first_name="Ayşe", last_name="Işıkçı", tc_kimlik_no="", phone=""))
    svc.create(draft(first_name="Fatma", last_name="Demir", tc_kimlik_no="", phone=""))
    return svc, a, b


@pytest.mark.parametrize("typed", ["isik", "IŞIK", "ışık", "Isik", "ISIK", "Işı", "ıs", "I"])
def test_any_spelling_of_isik_finds_both(isik, typed: str) -> None:
    svc, a, b = isik
    assert {r.id for r in svc.search(typed)} == {a.id, b.id}


@pytest.mark.parametrize("typed", ["igdeli", "İĞDELİ", "iğdeli", "IGDELI", "iğd", "ig"])
def test_igdeli(isik, typed: str) -> None:
    svc, a, _ = isik
    assert [r.id for r in svc.search(typed)] == [a.id]


def test_several_words_must_all_match_as_prefixes(isik) -> None:
    svc, a, b = isik
    assert [r.id for r in svc.search("ışık iğ")] == [a.id]
    assert [r.id for r in svc.search("ay isik")] == [b.id]
    assert svc.search("ayşe demir") == []
    assert svc.search("sik") == []  # prefixes, not substrings


def test_phone_identity_and_case_number_search(session) -> None:
    svc = CaseService(session)
    tc = generate_valid_tc(random.Random(7))
    ref = svc.create(draft(tc_kimlik_no=tc, phone="+90 542 765 43 21"))
    svc.create(draft(tc_kimlik_no="", phone="0532 000 00 00", last_name="Kaya"))
    for typed in (
        "0542 765 43 21",
        "05427654321",
        "5427654",
        "+90 542 76",
        "905427",
        "(0542) 765-43",
        tc,
        tc[:5],
        tc[:3] + " " + tc[3:7],
        ref.case_number,
        ref.case_number.lower(),
        ref.case_number.split("-", 1)[1],  # "2026-0001"
    ):
        assert [r.id for r in svc.search(typed)] == [ref.id], typed
    # A number typed half-way finds every file it begins.
    assert len(svc.search(ref.case_number[:-2])) == 2


def test_search_results_are_in_turkish_alphabetical_order(session) -> None:
    svc = CaseService(session)
    surnames = [
        "Zengin",
        "Çelik",
        "Cengiz",
        "Işık",
        "İnce",
        "Ilgaz",
        "Öztürk",
        "Ozan",
        "Şahin",
        "Sarı",
    ]
    for name in surnames:
        svc.create(draft(first_name="Ayşe", last_name=name, tc_kimlik_no="", phone=""))
    svc.create(draft(anonymous=True, first_name="Ayşe", last_name="", tc_kimlik_no="", phone=""))
    got = [r.last_name for r in svc.search("ayşe")]
    assert got == [*sorted(surnames, key=sort_key), ""]  # anonymous last
    assert got[:4] == ["Cengiz", "Çelik", "Ilgaz", "Işık"]


def test_first_name_breaks_surname_ties(session) -> None:
    svc = CaseService(session)
    for first in ("Zeynep", "Çiğdem", "Cemile", "Ümran", "Ülkü", "Işıl", "İpek"):
        svc.create(draft(first_name=first, last_name="Kaya", tc_kimlik_no="", phone=""))
    got = [r.first_name for r in svc.page(CaseQuery())]
    assert got == ["Cemile", "Çiğdem", "Işıl", "İpek", "Ülkü", "Ümran", "Zeynep"]


@pytest.mark.parametrize(
    "typed",
    ['"', "*", 'ay" OR "x', "NOT", "ayşe NEAR", "a:b", "^ayse", "(", ")", "-", "''", "AND OR"],
)
def test_fts_syntax_in_typed_text_is_harmless(isik, typed: str) -> None:
    svc, _, _ = isik
    svc.search(typed)  # no OperationalError from MATCH
    svc.count(CaseQuery(text=typed))


def test_query_building_quotes_every_token() -> None:
    assert fts_prefix_query('Ay"şe  OR  Işık*') == '"ay" "se" "or" "isik"*'.replace('" "', '"* "')
    assert fts_prefix_query("0532 123 45") == '"053212345"*'
    assert fts_prefix_query("  .,;  ") is None
    assert query_tokens("a " * 30) == ["a"] * 8


def test_failed_insert_leaves_no_index_row(session) -> None:
    """The index is written in the case's transaction: a rollback takes both away."""
    svc = CaseService(session)
    svc.create(draft(first_name="Nurcan", last_name="Tunç"))

    class Boom(Exception):
        pass

    original = CaseRepository.add_status_history

    def fail_after_insert(self, *args, **kwargs):
        original(self, *args, **kwargs)
        raise Boom

    CaseRepository.add_status_history = fail_after_insert  # type: ignore[method-assign]
    try:
        with pytest.raises(Boom):
            svc.create(draft(first_name="Gökçe", last_name="Ünal"))
    finally:
        CaseRepository.add_status_history = original  # type: ignore[method-assign]
    conn = session.db.conn
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM case_search").fetchone()[0] == 1
    assert svc.search("gökçe") == []
    assert len(svc.search("nurcan")) == 1


# ----- the list -----


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    """Sixty files, built once: the list tests only read."""
    created = create_case_file(
        tmp_path_factory.mktemp("listed") / "data",
        centre=CentreInfo(name="Deneme KDM", code="NRL"),
        admin_username="yonetici",
        admin_password="Gizli-Parola-2026",
    )
    session = created.session
    svc = CaseService(session)
    rng = random.Random(5)
    base = today() - datetime.timedelta(days=400)
    refs = []
    for i in range(60):
        person = synthetic.person(rng)
        refs.append(
            svc.create(
                draft(
                    first_name=person.first_name,
                    last_name=person.last_name,
                    tc_kimlik_no="",
                    phone="",
                    application_date=base + datetime.timedelta(days=i * 5),
                ),
                assigned_to="yonetici" if i % 3 == 0 else None,
            )
        )
    for ref in refs[:10]:
        svc.set_status(ref.id, CaseStatus.CLOSED, reason=ClosureReason.MOVED)
    yield svc
    session.close()


def _naive(svc: CaseService, query: CaseQuery) -> list[str]:
    """The same list the slow way: everything, filtered and sorted in Python."""
    rows = svc.page(CaseQuery(order=query.order), 0, 500)
    hits = {r.id for r in svc.page(CaseQuery(text=query.text), 0, 500)} if query.text else None
    out = [
        r
        for r in rows
        if (not query.statuses or r.status in query.statuses)
        and (
            query.assigned_to is None
            or r.assigned_to == (None if query.assigned_to == UNASSIGNED else query.assigned_to)
        )
        and (query.applied_from is None or r.application_date >= query.applied_from)
        and (query.applied_to is None or r.application_date <= query.applied_to)
        and (hits is None or r.id in hits)
    ]
    if query.descending:
        out.reverse()
    return [r.id for r in out]


@pytest.mark.parametrize("order", list(CaseOrder))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"statuses": frozenset({CaseStatus.OPEN})},
        {"statuses": frozenset({CaseStatus.OPEN, CaseStatus.CLOSED})},
        {"assigned_to": "yonetici"},
        {"assigned_to": UNASSIGNED},
        {"text": "a"},
        {"text": "kaya"},
        {"applied_from": today() - datetime.timedelta(days=200)},
        {"applied_to": today() - datetime.timedelta(days=300), "assigned_to": UNASSIGNED},
        {"text": "e", "statuses": frozenset({CaseStatus.CLOSED})},
    ],
)
def test_pages_match_the_naive_list(listed, order, descending, filters) -> None:
    """Whatever index the repository drives the query by, pages are the same rows."""
    svc = listed
    query = CaseQuery(order=order, descending=descending, **filters)
    expected = _naive(svc, query)
    if order == CaseOrder.NAME or not descending:
        pages = [r.id for off in range(0, 70, 7) for r in svc.page(query, off, 7)]
        if order in (CaseOrder.NAME, CaseOrder.CASE_NUMBER, CaseOrder.APPLICATION_DATE):
            assert pages == expected
        else:
            assert sorted(pages) == sorted(expected)
    assert svc.count(query) == len(expected)


def test_rows_are_light_and_complete(listed) -> None:
    row = listed.page(CaseQuery(statuses=frozenset({CaseStatus.CLOSED})), 0, 1)[0]
    assert row.status == CaseStatus.CLOSED
    assert row.case_number.startswith("NRL-")
    assert isinstance(row.application_date, datetime.date)
    assert row.display_name == f"{row.first_name} {row.last_name}"


# ----- properties -----

_letters = st.sampled_from(list("abcçdefgğhıijklmnoöprsştuüvyz"))
_name = st.lists(_letters, min_size=2, max_size=10).map(lambda cs: "".join(cs).capitalize())


def _random_case(rng: random.Random, s: str) -> str:
    return "".join(rng.choice((tr_lower, tr_upper))(ch) for ch in s)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=_name, last=_name, seed=st.integers(0, 10_000), cut=st.integers(1, 10))
def test_any_stored_name_is_found_by_any_case_of_any_prefix(
    session, first, last, seed, cut
) -> None:
    svc = CaseService(session)
    ref = svc.create(draft(first_name=first, last_name=last, tc_kimlik_no="", phone=""))
    rng = random.Random(seed)
    for word in (first, last):
        typed = _random_case(rng, word[: max(1, min(cut, len(word)))])
        ids = {r.id for r in svc.search(typed, limit=500)}
        assert ref.id in ids, (word, typed)


def test_case_number_as_typed_uses_one_joined_token() -> None:
    # The centre code alone is in every file's index entry; joined, it is selective.
    assert query_tokens("KSK-2026-00") == ["ksk202600"]
    assert query_tokens("ksk / 2026 / 004") == ["ksk2026004"]
    assert query_tokens("KSK-20") == ["ksk20"]
    # A name and a year, without a dash, are still two words.
    assert query_tokens("Ali 2026") == ["ali", "2026"]


def test_whole_case_number_goes_to_its_unique_index(session) -> None:
    svc = CaseService(session)
    refs = [svc.create(draft(tc_kimlik_no="", phone="", last_name=n)) for n in ("Ak", "Er", "Oz")]
    target = refs[1]
    for typed in (target.case_number, target.case_number.lower(), f" {target.case_number} "):
        assert [r.id for r in svc.search(typed)] == [target.id]
        assert svc.count(CaseQuery(text=typed)) == 1
    closed = CaseQuery(text=target.case_number, statuses=frozenset({CaseStatus.CLOSED}))
    assert svc.page(closed) == [] and svc.count(closed) == 0
    plans: list[str] = []
    session.db.conn.set_trace_callback(plans.append)
    try:
        CaseRepository(session.db.conn).page(CaseQuery(text=target.case_number), 0, 10)
    finally:
        session.db.conn.set_trace_callback(None)
    assert plans and not any("case_search" in sql for sql in plans)


@pytest.mark.parametrize("pilot", [1, 5, 40, 2000])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["a", "e", "kaya", "ay", "zzz"])
def test_text_search_paths_agree(listed, monkeypatch, pilot, descending, text) -> None:
    """Pages of a text search in name order: the same rows, in order, as the naive query."""
    from kdm_desktop.storage import case_list_sql

    query = CaseQuery(text=text, descending=descending)
    expected = _naive(listed, query)
    monkeypatch.setattr(case_list_sql, "PILOT_ENTRIES", pilot)
    pages = [r.id for off in range(0, 70, 7) for r in listed.page(query, off, 7)]
    assert pages == expected

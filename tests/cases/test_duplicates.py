"""The duplicate warning at intake: same ID, or a close name with birth year or phone."""

from __future__ import annotations

import datetime

import pytest
from case_support import VALID_TC, draft

from kdm_desktop.domain.cases.duplicates import DuplicateReason, edit_distance, first_names_close
from kdm_desktop.services.cases import CaseService

R = DuplicateReason


@pytest.fixture
def existing(session):
    svc = CaseService(session)
    ref = svc.create(
        draft(
            first_name="Ayşegül",
            last_name="Işıklı",
            tc_kimlik_no=VALID_TC,
            birth_date=datetime.date(1985, 6, 1),
            phone="0532 111 22 33",
        )
    )
    svc.create(
        draft(
            first_name="Fatma",
            last_name="Işıklı",
            tc_kimlik_no="",
            phone="",
            birth_date=datetime.date(1985, 1, 1),
        )
    )
    return svc, ref


@pytest.mark.parametrize(
    ("probe", "reasons"),
    [
        ({"first_name": "Zehra", "last_name": "Kaya", "tc_kimlik_no": VALID_TC}, {R.SAME_ID}),
        (
            {
                "first_name": "Aysegul",
                "last_name": "ISIKLI",
                "tc_kimlik_no": "",
                "birth_date": datetime.date(1985, 2, 2),
            },
            {R.SIMILAR_NAME, R.SAME_BIRTH_YEAR},
        ),
        (
            {
                "first_name": "Ayşe",
                "last_name": "Işıklı",
                "tc_kimlik_no": "",
                "birth_date": None,
                "phone": "5321112233",
            },
            {R.SIMILAR_NAME, R.SAME_PHONE},
        ),
        (
            {
                "first_name": "Ayşegl",
                "last_name": "ışıklı",
                "tc_kimlik_no": "",
                "birth_date": None,
                "age": 40,
                "application_date": datetime.date(2026, 1, 1),
            },
            {R.SIMILAR_NAME, R.SAME_BIRTH_YEAR},
        ),
        (
            {
                "first_name": "Ayşegül",
                "last_name": "Işıklı",
                "tc_kimlik_no": "",
                "birth_date": datetime.date(1990, 1, 1),
                "phone": "",
            },
            None,
        ),
        (
            {
                "first_name": "Ayşegül",
                "last_name": "Yılmaz",
                "tc_kimlik_no": "",
                "birth_date": datetime.date(1985, 6, 1),
            },
            None,
        ),
        (
            {
                "first_name": "Hatice",
                "last_name": "Işıklı",
                "tc_kimlik_no": "",
                "birth_date": datetime.date(1985, 6, 1),
                "phone": "",
            },
            None,
        ),
    ],
)
def test_possible_duplicates(existing, probe: dict, reasons) -> None:
    svc, ref = existing
    found = svc.find_possible_duplicates(draft(**probe))
    matches = {d.id: set(d.reasons) for d in found}
    if reasons is None:
        assert ref.id not in matches
    else:
        assert matches[ref.id] == reasons
        hit = next(d for d in found if d.id == ref.id)
        assert hit.case_number == ref.case_number and hit.display_name == "Ayşegül Işıklı"


def test_a_half_filled_form_is_fine(existing) -> None:
    svc, ref = existing
    found = svc.find_possible_duplicates(
        draft(
            first_name="Ayşegül",
            last_name="Işıklı",
            tc_kimlik_no="1",
            phone="0532 111 22 3",
            birth_date=datetime.date(1985, 1, 1),
        )
    )
    assert [d.id for d in found] == [ref.id]


def test_the_case_itself_can_be_excluded(existing) -> None:
    svc, ref = existing
    record = svc.get(ref.id)
    assert svc.find_possible_duplicates(record.draft, exclude_id=ref.id) == []


def test_name_closeness() -> None:
    assert first_names_close("Gül", "Gülşen")
    assert first_names_close("Ayşe Nur", "AYSE")
    assert first_names_close("Zeynep", "Zyenep")  # swapped letters
    assert first_names_close("Meryem", "Merym")
    assert not first_names_close("Elif", "Emine")
    assert not first_names_close("Gü", "Gülşen")  # too short for a prefix match
    assert edit_distance("kitten", "sitting", 5) == 3
    assert edit_distance("abc", "abcdefgh", 2) == 3

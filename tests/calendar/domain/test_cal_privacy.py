from __future__ import annotations

import pytest
from cal_support import DERANDOMIZED, appt, at
from hypothesis import given
from hypothesis import strategies as st

from kdm_desktop.domain.calendar import AppointmentType, display_label, initials
from kdm_desktop.domain.turkish import TURKISH_ALPHABET


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ayşe Yılmaz", "A. Y."),
        ("ışık yılmaz", "I. Y."),
        ("ıṡık", "I."),
        ("işık", "İ."),
        ("İpek Işıl", "İ. I."),
        ("çiğdem şahin", "Ç. Ş."),
        ("ümran öztürk", "Ü. Ö."),
        ("ğ", "Ğ."),
        ("Ayşe Nur  Yılmaz", "A. N. Y."),
        ("Ayşe-Nur Kaya", "A. K."),
        ("'ayşe' (kaya)", "A. K."),
        ("C\u0327iğdem", "Ç."),  # decomposed Ç
        ("", ""),
        ("  - ", ""),
    ],
)
def test_initials_follow_turkish_casing(name: str, expected: str) -> None:
    assert initials(name) == expected


CASE_NO = "NRL-2026-0042"


def test_restricted_label_shows_initials_and_case_number_only() -> None:
    a = appt(at(2026, 12, 1), type=AppointmentType.LEGAL_COUNSELLING, case_id="c")
    assert display_label(a, CASE_NO, "Ayşe Yılmaz", viewer_can_see_names=False) == (
        "A. Y. · NRL-2026-0042"
    )
    # A printed day list is restricted even for staff who may see names.
    assert display_label(a, CASE_NO, "Ayşe Yılmaz", True, printed=True) == "A. Y. · NRL-2026-0042"


def test_full_label_for_staff() -> None:
    a = appt(at(2026, 12, 1), type=AppointmentType.LEGAL_COUNSELLING, case_id="c")
    assert display_label(a, CASE_NO, " Ayşe Yılmaz ", viewer_can_see_names=True) == (
        "Hukuki danışmanlık · Ayşe Yılmaz · NRL-2026-0042"
    )


def test_anonymous_and_missing_data() -> None:
    a = appt(at(2026, 12, 1), case_id="c")
    assert display_label(a, CASE_NO, None, False) == CASE_NO
    assert display_label(a, CASE_NO, "Anonim", False) == CASE_NO  # not "A."
    assert display_label(a, None, None, False) == "Randevu"
    assert display_label(a, None, "Ayşe Yılmaz", False) == "A. Y."
    assert display_label(a, CASE_NO, None, True) == "Psikolojik destek · Anonim · NRL-2026-0042"


def test_group_sessions_show_their_type() -> None:
    a = appt(at(2026, 12, 1), type=AppointmentType.WORKSHOP)
    assert display_label(a, None, None, False) == "Atölye"
    assert display_label(a, None, None, True) == "Atölye"


_word = st.text(alphabet=TURKISH_ALPHABET, min_size=3, max_size=10)


@DERANDOMIZED
@given(st.lists(_word, min_size=1, max_size=4), st.booleans())
def test_restricted_label_never_contains_a_name(words: list[str], capitalise: bool) -> None:
    name = " ".join(w.capitalize() if capitalise else w for w in words)
    label = display_label(appt(at(2026, 12, 1), case_id="c"), CASE_NO, name, False)
    for word in name.split():
        assert word not in label
    assert label.endswith(CASE_NO)
    assert label.count(".") == len(words)


def test_anonymous_and_fallback_words_follow_the_language() -> None:
    """Re-audit of issue #19: "Anonim" and "Randevu" were Turkish constants, shown on
    English screens (`kdm --lang en case list`, the calendar)."""
    from kdm_desktop import messages
    from kdm_desktop.domain.cases.draft import display_name

    a = appt(at(2026, 12, 1), case_id="c")
    with messages.speaking("en"):
        assert display_name(True, "", "") == "Anonymous"
        assert display_label(a, None, None, False) == "Appointment"
        assert display_label(a, CASE_NO, "Anonymous", False) == CASE_NO  # not "A."
        assert display_label(a, CASE_NO, None, True) == (
            "Psychological support · Anonymous · NRL-2026-0042"
        )
    assert display_name(True, "", "") == "Anonim"

"""Tests for Turkish phone number normalisation and display."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kdm_desktop.domain.phone import InvalidPhone, format_phone, is_mobile, normalise_phone

MOBILE = "+905321234567"


@pytest.mark.parametrize(
    "raw",
    [
        "+90 532 123 45 67",
        "+905321234567",
        "0532 123 45 67",
        "0 (532) 123-45-67",
        "(0532) 123 45 67",
        "0532.123.45.67",
        "5321234567",
        "905321234567",
        "0090 532 123 45 67",
        "00905321234567",
        "+90 (532) 123 45 67",
        "+90 0532 123 45 67",
        "  0532 123 45 67\t",
        "0532\u00a0123\u00a045\u00a067",  # non-breaking spaces from copy-paste
    ],
)
def test_mobile_variants(raw: str) -> None:
    assert normalise_phone(raw) == MOBILE


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0232 123 45 67", "+902321234567"),
        ("(0312) 123 45 67", "+903121234567"),
        ("0462 123 45 67", "+904621234567"),
        ("0850 123 45 67", "+908501234567"),
        ("+90 850 123 45 67", "+908501234567"),
    ],
)
def test_landline_and_850(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected
    assert not is_mobile(expected)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("0532 123 45 6x", "characters"),
        ("0532/123 45 67", "characters"),
        ("0532 123 45 67 dahili 12", "characters"),
        ("0532+1234567", "characters"),
        ("++905321234567", "characters"),
        ("+", "length"),
        ("()", "length"),
        ("0532 123 45 6", "length"),
        ("0532 123 45 678", "length"),
        ("532 123 45", "length"),
        ("+90 532 123 45 6", "length"),
        ("0632 123 45 67", "area_code"),
        ("0132 123 45 67", "area_code"),
        ("0800 123 45 67", "area_code"),
        ("0444 12 34", "length"),
        ("+49 30 1234567", "area_code"),
        ("0049 30 1234567", "area_code"),
    ],
)
def test_invalid_reasons(raw: str, reason: str) -> None:
    with pytest.raises(InvalidPhone) as info:
        normalise_phone(raw)
    assert info.value.reason == reason
    assert isinstance(info.value, ValueError)


def test_error_message_does_not_leak_number() -> None:
    with pytest.raises(InvalidPhone) as info:
        normalise_phone("0632 123 45 67")
    assert "632" not in str(info.value)


def test_is_mobile() -> None:
    assert is_mobile(MOBILE)
    assert is_mobile("0555 555 55 55")
    assert not is_mobile("+902321234567")
    with pytest.raises(InvalidPhone):
        is_mobile("not a number")


def test_format_phone() -> None:
    assert format_phone(MOBILE) == "+90 532 123 45 67"
    assert format_phone("+902321234567") == "+90 232 123 45 67"
    assert format_phone("0850 123 45 67") == "+90 850 123 45 67"
    with pytest.raises(InvalidPhone) as info:
        format_phone("")
    assert info.value.reason == "empty"


# --- properties ---------------------------------------------------------------------------

national_numbers = st.one_of(
    st.from_regex(r"\A[2345][0-9]{9}\Z"),
    st.from_regex(r"\A850[0-9]{7}\Z"),
)


def _spaced(n: str) -> str:
    return f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"


@given(
    national_numbers,
    st.sampled_from(
        [
            "{n}",
            "0{n}",
            "90{n}",
            "+90{n}",
            "0090{n}",
            "+90 {s}",
            "0 ({a}) {b}-{c}-{d}",
            "0{a}.{b}.{c}.{d}",
            "+90 0{s}",
            "  0{s}  ",
        ]
    ),
)
def test_all_written_forms_normalise_alike(n: str, template: str) -> None:
    raw = template.format(n=n, s=_spaced(n), a=n[:3], b=n[3:6], c=n[6:8], d=n[8:])
    assert normalise_phone(raw) == "+90" + n


@given(national_numbers)
def test_normalise_is_idempotent_and_format_round_trips(n: str) -> None:
    normalised = normalise_phone(n)
    assert normalise_phone(normalised) == normalised
    formatted = format_phone(normalised)
    assert normalise_phone(formatted) == normalised
    assert format_phone(formatted) == formatted
    assert is_mobile(normalised) == n.startswith("5")


@given(st.text(max_size=25))
def test_normalise_returns_e164_or_raises_known_reason(raw: str) -> None:
    try:
        result = normalise_phone(raw)
    except InvalidPhone as exc:
        assert exc.reason in {"empty", "characters", "length", "area_code"}
    else:
        assert result.startswith("+90")
        assert len(result) == 13
        assert result[1:].isascii() and result[1:].isdigit()
        assert result[3] in "23458"
        assert normalise_phone(result) == result


@given(national_numbers, st.sampled_from("abcxyz/#*,;:ş"))
def test_foreign_characters_are_rejected(n: str, bad: str) -> None:
    with pytest.raises(InvalidPhone) as info:
        normalise_phone(f"0{n[:3]}{bad}{n[3:]}")
    assert info.value.reason == "characters"


def test_local_format_is_how_people_write_numbers_in_turkey() -> None:
    from kdm_desktop.domain.phone import format_phone_local

    assert format_phone_local("+905321112233") == "0532 111 22 33"
    assert format_phone_local("5321112233") == "0532 111 22 33"
    assert format_phone_local("0232 444 55 66") == "0232 444 55 66"
    # An unreadable old entry is shown as stored rather than failing the screen.
    assert format_phone_local("dahili 12") == "dahili 12"

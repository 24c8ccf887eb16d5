"""Tests for T.C. Kimlik No and foreign identity number validation."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kdm_desktop.domain.tckimlik import (
    IdKind,
    InvalidIdNumber,
    check_digits,
    classify_id,
    generate_valid_tc,
    is_valid_tc,
)

KNOWN_VALID = "10000000146"

rngs = st.randoms(use_true_random=False)


def test_known_valid_number() -> None:
    assert classify_id(KNOWN_VALID) is IdKind.TC
    assert is_valid_tc(KNOWN_VALID)
    assert check_digits(KNOWN_VALID[:9]) == "46"


def test_spaces_are_ignored() -> None:
    assert classify_id(" 100 000 001 46 ") is IdKind.TC
    assert is_valid_tc("1000 0000 146")


def test_kind_values() -> None:
    # Stored as plain strings, so the values are part of the on-disk format.
    assert str(IdKind.TC) == "tc"
    assert str(IdKind.FOREIGN) == "foreign"
    assert IdKind("foreign") is IdKind.FOREIGN


def test_foreign_numbers_skip_checksum() -> None:
    assert classify_id("99123456780") is IdKind.FOREIGN
    assert classify_id("99000000000") is IdKind.FOREIGN
    assert not is_valid_tc("99123456780")


def test_negative_intermediate_uses_non_negative_modulo() -> None:
    # Odd-position digits all 0 except d1=1 and even positions all 9: 1*7 - 36 = -29,
    # and -29 % 10 == 1 in Python (a truncating remainder would give -9); d11 = 38 % 10.
    first_nine = "190909090"
    assert check_digits(first_nine) == "18"
    assert is_valid_tc(first_nine + "18")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "length"),
        ("   ", "length"),
        ("1000000014", "length"),
        ("100000001460", "length"),
        ("1000000014a", "digits"),
        ("10000-000146", "digits"),
        ("١٠٠٠٠٠٠٠١٤٦", "digits"),  # Arabic-Indic digits are not ASCII digits
        ("01000000146", "leading_zero"),
        ("00000000000", "leading_zero"),
        ("10000000147", "checksum"),
        ("10000000156", "checksum"),
        ("12345678901", "checksum"),
    ],
)
def test_invalid_reasons(value: str, reason: str) -> None:
    with pytest.raises(InvalidIdNumber) as info:
        classify_id(value)
    assert info.value.reason == reason
    assert isinstance(info.value, ValueError)
    assert not is_valid_tc(value)


def test_error_message_does_not_leak_number() -> None:
    with pytest.raises(InvalidIdNumber) as info:
        classify_id("12345678901")
    assert "12345678901" not in str(info.value)


@pytest.mark.parametrize("bad", ["12345678", "1234567890", "12345678a"])
def test_check_digits_rejects_bad_input(bad: str) -> None:
    with pytest.raises(ValueError, match="nine"):
        check_digits(bad)


def test_generate_is_reproducible() -> None:
    assert generate_valid_tc(random.Random(7)) == generate_valid_tc(random.Random(7))


# --- properties ---------------------------------------------------------------------------


@given(rngs)
def test_generated_numbers_are_valid_tc(rng: random.Random) -> None:
    number = generate_valid_tc(rng)
    assert len(number) == 11
    assert number.isascii() and number.isdigit()
    assert number[0] != "0"
    assert not number.startswith("99")
    assert classify_id(number) is IdKind.TC
    assert is_valid_tc(number)


@given(rngs, st.integers(min_value=0, max_value=10), st.integers(min_value=1, max_value=9))
def test_single_digit_change_is_never_a_valid_tc(
    rng: random.Random, position: int, delta: int
) -> None:
    number = generate_valid_tc(rng)
    digits = list(number)
    digits[position] = str((int(digits[position]) + delta) % 10)
    changed = "".join(digits)
    assert not is_valid_tc(changed)
    # The checksum itself always catches it: d1..d9 changes move d10 by 7*delta or -delta
    # (both non-zero mod 10), and a change to d10 or d11 is compared directly.
    assert check_digits(changed[:9]) != changed[9:]
    try:
        kind = classify_id(changed)
    except InvalidIdNumber as exc:
        assert exc.reason in {"checksum", "leading_zero"}
    else:
        # Only a change that produces the 99 prefix is accepted, and then as foreign.
        assert kind is IdKind.FOREIGN
        assert changed.startswith("99")


@given(st.text(max_size=15))
def test_classify_returns_kind_or_raises_with_known_reason(value: str) -> None:
    try:
        kind = classify_id(value)
    except InvalidIdNumber as exc:
        assert exc.reason in {"length", "digits", "leading_zero", "checksum"}
        assert not is_valid_tc(value)
    else:
        assert kind in {IdKind.TC, IdKind.FOREIGN}
        assert is_valid_tc(value) == (kind is IdKind.TC)


@given(st.from_regex(r"\A99[0-9]{9}\Z"))
def test_any_99_prefixed_number_is_foreign(value: str) -> None:
    assert classify_id(value) is IdKind.FOREIGN


@given(st.from_regex(r"\A[1-9][0-9]{8}\Z"))
def test_exactly_one_check_pair_is_valid(first_nine: str) -> None:
    valid = [f"{a}{b}" for a in range(10) for b in range(10) if is_valid_tc(first_nine + f"{a}{b}")]
    if first_nine.startswith("99"):
        assert valid == []
    else:
        assert valid == [check_digits(first_nine)]

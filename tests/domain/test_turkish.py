"""Tests for Turkish casing, search folding and collation."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kdm_desktop.domain.turkish import (
    TURKISH_ALPHABET,
    fold_for_search,
    sort_key,
    sort_key_bytes,
    tr_capitalize_words,
    tr_lower,
    tr_upper,
)

COMBINING_DOT = "\u0307"

# Biased towards the letters that actually cause trouble, mixed with arbitrary text.
turkish_chars = st.sampled_from([*"İIıiŞşĞğÇçÖöÜüÂâÎîÛûqwxQWX -'’.,0123456789", COMBINING_DOT])
turkish_text = st.lists(turkish_chars, max_size=20).map("".join)
any_text = st.one_of(turkish_text, st.text(max_size=30))


def test_alphabet() -> None:
    assert len(TURKISH_ALPHABET) == 29
    assert TURKISH_ALPHABET == "abcçdefgğhıijklmnoöprsştuüvyz"
    assert not set("qwx") & set(TURKISH_ALPHABET)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("İSTANBUL", "istanbul"),
        ("IŞIK", "ışık"),
        ("İĞDELİ", "iğdeli"),
        ("ÇÖÜŞĞ", "çöüşğ"),
        ("I\u0307STANBUL", "istanbul"),  # decomposed İ
        ("i\u0307stanbul", "istanbul"),  # what naive lowercasing of İ leaves behind
        ("", ""),
    ],
)
def test_tr_lower(raw: str, expected: str) -> None:
    assert tr_lower(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("iğne", "İĞNE"),
        ("ışık", "IŞIK"),
        ("istanbul", "İSTANBUL"),
        ("çöüşğ", "ÇÖÜŞĞ"),
        ("i\u0307stanbul", "İSTANBUL"),
    ],
)
def test_tr_upper(raw: str, expected: str) -> None:
    assert tr_upper(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ayşe ışık", "Ayşe Işık"),
        # Dotted "işık" keeps its dot when capitalised.
        ("ayşe işık", "Ayşe İşık"),
        ("AYŞE IŞIK", "Ayşe Işık"),
        ("İĞDELİ", "İğdeli"),
        ("ali'nin", "Ali'nin"),
        ("AHMET’İN", "Ahmet’in"),
        ("ayşe-nur yılmaz", "Ayşe-Nur Yılmaz"),
        ("  fatma   nur  ", "  Fatma   Nur  "),
        ("(zeynep)", "(Zeynep)"),
        ("2nci kat", "2nci Kat"),
        ("", ""),
    ],
)
def test_tr_capitalize_words(raw: str, expected: str) -> None:
    assert tr_capitalize_words(raw) == expected


@pytest.mark.parametrize("raw", ["isik", "IŞIK", "ışık", "Isik", "IŞİK", "işık", "  ışık "])
def test_fold_isik(raw: str) -> None:
    assert fold_for_search(raw) == "isik"


@pytest.mark.parametrize("raw", ["igdeli", "İĞDELİ", "İğdeli", "I\u0307G\u0306DELI\u0307"])
def test_fold_igdeli(raw: str) -> None:
    assert fold_for_search(raw) == "igdeli"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Şule Çağlar-Öztürk", "sule caglar ozturk"),
        ("Hâle  Kâmil", "hale kamil"),
        ("Ümit, 3. kat!", "umit 3 kat"),
        ("Ali'nin", "ali nin"),
        ("José Müller", "jose muller"),
        ("...", ""),
        ("", ""),
    ],
)
def test_fold_examples(raw: str, expected: str) -> None:
    assert fold_for_search(raw) == expected


def test_sort_key_example() -> None:
    names = ["Zeynep", "Çiğdem", "Cemile", "Işıl", "İpek", "Hülya", "Ğ", "Gül"]
    expected = ["Cemile", "Çiğdem", "Gül", "Ğ", "Hülya", "Işıl", "İpek", "Zeynep"]
    assert sorted(names, key=sort_key) == expected


def test_sort_key_follows_alphabet() -> None:
    letters = list(TURKISH_ALPHABET)
    assert sorted(reversed(letters), key=sort_key) == letters
    upper = [tr_upper(ch) for ch in letters]
    assert sorted(reversed(upper), key=sort_key) == upper


def test_sort_key_foreign_letters_and_digits() -> None:
    words = ["z", "ж", "x", "w", "v", "r", "q", "p", "9", "10", "1", " ", "-"]
    assert sorted(words, key=sort_key) == [
        " ",
        "-",
        "1",
        "10",
        "9",
        "p",
        "q",
        "r",
        "v",
        "w",
        "x",
        "z",
        "ж",
    ]


def test_sort_key_case_insensitive_primary() -> None:
    # Primary letters decide before case does.
    assert sorted(["Ayşe", "ayla", "AYDAN"], key=sort_key) == ["AYDAN", "ayla", "Ayşe"]
    # Case only breaks ties, lowercase first.
    assert sorted(["ALİ", "Ali", "ali"], key=sort_key) == ["ali", "Ali", "ALİ"]
    # Turkish rules: "I" is the capital of "ı", not of "i".
    assert sort_key("Işık") < sort_key("ilk") < sort_key("İnci")


def test_sort_key_circumflex_sorts_with_base_letter() -> None:
    assert sorted(["Kemal", "Kâmil", "Kamil", "Kaan"], key=sort_key) == [
        "Kaan",
        "Kamil",
        "Kâmil",
        "Kemal",
    ]


def test_sort_key_prefix_first() -> None:
    assert sorted(["Alican", "Ali", "Ali Can"], key=sort_key) == ["Ali", "Ali Can", "Alican"]


def test_sort_key_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Çiğdem")
    assert sorted(["Dilek", decomposed, "Cemile"], key=sort_key) == [
        "Cemile",
        decomposed,
        "Dilek",
    ]


# --- properties ---------------------------------------------------------------------------


@given(any_text)
@example("ℌ")
@example("Ⅰ")
@example("ΑΣ Σ")
def test_fold_is_idempotent(s: str) -> None:
    folded = fold_for_search(s)
    assert fold_for_search(folded) == folded


@given(any_text)
def test_fold_ignores_turkish_case(s: str) -> None:
    assert fold_for_search(tr_lower(s)) == fold_for_search(s)
    assert fold_for_search(tr_upper(s)) == fold_for_search(s)


@given(any_text)
def test_fold_output_shape(s: str) -> None:
    folded = fold_for_search(s)
    assert folded == folded.strip()
    assert "  " not in folded
    assert all(ch == " " or ch.isalnum() for ch in folded)
    assert not set(folded) & set("şğçöüıâîûİI")
    assert all(unicodedata.category(ch)[0] != "M" for ch in folded)


@given(any_text)
def test_tr_lower_never_adds_combining_dot(s: str) -> None:
    if COMBINING_DOT not in s:
        assert COMBINING_DOT not in tr_lower(s)


@given(turkish_text)
def test_tr_lower_has_no_dotted_or_plain_capital_i(s: str) -> None:
    lowered = tr_lower(s)
    assert "I" not in lowered
    assert "İ" not in lowered


@given(any_text)
@example("İ\u0307\u0307")
@example("İ\u0307\u0301")
def test_tr_lower_is_idempotent(s: str) -> None:
    assert tr_lower(tr_lower(s)) == tr_lower(s)


@given(st.lists(st.sampled_from(TURKISH_ALPHABET), max_size=20).map("".join))
def test_case_round_trip_on_turkish_letters(s: str) -> None:
    assert tr_lower(tr_upper(s)) == s
    assert tr_upper(tr_lower(tr_upper(s))) == tr_upper(s)


@given(any_text)
def test_capitalize_preserves_fold(s: str) -> None:
    assert fold_for_search(tr_capitalize_words(s)) == fold_for_search(s)


@given(any_text, any_text)
def test_sort_key_is_total(a: str, b: str) -> None:
    assert (sort_key(a) == sort_key(b)) == (a == b)


# Text whose case mapping is one-to-one, so upper- and lowercasing keep the length.
plain_words = st.lists(st.sampled_from(TURKISH_ALPHABET + "qwx 019-"), max_size=12).map("".join)


@given(plain_words, plain_words)
def test_sort_key_is_case_insensitive_at_primary_level(a: str, b: str) -> None:
    # If the letters alone order two strings, case cannot flip the order.
    la, lb = sort_key(a), sort_key(b)
    if la[: la.index(0)] < lb[: lb.index(0)]:
        assert sort_key(tr_upper(a)) < sort_key(b)
        assert sort_key(a) < sort_key(tr_upper(b))


@given(st.lists(any_text, max_size=10))
def test_sorting_is_deterministic(words: list[str]) -> None:
    assert sorted(words, key=sort_key) == sorted(reversed(words), key=sort_key)


def test_sort_key_bytes_example() -> None:
    names = ["Zeynep", "Çiğdem", "Cemile", "Işıl", "İpek", "Hülya", "Ğ", "Gül", "Ali", "Ali Can"]
    assert sorted(names, key=sort_key_bytes) == sorted(names, key=sort_key)


@given(any_text, any_text)
def test_sort_key_bytes_agrees_with_sort_key(a: str, b: str) -> None:
    # The bytes drop only the final raw-string tie-break, so they may tie where sort_key
    # does not, but never order two strings the other way round.
    if sort_key_bytes(a) < sort_key_bytes(b):
        assert sort_key(a) < sort_key(b)
    if sort_key(a) < sort_key(b):
        assert sort_key_bytes(a) <= sort_key_bytes(b)


@given(any_text, any_text, any_text, any_text)
def test_sort_key_bytes_concatenate_like_tuples(a1: str, b1: str, a2: str, b2: str) -> None:
    # Surname key + given-name key is stored as one BLOB, so no key may be a prefix of a
    # different one: the concatenation must order like the pair of keys.
    joined1 = sort_key_bytes(a1) + sort_key_bytes(b1)
    joined2 = sort_key_bytes(a2) + sort_key_bytes(b2)
    pair1 = (sort_key_bytes(a1), sort_key_bytes(b1))
    pair2 = (sort_key_bytes(a2), sort_key_bytes(b2))
    assert (joined1 < joined2) == (pair1 < pair2)
    assert (joined1 == joined2) == (pair1 == pair2)

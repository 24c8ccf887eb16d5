"""The SQL sort key orders exactly like the domain's Turkish collation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kdm_desktop.domain.cases.search import name_sort_key
from kdm_desktop.domain.turkish import sort_key, sort_key_bytes

_chars = st.sampled_from(list("aAbcçÇdeğĞhıIiİjoöÖsşŞuüÜzâÂ -'.09qwxQ日"))
_text = st.lists(_chars, max_size=8).map("".join)


@given(a=_text, b=_text)
def test_bytes_order_agrees_with_sort_key(a: str, b: str) -> None:
    ka, kb = sort_key(a), sort_key(b)
    ba, bb = sort_key_bytes(a), sort_key_bytes(b)
    if ka < kb:
        assert ba <= bb
    elif ka > kb:
        assert ba >= bb
    # Equal bytes only for strings that differ in nothing the collation sees.
    if ba == bb:
        assert ka[: ka.index(0)] == kb[: kb.index(0)]


@given(l1=_text, f1=_text, l2=_text, f2=_text)
def test_surname_then_given_name(l1: str, f1: str, l2: str, f2: str) -> None:
    k1 = name_sort_key(False, f1 or "x", l1 or "y")
    k2 = name_sort_key(False, f2 or "x", l2 or "y")
    t1 = (sort_key(l1 or "y"), sort_key(f1 or "x"))
    t2 = (sort_key(l2 or "y"), sort_key(f2 or "x"))
    if t1 < t2:
        assert k1 <= k2


def test_turkish_alphabet_examples() -> None:
    names = [
        "Zeki",
        "Çakır",
        "Cengiz",
        "Işık",
        "İnce",
        "Ilgaz",
        "Öz",
        "Oya",
        "Şen",
        "Sarı",
        "Üstün",
        "Uz",
        "Ğ",
    ]
    assert sorted(names, key=sort_key_bytes) == [
        "Cengiz", "Çakır", "Ğ", "Ilgaz", "Işık", "İnce", "Oya",
        "Öz", "Sarı", "Şen", "Uz", "Üstün", "Zeki",
    ]  # fmt: skip
    assert name_sort_key(True, "Ayşe", "Kaya") > name_sort_key(False, "Zeynep", "Zorlu")

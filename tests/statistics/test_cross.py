"""Cross tables (two characteristics × district): a small district is never crossed
into cells that point at a woman; it is merged, the categories coarsened, or the
table refused, with the reason."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kdm_desktop.domain.statistics.cross import (
    SMALL_FACTOR,
    BadCross,
    CrossRefused,
    CrossTable,
    publish_cross,
)
from kdm_desktop.domain.statistics.districts import district_list
from kdm_desktop.domain.statistics.suppression import TOTAL, CellState, determined_cells
from kdm_desktop.domain.statistics.tables import TABLE_BY_KEY

IZMIR = district_list()
AGES = TABLE_BY_KEY["yas_grubu"].keys()
MARITAL = TABLE_BY_KEY["medeni_durum"].keys()


def _women(rng: random.Random, sizes: dict[str, int]) -> tuple[dict, dict]:
    cross: dict[str, dict[tuple[str, str], int]] = {}
    for d, n in sizes.items():
        for _ in range(n):
            pair = (rng.choice(AGES), rng.choice(MARITAL))
            cross.setdefault(d, {})[pair] = cross.get(d, {}).get(pair, 0) + 1
    return cross, dict(sizes)


def _assert_safe(table: CrossTable, sizes: dict[str, int]) -> None:
    k = table.k
    threshold = SMALL_FACTOR * k
    for unit in table.units:
        # No row is a small district on its own (nor a small merge).
        assert unit.women >= threshold
        assert sum(sizes.get(d, 0) for d in unit.districts) == unit.women
    result = table.result
    assert not result.withheld
    for pos, value in result.grid.cells().items():
        shown = result.published(pos)
        # What is shown is never a count from 1 to k-1.
        assert shown is None or not 0 < shown < k, (pos, shown)
        if shown is None:
            assert result.states[pos] in (CellState.SMALL, CellState.HIDDEN)
    # Nothing hidden can be worked out from what is published (exact check).
    assert not determined_cells(result.grid, result.states, k)
    # The published cells add up to what the districts hold.
    assert sum(map(sum, result.grid.values)) == sum(
        n for d in sizes for n in [sizes[d]] if any(d in u.districts for u in table.units)
    )


def test_a_small_district_is_merged_into_its_region_with_the_reason() -> None:
    rng = random.Random(7)
    sizes = {"karsiyaka": 80, "buca": 60, "karaburun": 6, "cesme": 9, "urla": 12}
    cross, women = _women(rng, sizes)
    table = publish_cross(cross, women, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=True)
    labels = [u.label for u in table.units]
    assert "Karaburun" not in labels and "Çeşme" not in labels
    merged = [u for u in table.units if "karaburun" in u.districts]
    assert merged[0].districts == ("cesme", "karaburun", "urla")
    assert merged[0].label.startswith("Yarımada ilçeleri")
    assert any("20 kadından az" in note for note in table.notes)
    _assert_safe(table, sizes)


def test_small_districts_of_different_regions_go_together_as_other_districts() -> None:
    rng = random.Random(8)
    sizes = {"karsiyaka": 80, "karaburun": 8, "kiraz": 7, "foca": 9}
    cross, women = _women(rng, sizes)
    table = publish_cross(cross, women, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=True)
    other = [u for u in table.units if u.key == "diger"]
    assert other and set(other[0].districts) == {"karaburun", "kiraz", "foca"}
    assert "Diğer ilçeler" in other[0].label
    _assert_safe(table, sizes)


def test_refused_when_even_the_merged_districts_are_too_few() -> None:
    sizes = {"karsiyaka": 80, "karaburun": 4, "kiraz": 3}
    cross, women = _women(random.Random(1), sizes)
    with pytest.raises(CrossRefused) as refused:
        publish_cross(cross, women, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=True)
    assert refused.value.reason == "small"
    assert refused.value.units == (("Diğer ilçeler (Karaburun, Kiraz)", 7),)
    assert refused.value.threshold == 20


def test_a_small_centre_cannot_cross_at_all() -> None:
    sizes = {"karsiyaka": 12}
    cross, women = _women(random.Random(2), sizes)
    with pytest.raises(CrossRefused):
        publish_cross(cross, women, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=False)
    with pytest.raises(CrossRefused):
        publish_cross(cross, women, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=True)


def test_age_bands_are_coarsened_when_narrow_bands_would_be_mostly_hidden() -> None:
    sizes = {"karsiyaka": 24}
    cross, women = _women(random.Random(3), sizes)
    table = publish_cross(cross, women, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=False)
    assert table.coarsened == ("yas_grubu",)
    assert table.first_labels[:3] == ("25 yaşından küçük", "25–44", "45 ve üstü")
    assert any("genişletildi" in note for note in table.notes)
    _assert_safe(table, sizes)


def test_a_large_centre_keeps_narrow_bands() -> None:
    rng = random.Random(4)
    cross: dict[str, dict[tuple[str, str], int]] = {"konak": {}}
    for a in AGES[:4]:
        for b in MARITAL[:3]:
            cross["konak"][(a, b)] = rng.randint(8, 30)
    women = {"konak": sum(cross["konak"].values())}
    table = publish_cross(cross, women, "yas_grubu", "medeni_durum", IZMIR, 5, by_district=False)
    assert table.coarsened == ()
    assert table.result.published((0, 0)) == cross["konak"][(AGES[0], MARITAL[0])]


def test_only_two_different_crossable_characteristics() -> None:
    for first, second in (("yas_grubu", "yas_grubu"), ("yas_grubu", "ozet"), ("x", "egitim")):
        with pytest.raises(BadCross):
            publish_cross({}, {}, first, second, IZMIR, 5, by_district=False)


_DISTRICTS = ("karsiyaka", "buca", "karaburun", "cesme", "kiraz", "foca", "aliaga", "tire")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sizes=st.dictionaries(st.sampled_from(_DISTRICTS), st.integers(0, 45), min_size=1),
    seed=st.integers(0, 10_000),
    k=st.integers(3, 5),
    by_district=st.booleans(),
)
def test_small_districts_cannot_be_crossed_into_disclosive_cells(
    sizes: dict[str, int], seed: int, k: int, by_district: bool
) -> None:
    cross, women = _women(random.Random(seed), sizes)
    try:
        table = publish_cross(
            cross, women, "yas_grubu", "medeni_durum", IZMIR, k, by_district=by_district
        )
    except CrossRefused as refused:
        # Refused only for a reason it can name.
        assert refused.reason in ("small", "no_safe_pattern")
        if refused.reason == "small":
            assert all(n < SMALL_FACTOR * k for _, n in refused.units)
        return
    _assert_safe(table, sizes)
    for d, n in sizes.items():
        if 0 < n < SMALL_FACTOR * k:
            # A small district is only ever part of a larger row.
            assert all(u.districts != (d,) for u in table.units)
    if by_district and len(table.units) > 1:
        assert (TOTAL, TOTAL) in table.result.grid.cells()

"""One k per release: an output with a larger k hides on top of the release's.

Two outputs of the same table suppressed each with its own k gave a cell back:
`[2, 7 | 9]` at k = 7 shows the 7 as "×" (7 or more), at k = 8 as "<8" (7 or less),
so it is 7 and the other cell 2. So every publication of a release uses the
release's k (a setting; `services.statistics.StatisticsService.release_min_cell`),
and a larger k asked for (`--min-cell`, the page's spin box) may only raise it: the
output is then the release's pattern with every count below the larger k hidden on
top, suppressed again *with the release's k*. Its symbols keep the release's
meaning ("<k" = 1 to k−1, "×" = k or more, k the release's), so what it says of a
cell is what the release's output says or less, and the two together tell nothing
the release's output does not. The exact check (`suppression.determined_cells`)
still holds for it on its own.

The release calendar (below) is the same idea for periods: published outputs only
for the release's fixed, non-overlapping periods.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from kdm_desktop.domain.statistics.cross import (
    SMALL_FACTOR,
    CrossRefused,
    CrossTable,
    _several_parts,
    _total_row,
    publish_cross,
)
from kdm_desktop.domain.statistics.cross_margins import suppress_cross
from kdm_desktop.domain.statistics.districts import DistrictList
from kdm_desktop.domain.statistics.periods import Period, month, quarter, year
from kdm_desktop.domain.statistics.suppression import (
    DEFAULT_MIN_CELL,
    CellState,
    Linked,
    Pos,
    Suppressed,
    check_min_cell,
    suppress_linked,
)


def raised_forced(result: Suppressed, k: int) -> frozenset[Pos]:
    """What an output with a raised k must hide at least: every cell the release's
    pattern hides, and every count from 1 to k−1."""
    cells = result.grid.cells()
    return frozenset(
        pos
        for pos, state in result.states.items()
        if result.withheld or state is not CellState.SHOWN or 0 < cells[pos] < k
    )


Suppressor = Callable[[Sequence[Linked], int], list[Suppressed]]


def suppress_release(
    tables: Sequence[Linked],
    k: int = DEFAULT_MIN_CELL,
    release_k: int | None = None,
    suppress: Suppressor = suppress_linked,
) -> list[Suppressed]:
    """`suppress` (`suppression.suppress_linked`, or with the group rule) at `k`;
    when `k` is above `release_k`, the release's pattern with more hidden, in the
    release's symbols."""
    check_min_cell(k)
    if release_k is None or release_k >= k:
        return suppress(tables, k)
    base = suppress(tables, release_k)
    raised = [
        replace(t, forced=t.forced | raised_forced(b, k)) for t, b in zip(tables, base, strict=True)
    ]
    return [
        replace(r, withheld=True) if b.withheld else r
        for r, b in zip(suppress(raised, release_k), base, strict=True)
    ]


CrossCounts = Mapping[str, Mapping[tuple[str, str], int]]


def publish_cross_release(
    cross: CrossCounts,
    women: Mapping[str, int],
    first: str,
    second: str,
    districts: DistrictList,
    k: int,
    *,
    by_district: bool,
    release_k: int | None = None,
) -> CrossTable:
    """`cross.publish_cross` at `k`; above `release_k`, the release's table (its
    rows, categories and pattern) with every count below `k` hidden on top, each
    row still needing 4·k women (else `CrossRefused`)."""
    check_min_cell(k)
    if release_k is None or release_k >= k:
        return publish_cross(cross, women, first, second, districts, k, by_district=by_district)
    if not by_district:
        # The centre's table is the total row of the table by district when that
        # can be published (as at the release's k).
        try:
            whole = publish_cross_release(
                cross, women, first, second, districts, k, by_district=True, release_k=release_k
            )
        except CrossRefused:
            pass
        else:
            return _total_row(whole)
    base = publish_cross(cross, women, first, second, districts, release_k, by_district=by_district)
    return _raised(base, cross, k)


def _raised(base: CrossTable, cross: CrossCounts, k: int) -> CrossTable:
    threshold = SMALL_FACTOR * k
    small = [u for u in base.units if u.women < threshold]
    if small:
        raise CrossRefused("small", tuple((u.name, u.women) for u in small), threshold)
    coarse = bool(base.coarsened)
    cats_a = list(zip(base.first_keys, base.first_names, strict=True))
    cats_b = list(zip(base.second_keys, base.second_names, strict=True))
    multi = _several_parts(cross, list(base.units), base.first, base.second, coarse, cats_a, cats_b)
    result = suppress_cross(
        base.result.grid,
        base.columns,
        base.first,
        base.second,
        base.k,
        base.by_district,
        multi,
        raised_forced(base.result, k),
    )
    if result.withheld:
        raise CrossRefused("no_safe_pattern", threshold=threshold)
    return replace(base, result=result, threshold=threshold)


# ------------------------------------------------------------------ release calendar

RELEASE_UNITS = ("ay", "ceyrek", "yil")  # calendar month, quarter, year
DEFAULT_RELEASE_UNIT = "ay"


class NotAReleasePeriod(ValueError):
    """A published output was asked for a period that is not one of the release's."""


def release_period(period: Period, unit: str) -> Period:
    """`period` if it is exactly one release period (a calendar month, quarter or
    year, as the release says), else `NotAReleasePeriod`. Release periods never
    overlap, so no two published outputs differ by a few women (January–June minus
    January–May is June)."""
    if unit not in RELEASE_UNITS:
        raise ValueError(unit)
    start = period.start
    expected = {
        "ay": lambda: month(start.year, start.month),
        "ceyrek": lambda: quarter(start.year, (start.month - 1) // 3 + 1),
        "yil": lambda: year(start.year),
    }[unit]()
    if expected != period:
        raise NotAReleasePeriod(period.key())
    return period


def release_example(period: Period, unit: str) -> str:
    """The release period holding the period's first day, as `--from` takes it."""
    start = period.start
    if unit == "ay":
        return f"{start.year}-{start.month:02d}"
    if unit == "ceyrek":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return str(start.year)

"""Cross tables: two of her characteristics together, for the centre or by district.

Crossing two identifying characteristics (age band × violence type) inside a small
district splits a handful of women into many cells: a single "25–34, sexual
violence, Karaburun" is a woman. Cell suppression alone does not help much there,
because almost every cell is small and the zeros say the rest (all five women of a
band share one type). So before a cross table is published:

1. **Small units are merged.** A unit (a district, or the whole centre) needs at
   least `SMALL_FACTOR × k` women (20 for k = 5) in the period. Smaller districts
   are merged into their region (packaged data, `regions` of the district list).
2. **The rest is merged.** Small districts whose region is still small together
   are merged into one "other districts" unit.
3. **Refused.** If a unit is still small (the centre as a whole, or the other
   districts together), the table is refused with the reason (`CrossRefused`).
4. **Categories are coarsened.** If suppression would hide more than half of the
   non-empty cells, characteristics that can be (age band: three wide bands) are
   coarsened for the whole table. If no safe suppression pattern exists at all,
   the table is refused.

What is published then goes through the same exact small-cell and secondary
suppression as every other table: one grid whose rows are the units and whose
columns are the (first, second) category pairs, with row and column totals (the
column totals are the centre's own cross table), checked by `determined_cells`.
A district smaller than the threshold therefore never appears as a row of its own,
and no published cell or total lets a count from 1 to k−1 be worked out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.packaged_text import Wording
from kdm_desktop.domain.statistics.cross_margins import several_parts, suppress_cross
from kdm_desktop.domain.statistics.districts import (
    UNKNOWN_DISTRICT,
    UNMAPPED_DISTRICT,
    DistrictList,
)
from kdm_desktop.domain.statistics.suppression import (
    Grid,
    Suppressed,
    check_min_cell,
)
from kdm_desktop.domain.statistics.tables import TABLE_BY_KEY, TableDef

SMALL_FACTOR: Final = 4
ALL_UNIT: Final = "*"
OTHER_UNIT: Final = "diger"

# The characteristics that may be crossed: answers of one woman each (violence types
# are mentions: a woman with two types counts in two columns).
CROSSABLE: Final = (
    "yas_grubu",
    "medeni_durum",
    "egitim",
    "kendi_geliri",
    "calisma",
    "hane_geliri",
    "basvuru_kanali",
    "duyma_yolu",
    "yasam_tehlikesi",
    "siddet_turu",
)


def _both(key: str, /, **params: str) -> Wording:
    """A catalogue entry in both languages, read when shown (place names in `params`
    are the same in both)."""
    entry = messages.CATALOGUE[key]
    return Wording(entry["tr"].format(**params), entry["en"].format(**params))


def _joined(names: list[Wording] | tuple[Wording, ...], sep: str) -> Wording:
    return Wording(sep.join(n.tr for n in names), sep.join(n.en or n.tr for n in names))


# Coarser categories, for the second step: (coarse key, label, fine keys).
COARSE: Final[dict[str, tuple[tuple[str, Wording, tuple[str, ...]], ...]]] = {
    "yas_grubu": (
        ("0_24", _both("stat.cross.age_under_25"), ("0_17", "18_24")),
        ("25_44", Wording("25–44", "25–44"), ("25_34", "35_44")),
        ("45_ustu", _both("stat.cross.age_45_plus"), ("45_54", "55_64", "65_ustu")),
        ("belirtilmedi", _both("stat.cross.not_stated"), ("belirtilmedi",)),
    ),
}

# district -> (first category, second category) -> count
CrossCounts = dict[str, dict[tuple[str, str], int]]


class CrossRefused(Exception):
    """The table would point at a woman even after merging and coarsening."""

    def __init__(
        self, reason: str, units: tuple[tuple[Wording, int], ...] = (), threshold: int = 0
    ) -> None:
        super().__init__(reason)
        self.reason = reason  # "small" or "no_safe_pattern"
        self.named_units = units  # (name, women) of the units that are too small
        self.threshold = threshold

    @property
    def units(self) -> tuple[tuple[str, int], ...]:
        """(label in the language of the moment, women) of the units that are too small."""
        return tuple((name.text(), n) for name, n in self.named_units)


class BadCross(ValueError):
    """Not two different crossable characteristics."""


def check_pair(first: str, second: str) -> tuple[TableDef, TableDef]:
    if first not in CROSSABLE or second not in CROSSABLE or first == second:
        raise BadCross(f"{first} × {second}")
    return TABLE_BY_KEY[first], TABLE_BY_KEY[second]


@dataclass(frozen=True)
class Unit:
    key: str
    name: Wording  # read when shown: "Merkezin tümü" / "The whole centre"
    districts: tuple[str, ...]
    women: int

    @property
    def label(self) -> str:
        return self.name.text()


@dataclass(frozen=True)
class CrossTable:
    first: TableDef
    second: TableDef
    by_district: bool
    k: int
    units: tuple[Unit, ...]
    first_keys: tuple[str, ...]
    first_names: tuple[Wording, ...]
    second_keys: tuple[str, ...]
    second_names: tuple[Wording, ...]
    columns: tuple[tuple[int, int], ...]  # (first index, second index) of each column
    result: Suppressed
    threshold: int
    merged: tuple[Unit, ...] = ()  # units that are merges of small districts
    coarsened: tuple[str, ...] = ()  # characteristics given in coarser categories
    note_wordings: tuple[Wording, ...] = field(default=())

    # Words are read when shown, in the language of the moment (the CLI's `--json`
    # reads them in Turkish, as it always printed them).
    @property
    def first_labels(self) -> tuple[str, ...]:
        return tuple(n.text() for n in self.first_names)

    @property
    def second_labels(self) -> tuple[str, ...]:
        return tuple(n.text() for n in self.second_names)

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(n.text() for n in self.note_wordings)

    def column_label(self, j: int) -> tuple[str, str]:
        a, b = self.columns[j]
        return self.first_labels[a], self.second_labels[b]

    def text(self, i: int, j: int) -> str:
        return self.result.shown((i, j))


def _categories(table: TableDef, coarse: bool) -> tuple[tuple[str, Wording], ...]:
    if coarse and table.key in COARSE:
        return tuple((key, label) for key, label, _ in COARSE[table.key])
    return table.category_names


def _map(table: TableDef, coarse: bool) -> dict[str, str]:
    if coarse and table.key in COARSE:
        return {fine: key for key, _, fines in COARSE[table.key] for fine in fines}
    return {key: key for key, _ in table.category_names}


def _label(districts: DistrictList, key: str) -> Wording:
    try:
        return districts.wording_of(key)
    except KeyError:
        return Wording(key, key)


def _units(
    women: Mapping[str, int], districts: DistrictList, threshold: int, by_district: bool
) -> tuple[list[Unit], list[Unit]]:
    """The rows of the table and, of them, the ones made by merging small districts."""
    present = {d: n for d, n in women.items() if n > 0}
    if not by_district:
        total = sum(present.values())
        return [Unit(ALL_UNIT, _both("stat.cross.whole_centre"), tuple(sorted(present)), total)], []
    order = [*districts.keys(), UNKNOWN_DISTRICT, UNMAPPED_DISTRICT]
    keys = [d for d in order if d in present] + sorted(set(present) - set(order))
    units = [
        Unit(d, _label(districts, d), (d,), present[d]) for d in keys if present[d] >= threshold
    ]
    small = [d for d in keys if present[d] < threshold]
    merged: list[Unit] = []
    rest: list[str] = []
    for region in districts.regions:
        members = [d for d in small if d in region.districts]
        if not members:
            continue
        n = sum(present[d] for d in members)
        if n >= threshold and len(members) > 1:
            names = _joined([_label(districts, d) for d in members], ", ")
            name = Wording(f"{region.wording.tr} ({names.tr})", f"{region.wording.en} ({names.en})")
            merged.append(Unit(f"bolge:{region.key}", name, tuple(members), n))
        else:
            rest.extend(members)
    rest += [d for d in small if districts.region_of(d) is None]
    if rest:
        names = _joined([_label(districts, d) for d in rest], ", ")
        n = sum(present[d] for d in rest)
        entry = messages.CATALOGUE["stat.cross.other_districts"]
        label = Wording(
            entry["tr"].format(names=names.tr), entry["en"].format(names=names.en or names.tr)
        )
        unit = Unit(OTHER_UNIT, label, tuple(rest), n)
        if len(rest) == 1:
            unit = Unit(rest[0], _label(districts, rest[0]), (rest[0],), n)
        merged.append(unit)
    return units + merged, [u for u in merged if len(u.districts) > 1]


def _grid_of(
    cross: Mapping[str, Mapping[tuple[str, str], int]],
    units: list[Unit],
    first: TableDef,
    second: TableDef,
    coarse: bool,
    by_district: bool,
) -> tuple[Grid, tuple[tuple[int, int], ...], list[tuple[str, Wording]], list[tuple[str, Wording]]]:
    cats_a, cats_b = list(_categories(first, coarse)), list(_categories(second, coarse))
    map_a, map_b = _map(first, coarse), _map(second, coarse)
    index_a = {key: i for i, (key, _) in enumerate(cats_a)}
    index_b = {key: j for j, (key, _) in enumerate(cats_b)}
    rows: list[dict[tuple[int, int], int]] = []
    for unit in units:
        row: dict[tuple[int, int], int] = {}
        for d in unit.districts:
            for (a, b), n in cross.get(d, {}).items():
                a, b = map_a.get(a, a), map_b.get(b, b)
                # A stored value outside the list (an old choice) keeps its own column.
                if a not in index_a:
                    index_a[a] = len(cats_a)
                    cats_a.append((a, Wording(a, a)))
                if b not in index_b:
                    index_b[b] = len(cats_b)
                    cats_b.append((b, Wording(b, b)))
                pos = (index_a[a], index_b[b])
                row[pos] = row.get(pos, 0) + n
        rows.append(row)
    # Pairs nobody falls in anywhere are left out: an all-zero column says nothing.
    columns = tuple(sorted({pos for row in rows for pos, n in row.items() if n > 0}))
    values = tuple(tuple(row.get(c, 0) for c in columns) for row in rows)
    grid = Grid(values) if by_district else Grid(values, col_totals=False, row_totals=True)
    return grid, columns, cats_a, cats_b


def _mostly_hidden(result: Suppressed) -> bool:
    """More than half of the non-empty cells hidden: the table would say little."""
    cells = [(p, v) for p, v in result.grid.cells().items() if p[0] >= 0 and p[1] >= 0 and v]
    hidden = sum(1 for p, _ in cells if result.published(p) is None)
    return result.withheld or hidden * 2 > len(cells)


def publish_cross(
    cross: Mapping[str, Mapping[tuple[str, str], int]],
    women: Mapping[str, int],
    first: str,
    second: str,
    districts: DistrictList,
    k: int,
    *,
    by_district: bool,
) -> CrossTable:
    """The cross table as it may be published, or `CrossRefused` with the reason.

    `cross` holds the exact counts per district; `women` the new applications per
    district (the people the table is about, whatever the second characteristic)."""
    check_min_cell(k)
    first_def, second_def = check_pair(first, second)
    threshold = SMALL_FACTOR * k
    if not by_district:
        # Suppressed on its own, the centre's table could show a total the table by
        # district hides (small cell = total − the rest): it is that table's total row.
        try:
            whole = publish_cross(cross, women, first, second, districts, k, by_district=True)
        except CrossRefused:
            pass  # it cannot be published: the centre's table is the only one
        else:
            return _total_row(whole)
    units, merged = _units(women, districts, threshold, by_district)
    small = [u for u in units if u.women < threshold]
    if small or not units:
        raise CrossRefused("small", tuple((u.name, u.women) for u in small), threshold)
    coarse = False
    grid, columns, cats_a, cats_b = _grid_of(
        cross, units, first_def, second_def, False, by_district
    )
    if not columns:
        raise CrossRefused("small", tuple((u.name, u.women) for u in units), threshold)
    multi = _several_parts(cross, units, first_def, second_def, False, cats_a, cats_b)
    result = suppress_cross(grid, columns, first_def, second_def, k, by_district, multi)
    if _mostly_hidden(result) and (first in COARSE or second in COARSE):
        coarse = True
        grid, columns, cats_a, cats_b = _grid_of(
            cross, units, first_def, second_def, True, by_district
        )
        multi = _several_parts(cross, units, first_def, second_def, True, cats_a, cats_b)
        result = suppress_cross(grid, columns, first_def, second_def, k, by_district, multi)
    if result.withheld:
        raise CrossRefused("no_safe_pattern", threshold=threshold)
    notes = []
    if merged:
        units_named = _joined([u.name for u in merged], "; ")
        entry = messages.CATALOGUE["stat.cross.merged_note"]
        notes.append(
            Wording(
                entry["tr"].format(threshold=threshold, units=units_named.tr),
                entry["en"].format(threshold=threshold, units=units_named.en),
            )
        )
    coarsened = tuple(t for t in (first, second) if coarse and t in COARSE)
    if coarsened:
        notes.append(_both("stat.cross.coarse_note"))
    return CrossTable(
        first=first_def,
        second=second_def,
        by_district=by_district,
        k=k,
        units=tuple(units),
        first_keys=tuple(key for key, _ in cats_a),
        first_names=tuple(label for _, label in cats_a),
        second_keys=tuple(key for key, _ in cats_b),
        second_names=tuple(label for _, label in cats_b),
        columns=columns,
        result=result,
        threshold=threshold,
        merged=tuple(merged),
        coarsened=coarsened,
        note_wordings=tuple(notes),
    )


def _total_row(table: CrossTable) -> CrossTable:
    """The table by district's column totals, with their states there: a part of
    what that table shows, so it tells nothing more."""
    women = sum(u.women for u in table.units)
    every = tuple(sorted(d for u in table.units for d in u.districts))
    unit = Unit(ALL_UNIT, _both("stat.cross.whole_centre"), every, women)
    notes = tuple(
        n for n in table.note_wordings if table.coarsened and n == _both("stat.cross.coarse_note")
    )
    return replace(
        table,
        by_district=False,
        units=(unit,),
        result=table.result.total_row(len(table.columns), with_total=True),
        merged=(),
        note_wordings=notes,
    )


def _several_parts(
    cross: Mapping[str, Mapping[tuple[str, str], int]],
    units: list[Unit],
    first: TableDef,
    second: TableDef,
    coarse: bool,
    cats_a: list[tuple[str, Wording]],
    cats_b: list[tuple[str, Wording]],
) -> tuple[set[int], set[int]]:
    map_a, map_b = _map(first, coarse), _map(second, coarse)
    index_a = {key: i for i, (key, _) in enumerate(cats_a)}
    index_b = {key: j for j, (key, _) in enumerate(cats_b)}
    return several_parts(
        cross,
        [d for unit in units for d in unit.districts],
        lambda a: index_a.get(map_a.get(a, a), -1),
        lambda b: index_b.get(map_b.get(b, b), -1),
    )

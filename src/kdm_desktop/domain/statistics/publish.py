"""Turn exact counts into the tables that may be published: suppressed, linked.

All tables of one publication are suppressed together (`suppress_linked`): the new
applications of a district are the row total of every partition table and a cell
of the summary; the files closed are the summary's "closed" and the closure
reasons' total. A number hidden in one place is hidden in all.

Merged counts (the province report) are suppressed *after* merging, on the merged
tables as published, so adding centres' exact counts never reveals a cell that a
district's own table hid: what is published is only ever the merged table.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass

from kdm_desktop import messages
from kdm_desktop.domain.packaged_text import Wording
from kdm_desktop.domain.statistics.districts import DistrictList, district_list
from kdm_desktop.domain.statistics.group_rule import suppress_linked_grouped
from kdm_desktop.domain.statistics.release import suppress_release
from kdm_desktop.domain.statistics.suppression import (
    TOTAL,
    CellState,
    Grid,
    Linked,
    Pos,
    Suppressed,
)
from kdm_desktop.domain.statistics.tables import TABLES, Counts, TableDef, TableKind

_LINKED_TOTALS = {"kapanis_nedeni": "closed"}
_SUMMARY_LINKS = {"yeni_basvuru": "women", "kapanan": "closed"}
NOT_STATED = "belirtilmedi"


@dataclass(frozen=True)
class PublishedTable:
    """Its labels are read when shown, in the language of the moment: the user's on
    the screen, Turkish in the province report (built in `messages.speaking("tr")`)."""

    table: TableDef
    row_keys: tuple[str, ...]
    row_names: tuple[Wording, ...]
    col_keys: tuple[str, ...]
    result: Suppressed

    @property
    def row_labels(self) -> tuple[str, ...]:
        return tuple(name.text() for name in self.row_names)

    @property
    def col_labels(self) -> tuple[str, ...]:
        return tuple(self.table.label(key) for key in self.col_keys)

    @property
    def has_row_totals(self) -> bool:
        return self.result.grid.row_totals

    @property
    def has_col_totals(self) -> bool:
        return self.result.grid.col_totals

    def text(self, pos: Pos) -> str:
        return self.result.shown(pos)

    def number(self, pos: Pos) -> int | None:
        return self.result.published(pos)

    def hidden_count(self) -> int:
        return sum(1 for s in self.result.states.values() if s is not CellState.SHOWN)

    def rows_text(self) -> list[list[str]]:
        """Header row, then each row with its total; then the column totals."""
        total = messages.text("stat.total")
        head = ["", *self.col_labels]
        if self.has_row_totals:
            head.append(total)
        out = [head]
        for i, label in enumerate(self.row_labels):
            row = [label, *(self.text((i, j)) for j in range(len(self.col_keys)))]
            if self.has_row_totals:
                row.append(self.text((i, TOTAL)))
            out.append(row)
        if self.has_col_totals:
            row = [total, *(self.text((TOTAL, j)) for j in range(len(self.col_keys)))]
            if self.has_row_totals:
                row.append(self.text((TOTAL, TOTAL)))
            out.append(row)
        return out


def _columns(table: TableDef, counts: Counts) -> tuple[str, ...]:
    keys = list(table.keys())
    extra = sorted(set(counts.by_category(table.key)) - set(keys))
    keys += extra
    return tuple(keys)


def _links(table: TableDef, row_keys: Sequence[str], col_keys: Sequence[str]) -> dict[Pos, str]:
    links: dict[Pos, str] = {}
    if table.kind is TableKind.PARTITION:
        name = _LINKED_TOTALS.get(table.key, "women")
        for i, d in enumerate(row_keys):
            links[(i, TOTAL)] = f"{name}:{d}"
        links[(TOTAL, TOTAL) if len(row_keys) > 1 else (0, TOTAL)] = f"{name}:*"
    elif table.key == "ozet":
        for j, c in enumerate(col_keys):
            if c not in _SUMMARY_LINKS:
                continue
            name = _SUMMARY_LINKS[c]
            for i, d in enumerate(row_keys):
                links[(i, j)] = f"{name}:{d}"
            if len(row_keys) > 1:
                links[(TOTAL, j)] = f"{name}:*"
    return links


def _grid(table: TableDef, values: tuple[tuple[int, ...], ...], by_district: bool) -> Grid:
    if table.kind is TableKind.SEPARATE:
        # Categories that do not add up: only a category's sum over districts is a total.
        return Grid(values, col_totals=by_district, row_totals=False)
    if not by_district:
        return Grid(values, col_totals=False, row_totals=True)
    return Grid(values)


def publish_by_district(
    counts: Counts,
    districts: DistrictList,
    k: int,
    tables: Sequence[TableDef] = TABLES,
    unknown: Set[tuple[str, str, str]] = frozenset(),
    forced: Set[tuple[str, str, str]] = frozenset(),
    release_k: int | None = None,
) -> list[PublishedTable]:
    """Every table with a row per district (all of the list, plus "not stated" and
    "not on the list" when present) and a column per category.

    `unknown` (table, district, category) cells hold only a lower bound (a merged
    cell with a contribution a centre sent suppressed; category "*" is the district's
    row total): they, and the totals they enter, are hidden. `forced` cells (same
    form; district "*" is the total row) are hidden whatever they hold: what a
    centre's own publications hide (`pattern`), in the province report. `release_k`: the
    release's k, when `k` raises it (`release.suppress_release`)."""
    present = counts.districts() | {d for _, d, _ in unknown}
    row_keys = [*districts.keys()]
    row_keys += [d for d in ("belirtilmedi", "eslesmeyen") if d in present]
    row_keys += sorted(present - set(row_keys))
    row_names = tuple(_district_name(districts, d) for d in row_keys)
    linked, shapes = [], []
    for table in tables:
        col_keys = _columns(table, counts)
        data = counts.tables.get(table.key, {})
        values = tuple(tuple(data.get(d, {}).get(c, 0) for c in col_keys) for d in row_keys)
        grid = _grid(table, values, True)
        floors = _unknown_positions(table, row_keys, col_keys, unknown, grid)
        hide = _forced_positions(table, row_keys, col_keys, forced, grid)
        linked.append(Linked(grid, _links(table, row_keys, col_keys), floors, hide))
        shapes.append((table, col_keys))
    # Group rule (group_rule.py) on the tables of women, not on the summary's files;
    # a row dominated by "not stated" says nothing about a woman.
    grouped = [
        None
        if table.kind is TableKind.SEPARATE
        else frozenset(j for j, c in enumerate(cols) if c == NOT_STATED)
        for table, cols in shapes
    ]
    results = suppress_release(
        linked, k, release_k, lambda ts, kk: suppress_linked_grouped(ts, kk, grouped)
    )
    return [
        PublishedTable(table, tuple(row_keys), row_names, col_keys, result)
        for (table, col_keys), result in zip(shapes, results, strict=True)
    ]


def publish_totals(
    counts: Counts,
    k: int,
    tables: Sequence[TableDef] = TABLES,
    districts: DistrictList | None = None,
    release_k: int | None = None,
) -> list[PublishedTable]:
    """Each table summed over districts: one row of categories with its total.

    Cut from the tables by district (their column totals, with the states they have
    there), not suppressed on its own: a total shown here but hidden by district,
    next to the district cells of its column, would give a hidden cell back. What
    this shows is a part of what the tables by district show, so the two together
    tell nothing more than those."""
    by_district = publish_by_district(
        counts, districts or district_list(), k, tables, release_k=release_k
    )
    return [_total_row(table) for table in by_district]


def _total_row(table: PublishedTable) -> PublishedTable:
    # A separate table has no totals of its own: each category is the sum over districts.
    with_total = table.table.kind is not TableKind.SEPARATE
    row = table.result.total_row(len(table.col_keys), with_total=with_total)
    return PublishedTable(table.table, ("*",), (table.table.name,), table.col_keys, row)


def _unknown_positions(
    table: TableDef,
    row_keys: Sequence[str],
    col_keys: Sequence[str],
    unknown: Set[tuple[str, str, str]],
    grid: Grid,
) -> frozenset[Pos]:
    rows = {d: i for i, d in enumerate(row_keys)}
    cols = {c: j for j, c in enumerate(col_keys)}
    out: set[Pos] = set()
    for t, d, c in unknown:
        if t != table.key or d not in rows:
            continue
        i = rows[d]
        if c == "*":
            out |= {(i, TOTAL), (TOTAL, TOTAL)}
        elif c in cols:
            j = cols[c]
            out |= {(i, j), (i, TOTAL), (TOTAL, j), (TOTAL, TOTAL)}
    cells = grid.cells()
    return frozenset(p for p in out if p in cells)


def _forced_positions(
    table: TableDef,
    row_keys: Sequence[str],
    col_keys: Sequence[str],
    forced: Set[tuple[str, str, str]],
    grid: Grid,
) -> frozenset[Pos]:
    rows = {d: i for i, d in enumerate(row_keys)} | {"*": TOTAL}
    cols = {c: j for j, c in enumerate(col_keys)} | {"*": TOTAL}
    cells = grid.cells()
    out = {(rows[d], cols[c]) for t, d, c in forced if t == table.key and d in rows and c in cols}
    return frozenset(p for p in out if p in cells)


def pattern(tables: Sequence[PublishedTable]) -> set[tuple[str, str, str]]:
    """What a publication hides, as (table, district, category): district "*" is the
    total row, category "*" a row total. A withheld table hides everything."""
    out: set[tuple[str, str, str]] = set()
    for table in tables:
        rows = {i: d for i, d in enumerate(table.row_keys)} | {TOTAL: "*"}
        cols = {j: c for j, c in enumerate(table.col_keys)} | {TOTAL: "*"}
        for (i, j), state in table.result.states.items():
            if table.result.withheld or state is not CellState.SHOWN:
                out.add((table.table.key, rows[i], cols[j]))
    return out


def _district_name(districts: DistrictList, key: str) -> Wording:
    try:
        return districts.wording_of(key)
    except KeyError:
        return Wording(key, key)

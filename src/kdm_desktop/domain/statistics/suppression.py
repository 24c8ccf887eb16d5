"""Statistical disclosure control for published count tables.

A published table shows its cells and its totals. Two rules protect a woman in a
small cell:

1. **Primary suppression.** A count from 1 to k-1 (k = 5 by default, never below 3)
   is shown as "<k". Zero is shown: "nobody" does not point at anybody.
2. **Secondary suppression.** Enough other cells (only cells of k or more, so the
   reader learns nothing new from the symbol) are hidden that no hidden value can be
   worked out from the published totals.

"Cannot be worked out" is checked exactly, not by a rule of thumb. The published
table is a system of linear equations (every row and column adds up to its total)
with bounds: a "<k" cell lies in [1, k-1], a hidden cell in [k, ∞), a shown cell is
fixed. Writing the totals with a minus sign turns the table into a *circulation* on
a bipartite graph (rows and columns are nodes, cells are edges, every node
balances). A hidden value can change in some other table that agrees with
everything published exactly when the edge lies on a cycle of the residual graph
(the classical augmenting-cycle theorem for network flows, and the bounds are
integers so a change of 1 is always possible). So `determined_cells` is exact: a
cell it does not report has at least two feasible integer values. The property
test in tests/statistics re-proves this by brute-force search over the constraints.

Several tables published together can repeat a number (the women of a district
appear as the row total of each breakdown). `suppress_linked` hides a repeated
number everywhere as soon as one table hides it, and repeats to a fixed point.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType
from typing import Final

DEFAULT_MIN_CELL: Final = 5
LOWEST_MIN_CELL: Final = 3
HIGHEST_MIN_CELL: Final = 100

TOTAL: Final = -1
"""Index of the total: (i, TOTAL) is row i's total, (TOTAL, j) column j's, (TOTAL, TOTAL)
the grand total. A one-dimensional table is one row without column totals; its total
is (0, TOTAL)."""

Pos = tuple[int, int]


class CellState(StrEnum):
    SHOWN = "shown"
    SMALL = "small"  # primary: 1 .. k-1, shown as "<k"
    HIDDEN = "hidden"  # secondary: k or more, hidden so that no small cell can be derived


def check_min_cell(k: int) -> int:
    if not LOWEST_MIN_CELL <= k <= HIGHEST_MIN_CELL:
        raise ValueError(f"min cell must be between {LOWEST_MIN_CELL} and {HIGHEST_MIN_CELL}")
    return k


@dataclass(frozen=True)
class Grid:
    """Interior counts of a table; totals are derived and published with it.

    `row_totals`/`col_totals` say which totals exist: a list is one row with a row
    total; a table whose categories do not add up has column totals only (or none).
    The grand total exists when both do."""

    values: tuple[tuple[int, ...], ...]
    col_totals: bool = True
    row_totals: bool = True

    def __post_init__(self) -> None:
        if not self.values or not self.values[0]:
            raise ValueError("a table needs at least one cell")
        width = len(self.values[0])
        if any(len(row) != width for row in self.values):
            raise ValueError("ragged table")
        if any(v < 0 for row in self.values for v in row):
            raise ValueError("counts are never negative")

    @property
    def rows(self) -> int:
        return len(self.values)

    @property
    def cols(self) -> int:
        return len(self.values[0])

    def cells(self) -> dict[Pos, int]:
        """Every published position with its value, totals included (a copy)."""
        return dict(self._cells)

    def cell(self, pos: Pos) -> int:
        return self._cells[pos]

    @cached_property
    def _cells(self) -> Mapping[Pos, int]:
        # Once per grid: adding the table up again for every cell a report reads made
        # reports quadratic (issue #19).
        out: dict[Pos, int] = {}
        for i, row in enumerate(self.values):
            for j, v in enumerate(row):
                out[(i, j)] = v
            if self.row_totals:
                out[(i, TOTAL)] = sum(row)
        if self.col_totals:
            for j in range(self.cols):
                out[(TOTAL, j)] = sum(row[j] for row in self.values)
        if self.col_totals and self.row_totals:
            out[(TOTAL, TOTAL)] = sum(map(sum, self.values))
        return MappingProxyType(out)


@dataclass(frozen=True)
class Suppressed:
    grid: Grid
    k: int
    states: Mapping[Pos, CellState]
    withheld: bool = False  # no safe pattern was found: nothing of the table is shown
    # Cells only known from below (a merged cell with a suppressed contribution):
    # always hidden, their value is a lower bound.
    unknown: frozenset[Pos] = frozenset()

    def value(self, pos: Pos) -> int:
        return self.grid.cell(pos)

    def shown(self, pos: Pos) -> str:
        """The text a reader sees for the cell."""
        if self.withheld:
            return "×"
        state = self.states[pos]
        if state is CellState.SMALL and pos not in self.unknown:
            return f"<{self.k}"
        if state is CellState.HIDDEN:
            return "×"
        return str(self.value(pos))

    def published(self, pos: Pos) -> int | None:
        """The number, or None when it is not published."""
        if self.withheld or self.states[pos] is not CellState.SHOWN:
            return None
        return self.value(pos)

    def total_row(self, width: int, *, with_total: bool) -> Suppressed:
        """The column totals as a one-row table, each with the state it has here: a
        part of what this table shows, so publishing it next to this tells nothing
        more. `with_total` keeps the grand total as the row's total."""
        cells = self.grid.cells()
        values = (tuple(cells[(TOTAL, j)] for j in range(width)),)
        states = {(0, j): self.states[(TOTAL, j)] for j in range(width)}
        if with_total:
            states[(0, TOTAL)] = self.states[(TOTAL, TOTAL)]
        row = Grid(values, col_totals=False, row_totals=with_total)
        return Suppressed(row, self.k, states, withheld=self.withheld)


# ------------------------------------------------------------------ the exact check

_ROW = 0
_COL = 1
_MARGIN = -1


@dataclass(frozen=True)
class _Edge:
    tail: tuple[int, int]
    head: tuple[int, int]
    sign: int  # the flow on the edge is sign * value


_FREE = -2


def _edge(grid: Grid, pos: Pos) -> _Edge | None:
    """The cell as an edge of the circulation; None for a cell in no equation."""
    i, j = pos
    if not grid.col_totals and not grid.row_totals:
        return None
    if not grid.col_totals:
        # Each row balances against a free node that takes every column.
        return _Edge((_ROW, i), (_COL, _FREE), -1 if j == TOTAL else 1)
    if not grid.row_totals:
        return _Edge((_ROW, _FREE), (_COL, j), -1 if i == TOTAL else 1)
    tail = (_ROW, _MARGIN) if i == TOTAL else (_ROW, i)
    head = (_COL, _MARGIN) if j == TOTAL else (_COL, j)
    is_margin = (i == TOTAL) != (j == TOTAL)
    return _Edge(tail, head, -1 if is_margin else 1)


def _bounds(state: CellState, k: int, floor: int | None) -> tuple[int, int | None]:
    if floor is not None:
        return floor, None  # known only from below
    if state is CellState.SMALL:
        return 1, k - 1
    return k, None  # HIDDEN; SHOWN cells are not variables


def _residual_arcs(
    grid: Grid,
    cells: Mapping[Pos, int],
    states: Mapping[Pos, CellState],
    k: int,
    unknown: frozenset[Pos] = frozenset(),
) -> dict[Pos, tuple[_Edge, bool, bool]]:
    """For each hidden cell: its edge, and whether its flow may go up / down by 1."""
    arcs: dict[Pos, tuple[_Edge, bool, bool]] = {}
    for pos, state in states.items():
        if state is CellState.SHOWN:
            continue
        edge = _edge(grid, pos)
        if edge is None:
            continue  # in no equation: its published range alone protects it
        x = cells[pos]
        lo, hi = _bounds(state, k, x if pos in unknown else None)
        x_up = hi is None or x < hi
        x_down = x > lo
        # The flow is sign*x: with a minus sign, raising the flow lowers the count.
        up, down = (x_up, x_down) if edge.sign > 0 else (x_down, x_up)
        arcs[pos] = (edge, up, down)
    return arcs


Node = tuple[int, int]


class _Residual:
    """The residual graph of the hidden cells, built once, searched per cell."""

    def __init__(self, arcs: Mapping[Pos, tuple[_Edge, bool, bool]]) -> None:
        self.arcs = arcs
        self.out: dict[Node, list[tuple[Node, Pos]]] = {}
        for pos, (edge, up, down) in arcs.items():
            if up:
                self.out.setdefault(edge.tail, []).append((edge.head, pos))
            if down:
                self.out.setdefault(edge.head, []).append((edge.tail, pos))

    def add(self, pos: Pos, arc: tuple[_Edge, bool, bool]) -> None:
        edge, up, down = arc
        self.arcs = {**self.arcs, pos: arc}
        if up:
            self.out.setdefault(edge.tail, []).append((edge.head, pos))
        if down:
            self.out.setdefault(edge.head, []).append((edge.tail, pos))

    def remove(self, pos: Pos) -> None:
        edge, up, down = self.arcs[pos]
        self.arcs = {p: a for p, a in self.arcs.items() if p != pos}
        if up:
            self.out[edge.tail].remove((edge.head, pos))
        if down:
            self.out[edge.head].remove((edge.tail, pos))

    def _path(self, start: Node, goal: Node, skip: Pos) -> bool:
        seen = {start}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            if node == goal:
                return True
            for nxt, pos in self.out.get(node, ()):
                if pos != skip and nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return False

    def determined(self, pos: Pos) -> bool:
        """No feasible table changes this cell: it is on no residual cycle."""
        edge, up, down = self.arcs[pos]
        # Raise the flow on tail->head and send it back head ~> tail, or the reverse.
        return not (
            (up and self._path(edge.head, edge.tail, pos))
            or (down and self._path(edge.tail, edge.head, pos))
        )


def determined_cells(
    grid: Grid, states: Mapping[Pos, CellState], k: int, unknown: frozenset[Pos] = frozenset()
) -> set[Pos]:
    """The not-shown cells whose value follows from what is published (exact)."""
    residual = _Residual(_residual_arcs(grid, grid.cells(), states, k, unknown))
    return {pos for pos in residual.arcs if residual.determined(pos)}


def _still_determined(
    grid: Grid, states: Mapping[Pos, CellState], k: int, unknown: frozenset[Pos], pos: Pos
) -> bool:
    residual = _Residual(_residual_arcs(grid, grid.cells(), states, k, unknown))
    return pos in residual.arcs and residual.determined(pos)


# ------------------------------------------------------------------ choosing cells


def primary_states(grid: Grid, k: int, forced: Iterable[Pos] = ()) -> dict[Pos, CellState]:
    states = {
        pos: CellState.SMALL if 0 < v < k else CellState.SHOWN for pos, v in grid.cells().items()
    }
    cells = grid.cells()
    for pos in forced:
        if states[pos] is CellState.SHOWN and cells[pos] >= k:
            states[pos] = CellState.HIDDEN
    return states


def _touches(a: _Edge | None, b: _Edge | None) -> bool:
    return a is not None and b is not None and bool({a.tail, a.head} & {b.tail, b.head})


def suppress(
    grid: Grid,
    k: int = DEFAULT_MIN_CELL,
    forced: Iterable[Pos] = (),
    unknown: Iterable[Pos] = (),
    known: Iterable[Pos] = (),
) -> Suppressed:
    """Primary and secondary suppression; `forced` cells are hidden whatever they hold
    (a number another published table hides); `unknown` cells are hidden and their
    value is only a lower bound; `known` cells are taken as known to the reader
    (published elsewhere, exactly): never hidden here. Greedy: the smallest cell that
    frees a determined one is hidden next, until nothing hidden can be derived."""
    check_min_cell(k)
    cells = grid.cells()
    floors = frozenset(p for p in unknown if p in cells)
    states = primary_states(grid, k, forced)
    fixed = frozenset(p for p in known if p in cells)
    for pos in fixed:
        states[pos] = CellState.SHOWN
    for pos in floors:
        if states[pos] is CellState.SHOWN:
            states[pos] = CellState.HIDDEN
    while True:
        stuck = sorted(determined_cells(grid, states, k, floors) - floors)
        if not stuck:
            return Suppressed(grid, k, states, unknown=floors)
        for target in stuck:
            # Hiding a cell for an earlier one may already have freed this one.
            if not _still_determined(grid, states, k, floors, target):
                continue
            candidates = sorted(
                (v, pos)
                for pos, v in cells.items()
                if states[pos] is CellState.SHOWN and v >= k and pos not in fixed
            )
            if not candidates:
                return Suppressed(grid, k, states, withheld=True, unknown=floors)
            edge = _edge(grid, target)
            near = [c for c in candidates if _touches(_edge(grid, c[1]), edge)]
            chosen = None
            residual = _Residual(_residual_arcs(grid, cells, states, k, floors))
            for _, pos in near + [c for c in candidates if c not in near]:
                arc = _residual_arcs(grid, cells, {pos: CellState.HIDDEN}, k, floors).get(pos)
                if arc is None:
                    continue
                residual.add(pos, arc)
                freed = not residual.determined(target)
                residual.remove(pos)
                if freed:
                    chosen = pos
                    break
            if chosen is None:
                # No single cell frees it; hide the smallest neighbour and look again.
                chosen = (near or candidates)[0][1]
            states[chosen] = CellState.HIDDEN


# ------------------------------------------------------------------ linked tables


@dataclass(frozen=True)
class Linked:
    """A table published with others; `links` names cells that repeat a number shown
    elsewhere (same link key = same number)."""

    grid: Grid
    links: Mapping[Pos, str]
    unknown: frozenset[Pos] = frozenset()
    forced: frozenset[Pos] = frozenset()  # hidden whatever they hold (a raised k)


def suppress_linked(tables: Sequence[Linked], k: int = DEFAULT_MIN_CELL) -> list[Suppressed]:
    check_min_cell(k)
    hidden_keys: set[str] = set()
    while True:
        results = []
        for table in tables:
            forced = [pos for pos, key in table.links.items() if key in hidden_keys]
            forced += table.forced
            results.append(suppress(table.grid, k, forced, table.unknown))
        now_hidden = set(hidden_keys)
        for table, result in zip(tables, results, strict=True):
            for pos, key in table.links.items():
                if result.withheld or result.states[pos] is not CellState.SHOWN:
                    now_hidden.add(key)
        if now_hidden == hidden_keys:
            return results
        hidden_keys = now_hidden

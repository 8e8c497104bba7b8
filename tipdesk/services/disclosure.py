"""Disclosure control for published counts: small cells are shown as "<K", and further cells
are suppressed so that no hidden cell can be recovered from the row or column totals.

A table is handled with its margins: in the grid of cells, row totals, column totals and the
grand total, every line (a row with its total, a column with its total) must hold either no
hidden cell or at least two, else the hidden one would be its total minus the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tipdesk.errors import BadInput
from tipdesk.i18n import translate

MIN_K, MAX_K, DEFAULT_K = 3, 20, 5


@dataclass
class CountTable:
    """A table of counts: one row for a one-way table; totals are published with it."""

    title: str
    row_labels: list[str]
    column_labels: list[str]
    counts: list[list[int]]
    note: str = ""
    totals: bool = True  # False: no margin is published (e.g. open cases per month)
    hidden: list[list[bool]] = field(default_factory=list)  # with margins, after suppress()
    k: int = 0  # the minimum cell size it was suppressed with

    @property
    def two_way(self) -> bool:
        return len(self.counts) > 1

    def grid(self) -> list[list[int]]:
        """Counts with the margins: a total column, and (two-way) a total row."""
        if not self.totals:
            return [list(row) for row in self.counts]
        rows = [row + [sum(row)] for row in self.counts]
        if self.two_way:
            rows.append([sum(col) for col in zip(*rows, strict=True)])
        return rows


def check_k(k: int) -> int:
    if not MIN_K <= k <= MAX_K:
        raise BadInput(
            translate(
                "disclosure", "The minimum cell size must be between {MIN_K} and {MAX_K}."
            ).format(MIN_K=MIN_K, MAX_K=MAX_K)
        )
    return k


def suppress(table: CountTable, k: int) -> CountTable:
    """Hide every count from 1 to k-1, then the cells needed so none can be recovered."""
    grid = table.grid()
    n_rows, n_cols = len(grid), len(grid[0])
    hidden = [[0 < grid[r][c] < k for c in range(n_cols)] for r in range(n_rows)]
    lines = [[(r, c) for c in range(n_cols)] for r in range(n_rows)] if table.totals else []
    if table.two_way and table.totals:
        lines += [[(r, c) for r in range(n_rows)] for c in range(n_cols)]

    def is_margin(r: int, c: int) -> bool:
        return c == n_cols - 1 or (table.two_way and r == n_rows - 1)

    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(hidden[r][c] for r, c in line) != 1:
                continue
            # hide the smallest visible non-zero cell of the line, inner cells before totals
            candidates = sorted(
                (is_margin(r, c), grid[r][c], r, c)
                for r, c in line
                if not hidden[r][c] and grid[r][c] > 0
            )
            if candidates:
                _, _, r, c = candidates[0]
                hidden[r][c] = True
                changed = True
    table.hidden, table.k = hidden, k
    return table


def cell_text(count: int, hidden: bool, k: int) -> str:
    """A published cell: the count, or "<k" when suppressed (zeros are shown)."""
    return f"<{k}" if hidden else str(count)


def published(table: CountTable, k: int) -> list[list[str]]:
    """The grid with margins as it may be published."""
    return [
        [cell_text(v, table.hidden[r][c], k) for c, v in enumerate(row)]
        for r, row in enumerate(table.grid())
    ]

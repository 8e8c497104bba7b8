"""Disclosure control: small cells hidden and never recoverable from the totals."""

import itertools

import pytest

from tipdesk.errors import BadInput
from tipdesk.services.disclosure import CountTable, check_k, published, suppress


def recoverable(table: CountTable) -> list[tuple[int, int]]:
    """Hidden cells that an attacker solves from one published line (its total minus the rest)."""
    grid, hidden = table.grid(), table.hidden
    n_rows, n_cols = len(grid), len(grid[0])
    lines = [[(r, c) for c in range(n_cols)] for r in range(n_rows)]
    if table.two_way:
        lines += [[(r, c) for r in range(n_rows)] for c in range(n_cols)]
    found = []
    for line in lines:
        hidden_cells = [(r, c) for r, c in line if hidden[r][c]]
        if len(hidden_cells) == 1:
            found.append(hidden_cells[0])
    return found


def test_one_way_rare_category_is_hidden_and_not_recoverable():
    table = suppress(CountTable("Forms", ["cases"], ["labour", "sex", "organ"], [[40, 12, 2]]), 5)
    assert published(table, 5) == [["40", "<5", "<5", "54"]]
    assert recoverable(table) == []


def test_two_way_complementary_suppression():
    counts = [[20, 3, 15], [18, 9, 11], [25, 14, 30]]
    table = suppress(CountTable("Sex x age", ["F", "M", "X"], ["a", "b", "c"], counts), 5)
    text = published(table, 5)
    assert text[0][1] == "<5"
    assert sum(cell == "<5" for row in text for cell in row) >= 4  # a rectangle at least
    assert recoverable(table) == []


def test_small_margins_are_protected_too():
    counts = [[2, 1], [30, 40]]
    table = suppress(CountTable("t", ["rare", "common"], ["x", "y"], counts), 5)
    assert recoverable(table) == []
    assert published(table, 5)[0][2] == "<5"  # the rare row's total of 3


@pytest.mark.parametrize("seed", range(30))
def test_random_tables_never_leave_a_recoverable_cell(seed):
    import random

    rng = random.Random(seed)
    rows, cols = rng.randint(1, 5), rng.randint(2, 6)
    counts = [[rng.choice([0, 1, 2, 3, 4, 6, 9, 15, 40]) for _ in range(cols)] for _ in range(rows)]
    k = rng.randint(3, 11)
    table = suppress(
        CountTable("t", [f"r{i}" for i in range(rows)], [f"c{i}" for i in range(cols)], counts), k
    )
    assert recoverable(table) == []
    for r, c in itertools.product(range(rows), range(cols)):
        if 0 < counts[r][c] < k:
            assert table.hidden[r][c]


def test_k_must_be_between_3_and_20():
    with pytest.raises(BadInput):
        check_k(2)
    assert check_k(11) == 11

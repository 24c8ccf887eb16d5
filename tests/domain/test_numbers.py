"""Counts on the screen are grouped the way each language writes them: Turkish
"41.476", English "41,476"; below 1000 nothing changes."""

from __future__ import annotations

import pytest

from kdm_desktop import messages
from kdm_desktop.domain.numbers import grouped


@pytest.mark.parametrize(
    ("n", "tr", "en"),
    [
        (0, "0", "0"),
        (7, "7", "7"),
        (999, "999", "999"),
        (1000, "1.000", "1,000"),
        (41476, "41.476", "41,476"),
        (1234567, "1.234.567", "1,234,567"),
        (-2500, "-2.500", "-2,500"),
    ],
)
def test_grouped_in_each_language(n: int, tr: str, en: str) -> None:
    assert grouped(n, "tr") == tr
    assert grouped(n, "en") == en


def test_grouped_follows_the_current_language() -> None:
    assert grouped(1000) == "1.000"
    messages.set_language("en")
    try:
        assert grouped(1000) == "1,000"
    finally:
        messages.set_language("tr")


def test_statistics_page_rows_group_large_counts(qtbot) -> None:
    from kdm_desktop.domain.statistics.tables import TABLES, Counts, TableKind
    from kdm_desktop.ui.statistics.rows import exact_rows

    table = next(t for t in TABLES if t.kind is not TableKind.SEPARATE)
    first, second = table.categories[0][0], table.categories[1][0]
    counts = Counts()
    counts.add(table.key, "Konak", first, 41476)
    counts.add(table.key, "Konak", second, 12)
    rows = exact_rows(counts, table.key)
    assert rows[0][1:] == (41476, "41.476") and rows[1][1:] == (12, "12")
    assert rows[-1][2] == "41.488"

"""A table whose last column stretches still reaches its right edge after its columns
are fitted to their contents.

Sizing every column to its contents also shrank the stretching last column, and Qt
does not stretch it again until the table is resized: the consent table, the risk
history and the attachments ended half-way, with a bare grey header beside them
(22-vaka-onam.png, 23-vaka-risk.png)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from kdm_desktop.ui.fit import ColumnFitter


def _table(qtbot, stretch: bool) -> tuple[QTableWidget, ColumnFitter]:
    table = QTableWidget(0, 4)
    table.setHorizontalHeaderLabels(["Amaç", "Veriliş tarihi", "Geri alma", "Kaydeden"])
    table.horizontalHeader().setStretchLastSection(stretch)
    qtbot.addWidget(table)
    fitter = ColumnFitter(table)
    table.resize(1000, 300)
    table.show()
    qtbot.waitExposed(table)
    return table, fitter


def _fill(table: QTableWidget, fitter: ColumnFitter) -> None:
    table.setRowCount(1)
    for col, text in enumerate(("Kişisel verilerin işlenmesi", "5 Aralık 2026", "", "Nazlı")):
        table.setItem(0, col, QTableWidgetItem(text))
    fitter.fit()


def test_the_last_column_reaches_the_edge_after_a_fit(qtbot) -> None:
    table, fitter = _table(qtbot, stretch=True)
    _fill(table, fitter)
    header = table.horizontalHeader()
    assert header.length() == table.viewport().width()
    # The first columns keep the width of their contents.
    assert table.columnWidth(0) < 400


def test_a_table_without_stretch_keeps_its_content_widths(qtbot) -> None:
    table, fitter = _table(qtbot, stretch=False)
    _fill(table, fitter)
    assert table.horizontalHeader().length() < table.viewport().width()


def test_the_last_column_follows_the_table_when_it_narrows(qtbot) -> None:
    """Fitted while wide, then narrowed (a splitter settling): the stretched column
    must shrink with the table. A fixed width given at the first fit kept it 443 px
    wide in a 318 px table, and its header ("Kaydeden") was drawn out of sight."""
    table, fitter = _table(qtbot, stretch=True)
    _fill(table, fitter)
    table.resize(700, 300)
    qtbot.wait(20)
    assert table.horizontalHeader().length() == table.viewport().width()

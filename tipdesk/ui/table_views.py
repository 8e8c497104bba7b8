"""Read-only tables of records (cases, referrals, services, audit events) set up one way."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def record_table(
    model: QAbstractItemModel,
    accessible_name: str,
    *,
    several: bool = False,
    alternating: bool = True,
) -> QTableView:
    """A table view of whole rows, not editable in place, one line per record."""
    table = QTableView()
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternating)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def size_columns(table: QTableView, samples: list[tuple[int, str]]) -> None:
    """Make each listed column wide enough for its sample text; the user may resize them."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    metrics = table.fontMetrics()
    for column, sample in samples:
        header.resizeSection(
            column, fit_heading(table, column, metrics.horizontalAdvance(sample) + 18)
        )


def fit_heading(table: QTableView, column: int, width: int) -> int:
    """`width`, or the column heading's own width (and its sort arrow) when that is wider:
    headings run longer in French than the English samples the widths were chosen for."""
    title = table.model().headerData(column, Qt.Orientation.Horizontal)
    return max(
        width, table.horizontalHeader().fontMetrics().horizontalAdvance(str(title or "")) + 28
    )

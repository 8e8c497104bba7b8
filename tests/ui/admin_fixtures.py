"""Shared helpers for the Administration tests: the page over a real office, table reading."""

from PySide6.QtCore import QAbstractItemModel, Qt

from tipdesk.ui.admin import AdministrationPage
from tipdesk.ui.page_context import PageContext


def make_page(qtbot, office, runner, settings) -> AdministrationPage:
    page = AdministrationPage(PageContext(office, runner, settings))
    qtbot.addWidget(page)
    page.resize(1000, 680)
    page.show()
    return page


def loaded(qtbot, widget):
    """`widget` (a tab or box that reads on the worker thread) once what it reads has arrived."""
    qtbot.waitUntil(lambda: not widget.loading, timeout=10_000)
    return widget


def table_text(model: QAbstractItemModel) -> list[list[str]]:
    """What a table shows: the DisplayRole text of every cell, row by row."""
    return [
        [
            model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or ""
            for column in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    ]

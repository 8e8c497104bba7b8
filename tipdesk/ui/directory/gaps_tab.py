"""The Gaps tab: for every sector in every region, what no active service of the directory covers.

Trafficking victims that child-protection and GBV pathways miss (men, older people,
non-nationals) and services that take trafficking cases at all: where the grid is red or
amber, the directory, or the response, has a hole. Double-click a cell to see its services.

The grid is counted on the worker thread each time the tab is shown (the services may have
changed meanwhile), so the window never waits on the directory; the cells shown stay until
the new count replaces them, and a count overtaken by a newer one is dropped.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tipdesk.services import directory
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.gaps import Gap, directory_gaps
from tipdesk.ui.admin.common import StatusLabel
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.gap_table_model import GapTableModel
from tipdesk.ui.page_context import PageContext


def read_gaps(office: UnlockedOffice) -> tuple[list[Gap], list[str]]:
    """The gaps and the regions of the directory (on the worker thread)."""
    return directory_gaps(office), directory.regions(office)


class GapsTab(QWidget):
    """A grid of sectors against regions; `show_services(sector, region)` asks for the list.

    Counted when shown (and on Reload); `loading` says a count is under way.
    """

    show_services = Signal(str, str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = context.office
        self._runner = context.runner
        self._generation = 0  # which count the grid shown (or awaited) belongs to
        self._counted = False  # whether the grid shows a count yet
        self.loading = False
        intro = QLabel(
            self.tr(
                "What no active service of the directory offers, sector by sector and region by "
                "region: a service that accepts trafficking cases, and services for the people "
                "child-protection and GBV pathways often miss. A service that lists no sex, age "
                "group or status serves everyone. Double-click a cell to see its services."
            )
        )
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = GapTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Directory gaps by sector and region"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setStyleSheet("QTableView::item { padding: 3px 6px; }")
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(self.fontMetrics().averageCharWidth() * 38)
        self.table.doubleClicked.connect(self._open_cell)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                lambda: self._open_cell(self.table.currentIndex()),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setAccessibleName(self.tr("Reload the gaps"))
        self.reload_button.clicked.connect(self.refresh)
        self.status = StatusLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._office.is_open:
            self.refresh()  # the services may have changed since the tab was last shown

    def refresh(self) -> None:
        """Count the gaps again from the directory as it is now, on the worker thread."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.summary.setText(self.tr("Counting the gaps in the directory…"))
        task = self._runner.start(read_gaps, self._office)
        task.succeeded.connect(
            lambda found: shiboken6.isValid(self) and self._show(generation, found)
        )
        task.failed.connect(lambda exc: shiboken6.isValid(self) and self._failed(generation, exc))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return  # a newer count is under way
        self.loading = False
        if self._counted:
            self._show_summary()  # of the grid still shown
        else:
            self.summary.clear()
        self.status.show_error(describe_error(exc))

    def _show(self, generation: int, found: tuple[list[Gap], list[str]]) -> None:
        if generation != self._generation:
            return  # overtaken by a newer count: its result is the one to show
        self.loading = False
        self._counted = True
        self.status.clear_message()
        self.model.set_gaps(*found)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
            if len(self.model.regions) <= 4
            else QHeaderView.ResizeMode.Interactive
        )
        self.table.resizeRowsToContents()
        self._show_summary()

    def _show_summary(self) -> None:
        if not self.model.regions:
            self.summary.setText(
                self.tr(
                    "The directory has no active service yet, so every sector is missing "
                    "everywhere. Add services or import the directory."
                )
            )
            return
        cells = self.model.rowCount() * self.model.columnCount()
        self.summary.setText(
            self.tr("%1 of %2 sector and region cells lack something.")
            .replace("%1", str(self.model.gap_count()))
            .replace("%2", str(cells))
        )

    def _open_cell(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_services.emit(
                self.model.sector_at(index.row()), self.model.region_at(index.column())
            )

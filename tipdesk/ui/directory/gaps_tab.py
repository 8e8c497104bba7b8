"""The Gaps tab: for every sector in every region, what no active service of the directory covers.

Trafficking victims that child-protection and GBV pathways miss (men, older people,
non-nationals) and services that take trafficking cases at all: where the grid is red or
amber, the directory, or the response, has a hole. Double-click a cell to see its services.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from tipdesk.services.gaps import directory_gaps
from tipdesk.ui.admin.common import StatusLabel
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.gap_table_model import GapTableModel
from tipdesk.ui.page_context import PageContext


class GapsTab(QWidget):
    """A grid of sectors against regions; `show_services(sector, region)` asks for the list."""

    show_services = Signal(str, str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = context.office
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
        self.refresh()

    def refresh(self) -> None:
        """Compute the gaps again from the directory as it is now."""
        try:
            gaps = directory_gaps(self._office)
            regions = directory.regions(self._office)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self.status.show_error(describe_error(exc))
            return
        self.status.clear_message()
        self.model.set_gaps(gaps, regions)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
            if len(self.model.regions) <= 4
            else QHeaderView.ResizeMode.Interactive
        )
        self.table.resizeRowsToContents()
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

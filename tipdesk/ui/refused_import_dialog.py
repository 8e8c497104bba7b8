"""The dialog of an all-or-nothing import that was refused: every problem, row by row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tipdesk.services.tabular import ImportProblem
from tipdesk.ui.import_problem_table_model import ImportProblemTableModel
from tipdesk.ui.screen_fit import fit_to_screen
from tipdesk.ui.table_views import fit_heading


class RefusedImportDialog(QDialog):
    """Nothing was imported: a headline, `explanation` (set by the subclass) and the problems.

    `text_width` is the width, in average characters, of the Column and Value columns.
    """

    def __init__(
        self, problems: list[ImportProblem], parent: QWidget | None = None, *, text_width: int
    ) -> None:
        super().__init__(parent)
        fit_to_screen(self, 900, 520)
        self.headline = QLabel(self.tr("Nothing was imported."))
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.headline.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)

        self.model = ImportProblemTableModel(problems, self)  # sorts itself: no proxy
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Import problems"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ImportProblemTableModel.ROW, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        chars = self.fontMetrics().averageCharWidth()
        for column, width in (
            (ImportProblemTableModel.ROW, 6),
            (ImportProblemTableModel.COLUMN, text_width),
            (ImportProblemTableModel.VALUE, text_width),
        ):
            header.resizeSection(column, fit_heading(self.table, column, chars * width + 16))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

"""The problems that refused a spreadsheet import, as a table: row, column, value, reason."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from tipdesk.services.tabular import ImportProblem


class ImportProblemTableModel(QAbstractTableModel):
    """Every `ImportProblem` of a refused import (held in memory: the file was read whole)."""

    ROW, COLUMN, VALUE, REASON = range(4)
    COLUMN_COUNT = 4

    def __init__(self, problems: list[ImportProblem], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems = list(problems)

    def problem_at(self, row: int) -> ImportProblem:
        return self._problems[row]

    @staticmethod
    def sort_key(problem: ImportProblem, column: int) -> object:
        if column == ImportProblemTableModel.ROW:
            return problem.row
        return (problem.column, problem.value, problem.reason)[column - 1].casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the problems here, in one sort of Python's (a sorting proxy asks `data` for
        every comparison: 5,000 problems held the window 700 ms); selections follow."""
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [self._problems[index.row()] for index in before]
        self._problems.sort(
            key=lambda problem: self.sort_key(problem, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        row_of = {id(problem): row for row, problem in enumerate(self._problems)}
        after = [self.index(row_of[id(p)], i.column()) for p, i in zip(held, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem, column = self._problems[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(problem.row), problem.column, problem.value, problem.reason)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return problem.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

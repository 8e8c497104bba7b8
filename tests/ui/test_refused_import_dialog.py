"""The table of a refused import's problems: sorted by any column, the selection following."""

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from tipdesk.services.tabular import ImportProblem
from tipdesk.ui.import_problem_table_model import ImportProblemTableModel as M
from tipdesk.ui.refused_import_dialog import RefusedImportDialog

PROBLEMS = [
    ImportProblem(row, "sector" if row % 2 else "Phone", f"v{row}", reason)
    for row, reason in ((3, "Unknown sector."), (1, "bad phone"), (2, "Unknown sector."))
] + [ImportProblem(row, "phone", "x", "Not a phone number.") for row in range(4, 5004)]


def column(dialog, col):
    model = dialog.table.model()
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_problems_come_by_row_and_sort_by_a_clicked_column(qtbot):
    dialog = RefusedImportDialog(PROBLEMS, text_width=12)
    qtbot.addWidget(dialog)
    dialog.show()
    assert column(dialog, M.ROW)[:4] == ["1", "2", "3", "4"]  # by row, numerically
    dialog.table.selectionModel().select(
        dialog.table.model().index(1, M.ROW),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    header = dialog.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(M.REASON) + 5, 5),
    )
    reasons = column(dialog, M.REASON)
    assert reasons == sorted(reasons, key=str.casefold) or reasons == sorted(
        reasons, key=str.casefold, reverse=True
    )
    assert reasons[0] != reasons[-1]
    selected = dialog.table.selectionModel().selectedRows()
    assert [index.data() for index in selected] == ["2"]  # the row chosen before the sort
    dialog.table.sortByColumn(M.COLUMN, Qt.SortOrder.DescendingOrder)
    assert column(dialog, M.COLUMN)[0] == "sector"  # case-insensitive: "sector" > "Phone"

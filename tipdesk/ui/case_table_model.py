"""The case list as a paged table: 200 rows at a time, sorted and filtered by the service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tipdesk.models import vocab as v
from tipdesk.services import case_list
from tipdesk.services.case_access import may_see_names
from tipdesk.services.case_list import CaseFilter, CaseRow
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.paged_table_model import PagedTableModel
from tipdesk.ui.terms import term_label
from tipdesk.ui.worker import TaskRunner

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_FOREGROUND = QColor("#8c1d18")
OVERDUE_BACKGROUND = QColor("#fde3e1")


class CaseTableModel(PagedTableModel[CaseRow, CaseFilter]):
    """Cases the signed-in user may see, matching a `CaseFilter`, fetched page by page.

    Columns are fixed; NAME exists only for roles that may see names (it is the last column,
    the view moves it next to the code). Sorting asks the service again, so the order is that
    of every matching case, not of the rows loaded so far.
    """

    (CODE, STATUS, REGISTERED, OFFICER, SEX, AGE_BAND, FORMS, OUTCOME, NEXT_FOLLOW_UP, NAME) = (
        range(10)
    )
    PAGE_SIZE = 200
    LONG_COLUMNS = frozenset({FORMS, OUTCOME, NAME})
    SORT_KEYS = {
        CODE: "code",
        STATUS: "status",
        REGISTERED: "registration_date",
        OFFICER: "officer",
        SEX: "sex",
        AGE_BAND: "age_band",
        OUTCOME: "outcome",
        NEXT_FOLLOW_UP: "next_follow_up_on",
    }

    def __init__(
        self,
        office: UnlockedOffice,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        today: date | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(
            office, CaseFilter(), parent, page_size=page_size, today=today, runner=runner
        )
        self._names = may_see_names(office.user)
        self._sort_column = self.REGISTERED
        self._descending = True

    # -- loading ------------------------------------------------------------------------------
    def _count(self, where: CaseFilter) -> int:
        return case_list.count_cases(self._office, where, self.today)

    def _page_loader(self, where: CaseFilter, offset: int) -> Callable[[], list[CaseRow]]:
        following = offset == len(self._rows) and self._rows
        return partial(
            case_list.list_cases,
            self._office,
            where,
            sort=self.SORT_KEYS[self._sort_column],
            descending=self._descending,
            offset=offset,
            limit=self._page_size,
            today=self.today,
            after=self._rows[-1] if following else None,  # as fast at row 50,000 as at 0
        )

    def _row_key(self, row: CaseRow) -> int:
        return row.id  # a case added meanwhile shifts the pages

    @property
    def shows_names(self) -> bool:
        return self._names

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def is_sortable(self, column: int) -> bool:
        return column in self.SORT_KEYS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order every matching case by `column` (columns the service cannot sort are ignored)."""
        if not self.is_sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return  # e.g. the view turning sorting on: the rows are already in this order
        self._sort_column, self._descending = column, descending
        self.reload()

    def case_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def is_overdue(self, case: CaseRow) -> bool:
        """Same rule as the list's overdue filter: the next follow-up is before today."""
        return case.next_follow_up_on is not None and case.next_follow_up_on < self.today

    # -- QAbstractTableModel ------------------------------------------------------------------
    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return self.NAME + 1 if self._names else self.NAME

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Case code"),
                self.tr("Status"),
                self.tr("Registered"),
                self.tr("Officer"),
                self.tr("Sex"),
                self.tr("Age band"),
                self.tr("Form of exploitation"),
                self.tr("Screening outcome"),
                self.tr("Next follow-up"),
                self.tr("Name"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and not self.is_sortable(section):
            return self.tr("This column cannot be sorted.")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        case, column = self._row_for(index), index.column()
        if case is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == SORT_ROLE:
            return self._sort_value(case, column)
        if role == CODE_ROLE:
            return case.code
        overdue_cell = column == self.NEXT_FOLLOW_UP and self.is_overdue(case)
        overdue_code = column == self.CODE and self.is_overdue(case)  # seen without scrolling
        if role == Qt.ItemDataRole.ForegroundRole and (overdue_cell or overdue_code):
            return QBrush(OVERDUE_FOREGROUND)
        if role == Qt.ItemDataRole.BackgroundRole and overdue_cell:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and overdue_cell:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and (overdue_cell or overdue_code):
            days = (self.today - case.next_follow_up_on).days
            return self.tr("A follow-up action is %n day(s) overdue.", "", days)
        if role == Qt.ItemDataRole.ToolTipRole and column in self.LONG_COLUMNS:
            return self._display(case, column) or None  # the whole text of a narrow cell
        return None

    def _display(self, case: CaseRow, column: int) -> str:
        if column == self.CODE:
            return case.code
        if column == self.STATUS:
            return term_label(v.CASE_STATUS, case.status)
        if column == self.REGISTERED:
            return case.registration_date.isoformat()
        if column == self.OFFICER:
            return case.officer or self.tr("Unassigned")
        if column == self.SEX:
            return term_label(v.SEX, case.sex)
        if column == self.AGE_BAND:
            return term_label(v.AGE_BAND, case.age_band)
        if column == self.FORMS:
            return ", ".join(
                term_label(v.FORMS_OF_EXPLOITATION, form) for form in case.forms_of_exploitation
            )
        if column == self.OUTCOME:
            return term_label(v.SCREENING_OUTCOMES, case.outcome)
        if column == self.NEXT_FOLLOW_UP:
            if case.next_follow_up_on is None:
                return ""
            shown = case.next_follow_up_on.isoformat()
            return self.tr("%1 (overdue)").replace("%1", shown) if self.is_overdue(case) else shown
        if column == self.NAME and self._names:
            return case.name or ""
        return ""

    def _sort_value(self, case: CaseRow, column: int) -> object:
        if column == self.REGISTERED:
            return case.registration_date.isoformat()
        if column == self.NEXT_FOLLOW_UP:
            return case.next_follow_up_on.isoformat() if case.next_follow_up_on else ""
        return self._display(case, column).casefold()

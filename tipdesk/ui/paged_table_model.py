"""The paging the growing tables share: count the matches, then fetch a page at a time."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject

from tipdesk.services.context import UnlockedOffice

RowT = TypeVar("RowT")
FilterT = TypeVar("FilterT")


class PagedTableModel(QAbstractTableModel, Generic[RowT, FilterT]):
    """Rows matching a filter, counted when it is set and fetched a page at a time.

    Subclasses count and list their rows (`_count`, `_page`) and say what identifies one
    (`_row_key`): a row already shown is skipped when a later page repeats it (a row added
    meanwhile shifts the pages), and a page with nothing new ends the paging. They add the
    columns: `COLUMN_COUNT`, `headerData` and `data`.
    """

    PAGE_SIZE = 200
    COLUMN_COUNT = 0
    FETCH_ON_RELOAD = True  # False: the view asks for the first page as for the next ones

    def __init__(
        self,
        office: UnlockedOffice,
        where: FilterT,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._office = office
        self._page_size = page_size
        self._today = today
        self._filter = where
        self._rows: list[RowT] = []
        self._keys: set[Hashable] = set()
        self._total = 0
        self._exhausted = True

    # -- what a subclass provides -------------------------------------------------------------
    def _count(self, where: FilterT) -> int:
        """How many rows match `where`."""
        raise NotImplementedError

    def _page(self, where: FilterT, offset: int, limit: int) -> list[RowT]:
        """The rows matching `where`, `limit` of them from `offset`, in the table's order."""
        raise NotImplementedError

    def _row_key(self, row: RowT) -> Hashable:
        """What identifies `row` (its id), so that no page shows it twice."""
        raise NotImplementedError

    def _ran_out(self) -> None:
        """A page brought nothing new: stop fetching until the next reload."""
        self._exhausted = True

    # -- loading ------------------------------------------------------------------------------
    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def filter(self) -> FilterT:
        return self._filter

    @property
    def total(self) -> int:
        """How many rows matched the filter when it was set."""
        return self._total

    def set_filter(self, where: FilterT) -> None:
        """Show the rows matching `where`, from the first page."""
        self._filter = where
        self.reload()

    def reload(self) -> None:
        """Count again and drop the loaded rows; then load the first page (if FETCH_ON_RELOAD)."""
        self.beginResetModel()
        self._rows, self._keys = [], set()
        self._total = self._count(self._filter)
        self._exhausted = self._total == 0
        self.endResetModel()
        if self.FETCH_ON_RELOAD:
            self.fetchMore()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        page = self._page(self._filter, len(self._rows), self._page_size)
        page = [row for row in page if self._row_key(row) not in self._keys]
        if not page:
            self._ran_out()
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._keys.update(self._row_key(row) for row in page)
        self.endInsertRows()

    def _row_for(self, index: QModelIndex) -> RowT | None:
        """The loaded row `index` points at (None for an invalid or stale index)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

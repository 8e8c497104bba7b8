"""The paging the growing tables share: count the matches, then fetch a page at a time.

Given a `TaskRunner`, a model counts and fetches on a worker thread: the window keeps
drawing and answering keys while SQLCipher reads and decrypts (a first search over 100,000
cases reads for 70 ms). Meanwhile the rows already shown stay; `loading` says a load is
under way, and a load overtaken by a newer one (another filter, another sort) is dropped.
Without a runner it loads in the caller's thread, as tests of paging itself want.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date
from functools import partial
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Signal

from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.worker import TaskRunner

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

    loading_changed = Signal(bool)
    load_failed = Signal(object)  # the exception of a load on the worker thread

    def __init__(
        self,
        office: UnlockedOffice,
        where: FilterT,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        today: date | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._office = office
        self._runner = runner
        self._generation = 0  # which reload the rows shown (and a load under way) belong to
        self._counting = self._fetching = False
        # Rows to find once the load under way is shown: (keys, seek, then); see `reveal`.
        self._awaited: tuple[list[Hashable], bool, Callable[[list[int]], None]] | None = None
        self._revealing = False
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

    def _page_loader(self, where: FilterT, offset: int) -> Callable[[], list[RowT]]:
        """What fetches the page at `offset`, with the model's state read now, on the
        window's thread (it may then run on a worker). Subclasses whose pages depend on more
        than the filter (a sort, the last row shown) override this."""
        return partial(self._page, where, offset, self._page_size)

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

    @property
    def loading(self) -> bool:
        """Whether a count or a page is being read on the worker thread."""
        return self._counting or self._fetching

    def set_filter(self, where: FilterT) -> None:
        """Show the rows matching `where`, from the first page."""
        self._filter = where
        self.reload()

    def reload(self) -> None:
        """Count again and load the first page (if FETCH_ON_RELOAD) in place of the rows shown."""
        self._generation += 1
        first_page = self._page_loader(self._filter, 0) if self.FETCH_ON_RELOAD else None
        load = partial(self._count_and_first_page, self._filter, first_page)
        if self._runner is None:
            self._show_first(self._generation, load())
            return
        self._start(load, self._show_first)
        self._set_loading(counting=True, fetching=self._fetching)

    def _count_and_first_page(
        self, where: FilterT, first_page: Callable[[], list[RowT]] | None
    ) -> tuple[int, list[RowT]]:
        total = self._count(where)
        return total, first_page() if first_page is not None and total else []

    def _show_first(self, generation: int, loaded: tuple[int, list[RowT]]) -> None:
        if generation != self._generation:
            return  # overtaken by a newer reload (as `_start` drops a deleted table's)
        total, rows = loaded
        self.beginResetModel()
        self._rows, self._keys = [], set()
        self._total = total
        self._exhausted = total == 0
        self._take(rows)
        self.endResetModel()
        self._set_loading(counting=False, fetching=False)
        self._reveal_awaited()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or self.loading:
            return  # the view asks again as it scrolls; one page is read at a time
        load = self._page_loader(self._filter, len(self._rows))
        if self._runner is None:
            self._show_more(self._generation, load())
            return
        self._start(load, self._show_more)
        self._set_loading(counting=False, fetching=True)

    def _show_more(self, generation: int, page: list[RowT]) -> None:
        if generation != self._generation:
            return
        page = [row for row in page if self._row_key(row) not in self._keys]
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._take(page)
            self.endInsertRows()
        else:
            self._ran_out()
        self._set_loading(counting=False, fetching=False)
        self._reveal_awaited()

    def _take(self, rows: list[RowT]) -> None:
        self._rows.extend(rows)
        self._keys.update(self._row_key(row) for row in rows)

    def _start(self, load: Callable[[], object], show: Callable[[int, object], None]) -> None:
        generation = self._generation
        task = self._runner.start(load)
        task.succeeded.connect(lambda loaded: shiboken6.isValid(self) and show(generation, loaded))
        task.failed.connect(lambda exc: self._failed(generation, exc))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the table went (a sign-out) or a newer load took over
        self._set_loading(counting=False, fetching=False)
        self.load_failed.emit(exc)
        if self._awaited is not None:  # no page to wait for: end with the rows found
            keys, _seek, then = self._awaited
            self._awaited = None
            then(self._rows_of(keys))

    def _set_loading(self, *, counting: bool, fetching: bool) -> None:
        was = self.loading
        self._counting, self._fetching = counting, fetching
        if self.loading != was:
            self.loading_changed.emit(self.loading)

    # -- rows to find -------------------------------------------------------------------------
    @property
    def pending(self) -> bool:
        """Whether rows are being read, or rows awaited by `reveal` not yet found."""
        return self.loading or self._awaited is not None

    def row_of(self, key: Hashable) -> int | None:
        """The row showing the one whose `_row_key` is `key`, if it is loaded."""
        return next((i for i, row in enumerate(self._rows) if self._row_key(row) == key), None)

    def reveal(
        self, keys: list[Hashable], then: Callable[[list[int]], None], *, seek: bool = True
    ) -> None:
        """Once the load under way (if any) is shown, and with `seek` after reading further
        pages until every one of `keys` is loaded (or none is left), call `then` with the rows
        of the keys found. A later call replaces the wait; a failed read ends it with the rows
        found so far."""
        self._awaited = (list(keys), seek, then)
        self._reveal_awaited()

    def _reveal_awaited(self) -> None:
        if self._revealing:
            return  # a page read in the caller's thread: the loop below goes on
        self._revealing = True
        try:
            while self._awaited is not None and not self.loading:
                keys, seek, then = self._awaited
                missing = any(self.row_of(key) is None for key in keys)
                if seek and missing and self.canFetchMore():
                    self.fetchMore()  # on a worker: back here when the page is shown
                    continue
                self._awaited = None
                then(self._rows_of(keys))
        finally:
            self._revealing = False

    def _rows_of(self, keys: list[Hashable]) -> list[int]:
        return [row for row in map(self.row_of, keys) if row is not None]

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

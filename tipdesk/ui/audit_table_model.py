"""The audit trail as a paged table, newest first: rows are fetched 200 at a time as it scrolls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from functools import partial

from PySide6.QtCore import QModelIndex, QObject, Qt

from tipdesk.services import audit_log
from tipdesk.services.audit_log import AuditFilter, AuditRow
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.paged_table_model import PagedTableModel
from tipdesk.ui.worker import TaskRunner

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class AuditTableModel(PagedTableModel[AuditRow, AuditFilter]):
    """Events matching a filter; `fetchMore` loads the next page when the view needs it.

    The total is counted when the filter is set, and the first page read with it (on the
    runner's worker thread when given one). Events recorded afterwards (the administrator's
    own actions) would shift the pages of a newest-first list, so each later page is fetched
    at an offset moved by the number of events added since, and never repeats one.
    """

    WHEN, USER, ACTION, RECORD_TYPE, RECORD, FIELDS = range(6)
    COLUMN_COUNT = 6
    PAGE_SIZE = 200

    def __init__(
        self,
        office: UnlockedOffice,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(office, AuditFilter(), parent, page_size=page_size, runner=runner)

    # -- loading ------------------------------------------------------------------------------
    def _count(self, where: AuditFilter) -> int:
        return audit_log.count_events(self._office, where)

    def _count_and_first_page(
        self, where: AuditFilter, first_page: Callable[[], list[AuditRow]] | None
    ) -> tuple[int, list[AuditRow]]:
        total, rows = super()._count_and_first_page(where, first_page)
        return total, rows[:total]  # never more than were counted

    def _page_loader(self, where: AuditFilter, offset: int) -> Callable[[], list[AuditRow]]:
        if offset == 0:  # the first page, read right after the count
            return partial(audit_log.list_events, self._office, where, limit=self._page_size)
        oldest = self._rows[-1].id if self._rows else None
        return partial(self._older, where, offset, self._total, oldest)  # state read here

    def _older(
        self, where: AuditFilter, offset: int, counted: int, oldest: int | None
    ) -> list[AuditRow]:
        """The page at `offset` of the `counted` events, older than event `oldest`."""
        added_since = audit_log.count_events(self._office, where) - counted
        page = audit_log.list_events(
            self._office, where, offset=offset + max(added_since, 0), limit=self._page_size
        )
        if oldest is not None:  # only events older than those shown
            page = [row for row in page if row.id < oldest]
        return page[: counted - offset]  # never more than were counted

    def _row_key(self, row: AuditRow) -> int:
        return row.id

    def event_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def row_of(self, event_id: int) -> int | None:
        """The row showing event `event_id`, if it is loaded (rows are in descending id)."""
        low, high = 0, len(self._rows)
        while low < high:
            middle = (low + high) // 2
            found = self._rows[middle].id
            if found == event_id:
                return middle
            if found > event_id:
                low = middle + 1
            else:
                high = middle
        return None

    # -- QAbstractTableModel ------------------------------------------------------------------
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        return (
            self.tr("When"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record type"),
            self.tr("Record"),
            self.tr("Changed fields"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        event = self._row_for(index)
        if event is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, index.column())
        if role == SORT_ROLE:
            return event.id if index.column() == self.WHEN else self._display(event, index.column())
        if role == EVENT_ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.WHEN:
            return (
                self.tr("Event %1, recorded %2 UTC")
                .replace("%1", str(event.id))
                .replace("%2", event.at.strftime("%Y-%m-%d %H:%M:%S"))
            )
        no_user = index.column() == self.USER and not event.username
        if role == Qt.ItemDataRole.ToolTipRole and no_user:
            return self.tr("No signed-in user: a failed sign-in or the recovery code.")
        return None

    def _display(self, event: AuditRow, column: int) -> str:
        if column == self.WHEN:
            return event.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == self.USER:
            return event.username or "—"
        if column == self.ACTION:
            return event.action
        if column == self.RECORD_TYPE:
            return event.record_type or ""
        if column == self.RECORD:
            return event.record_ref or ""
        if column == self.FIELDS:
            return ", ".join(event.fields)
        return ""

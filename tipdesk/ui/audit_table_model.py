"""The audit trail as a paged table, newest first: rows are fetched 200 at a time as it scrolls."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from tipdesk.services import audit_log
from tipdesk.services.audit_log import AuditFilter, AuditRow
from tipdesk.services.context import UnlockedOffice

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class AuditTableModel(QAbstractTableModel):
    """Events matching a filter; `fetchMore` loads the next page when the view needs it.

    The total is counted when the filter is set. Events recorded afterwards (the
    administrator's own actions) would shift the pages of a newest-first list, so each page
    is fetched at an offset moved by the number of events added since, and never repeats one.
    """

    WHEN, USER, ACTION, RECORD_TYPE, RECORD, FIELDS = range(6)
    COLUMN_COUNT = 6
    PAGE_SIZE = 200

    def __init__(self, office: UnlockedOffice, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._office = office
        self._page_size = page_size
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._total = 0
        self._exhausted = False

    # -- loading ------------------------------------------------------------------------------
    @property
    def filter(self) -> AuditFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many events matched the filter when it was set."""
        return self._total

    def set_filter(self, where: AuditFilter) -> None:
        """Show the events matching `where`, starting again from the newest."""
        self._filter = where
        self.reload()

    def reload(self) -> None:
        """Count again and drop the loaded rows; the view fetches the first page."""
        self.beginResetModel()
        self._rows = []
        self._total = audit_log.count_events(self._office, self._filter)
        self._exhausted = self._total == 0
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        added_since = audit_log.count_events(self._office, self._filter) - self._total
        page = audit_log.list_events(
            self._office, self._filter,
            offset=len(self._rows) + max(added_since, 0), limit=self._page_size,
        )
        if self._rows:
            oldest = self._rows[-1].id
            page = [row for row in page if row.id < oldest]
        page = page[: self._total - len(self._rows)]
        if not page:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def event_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def row_of_event(self, event_id: int) -> int | None:
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
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, index.column())
        if role == SORT_ROLE:
            return event.id if index.column() == self.WHEN else self._display(event, index.column())
        if role == EVENT_ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.WHEN:
            return self.tr("Event %1, recorded %2 UTC").replace("%1", str(event.id)).replace(
                "%2", event.at.strftime("%Y-%m-%d %H:%M:%S")
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

"""The referral queue as a paged table: most urgent first, 200 rows at a time as it scrolls."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tipdesk.models import vocab as v
from tipdesk.services import referral_views
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.referral_views import QueueFilter, QueueRow
from tipdesk.ui.paged_table_model import PagedTableModel
from tipdesk.ui.terms import term_label
from tipdesk.ui.worker import TaskRunner

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REFERRAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_FOREGROUND = QColor("#8c1d18")
OVERDUE_BACKGROUND = QColor("#fde3e1")
WITHDRAWN_FOREGROUND = QColor("#b3261e")


class ReferralTableModel(PagedTableModel[QueueRow, QueueFilter]):
    """Referrals matching a `QueueFilter`, in the service's order (overdue and due first).

    The total is counted when the filter is set; `fetchMore` appends the next page and skips
    any referral already shown (one created meanwhile shifts the pages).
    """

    (NUMBER, CASE, SECTOR, PROVIDER, PRIORITY, STATUS, SENT, DUE, OVERDUE, CONSENT) = range(10)
    COLUMN_COUNT = 10
    PAGE_SIZE = 200

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
            office, QueueFilter(), parent, page_size=page_size, today=today, runner=runner
        )

    # -- loading ------------------------------------------------------------------------------
    def _count(self, where: QueueFilter) -> int:
        return referral_views.count_queue(self._office, where, self.today)

    def _page(self, where: QueueFilter, offset: int, limit: int) -> list[QueueRow]:
        return referral_views.list_queue(
            self._office, where, offset=offset, limit=limit, today=self.today
        )

    def _row_key(self, row: QueueRow) -> int:
        return row.id

    def referral_at(self, row: int) -> QueueRow:
        return self._rows[row]

    # -- QAbstractTableModel ------------------------------------------------------------------
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Number"),
            self.tr("Case code"),
            self.tr("Sector"),
            self.tr("Provider"),
            self.tr("Priority"),
            self.tr("Status"),
            self.tr("Sent"),
            self.tr("Due"),
            self.tr("Overdue"),
            self.tr("Consent"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = self._row_for(index), index.column()
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._display(row, column).casefold()
        if role == REFERRAL_ID_ROLE:
            return row.id
        overdue = row.overdue and column in (self.NUMBER, self.DUE, self.OVERDUE)
        withdrawn = row.consent_withdrawn and column in (self.NUMBER, self.CONSENT)
        if role == Qt.ItemDataRole.ForegroundRole and withdrawn:
            return QBrush(WITHDRAWN_FOREGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_FOREGROUND)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and row.overdue
            and column in (self.DUE, self.OVERDUE)
        ):
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and (overdue or withdrawn):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: QueueRow, column: int) -> str | None:
        if row.consent_withdrawn and column in (self.NUMBER, self.CONSENT):
            return self.tr(
                "The person withdrew the consent this referral relied on: it cannot "
                "be sent or printed. Cancel the referral."
            )
        if row.overdue and column in (self.NUMBER, self.DUE, self.OVERDUE):
            days = (self.today - row.due_on).days
            return self.tr("No answer from the provider %n day(s) after the deadline.", "", days)
        if column == self.PRIORITY:
            return term_label(v.REFERRAL_PRIORITY, row.priority)
        if column in (self.SECTOR, self.PROVIDER):
            return self._display(row, column) or None  # the whole text of a narrow cell
        return None

    def _display(self, row: QueueRow, column: int) -> str:
        if column == self.NUMBER:
            return row.number
        if column == self.CASE:
            return row.case_code
        if column == self.SECTOR:
            return term_label(v.SECTORS, row.sector)
        if column == self.PROVIDER:
            return row.provider or self.tr("Not chosen yet")
        if column == self.PRIORITY:  # the deadline is in the tooltip
            short = {
                "emergency": self.tr("Emergency"),
                "urgent": self.tr("Urgent"),
                "normal": self.tr("Normal"),
            }
            return short.get(row.priority) or term_label(v.REFERRAL_PRIORITY, row.priority)
        if column == self.STATUS:
            return term_label(v.REFERRAL_STATUS, row.status)
        if column == self.SENT:
            return row.sent_on.isoformat() if row.sent_on else ""
        if column == self.DUE:
            return row.due_on.isoformat() if row.due_on else ""
        if column == self.OVERDUE:
            return self.tr("Overdue") if row.overdue else ""
        if column == self.CONSENT:
            return self.tr("Withdrawn") if row.consent_withdrawn else ""
        return ""

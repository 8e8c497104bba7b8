"""The service directory as a paged table: 200 services at a time, stale ones marked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from tipdesk.models import vocab as v
from tipdesk.services import directory
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.directory import DirectoryFilter, ServiceRecord
from tipdesk.ui.paged_table_model import PagedTableModel
from tipdesk.ui.terms import term_label
from tipdesk.ui.worker import TaskRunner

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2
STALE_BACKGROUND = QColor("#fff1d6")  # the warning amber of the Administration screens
INACTIVE_FOREGROUND = QColor("#8a8a8a")


class ServiceTableModel(PagedTableModel[ServiceRecord, DirectoryFilter]):
    """Services matching a filter, in the service's order (sector, organisation, site).

    The total is counted when the filter is set; `fetchMore` loads the next page when the
    view scrolls to it (on the runner's worker thread when given one). The rows are loaded in
    pages, so the view does not re-sort them: `SORT_ROLE` serves a proxy over a fully loaded
    model.
    """

    (
        ORGANISATION,
        SECTOR,
        SERVICE_TYPE,
        REGION,
        DISTRICT,
        SITE,
        PHONE,
        TRAFFICKING,
        LAST_VERIFIED,
        STATUS,
    ) = range(10)
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
            office, DirectoryFilter(), parent, page_size=page_size, today=today, runner=runner
        )

    # -- loading ------------------------------------------------------------------------------
    def _count(self, where: DirectoryFilter) -> int:
        return directory.count_services(self._office, where, today=self.today)

    def _page(self, where: DirectoryFilter, offset: int, limit: int) -> list[ServiceRecord]:
        return directory.list_services(
            self._office, where, offset=offset, limit=limit, today=self.today
        )

    def _row_key(self, record: ServiceRecord) -> str:
        return record.ref

    def _ran_out(self) -> None:
        super()._ran_out()
        self._total = len(self._rows)  # services went away since the count

    def record_at(self, row: int) -> ServiceRecord:
        return self._rows[row]

    # -- QAbstractTableModel ------------------------------------------------------------------
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == self.TRAFFICKING:
            return self.tr("Whether the service accepts trafficking cases")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Organisation"),
            self.tr("Sector"),
            self.tr("Service"),
            self.tr("Region"),
            self.tr("District"),
            self.tr("Site"),
            self.tr("Phone"),
            self.tr("Trafficking cases"),
            self.tr("Last verified"),
            self.tr("Status"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        record, column = self._row_for(index), index.column()
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == SORT_ROLE:
            if column == self.LAST_VERIFIED:
                return record.last_verified_on.isoformat() if record.last_verified_on else ""
            return self._display(record, column).casefold()
        if role == REF_ROLE:
            return record.ref
        stale = record.active and record.stale(self.today)
        if role == Qt.ItemDataRole.BackgroundRole and stale:
            return QBrush(STALE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return QBrush(INACTIVE_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column, stale)
        return None

    def is_stale(self, row: int) -> bool:
        """Whether the service of `row` is active but not verified for six months."""
        record = self._rows[row]
        return record.active and record.stale(self.today)

    def _display(self, record: ServiceRecord, column: int) -> str:
        if column == self.ORGANISATION:
            if record.organisation_acronym:
                return f"{record.organisation} ({record.organisation_acronym})"
            return record.organisation
        if column == self.SECTOR:
            return term_label(v.SECTORS, record.sector)
        if column == self.SERVICE_TYPE:
            return record.service_type
        if column == self.REGION:
            return record.admin1
        if column == self.DISTRICT:
            return record.admin2
        if column == self.SITE:
            return record.site
        if column == self.PHONE:
            return record.phone
        if column == self.TRAFFICKING:
            return self.tr("Yes") if record.accepts_trafficking_cases else self.tr("No")
        if column == self.LAST_VERIFIED:
            verified = record.last_verified_on
            return verified.isoformat() if verified else self.tr("Never")
        if column == self.STATUS:
            if not record.active:
                return self.tr("Inactive")
            return self.tr("Check again") if record.stale(self.today) else self.tr("Active")
        return ""

    def _tooltip(self, record: ServiceRecord, column: int, stale: bool) -> str | None:
        lines = []
        if column in (self.ORGANISATION, self.SECTOR, self.SERVICE_TYPE):
            lines.append(self._display(record, column))  # the whole of a clipped cell
        if stale and record.last_verified_on is None:
            lines.append(self.tr("Never verified: call the service to check that it still runs."))
        elif stale:
            lines.append(
                self.tr(
                    "Not verified since %1: call the service to check that it still runs."
                ).replace("%1", record.last_verified_on.isoformat())
            )
        if not record.active:
            lines.append(self.tr("Inactive: not offered for new referrals."))
        return "\n".join(lines) or None

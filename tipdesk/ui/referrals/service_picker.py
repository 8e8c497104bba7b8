"""The directory's services of one sector, to choose the provider of a new referral (or none)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tipdesk.services.directory import ServiceRecord
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.referrals.referral_options import sector_services
from tipdesk.ui.table_views import fit_heading


def _with_sector(office, sector: str) -> tuple[str, list[ServiceRecord]]:
    return sector, sector_services(office, sector)


class ServicePicker(QTableWidget):
    """Organisation, service, site, languages, trafficking cases; the first row is "none"."""

    changed = Signal()  # the chosen service changed (or the list was loaded)
    failed = Signal(str)  # the directory could not be read: what to tell the user

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self._context = context
        self.services: dict[str, list[ServiceRecord]] = {}
        self.sector: str | None = None
        self.task = None
        self.setAccessibleName(self.tr("Services of this sector"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Organisation"),
                self.tr("Service"),
                self.tr("Site"),
                self.tr("Languages"),
                self.tr("Trafficking cases"),
            ]
        )
        self.horizontalHeaderItem(4).setToolTip(
            self.tr("Whether the service accepts victims of trafficking")
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, sample in (
            (2, "Maroua, Far North"),
            (3, "Languages"),
            (4, "Trafficking cases"),
        ):
            header.resizeSection(
                column, fit_heading(self, column, metrics.horizontalAdvance(sample) + 18)
            )
        self.itemSelectionChanged.connect(self.changed)

    def set_sector(self, sector: str) -> None:
        """Show the services of `sector` (read from the directory once, off the UI thread)."""
        self.sector = sector
        if sector in self.services:
            self._fill()
            return
        self.setRowCount(0)
        self.changed.emit()
        self.task = self._context.runner.start(_with_sector, self._context.office, sector)
        self.task.succeeded.connect(self._loaded)
        self.task.failed.connect(self._failed)

    def _loaded(self, result: tuple[str, list[ServiceRecord]]) -> None:
        sector, services = result
        self.services[sector] = services
        if sector == self.sector:  # else the user moved on to another sector meanwhile
            self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(describe_error(exc))

    def _fill(self) -> None:
        services = self.services[self.sector]
        self.setRowCount(len(services) + 1)
        self.setItem(0, 0, QTableWidgetItem(self.tr("No provider yet (choose one later)")))
        self.setSpan(0, 0, 1, 5)
        for row, record in enumerate(services, start=1):
            name = record.organisation + (
                f" ({record.organisation_acronym})" if record.organisation_acronym else ""
            )
            site = ", ".join(x for x in (record.site, record.admin1) if x)
            for column, text in enumerate(
                (
                    name,
                    record.service_type,
                    site,
                    ", ".join(record.languages) or self.tr("any"),
                    self.tr("Yes") if record.accepts_trafficking_cases else self.tr("No"),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
        self.selectRow(0)
        self.changed.emit()

    def selected(self) -> ServiceRecord | None:
        """The chosen service; None for "no provider yet" or while the list loads."""
        rows = self.selectionModel().selectedRows()
        if not rows or rows[0].row() == 0 or self.sector not in self.services:
            return None
        return self.services[self.sector][rows[0].row() - 1]

    def select_ref(self, ref: str) -> bool:
        """Choose the service with stable ID `ref`, if it is listed."""
        for row, record in enumerate(self.services.get(self.sector, []), start=1):
            if record.ref == ref:
                self.selectRow(row)
                return True
        return False

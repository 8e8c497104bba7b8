"""The service directory as a paged table: 200 services at a time, stale ones marked."""

from __future__ import annotations

import gettext
from datetime import date
from functools import cache

import pycountry
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from tipdesk.models import vocab as v
from tipdesk.services import directory
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.directory import DirectoryFilter, ServiceRecord

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2
STALE_BACKGROUND = QColor("#fff1d6")  # the warning amber of the Administration screens
INACTIVE_FOREGROUND = QColor("#8a8a8a")


def term_label(vocabulary: v.Vocabulary, code: str) -> str:
    """The translated label of a vocabulary code (the code itself when unknown)."""
    return QCoreApplication.translate("vocab", vocabulary.label(code))


def term_labels(vocabulary: v.Vocabulary, codes: list[str]) -> str:
    return ", ".join(term_label(vocabulary, code) for code in codes)


@cache
def _language_translator(locale_name: str):
    names = [locale_name, locale_name.split("_")[0]]
    try:
        return gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=names).gettext
    except OSError:
        return str


def language_name(code: str) -> str:
    """The name of an ISO 639-3 language in the interface language (English if untranslated)."""
    language = pycountry.languages.get(alpha_3=code)
    if language is None:
        return code
    return _language_translator(QLocale().name())(language.name)


def language_names(codes: list[str]) -> str:
    return ", ".join(language_name(code) for code in codes)


class ServiceTableModel(QAbstractTableModel):
    """Services matching a filter, in the service's order (sector, organisation, site).

    The total is counted when the filter is set; `fetchMore` loads the next page when the
    view scrolls to it. The rows are loaded in pages, so the view does not re-sort them:
    `SORT_ROLE` serves a proxy over a fully loaded model.
    """

    (ORGANISATION, SECTOR, SERVICE_TYPE, REGION, DISTRICT, SITE, PHONE, TRAFFICKING,
     LAST_VERIFIED, STATUS) = range(10)
    COLUMN_COUNT = 10
    PAGE_SIZE = 200

    def __init__(self, office: UnlockedOffice, parent: QObject | None = None, *,
                 page_size: int = PAGE_SIZE, today: date | None = None) -> None:
        super().__init__(parent)
        self._office = office
        self._page_size = page_size
        self._today = today
        self._filter = DirectoryFilter()
        self._rows: list[ServiceRecord] = []
        self._total = 0

    # -- loading ------------------------------------------------------------------------------
    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def filter(self) -> DirectoryFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many services matched the filter when it was set."""
        return self._total

    def set_filter(self, where: DirectoryFilter) -> None:
        """Show the services matching `where`, from the first one."""
        self._filter = where
        self.reload()

    def reload(self) -> None:
        """Count again and drop the loaded rows; then load the first page."""
        self.beginResetModel()
        self._rows = []
        self._total = directory.count_services(self._office, self._filter, today=self.today)
        self.endResetModel()
        self.fetchMore()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        page = directory.list_services(self._office, self._filter, offset=len(self._rows),
                                       limit=self._page_size, today=self.today)
        page = page[: self._total - len(self._rows)]
        if not page:
            self._total = len(self._rows)  # services went away since the count
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def record_at(self, row: int) -> ServiceRecord:
        return self._rows[row]

    def row_of(self, ref: str) -> int | None:
        """The row showing service `ref`, if it is loaded."""
        for row, record in enumerate(self._rows):
            if record.ref == ref:
                return row
        return None

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record, column = self._rows[index.row()], index.column()
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
            lines.append(self.tr("Never verified: call the service to check that it still "
                                 "runs."))
        elif stale:
            lines.append(self.tr("Not verified since %1: call the service to check that it "
                                 "still runs.").replace("%1", record.last_verified_on.isoformat()))
        if not record.active:
            lines.append(self.tr("Inactive: not offered for new referrals."))
        return "\n".join(lines) or None

"""Directory gaps as a grid: a row per sector, a column per region, what is missing in each."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from tipdesk.models import vocab as v
from tipdesk.services.gaps import GAP_KINDS, Gap
from tipdesk.ui.terms import term_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS_ROLE = Qt.ItemDataRole.UserRole + 2  # the gap kind codes of a cell, a tuple
ALL_MISSING = QColor("#f9d6d2")
SOME_MISSING = QColor("#fff1d6")
NOTHING_MISSING = QColor("#e3f1e1")


def gap_kind_label(kind: str) -> str:
    return QCoreApplication.translate("gaps", GAP_KINDS.get(kind, kind))


class GapTableModel(QAbstractTableModel):
    """Every sector against every region of the directory (small: 12 rows, a few columns)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sectors: tuple[str, ...] = v.SECTORS.codes
        self._regions: list[str] = []
        self._missing: dict[tuple[str, str], tuple[str, ...]] = {}

    def set_gaps(self, gaps: list[Gap], regions: list[str]) -> None:
        """Show `gaps` over `regions` (a region without a gap in a sector is covered there)."""
        self.beginResetModel()
        self._regions = sorted(set(regions) | {gap.admin1 for gap in gaps})
        self._missing = {(gap.sector, gap.admin1): gap.kinds for gap in gaps}
        self.endResetModel()

    @property
    def regions(self) -> list[str]:
        return list(self._regions)

    def sector_at(self, row: int) -> str:
        return self._sectors[row]

    def region_at(self, column: int) -> str:
        return self._regions[column]

    def missing(self, sector: str, region: str) -> tuple[str, ...]:
        return self._missing.get((sector, region), ())

    def gap_count(self) -> int:
        """How many sector-and-region cells lack something."""
        return sum(1 for kinds in self._missing.values() if kinds)

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self._regions else len(self._sectors)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._regions)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._regions[section] if section < len(self._regions) else None
        return term_label(v.SECTORS, self._sectors[section])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        kinds = self.missing(self._sectors[index.row()], self._regions[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            if not kinds:
                return self.tr("Nothing missing")
            return "\n".join(gap_kind_label(kind) for kind in kinds)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = (
                self.tr("%1 in %2")
                .replace("%1", term_label(v.SECTORS, self._sectors[index.row()]))
                .replace("%2", self._regions[index.column()])
            )
            if not kinds:
                return where + ": " + self.tr("nothing missing.")
            return where + ":\n" + "\n".join("• " + gap_kind_label(kind) for kind in kinds)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not kinds:
                return QBrush(NOTHING_MISSING)
            return QBrush(ALL_MISSING if len(kinds) == len(GAP_KINDS) else SOME_MISSING)
        if role == SORT_ROLE:
            return len(kinds)
        if role == KINDS_ROLE:
            return kinds
        return None

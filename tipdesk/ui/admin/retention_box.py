"""Retention: closed cases past the retention period, purged for good on request.

The candidates are looked for on the worker thread: over 100,000 cases, finding the closed
ones past the period reads for 20-70 ms, which the window does not wait for.
"""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from tipdesk.services import retention, settings
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.admin.common import StatusLabel, plural, run_with_progress
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.worker import TaskCancelled


def purge_codes(office: UnlockedOffice, codes: list[str]) -> Iterator[tuple[int, int]]:
    """Purge the cases one by one (each its own unit of work); yields (done, total)."""
    done: list[str] = []
    for code in codes:
        yield len(done), len(codes)
        retention.purge_case(office, code)
        done.append(code)
    yield len(done), len(codes)
    return done


def read_candidates(office: UnlockedOffice) -> tuple[int, list[retention.PurgeCandidate]]:
    """The retention period in months, and the cases past it (on the worker thread)."""
    return settings.get_settings(office).retention_months, retention.purge_candidates(office)


class PurgeCandidateModel(QAbstractTableModel):
    """The purge candidates as a table (case, closed on), replaced whole by `show`: ten
    thousand items added one by one held the window 110 ms."""

    CASE, CLOSED_ON = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._candidates: list[retention.PurgeCandidate] = []

    def show(self, candidates: list[retention.PurgeCandidate]) -> None:
        self.beginResetModel()
        self._candidates = list(candidates)
        self.endResetModel()

    def candidate_at(self, row: int) -> retention.PurgeCandidate:
        return self._candidates[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._candidates)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Case"), self.tr("Closed on"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        candidate = self._candidates[index.row()]
        if index.column() == self.CASE:
            return candidate.code
        return candidate.closed_on.isoformat() if candidate.closed_on else ""


class RetentionBox(QGroupBox):
    """The purge candidates (case code, closed on) and the two purge buttons."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Retention"))
        self._office = context.office
        self._runner = context.runner
        self.task = None
        self._generation = 0  # which look-up the list shown (or awaited) belongs to
        self.loading = False
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.model = PurgeCandidateModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Closed cases past the retention period"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.purge_selected_button = QPushButton(self.tr("Purge selecte&d…"))
        self.purge_selected_button.setAccessibleName(self.tr("Purge selected cases"))
        self.purge_selected_button.clicked.connect(self.purge_selected)
        self.purge_all_button = QPushButton(self.tr("Purge all e&xpired…"))
        self.purge_all_button.setAccessibleName(self.tr("Purge all expired cases"))
        self.purge_all_button.clicked.connect(self.purge_all)
        self.status = StatusLabel()
        row = QHBoxLayout()
        row.addWidget(self.purge_selected_button)
        row.addWidget(self.purge_all_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        """Look for the cases past the retention period again, on the worker thread."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.purge_all_button.setEnabled(False)  # until the count it would purge is known
        self._selection_changed()
        self.rule_label.setText(self.tr("Looking for closed cases past the retention period…"))
        task = self._runner.start(read_candidates, self._office)
        task.succeeded.connect(
            lambda found: shiboken6.isValid(self) and self._show(generation, found)
        )
        task.failed.connect(lambda exc: shiboken6.isValid(self) and self._not_read(generation, exc))

    def _not_read(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return  # a newer look-up is under way
        self.loading = False
        self.rule_label.clear()
        self.status.show_error(describe_error(exc))

    def _show(self, generation: int, found: tuple[int, list[retention.PurgeCandidate]]) -> None:
        if generation != self._generation:
            return  # overtaken by a newer look-up
        self.loading = False
        months, candidates = found
        cutoff = retention.retention_cutoff(months)
        self.model.show(candidates)
        rule = (
            self.tr(
                "Closed cases are kept for %1 months: those closed on or before %2 may "
                "now be purged."
            )
            .replace("%1", str(months))
            .replace("%2", cutoff.isoformat())
        )
        if candidates:
            rule += " " + plural(
                len(candidates),
                self.tr("1 case is past this period."),
                self.tr("%1 cases are past this period."),
            )
        else:
            rule += " " + self.tr("No case is past this period.")
        self.rule_label.setText(rule)
        self.purge_all_button.setEnabled(bool(candidates))
        self._selection_changed()

    def selected_codes(self) -> list[str]:
        """The codes of the rows selected, in the table's order (read from the selection's
        ranges: asking for every selected index of 10,000 rows took 150 ms)."""
        ranges = self.table.selectionModel().selection()
        rows = sorted({row for part in ranges for row in range(part.top(), part.bottom() + 1)})
        return [self.model.candidate_at(row).code for row in rows]

    def _selection_changed(self, *_args) -> None:
        self.purge_selected_button.setEnabled(self.table.selectionModel().hasSelection())

    def _confirm(self, count: int) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Purge cases"),
            plural(count, self.tr("Purge 1 case?"), self.tr("Purge %1 cases?"))
            + "\n\n"
            + self.tr(
                "Everything recorded about the person is deleted for good; only the case "
                "code stays in the audit trail. This cannot be undone (except by restoring "
                "an older backup)."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def purge_selected(self) -> None:
        codes = self.selected_codes()
        if not codes or not self._confirm(len(codes)):
            return
        self._start(purge_codes, self._office, codes, cancellable=True)

    def purge_all(self) -> None:
        count = self.model.rowCount()
        if not count or not self._confirm(count):
            return
        self._start(retention.purge_expired, self._office)

    def _start(self, fn, *args, cancellable: bool = False) -> None:
        self.purge_selected_button.setEnabled(False)
        self.purge_all_button.setEnabled(False)
        self.status.clear_message()
        self.task, self.progress = run_with_progress(
            self, self._runner, self.tr("Purging cases…"), fn, *args, cancellable=cancellable
        )
        self.task.succeeded.connect(self._purged)
        self.task.failed.connect(self._failed)

    def _purged(self, codes: list[str]) -> None:
        self.refresh()
        self.status.show_success(
            plural(len(codes), self.tr("1 case purged."), self.tr("%1 cases purged."))
        )

    def _failed(self, exc: BaseException) -> None:
        self.refresh()
        if isinstance(exc, TaskCancelled):
            self.status.show_info(
                self.tr(
                    "Stopped. The cases purged before you cancelled are "
                    "gone; the others are still listed."
                )
            )
            return
        self.status.show_error(describe_error(exc))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

"""The Audit trail tab: who did what to which record, filtered, with the hash chain checked.

The events are counted and read on the worker thread (over 100,000 of them in a busy
office), the first page when the tab is first shown; the chain is checked in a worker
process. A broken chain's first bad event is selected once the rows being read have arrived.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.services import audit_log
from tipdesk.services.audit import ChainReport
from tipdesk.services.audit_log import AuditFilter
from tipdesk.ui.admin.common import StatusLabel, plural
from tipdesk.ui.audit_table_model import AuditTableModel
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.table_views import fit_heading, record_table

NO_DATE = QDate(2000, 1, 1)  # the date edits show "any" at this minimum


def local_day_start(day: QDate) -> datetime:
    """Midnight at the start of `day` in local time, as stored times are: naive UTC."""
    local = datetime.combine(day.toPython(), time())
    return local.astimezone(UTC).replace(tzinfo=None)


class AuditTab(QWidget):
    """A paged table of audit events, filter inputs, and the chain check."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = context.office
        self._runner = context.runner
        self.task = None
        self.report: ChainReport | None = None

        self.action_edit = self._line(self.tr("Action starts with"), self.tr("e.g. user. or case"))
        self.user_edit = self._line(self.tr("User name"), self.tr("e.g. amina"))
        self.record_edit = self._line(self.tr("Record"), self.tr("e.g. CMR-2026-0001"))
        self.from_edit = self._date(self.tr("From date"))
        self.to_edit = self._date(self.tr("To date"))
        self.apply_button = QPushButton(self.tr("F&ilter"))
        self.apply_button.setAccessibleName(self.tr("Apply filter"))
        self.apply_button.clicked.connect(self.apply_filter)
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear filter"))
        self.clear_button.clicked.connect(self.clear_filter)

        filters = QGridLayout()
        for row, column, caption, field in (
            (0, 0, self.tr("&Action:"), self.action_edit),
            (0, 2, self.tr("U&ser:"), self.user_edit),
            (0, 4, self.tr("R&ecord:"), self.record_edit),
            (1, 0, self.tr("Fro&m:"), self.from_edit),
            (1, 2, self.tr("&To:"), self.to_edit),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            filters.addWidget(label, row, column)
            filters.addWidget(field, row, column + 1)
        filter_buttons = QHBoxLayout()
        filter_buttons.addStretch(1)
        filter_buttons.addWidget(self.apply_button)
        filter_buttons.addWidget(self.clear_button)
        filters.addLayout(filter_buttons, 1, 4, 1, 2)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)

        self.model = AuditTableModel(self._office, self, runner=self._runner)
        self.table = record_table(self.model, self.tr("Audit events"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, chars in (
            (AuditTableModel.WHEN, 20),
            (AuditTableModel.USER, 12),
            (AuditTableModel.ACTION, 24),
            (AuditTableModel.RECORD_TYPE, 13),
            (AuditTableModel.RECORD, 16),
        ):
            width = self.fontMetrics().averageCharWidth() * chars + 16
            header.resizeSection(column, fit_heading(self.table, column, width))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.count_label = QLabel()
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.setAccessibleName(self.tr("Verify the audit chain"))
        self.verify_button.setToolTip(
            self.tr("Check that no event was changed, removed or moved since it was recorded.")
        )
        self.verify_button.clicked.connect(self.verify_chain)
        self.chain_label = StatusLabel()
        self.status = StatusLabel()  # a filter that could not be applied, events not read
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        layout.addWidget(self.chain_label)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.loading_changed.connect(self._update_count)
        self.model.load_failed.connect(lambda exc: self.status.show_error(describe_error(exc)))
        # Nothing is read until the page shows the tab (`refresh`).

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.returnPressed.connect(self.apply_filter)
        return edit

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        return edit

    # -- filtering ----------------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        """The filter the inputs describe; dates are whole local days, both included."""
        since = until = None
        if self.from_edit.date() != NO_DATE:
            since = local_day_start(self.from_edit.date())
        if self.to_edit.date() != NO_DATE:
            until = local_day_start(self.to_edit.date()) + timedelta(days=1)
        return AuditFilter(
            action=self.action_edit.text().strip() or None,
            username=self.user_edit.text().strip() or None,
            record_ref=self.record_edit.text().strip() or None,
            since=since,
            until=until,
        )

    @property
    def loading(self) -> bool:
        """Whether events are being read (or a chain report waits for them)."""
        return self.model.pending

    def apply_filter(self) -> None:
        """Count and read the events the inputs describe, on the worker thread."""
        self.status.clear_message()
        try:
            self.model.set_filter(self.current_filter())  # the first page with the count
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self.status.show_error(describe_error(exc))
        self._update_count()

    def clear_filter(self) -> None:
        for edit in (self.action_edit, self.user_edit, self.record_edit):
            edit.clear()
        for edit in (self.from_edit, self.to_edit):
            edit.setDate(NO_DATE)
        self.apply_filter()

    def refresh(self) -> None:
        """Load again from the newest event (when the tab is shown)."""
        self.apply_filter()

    def _update_count(self, *_args) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if self.model.loading and shown == 0:
            text = self.tr("Reading the audit trail…")
        elif total == 0:
            text = self.tr("No events match this filter.")
        elif shown < total:
            text = (
                self.tr("%1 events; the newest %2 are shown, scroll down for more.")
                .replace("%1", str(total))
                .replace("%2", str(shown))
            )
        else:
            text = plural(total, self.tr("1 event."), self.tr("%1 events."))
        self.count_label.setText(text)

    # -- the chain ----------------------------------------------------------------------------
    def verify_chain(self) -> None:
        """Walk the whole chain in a worker process; the result is shown under the table.

        Not on a thread: hashing 100,000 events there shares Python's lock with the window,
        which it held for up to 190 ms at a time (the check takes about 2 s more in a process,
        which has to start and read the events afresh, but the window never waits)."""
        if self.task is not None and not self.task.done:
            return
        self.verify_button.setEnabled(False)
        self.chain_label.show_info(self.tr("Checking every event of the audit trail…"))
        self.task = self._runner.start_in_process(audit_log.check_chain, self._office)
        self.task.succeeded.connect(self._chain_checked)
        self.task.failed.connect(self._chain_failed)

    def _chain_checked(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        self.report = report
        if report.intact:
            self.chain_label.show_success(
                plural(
                    report.events,
                    self.tr("Intact: 1 event; it was not changed, removed or moved."),
                    self.tr("Intact: %1 events; none was changed, removed or moved."),
                )
            )
            return
        if self.model.loading:  # its event may be among the rows being read
            self.chain_label.show_info(self.tr("Finding the first changed event in the list…"))
        self.model.reveal(
            [report.first_bad_id], lambda rows: self._show_broken(report, rows), seek=False
        )

    def _show_broken(self, report: ChainReport, rows: list[int]) -> None:
        text = (
            self.tr("Broken at event %1: %2.")
            .replace("%1", str(report.first_bad_id))
            .replace("%2", report.problem or "")
        )
        if not rows:
            text += " " + self.tr(
                "That event is not in the list shown: clear the filter and scroll down to it."
            )
        else:
            row = rows[0]
            self.table.selectRow(row)
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter
            )
        text += " " + self.tr(
            "Someone changed the database outside TIPDesk. Keep this laptop "
            "as it is and tell your supervisor."
        )
        self.chain_label.show_error(text)

    def _chain_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.chain_label.show_error(describe_error(exc))

"""The Referrals section: the focal points' queue, one referral's detail, feedback and forms."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tipdesk.models import vocab as v
from tipdesk.services import referrals
from tipdesk.services.permissions import may
from tipdesk.services.referral_views import QueueFilter, ReferralView, in_queue, referral_view
from tipdesk.ui.admin.common import StatusLabel, plural
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.referral_table_model import REFERRAL_ID_ROLE, ReferralTableModel
from tipdesk.ui.referrals.form_output import FormOutput
from tipdesk.ui.referrals.new_referral_dialog import NewReferralDialog, open_new_referral
from tipdesk.ui.referrals.referral_detail import ReferralDetail
from tipdesk.ui.referrals.status_dialog import StatusDialog, next_statuses
from tipdesk.ui.table_views import record_table, size_columns
from tipdesk.ui.terms import term_label

DETAIL_DELAY_MS = 200  # arrowing down the list opens (and audits) only where it stops


class ReferralsPage(QWidget):
    """Filters and overdue counts over the paged queue; the chosen referral below it."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._office = context.office
        self.detail_task = None
        self.status_dialog: StatusDialog | None = None
        self.new_dialog: NewReferralDialog | None = None

        self.status_combo = self._combo(self.tr("Status"), self.tr("Any status"), v.REFERRAL_STATUS)
        self.sector_combo = self._combo(self.tr("Sector"), self.tr("Any sector"), v.SECTORS)
        self.priority_combo = self._combo(
            self.tr("Priority"), self.tr("Any priority"), v.REFERRAL_PRIORITY
        )
        self.overdue_check = self._check(self.tr("O&verdue only"), False)
        self.open_check = self._check(self.tr("Op&en only"), True)
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("S&tatus:"), self.status_combo),
            (self.tr("Se&ctor:"), self.sector_combo),
            (self.tr("P&riority:"), self.priority_combo),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)

        self.overdue_label = QLabel()
        self.overdue_label.setAccessibleName(self.tr("Overdue referrals by priority"))
        self.count_label = QLabel()
        for label in (self.overdue_label, self.count_label):
            label.setWordWrap(True)  # a long (translated) line wraps: the window stays narrow
        header_line = QHBoxLayout()
        header_line.addWidget(self.overdue_label, 1)
        header_line.addWidget(self.overdue_check)
        header_line.addWidget(self.open_check)
        header_line.addSpacing(12)
        header_line.addWidget(self.count_label, 1)

        self.model = ReferralTableModel(self._office, self, runner=context.runner)  # off-thread
        self.table = record_table(self.model, self.tr("Referrals"))
        header = self.table.horizontalHeader()
        size_columns(
            self.table,
            [
                (ReferralTableModel.NUMBER, "REF-2026-00000"),
                (ReferralTableModel.CASE, "CMR-2026-0000"),
                (ReferralTableModel.SECTOR, "Child protection"),
                (ReferralTableModel.PRIORITY, "Emergency"),
                (ReferralTableModel.STATUS, "Declined by the"),
                (ReferralTableModel.SENT, "2026-00-00"),
                (ReferralTableModel.DUE, "2026-00-00"),
                (ReferralTableModel.OVERDUE, "Overdue"),
                (ReferralTableModel.CONSENT, "Withdrawn"),
            ],
        )
        header.setSectionResizeMode(ReferralTableModel.PROVIDER, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.change_status())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                self.change_status,
                context=Qt.ShortcutContext.WidgetShortcut,
            )

        self.detail = ReferralDetail()
        scroll = QScrollArea()
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 330])
        self.splitter.setChildrenCollapsible(False)

        self.new_button = self._button(self.tr("&New referral…"), self.new_referral)
        self.new_button.setVisible(may(self._office.user.role, "referrals.create"))
        self.status_button = self._button(
            self.tr("Recor&d feedback / change status…"), self.change_status
        )
        self.print_button = self._button(self.tr("&Print…"), self.print_form)
        self.save_button = self._button(self.tr("&Save as PDF…"), self.save_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for button in (self.status_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        self.status = StatusLabel()

        self.output = FormOutput(context, self)
        self.output.finished.connect(self._output_finished)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._load_detail)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(header_line)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.loading_changed.connect(self._update_count)
        self.model.load_failed.connect(self._load_failed)
        self._update_buttons()

    def _combo(self, name: str, any_text: str, vocabulary: v.Vocabulary) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(any_text, None)
        for code in vocabulary.codes:
            combo.addItem(term_label(vocabulary, code), code)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    def _check(self, text: str, checked: bool) -> QCheckBox:
        check = QCheckBox(text)
        check.setChecked(checked)
        check.setAccessibleName(text.replace("&", ""))
        check.toggled.connect(self.apply_filter)
        return check

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)  # a child already: shown alone it would be a window
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()  # feedback may have come in from elsewhere since

    # -- the queue ----------------------------------------------------------------------------
    def current_filter(self) -> QueueFilter:
        return QueueFilter(
            status=self.status_combo.currentData(),
            sector=self.sector_combo.currentData(),
            priority=self.priority_combo.currentData(),
            overdue_only=self.overdue_check.isChecked(),
            open_only=self.open_check.isChecked(),
        )

    def apply_filter(self) -> None:
        self.refresh(keep=None)

    def refresh(self, keep: int | None | bool = True, *, seek: bool = False) -> None:
        """Read the queue and the overdue counts again, on worker threads; once read, choose
        `keep` (True: the referral chosen now) if on the first page, or wherever it is with
        `seek` (reading pages until it shows)."""
        chosen = self.selected_id() if keep is True else keep or None
        self.model.set_filter(self.current_filter())
        if chosen is None:
            self.detail.clear()
            self._update_buttons()
        else:
            self.model.reveal([chosen], self._choose, seek=seek)
        counting = self._context.runner.start(referrals.overdue_counts, self._office)
        counting.succeeded.connect(lambda n: shiboken6.isValid(self) and self._show_overdue(n))
        counting.failed.connect(lambda exc: shiboken6.isValid(self) and self._load_failed(exc))

    def select(self, referral_id: int) -> None:
        """Choose the referral in the list, reading pages until it shows (none if filtered)."""
        self.model.reveal([referral_id], self._choose)

    def _choose(self, rows: list[int]) -> None:
        if rows:
            self.table.selectRow(rows[0])
            self.table.scrollTo(self.model.index(rows[0], 0))
        else:
            self.detail.clear()
        self._update_buttons()

    def _load_failed(self, exc: BaseException) -> None:
        self.status.show_error(describe_error(exc))

    def _show_overdue(self, counts: dict[str, int]) -> None:
        if not any(counts.values()):
            self.overdue_label.setStyleSheet("color: #1b5e20;")
            self.overdue_label.setText(self.tr("No referral is overdue."))
            return
        self.overdue_label.setStyleSheet("color: #8c1d18; font-weight: bold;")
        self.overdue_label.setText(
            self.tr("Overdue: %1 emergency · %2 urgent · %3 normal")
            .replace("%1", str(counts.get("emergency", 0)))
            .replace("%2", str(counts.get("urgent", 0)))
            .replace("%3", str(counts.get("normal", 0)))
        )

    def _update_count(self, *_args: object) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if self.model.loading and shown == 0:
            text = self.tr("Loading referrals…")
        elif total == 0:
            text = self.tr("No referral matches these filters.")
        elif shown < total:
            text = (
                self.tr("%1 referrals; %2 shown, scroll down for more.")
                .replace("%1", str(total))
                .replace("%2", str(shown))
            )
        else:
            text = plural(total, self.tr("1 referral."), self.tr("%1 referrals."))
        self.count_label.setText(text)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(REFERRAL_ID_ROLE) if rows else None

    # -- the detail ---------------------------------------------------------------------------
    def _selection_changed(self, *_args: object) -> None:
        if self.detail.view is None or self.detail.view.id != self.selected_id():
            self.detail.clear(self.tr("Opening…") if self.selected_id() else None)
        self._update_buttons()
        if self.selected_id() is not None:
            self._detail_timer.start()

    def _load_detail(self) -> None:
        referral_id = self.selected_id()
        if referral_id is None:
            return
        self.detail_task = self._context.runner.start(referral_view, self._office, referral_id)
        self.detail_task.succeeded.connect(self._detail_loaded)
        self.detail_task.failed.connect(self._detail_failed)

    def _detail_loaded(self, view: ReferralView) -> None:
        if view.id == self.selected_id():
            self.detail.show_view(view)
            self._update_buttons()

    def _detail_failed(self, exc: BaseException) -> None:
        self.detail.clear(describe_error(exc))

    def _update_buttons(self) -> None:
        view = self.detail.view
        self.print_button.setEnabled(view is not None)
        self.save_button.setEnabled(view is not None)
        self.status_button.setEnabled(view is not None and bool(next_statuses(view)))
        if view is not None and not next_statuses(view):
            self.status_button.setToolTip(
                self.tr(
                    "This referral is closed (%1): its status does not change any more."
                ).replace("%1", term_label(v.REFERRAL_STATUS, view.status))
            )
        else:
            self.status_button.setToolTip("")

    # -- actions ------------------------------------------------------------------------------
    def change_status(self) -> StatusDialog | None:
        view = self.detail.view
        if view is None or not next_statuses(view):
            return None
        self.status_dialog = StatusDialog(self._context, view, self)
        self.status_dialog.recorded.connect(self._status_recorded)
        self.status_dialog.open()
        return self.status_dialog

    def _status_recorded(self, referral_id: int, status: str) -> None:
        listed = in_queue(self._office, self.model.filter, referral_id)
        self.refresh(keep=referral_id, seek=listed)
        number = self.status_dialog.view.number if self.status_dialog else str(referral_id)
        text = (
            self.tr("%1 is now: %2.")
            .replace("%1", number)
            .replace("%2", term_label(v.REFERRAL_STATUS, status))
        )
        if not listed:
            text += " " + self.tr("It no longer matches the filters, so it left the list.")
        self.status.show_success(text)

    def print_form(self) -> None:
        view = self.detail.view
        if view is not None:
            self.output.print_form(view.id, consent_withdrawn=view.consent_withdrawn)

    def save_pdf(self) -> None:
        view = self.detail.view
        if view is not None:
            self.output.save_pdf(view.id, view.number, consent_withdrawn=view.consent_withdrawn)

    def _output_finished(self, ok: bool, message: str) -> None:
        (self.status.show_success if ok else self.status.show_error)(message)

    def new_referral(self) -> NewReferralDialog | None:
        """Ask for the case code, then open the new-referral dialog for that case."""
        code, ok = QInputDialog.getText(
            self, self.tr("New referral"), self.tr("Case code of the person to refer:")
        )
        if not ok or not code.strip():
            return None
        self.new_dialog = open_new_referral(self._context, self, code.strip().upper())
        self.new_dialog.created.connect(self._created)
        return self.new_dialog

    def _created(self, referral_id: int, number: str) -> None:
        self.refresh(keep=referral_id, seek=True)
        self.status.show_success(self.tr("%1 created as a draft.").replace("%1", number))

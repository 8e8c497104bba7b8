"""Recording a provider's feedback or a change of status: only the moves the service allows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tipdesk.models import vocab as v
from tipdesk.services import referrals
from tipdesk.services.referral_views import ReferralView
from tipdesk.ui.admin.common import StatusLabel
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.terms import term_label


def next_statuses(view: ReferralView) -> list[str]:
    """The statuses `view` may move to, in the vocabulary's order ("sent" not once withdrawn)."""
    allowed = referrals.TRANSITIONS.get(view.status, set())
    return [
        code
        for code in v.REFERRAL_STATUS.codes
        if code in allowed and not (code == "sent" and view.consent_withdrawn)
    ]


class StatusDialog(QDialog):
    """Choose the new status, a date when it is sent, and a note; recorded off the UI thread."""

    recorded = Signal(int, str)  # referral id, new status

    def __init__(
        self, context: PageContext, view: ReferralView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.view = view
        self.task = None
        self.setWindowTitle(self.tr("Record feedback or a change of status"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr("%1 is now: %2.")
            .replace("%1", view.number)
            .replace("%2", term_label(v.REFERRAL_STATUS, view.status))
        )
        intro.setWordWrap(True)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("New status"))
        for code in next_statuses(view):
            self.status_combo.addItem(term_label(v.REFERRAL_STATUS, code), code)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setAccessibleName(self.tr("Sent on"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setToolTip(self.tr("The response deadline counts from this day."))
        self.date_label = QLabel(self.tr("&Sent on:"))
        self.date_label.setBuddy(self.date_edit)
        self.date_hint = QLabel(self.tr("Recorded with today's date."))
        self.date_hint.setStyleSheet("color: #555;")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Feedback or note"))
        self.note_edit.setPlaceholderText(
            self.tr(
                "What the provider said, or why the status changed. No names: the case code is "
                "enough."
            )
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().height() * 5)
        self.message = StatusLabel()

        form = QFormLayout()
        status_label = QLabel(self.tr("New s&tatus:"))
        status_label.setBuddy(self.status_combo)
        form.addRow(status_label, self.status_combo)
        form.addRow(self.date_label, self.date_edit)
        form.addRow("", self.date_hint)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Record"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._status_changed()

    def chosen_status(self) -> str | None:
        return self.status_combo.currentData()

    def _status_changed(self) -> None:
        sending = self.chosen_status() == "sent"
        self.date_label.setVisible(sending)
        self.date_edit.setVisible(sending)
        self.date_hint.setVisible(not sending)
        self.ok_button.setEnabled(self.chosen_status() is not None)

    def record(self) -> None:
        """Ask the service to move the referral; the dialog closes when it is recorded."""
        status = self.chosen_status()
        if status is None or (self.task is not None and not self.task.done):
            return
        on: date | None = self.date_edit.date().toPython() if status == "sent" else None
        self.ok_button.setEnabled(False)
        self.message.show_info(self.tr("Recording…"))
        self.task = self._context.runner.start(
            referrals.set_status,
            self._context.office,
            self.view.id,
            status,
            note=self.note_edit.toPlainText(),
            on=on,
        )
        self.task.succeeded.connect(self._recorded)
        self.task.failed.connect(self._failed)

    def _recorded(self, _result: object) -> None:
        self.recorded.emit(self.view.id, self.chosen_status())
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.message.show_error(describe_error(exc))

"""The Closure tab: close a case with an HTCDS closure reason (closed, or closed and referred)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from tipdesk.models import Case
from tipdesk.models import vocab as v
from tipdesk.services import case_file
from tipdesk.ui.cases.case_tab import CaseTab
from tipdesk.ui.cases.common import fill_choices
from tipdesk.ui.terms import term_label

CLOSED = ("closed", "closed-referred")


class ClosureTab(CaseTab):
    """Shows how a closed case was closed; on an open case, closes it after a confirmation."""

    key = "closure"

    def __init__(self, office, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.closed_label = QLabel()
        self.closed_label.setWordWrap(True)
        self.reason_combo = QComboBox()
        self.reason_combo.setAccessibleName(self.tr("Closure reason"))
        fill_choices(self.reason_combo, v.CLOSURE_REASONS, none_text=self.tr("Choose a reason"))
        self.reason_combo.currentIndexChanged.connect(self._reason_changed)
        self.reason_combo.setMaximumWidth(420)
        self.referred_check = QCheckBox(
            self.tr("The person &was referred on (status: closed, referred)")
        )
        self.referred_check.setAccessibleName(self.tr("Closed and referred"))
        self.closed_on_edit = QDateEdit()
        self.closed_on_edit.setAccessibleName(self.tr("Closing date"))
        self.closed_on_edit.setCalendarPopup(True)
        self.closed_on_edit.setDisplayFormat("yyyy-MM-dd")
        self.closed_on_edit.setMaximumWidth(160)
        self.close_button = QPushButton(self.tr("Close c&ase…"))
        self.close_button.setAccessibleName(self.tr("Close the case"))
        self.close_button.clicked.connect(self.close_case)
        self.form_box = QGroupBox(self.tr("Close this case"))
        form = QFormLayout(self.form_box)
        form.addRow(self.tr("R&eason:"), self.reason_combo)
        form.addRow("", self.referred_check)
        form.addRow(self.tr("Close&d on:"), self.closed_on_edit)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.close_button)
        form.addRow(button_row)
        self.body.addWidget(self.closed_label)
        self.body.addWidget(self.form_box)
        self.body.addStretch(1)

    def show_case(self, case: Case, editable: bool) -> None:
        closed = case.status in CLOSED
        if closed:
            self.closed_label.setText(
                self.tr("%1 on %2. Reason: %3.")
                .replace("%1", term_label(v.CASE_STATUS, case.status))
                .replace("%2", case.closed_on.isoformat() if case.closed_on else "—")
                .replace("%3", term_label(v.CLOSURE_REASONS, case.closure_reason) or "—")
            )
        elif editable:
            self.closed_label.setText(
                self.tr(
                    "Close the case when no further action is planned. Open referrals and "
                    "follow-up actions are not changed."
                )
            )
        else:
            self.closed_label.setText(self.tr("This case is open."))
        self.form_box.setVisible(editable and not closed)
        self.reason_combo.setCurrentIndex(0)
        self.referred_check.setChecked(False)
        today = date.today()
        self.closed_on_edit.setDateRange(QDate(case.registration_date), QDate(today))
        self.closed_on_edit.setDate(QDate(today))
        self._reason_changed()

    def _reason_changed(self) -> None:
        if self.reason_combo.currentData() == "referred":
            self.referred_check.setChecked(True)
        self.close_button.setEnabled(self.reason_combo.currentData() is not None)

    def close_case(self) -> None:
        reason = self.reason_combo.currentData()
        if reason is None:
            self.status.show_error(self.tr("Choose a closure reason."))
            return
        referred = self.referred_check.isChecked()
        status = "closed-referred" if referred else "closed"
        answer = QMessageBox.question(
            self,
            self.tr("Close case"),
            self.tr("Close case %1 as '%2' (reason: %3)?")
            .replace("%1", self.code)
            .replace("%2", term_label(v.CASE_STATUS, status))
            .replace("%3", term_label(v.CLOSURE_REASONS, reason)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, _ = self.status.run(
            case_file.close_case,
            self.office,
            self.code,
            reason,
            referred=referred,
            closed_on=self.closed_on_edit.date().toPython(),
        )
        if ok:
            self.after_save(self.tr("The case was closed."))

"""The Consent tab: every consent decision, and withdrawing one (it flags open referrals)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from tipdesk.models import Case, Consent
from tipdesk.models import vocab as v
from tipdesk.services import case_file
from tipdesk.ui.cases.case_tab import CaseTab
from tipdesk.ui.cases.common import ReadOnlyTable, local_time
from tipdesk.ui.cases.consent_dialog import ConsentDialog
from tipdesk.ui.terms import term_label

WITHDRAWN = QColor("#6b6b6b")


def purpose(consent: Consent) -> str:
    """What the consent is for: its scope, with the sector or partner it names."""
    text = term_label(v.CONSENT_SCOPES, consent.scope)
    detail = term_label(v.SECTORS, consent.sector) if consent.sector else consent.partner
    return f"{text}: {detail}" if detail else text


class ConsentTab(CaseTab):
    """Consent history, newest last; a given consent may be withdrawn at any time."""

    key = "consent"

    def __init__(self, office, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.table = ReadOnlyTable(
            [
                self.tr("Purpose"),
                self.tr("Decision"),
                self.tr("Given by"),
                self.tr("How"),
                self.tr("Recorded"),
                self.tr("Withdrawn"),
            ],
            self.tr("Consent history"),
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent…"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the selected consent"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.record_button = QPushButton(self.tr("Record cons&ent…"))
        self.record_button.setAccessibleName(self.tr("Record a new consent decision"))
        self.record_button.setToolTip(
            self.tr(
                "For example: the person now agrees to a referral, "
                "or to share their name with a named partner"
            )
        )
        self.record_button.clicked.connect(self.record_consent)
        hint = QLabel(
            self.tr(
                "The person may withdraw a consent at any time. Open referrals "
                "that rely on it are flagged and their forms blocked."
            )
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.record_button)
        row.addWidget(self.withdraw_button)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(row)

    def show_case(self, case: Case, editable: bool) -> None:
        rows = []
        for c in case.consents:
            method = term_label(v.CONSENT_METHODS, c.method)
            if c.interpreter:
                method = self.tr("%1, with an interpreter").replace("%1", method)
            giver = term_label(v.CONSENT_GIVERS, c.given_by)
            if c.guardian_name and c.given_by == "child-and-guardian":
                giver = f"{giver} ({c.guardian_name})"
            rows.append(
                [
                    purpose(c),
                    term_label(v.CONSENT_DECISIONS, c.decision),
                    giver,
                    method,
                    local_time(c.recorded_at),
                    local_time(c.withdrawn_at),
                ]
            )
        self.table.set_rows(rows, [c.id for c in case.consents])
        for row, consent in enumerate(case.consents):
            if consent.withdrawn_at:
                for column in range(self.table.columnCount()):
                    self.table.item(row, column).setForeground(QBrush(WITHDRAWN))
        self.withdraw_button.setVisible(editable)
        self.record_button.setVisible(editable)
        self.record_button.setEnabled(editable)
        self._selection_changed()

    def _selected(self) -> Consent | None:
        key = self.table.selected_key()
        return next((c for c in self.case.consents if c.id == key), None) if self.case else None

    def _selection_changed(self) -> None:
        consent = self._selected()
        self.withdraw_button.setEnabled(
            self.editable
            and consent is not None
            and consent.decision == "given"
            and consent.withdrawn_at is None
        )

    def record_consent(self) -> ConsentDialog | None:
        """Open the dialog for a new consent decision; the case file reloads once it is saved."""
        if not self.editable or self.case is None:
            return None
        dialog = ConsentDialog(self.office, self.case, self)
        dialog.accepted.connect(lambda: self.after_save(self.tr("Consent recorded.")))
        dialog.open()
        return dialog

    def withdraw_selected(self) -> None:
        consent = self._selected()
        if consent is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "Record that the person withdraws their consent to: %1?\n\nOpen referrals "
                "that rely on it will be flagged and their forms can no longer be printed. "
                "This cannot be undone; a new consent can be recorded later."
            ).replace("%1", purpose(consent)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, flagged = self.status.run(
            case_file.withdraw_consent, self.office, self.code, consent.id
        )
        if not ok:
            return
        if flagged:
            message = self.tr(
                "Consent withdrawn. %n open referral(s) relied on it and were "
                "flagged: see the Referrals tab.",
                "",
                flagged,
            )
        else:
            message = self.tr("Consent withdrawn. No open referral relied on it.")
        self.after_save(message)

"""Record tabs of the case file: safety assessments and screenings (new ones are added, none
is edited), and referrals."""

from __future__ import annotations

import pycountry
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tipdesk.models import Case
from tipdesk.models import vocab as v
from tipdesk.services.permissions import may
from tipdesk.ui.cases.case_tab import CaseTab
from tipdesk.ui.cases.common import ReadOnlyTable, labels, local_time, yes_no
from tipdesk.ui.cases.record_dialog import RecordDialog, SafetyDialog
from tipdesk.ui.cases.screening_dialog import ScreeningDialog
from tipdesk.ui.terms import term_label

FLAGGED = QColor("#8c1d18")


def countries(codes: list[str] | None) -> str:
    names = []
    for code in codes or ():
        country = pycountry.countries.get(alpha_3=code)
        names.append(
            f"{getattr(country, 'common_name', country.name)} ({code})" if country else code
        )
    return ", ".join(names) or "—"


def _value(text: str | None) -> QLabel:
    label = QLabel(text or "—")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _ScrollingTab(CaseTab):
    """A tab whose content is rebuilt in a scroll area at every load, with a button above it
    that adds a new record (shown to those who may change the case)."""

    dialog_class: type[RecordDialog]

    def __init__(self, office, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_record)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.hint, 1)
        self.body.addLayout(row)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.body.addWidget(self.scroll, 1)

    def load(self, case: Case, editable: bool) -> None:
        super().load(case, editable)
        self.new_button.setVisible(editable)
        self.new_button.setEnabled(editable)
        self.hint.setVisible(editable)

    def new_record(self) -> RecordDialog | None:
        """Open the dialog that adds a record; the case file reloads once it is saved."""
        if not self.editable or self.case is None:
            return None
        dialog = self.dialog_class(self.office, self.case, self)
        dialog.accepted.connect(lambda: self.after_save(self.saved_message(dialog.result)))
        dialog.open()
        return dialog

    def saved_message(self, result) -> str:
        """What to say once the dialog saved (`result`: what the service returned)."""
        raise NotImplementedError

    def _replace(self, boxes: list[QWidget]) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        for box in boxes:
            layout.addWidget(box)
        layout.addStretch(1)
        self.scroll.setWidget(content)

    def _form(self, title: str, rows: list[tuple[str, str | None]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for caption, text in rows:
            form.addRow(caption, _value(text))
        return box


class SafetyTab(_ScrollingTab):
    """Do no harm: every safety assessment, newest first."""

    key = "safety"
    dialog_class = SafetyDialog

    def __init__(self, office, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.new_button.setText(self.tr("New safety &assessment…"))
        self.new_button.setAccessibleName(self.tr("Record a new safety assessment"))
        self.hint.setText(
            self.tr(
                "When the person's situation changes, assess their safety "
                "again; earlier assessments are kept."
            )
        )

    def saved_message(self, result) -> str:
        return self.tr("Safety assessment recorded.")

    def show_case(self, case: Case, editable: bool) -> None:
        boxes = []
        for a in reversed(case.safety_assessments):
            title = self.tr("Assessed %1").replace("%1", local_time(a.assessed_at))
            boxes.append(
                self._form(
                    title,
                    [
                        (self.tr("In immediate danger:"), yes_no(a.immediate_danger)),
                        (self.tr("Exploiter nearby:"), yes_no(a.exploiter_nearby)),
                        (self.tr("Private place to talk:"), yes_no(a.private_space)),
                        (self.tr("Urgent medical need:"), yes_no(a.urgent_medical_need)),
                        (self.tr("Risk of retaliation:"), yes_no(a.retaliation_risk)),
                        (self.tr("Safe to contact later:"), yes_no(a.safe_to_contact_later)),
                        (self.tr("Who was alerted:"), a.urgent_action_alerted),
                        (self.tr("Urgent action taken:"), a.urgent_action_taken),
                        (self.tr("Safety plan:"), a.safety_plan),
                    ],
                )
            )
        if not boxes:
            boxes.append(_value(self.tr("No safety assessment was recorded for this case.")))
        self._replace(boxes)


class ScreeningTab(_ScrollingTab):
    """Identification: the latest screening's indicators and outcome, then earlier ones."""

    key = "screening"
    dialog_class = ScreeningDialog

    def __init__(self, office, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.new_button.setText(self.tr("R&e-screen…"))
        self.new_button.setAccessibleName(self.tr("Record a new screening"))
        self.hint.setText(
            self.tr(
                "After a further interview, screen again; the latest "
                "screening gives the case its outcome."
            )
        )

    def saved_message(self, result) -> str:
        return self.tr("Screening recorded. Outcome: %1.").replace(
            "%1", term_label(v.SCREENING_OUTCOMES, result)
        )

    def show_case(self, case: Case, editable: bool) -> None:
        boxes = []
        for number, s in enumerate(reversed(case.screenings)):
            title = (
                self.tr("Latest screening, %1") if number == 0 else self.tr("Earlier screening, %1")
            ).replace("%1", local_time(s.screened_at))
            rows = [(self.tr("Outcome:"), term_label(v.SCREENING_OUTCOMES, s.outcome))]
            if s.outcome != s.computed_outcome:
                rows += [
                    (
                        self.tr("Computed outcome:"),
                        term_label(v.SCREENING_OUTCOMES, s.computed_outcome),
                    ),
                    (self.tr("Reason for the change:"), s.override_reason),
                ]
            rows += [
                (self.tr("Act:"), labels(v.ACTS, s.acts)),
                (self.tr("Means:"), labels(v.MEANS, s.means)),
                (self.tr("Purpose:"), labels(v.PURPOSES, s.purposes)),
                (
                    self.tr("Forms of exploitation:"),
                    labels(v.FORMS_OF_EXPLOITATION, s.forms_of_exploitation),
                ),
                (
                    self.tr("Sexual exploitation:"),
                    labels(v.SEX_EXPLOITATION_TYPES, s.sex_exploitation_types),
                ),
                (self.tr("Industries:"), labels(v.INDUSTRIES, s.industries)),
                (self.tr("Means of control:"), labels(v.MEANS_OF_CONTROL, s.means_of_control)),
                (self.tr("Recruited:"), labels(v.RECRUITMENT_METHODS, s.recruitment_methods)),
                (
                    self.tr("Relationship to recruiter:"),
                    term_label(v.RELATIONSHIP_TO_RECRUITER, s.relationship_to_recruiter),
                ),
                (self.tr("Trafficked:"), term_label(v.TRAFFICKED_WHERE, s.trafficked_where)),
                (self.tr("Countries of recruitment:"), countries(s.countries_of_recruitment)),
                (self.tr("Countries of exploitation:"), countries(s.countries_of_exploitation)),
            ]
            boxes.append(self._form(title, rows))
        if not boxes:
            boxes.append(_value(self.tr("This case has not been screened.")))
        self._replace(boxes)


class ReferralsTab(CaseTab):
    """The case's referrals and where each one stands (changed from the Referrals section)."""

    key = "referrals"

    def __init__(self, office, parent: QWidget | None = None, context=None) -> None:
        super().__init__(office, parent)
        self.context = context
        self.table = ReadOnlyTable(
            [
                self.tr("Sector"),
                self.tr("Priority"),
                self.tr("Status"),
                self.tr("Sent"),
                self.tr("Due"),
                self.tr("Consent"),
                self.tr("Latest event"),
            ],
            self.tr("Referrals"),
        )
        self.new_button = QPushButton(self.tr("N&ew referral…"))
        self.new_button.setToolTip(
            self.tr("Refer the person to a service, with only what they consented to share")
        )
        self.new_button.clicked.connect(self.new_referral)
        self.new_button.setVisible(
            context is not None and may(office.user.role, "referrals.create")
        )
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(self.table, 1)

    def new_referral(self):
        """Open the consent-gated referral dialog for this case; reload once one is made."""
        from tipdesk.ui.referrals.new_referral_dialog import open_new_referral

        dialog = open_new_referral(self.context, self, self.code)
        dialog.created.connect(lambda *_: self.saved.emit())
        return dialog

    def show_case(self, case: Case, editable: bool) -> None:
        rows = []
        for r in case.referrals:
            last = r.events[-1] if r.events else None
            event = (
                f"{local_time(last.at)} {term_label(v.REFERRAL_STATUS, last.status)}"
                if last
                else ""
            )
            rows.append(
                [
                    term_label(v.SECTORS, r.sector),
                    term_label(v.REFERRAL_PRIORITY, r.priority),
                    term_label(v.REFERRAL_STATUS, r.status),
                    r.sent_on.isoformat() if r.sent_on else "",
                    r.due_on.isoformat() if r.due_on else "",
                    self.tr("Withdrawn: form blocked") if r.consent_withdrawn else "",
                    event,
                ]
            )
        self.new_button.setEnabled(editable)
        self.table.set_rows(rows, [r.id for r in case.referrals])
        for row, referral in enumerate(case.referrals):
            if referral.consent_withdrawn:
                self.table.item(row, 5).setForeground(QBrush(FLAGGED))
        if not rows:
            self.status.show_info(self.tr("No referral was made for this case yet."))

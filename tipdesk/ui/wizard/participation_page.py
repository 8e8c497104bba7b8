"""Self-determination and participation: the person's priorities, choices and safe contact."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from tipdesk.models import vocab as v
from tipdesk.services.case_registration import CaseRegistration
from tipdesk.ui.wizard.base import PrinciplePage
from tipdesk.ui.wizard.widgets import ChoiceGrid, note, options, text_box


class ParticipationPage(PrinciplePage):
    """Own priorities, needs per sector (wants, declines, already receiving), safe contact."""

    key = "participation"
    steps = ("needs",)

    def __init__(self, guidance_shown: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Self-determination and participation"), guidance_shown, parent)

    def build(self) -> None:
        self.anonymous_note = note(
            self.tr(
                "Anonymous contact: only the needs below are saved "
                "(no priorities, no contact details)."
            )
        )
        self.body_layout.addWidget(self.anonymous_note)
        self.priorities_box, form = self.group(self.tr("In the person's own words"))
        self.priorities = text_box(
            self.tr("The person's own priorities"),
            self.tr("What matters most to them now, as they say it"),
            3,
        )
        self.priorities.textChanged.connect(self.changed)
        self.question(form, self.tr("Own &priorities:"), self.priorities)
        self.child_views = text_box(
            self.tr("How the child's views were heard"),
            self.tr(
                "How you listened to the child (alone, with whom, in "
                "which language) and what they want"
            ),
            3,
        )
        self.child_views.textChanged.connect(self.changed)
        self.child_caption = self.question(form, self.tr("The &child's views:"), self.child_views)

        _, form = self.group(self.tr("Services the person wants, sector by sector"))
        explain = QLabel(
            self.tr(
                "The person decides. A &service they decline is recorded as "
                "declined; leave 'not discussed' where you did not ask."
            )
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self.needs = ChoiceGrid(
            options(v.SECTORS),
            [
                ("wants", self.tr("Wants")),
                ("declines", self.tr("Declines")),
                ("already-receiving", self.tr("Already\nreceiving")),
                (None, self.tr("Not\ndiscussed")),
            ],
        )
        self.needs.changed.connect(self.changed)
        explain.setBuddy(self.needs)
        form.addRow(self.needs)

        self.contact_box, form = self.group(self.tr("Safe contact"))
        self.preferred_contact = QLineEdit()
        self.preferred_contact.setAccessibleName(self.tr("Preferred safe way to be contacted"))
        self.preferred_contact.setPlaceholderText(
            self.tr("e.g. through the women's centre; never by phone")
        )
        self.safe_times = QLineEdit()
        self.safe_times.setAccessibleName(self.tr("Safe times to contact"))
        self.safe_times.setPlaceholderText(self.tr("e.g. weekday mornings at the market"))
        for edit in (self.preferred_contact, self.safe_times):
            edit.textChanged.connect(self.changed)
        self.question(form, self.tr("Pr&eferred safe contact:"), self.preferred_contact)
        self.question(form, self.tr("Safe &times:"), self.safe_times)

    def apply(self, reg: CaseRegistration) -> None:
        reg.needs = self.needs.value()
        if self.case_wizard().anonymous:
            return
        part = reg.participation
        part.own_priorities = self.priorities.toPlainText()
        part.preferred_contact = self.preferred_contact.text()
        part.safe_contact_times = self.safe_times.text()
        part.child_views = self.child_views.toPlainText() if self._child() else ""

    def load(self, reg: CaseRegistration, state: dict) -> None:
        self.needs.set_value(reg.needs)
        part = reg.participation
        self.priorities.setPlainText(part.own_priorities)
        self.preferred_contact.setText(part.preferred_contact)
        self.safe_times.setText(part.safe_contact_times)
        self.child_views.setPlainText(part.child_views)

    def extra_problems(self, reg: CaseRegistration) -> list[str]:
        if (
            self.case_wizard().child_state() == "yes"
            and not self.case_wizard().anonymous
            and not self.child_views.toPlainText().strip()
        ):
            return [self.tr("Record how the child's views were heard, and what they want.")]
        return []

    def _child(self) -> bool:
        return self.case_wizard().child_state() in {"yes", "unsure"}

    def update_view(self, reg: CaseRegistration) -> None:
        anonymous = self.case_wizard().anonymous
        self.anonymous_note.setVisible(anonymous)
        self.priorities_box.setVisible(not anonymous)
        self.contact_box.setVisible(not anonymous)
        self.child_views.setVisible(self._child())
        self.child_caption.setVisible(self._child())

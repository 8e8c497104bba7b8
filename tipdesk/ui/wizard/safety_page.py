"""Do no harm: the safety questions, and the urgent-action page when the person is in danger."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from tipdesk.services.case_registration import CaseRegistration
from tipdesk.ui.safety_questions import safety_questions
from tipdesk.ui.wizard.base import CONSENT, URGENT, PrinciplePage
from tipdesk.ui.wizard.widgets import WARNING_STYLE, ChoiceRow, note, text_box, yes_no

# SafetyAnswers field -> the answer that calls for caution.
RISKY = {
    "immediate_danger": True,
    "exploiter_nearby": True,
    "private_space": False,
    "urgent_medical_need": True,
    "retaliation_risk": True,
    "safe_to_contact_later": False,
}


class SafetyPage(PrinciplePage):
    """Is the person in danger now, is the place private, is the exploiter near?"""

    key = "safety"
    steps = ()  # the service's safety checks belong to the urgent-action page

    def __init__(self, guidance_shown: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Do no harm"), guidance_shown, parent)

    def build(self) -> None:
        intro = QLabel(
            self.tr(
                "Answer these before anything else. The answers decide whether "
                "you go on now, move somewhere safer, or act at once."
            )
        )
        intro.setWordWrap(True)
        self.body_layout.addWidget(intro)
        _, form = self.group(self.tr("Safety now"))
        texts = safety_questions()
        self.answers: dict[str, ChoiceRow] = {}
        for name, text in texts.items():
            row = yes_no(text)
            row.changed.connect(self.changed)
            self.answers[name] = row
            self.question(form, text, row)
        self.caution = note("", WARNING_STYLE)
        self.caution.setAccessibleName(self.tr("Safety advice"))
        self.caution.hide()
        self.body_layout.addWidget(self.caution)
        _, plan_form = self.group(self.tr("Safety plan"))
        self.safety_plan = text_box(
            self.tr("Safety plan"),
            self.tr(
                "What the person and you agreed to keep them safe (where to go, whom to "
                "call, a code word)..."
            ),
        )
        self.safety_plan.textChanged.connect(self.changed)
        self.question(plan_form, self.tr("Safety p&lan:"), self.safety_plan)

    def value(self, name: str) -> bool | None:
        answer = self.answers[name].value()
        return None if answer is None else answer == "yes"

    def apply(self, reg: CaseRegistration) -> None:
        for name, row in self.answers.items():
            answer = row.value()
            if answer is not None:
                setattr(reg.safety, name, answer == "yes")
        reg.safety.safety_plan = self.safety_plan.toPlainText()

    def load(self, reg: CaseRegistration, state: dict) -> None:
        unanswered = set(state.get("unanswered", ()))
        for name, row in self.answers.items():
            answered = getattr(reg.safety, name)
            row.set_value(None if name in unanswered else ("yes" if answered else "no"))
        self.safety_plan.setPlainText(reg.safety.safety_plan)

    def state(self) -> dict:
        return {"unanswered": [n for n, row in self.answers.items() if row.value() is None]}

    def extra_problems(self, reg: CaseRegistration) -> list[str]:
        if any(row.value() is None for row in self.answers.values()):
            return [self.tr("Answer every safety question (yes or no).")]
        return []

    def update_view(self, reg: CaseRegistration) -> None:
        advice = []
        if self.value("immediate_danger"):
            advice.append(
                self.tr(
                    "Immediate danger: the next page records the urgent action. "
                    "Act first; the rest can wait."
                )
            )
        if self.value("exploiter_nearby") or self.value("private_space") is False:
            advice.append(
                self.tr(
                    "Stop here unless you can move somewhere private, away from "
                    "the exploiter, or agree on another time and place."
                )
            )
        if self.value("urgent_medical_need"):
            advice.append(
                self.tr(
                    "Arrange medical care now; a referral to Health can be "
                    "recorded on the next pages."
                )
            )
        if self.value("retaliation_risk"):
            advice.append(
                self.tr(
                    "Risk of retaliation: consider marking the case restricted "
                    "and agree a safety plan below."
                )
            )
        if self.value("safe_to_contact_later") is False:
            advice.append(
                self.tr(
                    "Not safe to contact later: agree now on a safe way, or none, "
                    "and record it under participation."
                )
            )
        self.caution.setText("\n".join(advice))
        self.caution.setVisible(bool(advice))

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return URGENT if self.value("immediate_danger") else CONSENT


class UrgentActionPage(PrinciplePage):
    """Immediate danger: who was alerted and what was done, before anything else."""

    key = "urgent"
    steps = ("safety",)

    def __init__(self, guidance_shown: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Urgent action"), guidance_shown, parent)

    def build(self) -> None:
        banner = note(
            self.tr(
                "The person is in immediate danger. Take action now, then record "
                "it here. You can go on with the case once this is written down."
            ),
            WARNING_STYLE,
        )
        self.body_layout.addWidget(banner)
        _, form = self.group(self.tr("Urgent action"))
        self.alerted = text_box(
            self.tr("Who was alerted"), self.tr("e.g. supervisor, security focal point, clinic"), 3
        )
        self.taken = text_box(
            self.tr("What was done"), self.tr("e.g. moved to a safe place, taken to the clinic"), 4
        )
        for box in (self.alerted, self.taken):
            box.textChanged.connect(self.changed)
        self.question(form, self.tr("Who was &alerted:"), self.alerted)
        self.question(form, self.tr("&What was done:"), self.taken)

    def apply(self, reg: CaseRegistration) -> None:
        if not reg.safety.immediate_danger:
            return  # typed before the answer changed: not part of this case
        reg.safety.urgent_action_alerted = self.alerted.toPlainText()
        reg.safety.urgent_action_taken = self.taken.toPlainText()

    def load(self, reg: CaseRegistration, state: dict) -> None:
        self.alerted.setPlainText(reg.safety.urgent_action_alerted)
        self.taken.setPlainText(reg.safety.urgent_action_taken)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return CONSENT

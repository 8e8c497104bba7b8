"""Re-screen a case (e.g. after a second interview): the Palermo checklists, the outcome
computed as you tick, and an override that needs a reason."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from tipdesk.models import Case
from tipdesk.models import vocab as v
from tipdesk.services import case_records
from tipdesk.services.case_registration import ScreeningAnswers
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.cases.record_dialog import RecordDialog
from tipdesk.ui.keyboard import plain
from tipdesk.ui.wizard.identification_page import OUTCOME_STYLES, screening_text
from tipdesk.ui.wizard.widgets import (
    INFO_STYLE,
    CheckList,
    label,
    note,
    set_combo,
    text_box,
    vocab_combo,
)

CARRIED = (
    "sex_exploitation_types",
    "industries",
    "recruitment_methods",
    "relationship_to_recruiter",
    "countries_of_recruitment",
    "countries_of_exploitation",
    "trafficked_where",
)


def from_latest(case: Case) -> ScreeningAnswers:
    """The indicators of the case's latest screening, as answers to start from."""
    if not case.screenings:
        return ScreeningAnswers()
    latest = case.screenings[-1]
    values = {
        f.name: getattr(latest, f.name)
        for f in fields(ScreeningAnswers)
        if f.name not in ("override_outcome", "override_reason")
    }
    return ScreeningAnswers(
        **{k: list(x) if isinstance(x, list) else x for k, x in values.items() if x is not None}
    )


class ScreeningDialog(RecordDialog):
    """Act + Means + Purpose (no Means for a child), forms of exploitation, means of control."""

    def __init__(self, office: UnlockedOffice, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(office, case, self.tr("Re-screen"), parent)
        self.start = from_latest(case)
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setAccessibleName(self.tr("Screening outcome"))
        self.layout().insertWidget(1, self.outcome_label)
        text = self.tr(
            "Start from the latest screening and change what the new interview "
            "showed. Recruitment details, industries and countries are carried "
            "over unchanged."
        )
        if case_records.case_is_child(case):
            text += " " + self.tr("The person is a child: an Act and a Purpose are enough.")
        self.content.addWidget(note(text, INFO_STYLE))
        self.lists: dict[str, CheckList] = {}
        form = self.group(self.tr("The definition: Act + Means + Purpose"))
        for name, caption, vocabulary, columns in (
            ("acts", self.tr("&Act (what was done):"), v.ACTS, 3),
            ("means", self.tr("&Means (how; not needed for a child):"), v.MEANS, 2),
            ("purposes", self.tr("&Purpose (exploitation):"), v.PURPOSES, 2),
        ):
            self._checklist(form, name, caption, vocabulary, columns)
        form = self.group(self.tr("Exploitation"))
        self._checklist(
            form,
            "forms_of_exploitation",
            self.tr("&Forms of exploitation:"),
            v.FORMS_OF_EXPLOITATION,
            3,
        )
        self._checklist(
            form, "means_of_control", self.tr("Means of &control:"), v.MEANS_OF_CONTROL, 3
        )
        form = self.group(self.tr("Outcome"))
        self.override = QCheckBox(self.tr("I disagree &with the computed outcome"))
        self.override.toggled.connect(self._update)
        form.addRow(self.override)
        self.override_outcome = vocab_combo(v.SCREENING_OUTCOMES, self.tr("Outcome I record"))
        self.override_outcome.currentIndexChanged.connect(self._update)
        self.override_caption = QLabel(self.tr("Ou&tcome I record:"))
        self.override_caption.setBuddy(self.override_outcome)
        form.addRow(self.override_caption, self.override_outcome)
        self.override_reason = text_box(
            self.tr("Reason for the different outcome"), self.tr("Why, in plain words"), 3
        )
        self.reason_caption = QLabel(self.tr("R&eason:"))
        self.reason_caption.setBuddy(self.override_reason)
        form.addRow(self.reason_caption, self.override_reason)
        self.content.addStretch(1)
        set_combo(self.override_outcome, case.screening_outcome)
        self._update()

    def _checklist(self, form, name: str, caption: str, vocabulary, columns: int) -> None:
        checklist = CheckList(vocabulary, columns)
        checklist.setAccessibleName(plain(caption).rstrip(":"))
        checklist.set_values(getattr(self.start, name))
        checklist.changed.connect(self._update)
        self.lists[name] = checklist
        title = QLabel(caption)
        title.setStyleSheet("font-weight: bold; margin-top: 4px;")
        title.setBuddy(checklist)
        form.addRow(title)
        form.addRow(checklist)

    def answers(self) -> ScreeningAnswers:
        overriding = self.override.isChecked()
        return ScreeningAnswers(
            **{name: checklist.values() for name, checklist in self.lists.items()},
            **{name: getattr(self.start, name) for name in CARRIED},
            override_outcome=self.override_outcome.currentData() if overriding else None,
            override_reason=self.override_reason.toPlainText() if overriding else "",
        )

    def _update(self) -> None:
        for widget in (
            self.override_outcome,
            self.override_caption,
            self.override_reason,
            self.reason_caption,
        ):
            widget.setVisible(self.override.isChecked())
        answers = self.answers()
        result = case_records.preview_screening(self.case, answers)
        shown = answers.override_outcome or result.outcome
        outcome = self.tr("Screening outcome: %1").replace("%1", label(v.SCREENING_OUTCOMES, shown))
        lines = [f"<b>{outcome}</b>"]
        if shown != result.outcome:
            lines.append(
                self.tr("Recorded by you; TIPDesk computed: %1.").replace(
                    "%1", label(v.SCREENING_OUTCOMES, result.outcome)
                )
            )
        lines.append(" ".join(screening_text(reason) for reason in result.reasons))
        self.outcome_label.setText("<br>".join(lines))
        self.outcome_label.setStyleSheet(
            OUTCOME_STYLES[shown] + " border-radius: 4px; padding: 6px;"
        )

    def submit(self) -> str:
        return case_records.add_screening(self.office, self.case.code, self.answers())

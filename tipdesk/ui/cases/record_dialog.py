"""Dialogs that add a record to a case file (never edit one): the shared frame, and a new
safety assessment."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tipdesk.errors import BadInput
from tipdesk.models import Case
from tipdesk.services import case_records
from tipdesk.services.case_registration import SafetyAnswers
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.cases.common import StatusLine
from tipdesk.ui.keyboard import focus_first_input, tab_in_order
from tipdesk.ui.safety_questions import safety_questions
from tipdesk.ui.screen_fit import fit_to_screen
from tipdesk.ui.wizard.widgets import WARNING_STYLE, ChoiceRow, note, text_box, yes_no


class RecordDialog(QDialog):
    """A scrolling form with Save and Cancel; Save calls `submit()` and closes on success."""

    def __init__(
        self, office: UnlockedOffice, case: Case, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.office, self.case = office, case
        self.result: object = None  # what the service returned once saved
        self.setWindowTitle(title)
        fit_to_screen(self, 760, 620)
        content = QWidget()
        self.content = QVBoxLayout(content)
        self.scroll = scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it follows the focus
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.status = StatusLine()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Case %1 — a new record is added; earlier ones stay in the history.").replace(
                "%1", case.code
            )
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # once in the dialog: Enter saves, never cancels

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Open with the keyboard in the first field, Save and Cancel last in the Tab order
        (the subclasses build their fields after the buttons)."""
        super().showEvent(event)
        fields = [
            w
            for w in self.findChildren(QWidget)
            if self.scroll.isAncestorOf(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        tab_in_order([*fields[-1:], *self.buttons.buttons()])
        QTimer.singleShot(0, self, lambda: focus_first_input(self.scroll))

    def group(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.content.addWidget(box)
        return form

    def submit(self) -> object:
        """Call the service with what was entered (raise BadInput to explain a gap)."""
        raise NotImplementedError

    def save(self) -> None:
        ok, self.result = self.status.run(self.submit)
        if ok:
            self.accept()


class SafetyDialog(RecordDialog):
    """Do no harm, again: the situation changed, so the safety questions are answered anew."""

    def __init__(self, office: UnlockedOffice, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(office, case, self.tr("New safety assessment"), parent)
        form = self.group(self.tr("Safety now"))
        texts = safety_questions()
        self.answers: dict[str, ChoiceRow] = {}
        for name, text in texts.items():
            row = yes_no(text)
            row.changed.connect(self._update)
            self.answers[name] = row
            caption = QLabel(text)  # one line each: wrapped captions get clipped
            caption.setBuddy(row)
            form.addRow(caption, row)
        self.urgent = note(
            self.tr(
                "The person is in immediate danger: act now, then record "
                "who was alerted and what was done."
            ),
            WARNING_STYLE,
        )
        self.content.addWidget(self.urgent)
        urgent_form = self.group(self.tr("Urgent action"))
        self.urgent_box = urgent_form.parentWidget()
        self.alerted = text_box(
            self.tr("Who was alerted"), self.tr("Police, medical team, the protection lead…"), 2
        )
        self.taken = text_box(
            self.tr("What was done"), self.tr("Moved to a safe place, taken to the clinic…"), 2
        )
        urgent_form.addRow(self.tr("Who was &alerted:"), self.alerted)
        urgent_form.addRow(self.tr("&What was done:"), self.taken)
        plan_form = self.group(self.tr("Safety plan"))
        self.safety_plan = text_box(
            self.tr("Safety plan"),
            self.tr(
                "What the person and you agreed to keep them safe (where to go, whom to "
                "call, a code word)..."
            ),
            4,
        )
        latest = case.safety_assessments[-1] if case.safety_assessments else None
        if latest is not None and latest.safety_plan:
            self.safety_plan.setPlainText(latest.safety_plan)
        plan_form.addRow(self.tr("Safety p&lan:"), self.safety_plan)
        self.content.addStretch(1)
        self._update()

    def _update(self) -> None:
        danger = self.answers["immediate_danger"].value() == "yes"
        self.urgent.setVisible(danger)
        self.urgent_box.setVisible(danger)

    def answers_given(self) -> SafetyAnswers:
        missing = [name for name, row in self.answers.items() if row.value() is None]
        if missing:
            raise BadInput(self.tr("Answer every safety question (%n left).", "", len(missing)))
        values = {name: row.value() == "yes" for name, row in self.answers.items()}
        danger = values["immediate_danger"]
        return SafetyAnswers(
            **values,
            safety_plan=self.safety_plan.toPlainText(),
            urgent_action_alerted=self.alerted.toPlainText() if danger else "",
            urgent_action_taken=self.taken.toPlainText() if danger else "",
        )

    def submit(self) -> int:
        return case_records.add_safety_assessment(self.office, self.case.code, self.answers_given())

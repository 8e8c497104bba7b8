"""The Follow-up tab: actions to take for the person by a due date; add one, mark one done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from tipdesk.models import Case, FollowUpAction
from tipdesk.services import case_file
from tipdesk.ui.cases.case_tab import CaseTab
from tipdesk.ui.cases.common import ReadOnlyTable

OVERDUE = QColor("#8c1d18")
DONE = QColor("#6b6b6b")
DEFAULT_DAYS = 7


class FollowUpTab(CaseTab):
    """Pending actions first (by due date), then the ones done."""

    key = "follow_up"

    def __init__(self, office, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(office, parent)
        self._today = today
        self.table = ReadOnlyTable(
            [self.tr("Due"), self.tr("State"), self.tr("Action")], self.tr("Follow-up actions")
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.done_button = QPushButton(self.tr("&Mark done"))
        self.done_button.setAccessibleName(self.tr("Mark the selected action done today"))
        self.done_button.clicked.connect(self.mark_done)
        self.description_edit = QLineEdit()
        self.description_edit.setAccessibleName(self.tr("New follow-up action"))
        self.description_edit.setPlaceholderText(self.tr("What to do, e.g. call the clinic"))
        self.description_edit.returnPressed.connect(self.add)
        self.due_edit = QDateEdit()
        self.due_edit.setAccessibleName(self.tr("Due date of the new action"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(self.tr("&Add action"))
        self.add_button.setAccessibleName(self.tr("Add the follow-up action"))
        self.add_button.clicked.connect(self.add)
        self.add_row = QWidget()
        adding = QHBoxLayout(self.add_row)
        adding.setContentsMargins(0, 0, 0, 0)
        for caption, field in (
            (QLabel(self.tr("New act&ion:")), self.description_edit),
            (QLabel(self.tr("d&ue")), self.due_edit),
        ):
            caption.setBuddy(field)
            adding.addWidget(caption)
            adding.addWidget(field, 1 if field is self.description_edit else 0)
        adding.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.done_button)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(actions)
        self.body.addWidget(self.add_row)
        self._reset_due()

    @property
    def today(self) -> date:
        return self._today or date.today()

    def _reset_due(self) -> None:
        due = self.today.toordinal() + DEFAULT_DAYS
        self.due_edit.setDate(QDate(date.fromordinal(due)))

    def _ordered(self, case: Case) -> list[FollowUpAction]:
        return sorted(case.follow_ups, key=lambda a: (a.done_on is not None, a.due_on, a.id))

    def show_case(self, case: Case, editable: bool) -> None:
        actions = self._ordered(case)
        rows = []
        for a in actions:
            if a.done_on:
                state = self.tr("Done %1").replace("%1", a.done_on.isoformat())
            elif a.due_on < self.today:
                state = self.tr("Overdue")
            else:
                state = self.tr("To do")
            rows.append([a.due_on.isoformat(), state, a.description])
        self.table.set_rows(rows, [a.id for a in actions])
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, a in enumerate(actions):
            color = DONE if a.done_on else OVERDUE if a.due_on < self.today else None
            for column in range(3) if color else ():
                self.table.item(row, column).setForeground(QBrush(color))
            if color is OVERDUE:
                self.table.item(row, 1).setFont(bold)
        self.table.fit_columns()
        self.add_row.setVisible(editable)
        self.done_button.setVisible(editable)
        self._selection_changed()
        if not actions:
            self.status.show_info(self.tr("No follow-up action yet."))

    def _selected(self) -> FollowUpAction | None:
        key = self.table.selected_key()
        return next((a for a in self.case.follow_ups if a.id == key), None) if self.case else None

    def _selection_changed(self) -> None:
        action = self._selected()
        self.done_button.setEnabled(self.editable and action is not None and action.done_on is None)

    def add(self) -> None:
        description = self.description_edit.text()
        due = self.due_edit.date().toPython()
        ok, _ = self.status.run(case_file.add_follow_up, self.office, self.code, description, due)
        if ok:
            self.description_edit.clear()
            self._reset_due()
            self.after_save(
                self.tr("Follow-up action added, due %1.").replace("%1", due.isoformat())
            )

    def mark_done(self) -> None:
        action = self._selected()
        if action is None:
            return
        ok, _ = self.status.run(
            case_file.complete_follow_up, self.office, self.code, action.id, self.today
        )
        if ok:
            self.after_save(self.tr("Marked done: %1").replace("%1", action.description))

    def unsaved(self) -> dict:
        text = self.description_edit.text().strip()
        return (
            {"description": text, "due_on": self.due_edit.date().toPython().isoformat()}
            if text
            else {}
        )

    def clear_unsaved(self) -> None:
        self.description_edit.clear()
        self._reset_due()

    def apply_unsaved(self, values: dict) -> None:
        if values.get("description"):
            self.description_edit.setText(values["description"])
        if values.get("due_on"):
            self.due_edit.setDate(QDate(date.fromisoformat(values["due_on"])))

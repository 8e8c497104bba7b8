"""What every tab of a case file shares: the case it shows, its status line, unsaved values."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tipdesk.models import Case
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.cases.common import StatusLine


class CaseTab(QWidget):
    """One tab of the case file. Subclasses build their widgets and implement `show_case`.

    A tab that saves something emits `saved`; the case file then loads the case again and
    every tab shows it, keeping what was typed and not yet saved in the others.
    """

    key = "tab"  # names the tab's values in a draft
    saved = Signal()

    def __init__(self, office: UnlockedOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.case: Case | None = None
        self.editable = False
        self.status = StatusLine()
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.status)

    @property
    def code(self) -> str:
        return self.case.code if self.case is not None else ""

    def load(self, case: Case, editable: bool) -> None:
        """Show `case` (a detached, fully loaded row); inputs are read-only unless editable."""
        self.case, self.editable = case, editable
        self.status.clear_message()
        self.show_case(case, editable)

    def show_case(self, case: Case, editable: bool) -> None:
        raise NotImplementedError

    def unsaved(self) -> dict:
        """Values typed or chosen but not saved, as JSON-ready values ({} when none)."""
        return {}

    def apply_unsaved(self, values: dict) -> None:
        """Put back values from `unsaved()` (after a reload, or from a draft)."""

    def clear_unsaved(self) -> None:
        """Drop what was typed and not saved: show the case as loaded."""
        if self.case is not None:
            self.load(self.case, self.editable)

    def after_save(self, message: str) -> None:
        """Tell the case file to reload, then say what was saved."""
        self.saved.emit()
        self.status.show_success(message)

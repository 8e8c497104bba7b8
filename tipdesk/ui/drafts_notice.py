"""After signing in: "you have unsaved work kept as drafts", with Resume, Discard and Later."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.drafts_list import DraftsList


class DraftsNotice(QDialog):
    """A non-modal window listing the user's drafts; it closes itself once one is resumed."""

    resume_requested = Signal(int, str)  # draft id, kind
    changed = Signal()  # a draft was discarded

    def __init__(self, office: UnlockedOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unsaved work"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(560, 300)
        heading = QLabel(self.tr("Your unsaved work was kept"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "TIPDesk kept these drafts, encrypted, when it last locked or closed; only you "
                "can see them. Resume one now, or later from the Home page."
            )
        )
        intro.setWordWrap(True)
        self.list = DraftsList(office)
        self.list.resume_requested.connect(self._resume)
        self.list.changed.connect(self._changed)
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.setAccessibleName(self.tr("Close this notice; keep the drafts"))
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.reject)
        row = self.list.button_row
        row.insertWidget(row.indexOf(self.list.resume_button), self.later_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.list, 1)
        self.list.resume_button.setDefault(True)

    def count(self) -> int:
        return self.list.count()

    def _resume(self, draft_id: int, kind: str) -> None:
        self.accept()
        self.resume_requested.emit(draft_id, kind)

    def _changed(self) -> None:
        self.changed.emit()
        if not self.list.count():
            self.accept()

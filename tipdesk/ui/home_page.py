"""The Home section: the office, who is signed in, the database file, and their drafts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from tipdesk.i18n import country_name
from tipdesk.models.vocab import ROLES
from tipdesk.ui.drafts_list import DraftsList
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.screen_fit import scrolling


def role_label(role: str) -> str:
    """The translated name of a role code (vocabulary labels use the "vocab" context)."""
    return QCoreApplication.translate("vocab", ROLES.label(role))


class HomePage(QWidget):
    """Office name and country, the signed-in user and role, the database file, drafts."""

    resume_draft = Signal(int, str)  # draft id, kind (the main window routes it)
    drafts_changed = Signal()  # a draft was discarded here

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        office, user = context.office.info, context.office.user

        self.office_label = QLabel(office.name)
        font = self.office_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.office_label.setFont(font)
        self.office_label.setWordWrap(True)
        self.country_label = QLabel(f"{country_name(office.country_name)} ({office.country_code})")
        font = self.country_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.country_label.setFont(font)

        self.user_label = QLabel(
            self.tr("%1 (user name %2)")
            .replace("%1", user.display_name)
            .replace("%2", user.username)
        )
        self.role_label = QLabel(role_label(user.role))
        self.path_label = QLabel(str(context.office.db_path))
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QFormLayout()
        facts.setHorizontalSpacing(24)
        facts.addRow(self.tr("Signed in as:"), self.user_label)
        facts.addRow(self.tr("Role:"), self.role_label)
        facts.addRow(self.tr("Database file:"), self.path_label)

        hint = QLabel(
            self.tr(
                "Choose a section on the left. Lock TIPDesk (Ctrl+L) whenever you step away from "
                "the laptop: the office database stays encrypted until someone signs in again."
            )
        )
        hint.setWordWrap(True)

        self.drafts_box = QGroupBox(self.tr("Unsaved work kept as drafts"))
        self.drafts_list = DraftsList(context.office)
        self.drafts_list.resume_requested.connect(self.resume_draft)
        self.drafts_list.changed.connect(self.drafts_changed)
        drafts_intro = QLabel(
            self.tr(
                "TIPDesk keeps what you had not saved when it locks or closes. Resume a draft "
                "to carry on where you stopped, or discard it."
            )
        )
        drafts_intro.setWordWrap(True)
        box_layout = QVBoxLayout(self.drafts_box)
        box_layout.addWidget(drafts_intro)
        box_layout.addWidget(self.drafts_list)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.office_label)
        layout.addWidget(self.country_label)
        layout.addSpacing(18)
        layout.addLayout(facts)
        layout.addSpacing(18)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(self.drafts_box, 1)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))  # a small screen scrolls the page
        self.reload_drafts()

    def reload_drafts(self) -> None:
        """Read the drafts again; the box shows only while there are some."""
        self.drafts_box.setVisible(bool(self.drafts_list.reload()))

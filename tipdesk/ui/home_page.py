"""The Home section: which office is open, who is signed in, and where the database lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from tipdesk.models.vocab import ROLES
from tipdesk.ui.page_context import PageContext


def role_label(role: str) -> str:
    """The translated name of a role code (vocabulary labels use the "vocab" context)."""
    return QCoreApplication.translate("vocab", ROLES.label(role))


class HomePage(QWidget):
    """Office name and country, the signed-in user and role, the database file."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        office, user = context.office.info, context.office.user

        self.office_label = QLabel(office.name)
        font = self.office_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.office_label.setFont(font)
        self.office_label.setWordWrap(True)
        self.country_label = QLabel(f"{office.country_name} ({office.country_code})")
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.office_label)
        layout.addWidget(self.country_label)
        layout.addSpacing(18)
        layout.addLayout(facts)
        layout.addSpacing(18)
        layout.addWidget(hint)
        layout.addStretch(1)

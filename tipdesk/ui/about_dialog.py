"""Help > About: the application, its version, and the office and user of this session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

import tipdesk
from tipdesk.i18n import country_name
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.home_page import role_label


class AboutDialog(QDialog):
    """Name, version, purpose; office, database file and signed-in user."""

    def __init__(self, office: UnlockedOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About TIPDesk"))
        self.setMinimumWidth(460)

        title = QLabel(self.tr("TIPDesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        purpose = QLabel(
            self.tr(
                "Case management for humanitarian protection staff who meet victims of "
                "trafficking: one field office, one laptop, no network."
            )
        )
        purpose.setWordWrap(True)

        info, user = office.info, office.user
        facts = QFormLayout()
        self.values = {
            "version": tipdesk.__version__,
            "office": f"{info.name} ({country_name(info.country_name)})",
            "database": str(office.db_path),
            "user": f"{user.display_name} ({user.username}), {role_label(user.role)}",
        }
        labels = {
            "version": self.tr("Version:"),
            "office": self.tr("Office:"),
            "database": self.tr("Database file:"),
            "user": self.tr("Signed in:"),
        }
        for key, text in self.values.items():
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(labels[key], value)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addSpacing(8)
        layout.addLayout(facts)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and screen readers alike)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))

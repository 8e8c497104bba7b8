"""Which fields a new referral discloses: only those the consents allow can be ticked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from tipdesk.services.referrals import FIELDS, NON_IDENTIFYING

ROWS = (len(FIELDS) + 1) // 2


def field_label(name: str) -> str:
    return QCoreApplication.translate("vocab", FIELDS[name])


class DisclosureChecklist(QGroupBox):
    """A tick box per field; the others are greyed out, saying which consent is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Information to disclose to the provider"), parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.offered: set[str] = set()  # the fields the consents allow, as last shown
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        for i, name in enumerate(FIELDS):  # the non-identifying ones first, in column one
            box = QCheckBox(field_label(name))
            box.setAccessibleName(field_label(name))
            box.setEnabled(False)
            self.boxes[name] = box
            grid.addWidget(box, i % ROWS, i // ROWS)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        grid.addWidget(self.note, ROWS, 0, 1, 2)
        grid.setRowStretch(ROWS + 1, 1)

    def offer(self, allowed: list[str], *, sector_consent: bool) -> None:
        """Enable exactly `allowed`; fields newly allowed start ticked if non-identifying."""
        reasons = set()
        for name, box in self.boxes.items():
            if name in allowed:
                if name not in self.offered:
                    box.setChecked(name in NON_IDENTIFYING)
                box.setEnabled(True)
                box.setToolTip("")
                box.setAccessibleDescription("")
                continue
            why = (
                self.tr("no consent to share this with this partner")
                if sector_consent or name not in NON_IDENTIFYING
                else self.tr("no consent to refer to this sector")
            )
            reasons.add(why)
            box.setChecked(False)
            box.setEnabled(False)
            box.setToolTip(why)
            box.setAccessibleDescription(why)
        self.offered = set(allowed)
        self.note.setText(
            self.tr("Greyed out: %1.").replace("%1", "; ".join(sorted(reasons))) if reasons else ""
        )
        self.note.setVisible(bool(reasons))

    def why_not(self, name: str) -> str:
        """Why `name` cannot be ticked ("" when it can)."""
        return self.boxes[name].toolTip()

    def chosen(self) -> list[str]:
        """The ticked fields among those allowed, in the form's order."""
        return [
            name for name, box in self.boxes.items() if name in self.offered and box.isChecked()
        ]

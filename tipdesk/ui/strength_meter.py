"""A live password-strength bar with a word for it and advice, under a password field."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from tipdesk.services import passwords
from tipdesk.services.passwords import MIN_LENGTH

# Colours back up the words; they are never the only signal.
_COLOURS = ("#b3261e", "#c8590a", "#b08800", "#2e7d32", "#1b5e20")


class StrengthMeter(QWidget):
    """Shows `passwords.strength()` of whatever is typed: a 0-4 bar, its label and advice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Password strength"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, password: str) -> None:
        """Recompute the feedback for `password` (called on every keystroke)."""
        found = passwords.strength(password)
        self.bar.setValue(found.score)
        colour = _COLOURS[found.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        word = self._word(found.label)
        if not password:
            text = self.tr("Strength: type at least %n characters.", "", MIN_LENGTH)
        elif found.advice:
            text = (
                self.tr("Strength: %1. %2")
                .replace("%1", word)
                .replace("%2", self._advice(found.advice))
            )
        else:
            text = self.tr("Strength: %1.").replace("%1", word)
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)

    def _word(self, label: str) -> str:
        words = {
            "empty": self.tr("empty"),
            "too weak": self.tr("too weak"),
            "weak": self.tr("weak"),
            "fair": self.tr("fair"),
            "good": self.tr("good"),
            "strong": self.tr("strong"),
        }
        return words.get(label, label)

    def _advice(self, advice: str) -> str:
        if advice.startswith("Use at least"):
            return self.tr("Use at least %n characters.", "", MIN_LENGTH)
        if advice.startswith("A longer phrase"):
            return self.tr("A longer phrase of several unrelated words is stronger.")
        return advice

"""The wizard's side panel: the principles, each ticked when satisfied or flagged when not."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from tipdesk.ui.wizard.base import (
    CONFIDENTIALITY,
    CONSENT,
    IDENTIFICATION,
    PARTICIPATION,
    PROFILE,
    REVIEW,
    SAFETY,
    URGENT,
)

CONTEXT = "PrinciplesPanel"
# (key, title, the page ids it covers)
PRINCIPLES = (
    ("safety", QT_TRANSLATE_NOOP("PrinciplesPanel", "Do no harm"), (SAFETY, URGENT)),
    ("consent", QT_TRANSLATE_NOOP("PrinciplesPanel", "Informed consent"), (CONSENT,)),
    ("identification", QT_TRANSLATE_NOOP("PrinciplesPanel", "Identification"), (IDENTIFICATION,)),
    (
        "participation",
        QT_TRANSLATE_NOOP("PrinciplesPanel", "Self-determination and participation"),
        (PARTICIPATION,),
    ),
    ("profile", QT_TRANSLATE_NOOP("PrinciplesPanel", "Non-discrimination"), (PROFILE,)),
    (
        "confidentiality",
        QT_TRANSLATE_NOOP("PrinciplesPanel", "Confidentiality"),
        (CONFIDENTIALITY,),
    ),
    ("review", QT_TRANSLATE_NOOP("PrinciplesPanel", "Review and save"), (REVIEW,)),
)
MARKS = {"done": "✓", "flagged": "⚑", "pending": "○"}
COLOURS = {"done": "#1b6e2d", "flagged": "#b3261e", "pending": "#5f6368"}


class PrinciplesPanel(QWidget):
    """One line per principle: ✓ satisfied, ⚑ something is missing (tooltip says what), ○ not
    yet seen. The principle of the current page is in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Protection principles"))
        heading.setStyleSheet("font-weight: bold;")
        heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Protection principles and their status"))
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setStyleSheet(
            "QListWidget { background: transparent; border: none; }"
            " QListWidget::item { padding: 5px 2px; }"
        )
        self.items: dict[str, QListWidgetItem] = {}
        self.status: dict[str, str] = {}
        metrics = self.list.fontMetrics()
        for key, title, _ in PRINCIPLES:
            item = QListWidgetItem()
            text = f"{MARKS['pending']}  {QCoreApplication.translate(CONTEXT, title)}"
            lines = metrics.boundingRect(0, 0, 160, 1000, Qt.TextFlag.TextWordWrap, text).height()
            item.setSizeHint(QSize(170, lines + 12))  # as high as its (translated) title needs
            self.items[key] = item
            self.list.addItem(item)
            self.set_status(key, "pending", [])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        self.setFixedWidth(200)

    def set_status(self, key: str, status: str, problems: list[str]) -> None:
        """`status` is "done", "flagged" or "pending"; `problems` go into the tooltip."""
        self.status[key] = status
        item = self.items[key]
        title = QCoreApplication.translate(CONTEXT, dict((k, t) for k, t, _ in PRINCIPLES)[key])
        state = {
            "done": self.tr("satisfied"),
            "flagged": self.tr("needs attention"),
            "pending": self.tr("not yet seen"),
        }[status]
        item.setText(f"{MARKS[status]}  {title}")
        item.setForeground(QBrush(QColor(COLOURS[status])))
        item.setToolTip("\n".join([f"{title}: {state}", *problems]))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {state}")

    def set_current(self, key: str) -> None:
        for name, item in self.items.items():
            font = QFont(item.font())
            font.setBold(name == key)
            item.setFont(font)

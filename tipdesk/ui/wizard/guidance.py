"""Short guidance on each protection principle, for staff with little trafficking training."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

CONTEXT = "Guidance"

# page key -> (what it means here, what to ask, what to avoid)
GUIDANCE: dict[str, tuple[str, str, str]] = {
    "safety": (
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Safety comes before any question. Talking to you can itself put the "
            "person, or you, at risk.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Are you safe right now? Is anyone who controls you nearby or watching? "
            "Can we talk here without being overheard? Do you need a doctor now? "
            "Is it safe for us to contact you later, and how?",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Do not interview in front of others, including family or the person who "
            "brought them. Do not promise what you cannot do. Stop if it becomes "
            "unsafe.",
        ),
    ),
    "urgent": (
        QT_TRANSLATE_NOOP("Guidance", "The person is in danger now: act first, register later."),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Alert your supervisor and the office's security or emergency focal "
            "point, medical help if needed. Agree with the person what happens next.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Do not confront the exploiter. Do not contact the police without the "
            "person's agreement unless a life is at risk. Do not leave them alone if "
            "they ask you to stay.",
        ),
    ),
    "consent": (
        QT_TRANSLATE_NOOP(
            "Guidance",
            "The person decides what is recorded and shared. Each decision is "
            "separate, and can be withdrawn at any time. A refusal is respected and "
            "recorded.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Explain in a language they understand: what will be written down, who "
            "will see it, which services you could refer them to and what each "
            "referral shares. Ask for each purpose separately.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Do not use a family member or the person who brought them as an "
            "interpreter. For a child, do not ask a parent or guardian who may be "
            "involved in the exploitation: document a best-interests decision.",
        ),
    ),
    "identification": (
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Trafficking is an Act (recruiting, moving, harbouring, receiving) by a "
            "Means (force, deception, abuse of vulnerability...) for a Purpose of "
            "exploitation. For a child, Act and Purpose are enough. You record "
            "indicators, not a legal verdict.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "How did you come to this work or place? Who arranged it? Were you told "
            "the truth about the job? Can you leave? Do you owe money? Who keeps your "
            "documents and your pay?",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Do not ask for every detail of the abuse, and do not make the person "
            "repeat their story. Do not call it 'only' a child-protection or GBV case "
            "if it meets the definition: it can be both.",
        ),
    ),
    "participation": (
        QT_TRANSLATE_NOOP(
            "Guidance",
            "The person chooses which services to accept. A declined service is "
            "recorded as declined, not pushed. Their own priorities and the safe way "
            "to reach them guide the plan.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "What matters most to you now? Which help would you like, and which not? "
            "How and when can we contact you safely? For a child: what do they want, "
            "in their own words?",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Do not decide for the person. Do not contact them in a way they did not "
            "agree to (a shared phone may be read by the exploiter).",
        ),
    ),
    "profile": (
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Everyone is helped whatever their sex, age, nationality or form of "
            "exploitation. Men, older people, migrants and labour victims are often "
            "missed by other pathways: they count here too.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Ask only what the person is willing to say. An estimate of age or an "
            "age band is enough when the exact age is not known.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Never refuse or delay help because an answer is missing: 'other' and "
            "'unknown' are always allowed.",
        ),
    ),
    "confidentiality": (
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Only people who need to know see a case. The case code, not the name, "
            "goes on forms and in conversations. Identifying details are kept only "
            "with consent to register.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Record only the details needed to help and reach the person safely. "
            "Choose 'restricted' when even colleagues should not see the case.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Do not write names in free-text notes, file names or messages. Do not "
            "leave the laptop unlocked: press Ctrl+L when you step away.",
        ),
    ),
    "review": (
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Check what will be saved. Each principle is ticked when its answers are "
            "complete, or flagged with what is missing.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Read the summary back to the person if that is safe, so they know what is kept.",
        ),
        QT_TRANSLATE_NOOP(
            "Guidance",
            "Do not save a case twice: if TIPDesk finds a possible existing case, open it instead.",
        ),
    ),
}


def guidance_html(key: str) -> str:
    """The guidance of a page as rich text (translated)."""
    meaning, ask, avoid = (QCoreApplication.translate(CONTEXT, text) for text in GUIDANCE[key])
    rows = (
        (QCoreApplication.translate("Guidance", "What it means here:"), meaning),
        (QCoreApplication.translate("Guidance", "What to ask:"), ask),
        (QCoreApplication.translate("Guidance", "What to avoid:"), avoid),
    )
    return "".join(
        f"<p style='margin:0 0 4px 0'><b>{escape(title)}</b> {escape(text)}</p>"
        for title, text in rows
    )


class GuidanceBox(QFrame):
    """A collapsible box of guidance; its button shows or hides the text on every page."""

    visibility_requested = Signal(bool)

    def __init__(self, key: str, shown: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("guidance")
        self.setStyleSheet(
            "#guidance { background: #f3f6f4; border: 1px solid #c9d6cc; border-radius: 4px; }"
        )
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleName(self.tr("Show or hide the guidance"))
        self.toggle.toggled.connect(self.visibility_requested.emit)
        self.body = QLabel(guidance_html(key))
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAccessibleName(self.tr("Guidance"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.set_shown(shown)

    def set_shown(self, shown: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(shown)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.toggle.setText(self.tr("Hide &guidance") if shown else self.tr("Show &guidance"))
        self.body.setVisible(shown)

    @property
    def shown(self) -> bool:
        return self.body.isVisibleTo(self)

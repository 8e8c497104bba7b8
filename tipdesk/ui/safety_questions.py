"""The do-no-harm questions, worded once for the wizard and for a new safety assessment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def safety_questions() -> dict[str, str]:
    """Each SafetyAnswers field with its question, translated."""

    return {
        "immediate_danger": translate("SafetyQuestions", "Is the person in &immediate danger?"),
        "exploiter_nearby": translate(
            "SafetyQuestions",
            "Is the &exploiter nearby, or in contact with the person (phone, messages)?",
        ),
        "private_space": translate(
            "SafetyQuestions", "Are you talking in a &private space where nobody can overhear?"
        ),
        "urgent_medical_need": translate(
            "SafetyQuestions", "Does the person need &medical care urgently?"
        ),
        "retaliation_risk": translate(
            "SafetyQuestions",
            "Is there a risk of &retaliation against the person or their family for "
            "talking to you?",
        ),
        "safe_to_contact_later": translate(
            "SafetyQuestions", "Is it safe to &contact the person later?"
        ),
    }

"""The do-no-harm questions, worded once for the wizard and for a new safety assessment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def safety_questions() -> dict[str, str]:
    """Each SafetyAnswers field with its question, translated."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("SafetyQuestions", text)

    return {
        "immediate_danger": tr("Is the person in &immediate danger?"),
        "exploiter_nearby": tr(
            "Is the &exploiter nearby, or in contact with the person (phone, messages)?"
        ),
        "private_space": tr("Are you talking in a &private space where nobody can overhear?"),
        "urgent_medical_need": tr("Does the person need &medical care urgently?"),
        "retaliation_risk": tr(
            "Is there a risk of &retaliation against the person or their family for talking to you?"
        ),
        "safe_to_contact_later": tr("Is it safe to &contact the person later?"),
    }

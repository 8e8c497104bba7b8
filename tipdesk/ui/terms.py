"""Vocabulary codes as the words the interface shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tipdesk.models import vocab as v


def term_label(vocabulary: v.Vocabulary, code: str | None) -> str:
    """The translated label of a vocabulary code ("" for None, the code itself when unknown)."""
    if not code:
        return ""
    return QCoreApplication.translate("vocab", vocabulary.label(code))

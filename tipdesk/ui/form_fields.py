"""Small input pieces the forms share: a labelled line edit and an inline error line."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

ERROR_STYLE = "color: #b3261e;"


def line_edit(name: str, placeholder: str = "", *, secret: bool = False) -> QLineEdit:
    """A line edit with its accessible name (and echo off for a password)."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def error_label() -> QLabel:
    """A hidden, wrapping, red line for a problem in plain words."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label

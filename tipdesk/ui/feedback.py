"""Turning errors into plain words, and showing them without blocking the event loop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tipdesk.errors import TipdeskError


def describe_error(exc: BaseException) -> str:
    """What to tell the user about `exc`: a TipdeskError's own message, else a plain notice."""
    if isinstance(exc, TipdeskError):
        return str(exc)
    return unexpected_error_text(type(exc).__name__)


def unexpected_error_text(type_name: str) -> str:
    """The notice for an unexpected error: its kind only (its text might quote data)."""
    return QCoreApplication.translate(
        "feedback",
        "Something unexpected went wrong (%1). Nothing more was done. Try again; if it happens "
        "again, run 'tipdesk check' and tell the person who supports TIPDesk in your office.",
    ).replace("%1", type_name)


def show_error(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Show `text` in a window-modal message box and return it (it does not block)."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

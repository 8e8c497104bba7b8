"""The Notes tab: case notes written by staff, oldest first, and a box to add one."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QTextBrowser, QWidget

from tipdesk.models import Case
from tipdesk.services import case_file
from tipdesk.ui.cases.case_tab import CaseTab
from tipdesk.ui.cases.common import local_time


class NotesTab(CaseTab):
    """Notes can be added, never changed (they are part of the record)."""

    key = "notes"

    def __init__(self, office, authors: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self.authors = authors
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Case notes"))
        self.view.setOpenLinks(False)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("New note"))
        self.note_edit.setPlaceholderText(self.tr("Write a new note…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.add_button = QPushButton(self.tr("&Add note"))
        self.add_button.setAccessibleName(self.tr("Add the note"))
        self.add_button.clicked.connect(self.add)
        self.add_row = QWidget()
        adding = QHBoxLayout(self.add_row)
        adding.setContentsMargins(0, 0, 0, 0)
        adding.addWidget(self.note_edit, 1)
        adding.addWidget(self.add_button)
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.add_row)

    def show_case(self, case: Case, editable: bool) -> None:
        parts = []
        for note in case.notes:
            author = self.authors.get(note.author_id or 0) or self.tr("unknown author")
            heading = html.escape(f"{local_time(note.written_at)} · {author}")
            text = html.escape(note.text).replace("\n", "<br>")
            parts.append(f"<p><b>{heading}</b><br>{text}</p>")
        if not parts:
            none_yet = self.tr("No notes yet.")
            parts.append(f"<p><i>{html.escape(none_yet)}</i></p>")
        self.view.setHtml("".join(parts))
        self.add_row.setVisible(editable)

    def text(self) -> str:
        """What the notes view shows, as plain text."""
        return self.view.toPlainText()

    def add(self) -> None:
        ok, _ = self.status.run(
            case_file.add_note, self.office, self.code, self.note_edit.toPlainText()
        )
        if ok:
            self.note_edit.clear()
            self.after_save(self.tr("Note added."))

    def unsaved(self) -> dict:
        text = self.note_edit.toPlainText()
        return {"text": text} if text.strip() else {}

    def clear_unsaved(self) -> None:
        self.note_edit.clear()

    def apply_unsaved(self, values: dict) -> None:
        if values.get("text"):
            self.note_edit.setPlainText(values["text"])

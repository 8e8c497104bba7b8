"""Shared helpers for the Cases tests: a page or a case file over a real office."""

from PySide6.QtWidgets import QMessageBox

from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.services.audit_log import AuditFilter, list_events
from tipdesk.services.case_registration import register_case
from tipdesk.ui.cases import CaseFileDialog, CasesPage
from tipdesk.ui.page_context import PageContext

OFFICER_PASSWORD = "temporary phrase 42"


def make_page(qtbot, office, runner, settings) -> CasesPage:
    page = CasesPage(PageContext(office, runner, settings))
    qtbot.addWidget(page)
    page.resize(1000, 680)
    page.show()
    return listed(qtbot, page)


def opened(qtbot, page: CasesPage, code: str) -> CaseFileDialog:
    """The case file of `code` once the page has read the case and opened its window."""
    qtbot.waitUntil(lambda: code in page.case_files, timeout=10_000)
    return page.case_files[code]


def listed(qtbot, page: CasesPage) -> CasesPage:
    """`page` once its list has been read (the model reads on a worker thread)."""
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10_000)
    return page


def make_case_file(qtbot, office, runner, settings, code) -> CaseFileDialog:
    dialog = CaseFileDialog(PageContext(office, runner, settings), code)
    # Closed at the end of the test without asking about edits left unsaved on purpose.
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.discard_unsaved())
    dialog.show()
    return dialog


def register(office) -> str:
    """A registered adult (names, consents incl. referral to health, needs); its code."""
    return register_case(office, adult_man_forced_labour_abroad())


def events(admin_office, action, code=None):
    """Audit events of `action` (read as the administrator)."""
    return list_events(admin_office, AuditFilter(action=action, record_ref=code), limit=1000)


def answer_questions(monkeypatch, answer=QMessageBox.StandardButton.Yes) -> list[str]:
    """Answer every QMessageBox.question with `answer`; returns the questions' texts."""
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked

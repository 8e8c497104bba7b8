"""The Cases section: the case list, the case file, and importing a case register."""

from tipdesk.ui.cases.case_file_view import CaseFileDialog
from tipdesk.ui.cases.cases_page import CasesPage

__all__ = ["CaseFileDialog", "CasesPage"]

"""The case wizard: one page per protection principle (see `open_case_wizard`)."""

from tipdesk.ui.wizard.wizard import CaseWizard, open_case_wizard

__all__ = ["CaseWizard", "open_case_wizard"]

"""The Reports section (administrators and officers): anonymised summary and export."""

from tipdesk.ui.reports.reports_page import ReportsPage

__all__ = ["ReportsPage"]

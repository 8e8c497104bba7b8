"""The Administration section (administrators only): users, audit trail, office."""

from tipdesk.ui.admin.administration_page import AdministrationPage

__all__ = ["AdministrationPage"]

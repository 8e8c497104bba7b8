"""The main window's sections: one registry that later screens add themselves to.

A section is a sidebar entry and the page it opens. To add one, write its page module (one
screen per module, a QWidget whose constructor takes a `PageContext` from
`tipdesk.ui.page_context`) and append a `Section` to `default_sections()`, e.g.::

    Section("cases", QT_TRANSLATE_NOOP("Sections", "Cases"), CasesPage, action="cases.view")

`action` is the permission (services.permissions) the signed-in role needs to see the
section; the services refuse the same actions again below the UI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from tipdesk.services.permissions import may
from tipdesk.ui.admin import AdministrationPage
from tipdesk.ui.cases import CasesPage
from tipdesk.ui.directory import DirectoryPage
from tipdesk.ui.home_page import HomePage
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.referrals import ReferralsPage
from tipdesk.ui.reports import ReportsPage

CONTEXT = "Sections"


@dataclass(frozen=True)
class Section:
    """A sidebar entry: a stable key, a title marked for translation, its page, its permission."""

    key: str
    title: str
    page: Callable[[PageContext], QWidget]
    action: str | None = None  # None: every signed-in user

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def visible_to(self, role: str) -> bool:
        return self.action is None or may(role, self.action)


def default_sections() -> list[Section]:
    """The sections of the main window, in sidebar order."""
    return [
        Section("home", QT_TRANSLATE_NOOP("Sections", "Home"), HomePage),
        Section("cases", QT_TRANSLATE_NOOP("Sections", "Cases"), CasesPage, action="cases.view"),
        Section(
            "referrals",
            QT_TRANSLATE_NOOP("Sections", "Referrals"),
            ReferralsPage,
            action="referrals.queue",
        ),
        # Later issues add: Cases ("cases.view"), Referrals ("referrals.queue"),
        # Directory ("directory.view"), Reports ("reports.anonymised").
        Section(
            "directory",
            QT_TRANSLATE_NOOP("Sections", "Directory"),
            DirectoryPage,
            action="directory.view",
        ),
        Section(
            "reports",
            QT_TRANSLATE_NOOP("Sections", "Reports"),
            ReportsPage,
            action="reports.anonymised",
        ),
        Section(
            "administration",
            QT_TRANSLATE_NOOP("Sections", "Administration"),
            AdministrationPage,
            action="users.manage",
        ),
    ]

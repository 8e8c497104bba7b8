"""The Administration section: accounts, the audit trail and the office, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from tipdesk.ui.admin.audit_tab import AuditTab
from tipdesk.ui.admin.office_tab import OfficeTab
from tipdesk.ui.admin.users_tab import UsersTab
from tipdesk.ui.page_context import PageContext


class AdministrationPage(QTabWidget):
    """Users, Audit trail and Office tabs for administrators; each reloads when shown.

    The Users tab, shown first, reads its few accounts when built; the others read nothing
    until they are shown (the audit trail and the retention list read on the worker thread).
    """

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.users_tab = UsersTab(context)
        self.audit_tab = AuditTab(context)
        self.office_tab = OfficeTab(context)
        self.addTab(self.users_tab, self.tr("&Users"))
        self.addTab(self.audit_tab, self.tr("Audit t&rail"))
        self.addTab(self.office_tab, self.tr("&Office"))
        self.currentChanged.connect(self._tab_shown)

    def _tab_shown(self, index: int) -> None:
        tab = self.widget(index)
        if hasattr(tab, "refresh"):
            tab.refresh()

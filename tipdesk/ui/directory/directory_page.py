"""The Directory section: the services of the local directory, and where it has gaps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from tipdesk.ui.directory.gaps_tab import GapsTab
from tipdesk.ui.directory.services_tab import ServicesTab
from tipdesk.ui.page_context import PageContext


class DirectoryPage(QTabWidget):
    """Services and Gaps tabs; everyone reads them, administrators also edit the services."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.services_tab = ServicesTab(context)
        self.gaps_tab = GapsTab(context)
        self.addTab(self.services_tab, self.tr("&Services"))
        self.addTab(self.gaps_tab, self.tr("&Gaps"))
        self.setCornerWidget(self.services_tab.file_actions, Qt.Corner.TopRightCorner)
        previous = self.tabBar()  # Tab reaches the corner's buttons beside the tabs, not last
        for button in self.services_tab.file_actions.findChildren(QPushButton):
            QWidget.setTabOrder(previous, button)
            previous = button
        self.gaps_tab.show_services.connect(self.show_services)  # counted when shown

    def show_services(self, sector: str, region: str) -> None:
        """The Services tab, filtered to one sector in one region."""
        self.services_tab.filters.select(sector=sector, region=region)
        self.setCurrentWidget(self.services_tab)

"""The Reports section: what leaves the laptop, then the summary PDF and the record export."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from tipdesk.ui.page_context import PageContext
from tipdesk.ui.reports.export_panel import ExportPanel
from tipdesk.ui.reports.summary_panel import SummaryPanel

EXPLAIN_STYLE = (
    "background: #eef2f6; border: 1px solid #c5d0db; border-radius: 3px; padding: 6px 8px;"
)


class ReportsPage(QWidget):
    """A plain explanation above two tabs: the anonymised summary and the anonymised export."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = QLabel(
            self.tr(
                "These files are for the protection cluster and leave this laptop unencrypted, so "
                "they hold nothing that identifies a person: no names, case codes, dates of birth, "
                "exact ages or dates (months or years only), free text, staff names or places "
                "smaller than a country or region. Only cases whose person consented to use in "
                "anonymised statistics are counted; the others are left out and only their number "
                "is given. Small groups are hidden so that no reader can single anyone out."
            )
        )
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(EXPLAIN_STYLE)
        self.summary_panel = SummaryPanel(context)
        self.export_panel = ExportPanel(context)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.summary_panel, self.tr("Summary &report (PDF)"))
        self.tabs.addTab(self.export_panel, self.tr("Anonymised e&xport (CSV, XLSX)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.tabs, 1)

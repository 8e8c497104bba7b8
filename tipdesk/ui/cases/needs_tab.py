"""The Needs tab: per sector, what the person wants, declines or already receives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from tipdesk.models import Case
from tipdesk.models import vocab as v
from tipdesk.services import case_file
from tipdesk.ui.cases.case_tab import CaseTab
from tipdesk.ui.cases.common import fill_choices
from tipdesk.ui.terms import term_label


class NeedsTab(CaseTab):
    """One chooser per sector; a declined service is recorded as declined, never pushed."""

    key = "needs"

    def __init__(self, office, parent: QWidget | None = None) -> None:
        super().__init__(office, parent)
        self._baseline: dict[str, str | None] = {}
        self._loading = False
        self.combos: dict[str, QComboBox] = {}
        content = QWidget()
        form = QFormLayout(content)
        for sector in v.SECTORS.codes:
            combo = QComboBox()
            fill_choices(combo, v.NEED_STATUS, none_text=self.tr("Not discussed"))
            combo.setAccessibleName(term_label(v.SECTORS, sector))
            combo.currentIndexChanged.connect(self._edited)
            self.combos[sector] = combo
            form.addRow(self.tr("%1:").replace("%1", term_label(v.SECTORS, sector)), combo)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it follows the focus
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.dirty_label = QLabel()
        self.save_button = QPushButton(self.tr("Sa&ve needs"))
        self.save_button.setAccessibleName(self.tr("Save the needs"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dirty_label)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.body.addWidget(scroll, 1)
        self.body.addLayout(buttons)

    def show_case(self, case: Case, editable: bool) -> None:
        self._baseline = {sector: None for sector in v.SECTORS.codes}
        self._baseline.update({need.sector: need.status for need in case.needs})
        self._loading = True
        for sector, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(self._baseline[sector]), 0))
            combo.setEnabled(editable)
        self._loading = False
        self.save_button.setVisible(editable)
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        dirty = bool(self.unsaved())
        self.save_button.setEnabled(dirty)
        self.dirty_label.setText(self.tr("Unsaved changes.") if dirty else "")

    def unsaved(self) -> dict:
        return {
            sector: combo.currentData()
            for sector, combo in self.combos.items()
            if self.case is not None and combo.currentData() != self._baseline.get(sector)
        }

    def apply_unsaved(self, values: dict) -> None:
        for sector, status in values.items():
            combo = self.combos.get(sector)
            if combo is not None and combo.findData(status) >= 0:
                combo.setCurrentIndex(combo.findData(status))
        self._edited()

    def save(self) -> None:
        changes = self.unsaved()
        for sector, status in changes.items():
            ok, _ = self.status.run(case_file.set_need, self.office, self.code, sector, status)
            if not ok:
                return
        if changes:
            self.after_save(self.tr("Saved: %n sector(s) changed.", "", len(changes)))

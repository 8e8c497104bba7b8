"""The search box and filters above the directory table; they describe a `DirectoryFilter`."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tipdesk.i18n import language_name
from tipdesk.models import vocab as v
from tipdesk.services.directory import DirectoryFilter
from tipdesk.ui import shortcuts
from tipdesk.ui.terms import term_label

SEARCH_DELAY_MS = 300  # typing pauses this long before the table is filtered again


class FilterBar(QWidget):
    """Emits `changed` when a filter changes (the search box after a pause in typing)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName(shortcuts.SEARCH_FIELD)  # Ctrl+F
        self.search_edit.setAccessibleName(self.tr("Search the directory"))
        self.search_edit.setPlaceholderText(
            self.tr("Search organisation, service, place, focal point or service ID…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search_now)

        self.sector_combo = self._combo(
            self.tr("Sector"),
            self.tr("All sectors"),
            [(term_label(v.SECTORS, t.code), t.code) for t in v.SECTORS],
        )
        self.region_combo = self._combo(self.tr("Region"), self.tr("All regions"), [])
        self.age_combo = self._combo(
            self.tr("Age group served"), self.tr("Any age"), self._terms(v.AGE_GROUPS)
        )
        self.sex_combo = self._combo(self.tr("Sex served"), self.tr("Any sex"), self._terms(v.SEX))
        self.status_combo = self._combo(
            self.tr("Nationality or displacement status served"),
            self.tr("Any status"),
            self._terms(v.NATIONALITY_STATUS),
        )
        self.language_combo = self._combo(self.tr("Language"), self.tr("Any language"), [])
        self.trafficking_check = self._check(self.tr("Accepts traffic&king cases"))
        self.stale_check = self._check(self.tr("Not verified for six &months"))
        self.inactive_check = self._check(self.tr("Show i&nactive"))
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("Sea&rch:"))
        search_label.setBuddy(self.search_edit)
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search_edit, 0, 1, 1, 3)
        grid.addWidget(self.sector_combo, 0, 4)
        grid.addWidget(self.region_combo, 0, 5)
        served = QLabel(self.tr("Serves:"))
        grid.addWidget(served, 1, 0)
        grid.addWidget(self.age_combo, 1, 1)
        grid.addWidget(self.sex_combo, 1, 2)
        grid.addWidget(self.status_combo, 1, 3)
        grid.addWidget(self.language_combo, 1, 4)
        grid.addWidget(self.clear_button, 1, 5, Qt.AlignmentFlag.AlignRight)
        checks = QHBoxLayout()
        for box in (self.trafficking_check, self.stale_check, self.inactive_check):
            checks.addWidget(box)
        checks.addStretch(1)
        grid.addLayout(checks, 2, 1, 1, 5)
        for column in range(1, 6):
            grid.setColumnStretch(column, 1)

    def _terms(self, vocabulary: v.Vocabulary) -> list[tuple[str, str]]:
        return [(term_label(vocabulary, t.code), t.code) for t in vocabulary]

    def _combo(self, name: str, anything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(anything, None)
        for text, code in items:
            combo.addItem(text, code)
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text.replace("&", ""))
        box.toggled.connect(self.changed)
        return box

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.changed.emit()

    # -- choices from the directory -----------------------------------------------------------
    def set_regions(self, regions: list[str]) -> None:
        self._refill(self.region_combo, [(region, region) for region in regions])

    def set_languages(self, codes: list[str]) -> None:
        choices = sorted(
            ((language_name(code), code) for code in codes), key=lambda item: item[0].casefold()
        )
        self._refill(self.language_combo, choices)

    def _refill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """New choices, keeping the chosen one (even when it is no longer offered)."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, code in items:
            combo.addItem(text, code)
        if chosen is not None and combo.findData(chosen) < 0:
            combo.addItem(chosen, chosen)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    # -- the filter ---------------------------------------------------------------------------
    def current_filter(self) -> DirectoryFilter:
        return DirectoryFilter(
            search=self.search_edit.text().strip(),
            sector=self.sector_combo.currentData(),
            admin1=self.region_combo.currentData(),
            age_group=self.age_combo.currentData(),
            sex=self.sex_combo.currentData(),
            nationality_status=self.status_combo.currentData(),
            language=self.language_combo.currentData(),
            accepts_trafficking_cases=True if self.trafficking_check.isChecked() else None,
            stale_only=self.stale_check.isChecked(),
            include_inactive=self.inactive_check.isChecked(),
        )

    def is_filtered(self) -> bool:
        return self.current_filter() != DirectoryFilter()

    def select(self, *, sector: str | None = None, region: str | None = None) -> None:
        """Show one sector in one region (from the gap view), every other filter cleared."""
        self.blockSignals(True)
        self._reset()
        self.sector_combo.setCurrentIndex(max(self.sector_combo.findData(sector), 0))
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(region), 0))
        self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        """Every filter back to "all"; the table shows the whole directory again."""
        self.blockSignals(True)
        self._reset()
        self.blockSignals(False)
        self.changed.emit()

    def _reset(self) -> None:
        self.search_edit.clear()
        self.search_timer.stop()
        for combo in (
            self.sector_combo,
            self.region_combo,
            self.age_combo,
            self.sex_combo,
            self.status_combo,
            self.language_combo,
        ):
            combo.setCurrentIndex(0)
        for box in (self.trafficking_check, self.stale_check, self.inactive_check):
            box.setChecked(False)

"""The Cases section: the paged, searchable list of cases, and the way into each case file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.models import vocab as v
from tipdesk.services import drafts
from tipdesk.services.case_drafts import KIND as WIZARD_DRAFT_KIND
from tipdesk.services.case_list import CaseFilter, list_officers
from tipdesk.services.permissions import may
from tipdesk.ui import shortcuts
from tipdesk.ui.case_table_model import CaseTableModel
from tipdesk.ui.cases.case_file_view import (
    DRAFT_KIND,
    CaseFileDialog,
    OpenedCase,
    read_case_file,
)
from tipdesk.ui.cases.common import StatusLine, fill_choices
from tipdesk.ui.cases.import_dialog import RegisterImport
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.table_views import fit_heading, record_table

SEARCH_DELAY_MS = 300


class CasesPage(QWidget):
    """Toolbar (new case, import, template), search and filters over a table of cases."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._office = context.office
        self._shown_before = False
        self.wizard = None
        self.case_files: dict[str, CaseFileDialog] = {}
        self._opening: set[str] = set()  # case files being read
        self.message_box: QMessageBox | None = None
        role = self._office.user.role

        self.new_button = self._button(
            self.tr("&New case…"), self.tr("Register a new case"), lambda: self.new_case()
        )
        self.new_button.setVisible(may(role, "cases.register"))
        self.importer = RegisterImport(context, self)
        self.importer.imported.connect(lambda _result: self.refresh())
        self.import_button = self._button(
            self.tr("&Import register…"),
            self.tr("Import a case register"),
            self.importer.choose_and_import,
        )
        self.template_button = self._button(
            self.tr("&Template…"), self.tr("Save a case register template"), self.save_template
        )
        for button in (self.import_button, self.template_button):
            button.setVisible(may(role, "cases.import"))

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName(shortcuts.SEARCH_FIELD)  # Ctrl+F
        self.search_edit.setAccessibleName(self.tr("Search cases"))
        self.search_edit.setPlaceholderText(self.tr("Search by case code, name or alias"))
        self.search_edit.setAccessibleDescription(
            self.tr("The list follows as you type; Enter searches at once, Tab goes on to it.")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(150)
        self.search_edit.setMaximumWidth(360)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_filter)
        toolbar = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.template_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.search_edit, 2)

        self.status_combo = self._combo(self.tr("Filter by status"))
        fill_choices(self.status_combo, v.CASE_STATUS, none_text=self.tr("All statuses"))
        self.officer_combo = self._combo(self.tr("Filter by officer"))
        self.outcome_combo = self._combo(self.tr("Filter by screening outcome"))
        fill_choices(self.outcome_combo, v.SCREENING_OUTCOMES, none_text=self.tr("All outcomes"))
        self.overdue_check = QCheckBox(self.tr("&Overdue follow-up only"))
        self.overdue_check.setAccessibleName(self.tr("Only cases with an overdue follow-up"))
        self.count_label = QLabel()
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("St&atus:"), self.status_combo),
            (self.tr("Offi&cer:"), self.officer_combo),
            (self.tr("O&utcome:"), self.outcome_combo),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)

        self.model = CaseTableModel(self._office, self, runner=context.runner)  # reads off-thread
        self.table = record_table(self.model, self.tr("Cases"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(CaseTableModel.REGISTERED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.activated.connect(self._activated)  # Enter (and double-click, by style)
        self.table.doubleClicked.connect(self._activated)  # an open file is brought forward
        self.status = StatusLine()

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.status)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.loading_changed.connect(self._update_count)
        self.model.load_failed.connect(lambda exc: self.status.show_error(describe_error(exc)))
        self._load_officers()
        self.apply_filter()
        self._size_columns()
        for combo in (self.status_combo, self.officer_combo, self.outcome_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue_check.toggled.connect(self.apply_filter)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)  # a child already: shown alone it would be a window
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMinimumWidth(64)  # shrinks (eliding) before the window has to grow
        return combo

    def _load_officers(self) -> None:
        self.officer_combo.blockSignals(True)
        self.officer_combo.clear()
        self.officer_combo.addItem(self.tr("All officers"), None)
        for officer in list_officers(self._office):
            name = (
                officer.display_name
                if officer.active
                else self.tr("%1 (disabled)").replace("%1", officer.display_name)
            )
            self.officer_combo.addItem(name, officer.id)
        self.officer_combo.blockSignals(False)

    def _size_columns(self) -> None:
        header, chars = self.table.horizontalHeader(), self.fontMetrics().averageCharWidth()
        widths = {
            CaseTableModel.CODE: 14,
            CaseTableModel.STATUS: 11,
            CaseTableModel.REGISTERED: 10,
            CaseTableModel.OFFICER: 14,
            CaseTableModel.SEX: 8,
            CaseTableModel.AGE_BAND: 7,
            CaseTableModel.FORMS: 20,
            CaseTableModel.OUTCOME: 22,
            CaseTableModel.NEXT_FOLLOW_UP: 18,
            CaseTableModel.NAME: 20,
        }
        for column, width in widths.items():
            if column < self.model.columnCount():
                header.resizeSection(column, fit_heading(self.table, column, chars * width + 16))
        if self.model.shows_names:
            header.moveSection(header.visualIndex(CaseTableModel.NAME), 1)

    # -- the list -----------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            status=self.status_combo.currentData(),
            officer_id=self.officer_combo.currentData(),
            outcome=self.outcome_combo.currentData(),
            overdue_only=self.overdue_check.isChecked(),
            search=self.search_edit.text().strip(),
        )

    def apply_filter(self) -> None:
        self.search_timer.stop()
        try:
            self.model.set_filter(self.current_filter())
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self.status.show_error(describe_error(exc))

    def refresh(self) -> None:
        """Count and load again (after an import, a new case, or on coming back to the page)."""
        try:
            self._load_officers_keeping_choice()
            self.model.reload()
        except Exception as exc:  # noqa: BLE001
            self.status.show_error(describe_error(exc))

    def _load_officers_keeping_choice(self) -> None:
        chosen = self.officer_combo.currentData()
        self._load_officers()
        self.officer_combo.blockSignals(True)
        self.officer_combo.setCurrentIndex(max(self.officer_combo.findData(chosen), 0))
        self.officer_combo.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._shown_before and self._office.is_open:
            self.refresh()
        self._shown_before = True

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):  # keep showing the order actually used
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    def _update_count(self, *_args) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if self.model.loading and shown == 0:
            text = self.tr("Loading cases…")
        elif total == 0:
            text = self.tr("No case matches.")
        elif shown < total:
            text = (
                self.tr("%1 cases, %2 loaded; scroll for more.")
                .replace("%1", str(total))
                .replace("%2", str(shown))
            )
        else:
            text = self.tr("%n case(s).", "", total)
        self.count_label.setText(text)

    # -- actions ------------------------------------------------------------------------------
    def _activated(self, index) -> None:
        if index.isValid():
            self.open_case(self.model.case_at(index.row()).code)

    def open_case(
        self, code: str, then: Callable[[CaseFileDialog], None] | None = None
    ) -> CaseFileDialog | None:
        """Bring forward the open case file of `code` (and return it); else read the case on
        a worker thread and open its window once read (then `then(window)`). The view is
        audited; a case that may not be opened is explained on the status line."""
        dialog = self.case_files.get(code)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            if then is not None:
                then(dialog)
            return dialog
        if code in self._opening:
            return None  # a second Enter while it is read
        self._opening.add(code)
        self.status.show_info(self.tr("Opening case %1…").replace("%1", code))
        task = self._context.runner.start(read_case_file, self._office, code)
        task.succeeded.connect(lambda opened: shiboken6.isValid(self) and self._read(opened, then))
        task.failed.connect(lambda exc: shiboken6.isValid(self) and self._refused(code, exc))
        return None

    def _read(self, opened: OpenedCase, then: Callable[[CaseFileDialog], None] | None) -> None:
        code = opened.case.code
        self._opening.discard(code)
        self.status.clear_message()
        try:
            dialog = CaseFileDialog(self._context, code, self, opened=opened)
        except Exception as exc:  # noqa: BLE001 - shown in plain words, as a refusal
            self.status.show_error(describe_error(exc))
            return
        self.case_files[code] = dialog
        dialog.finished.connect(lambda _result: self._case_file_closed(code))
        dialog.case_changed.connect(self.model.reload)
        dialog.show()
        if then is not None:
            then(dialog)

    def _refused(self, code: str, exc: BaseException) -> None:
        self._opening.discard(code)
        self.status.show_error(describe_error(exc))  # e.g. restricted, or no longer there

    def open_draft(self, draft_id: int, kind: str) -> bool:
        """Resume a draft kept at a lock: a new case in the wizard, or a case file's edits."""
        if kind == WIZARD_DRAFT_KIND:  # the wizard restores itself
            return self.new_case(draft_id) is not None
        if kind != DRAFT_KIND:
            return False
        try:
            payload = drafts.load_draft(self._office, draft_id).payload
        except Exception as exc:  # noqa: BLE001
            self.status.show_error(describe_error(exc))
            return False
        self.open_case(
            str(payload.get("case_code", "")),
            then=lambda dialog: dialog.apply_draft(payload, draft_id),
        )
        return True  # kept until the edits are saved, even if the case cannot be opened

    def _case_file_closed(self, code: str) -> None:
        dialog = self.case_files.pop(code, None)
        if dialog is not None:
            dialog.deleteLater()

    def new_case(self, draft_id: int | None = None):
        """Open the case wizard (when this version has one), from a draft if given."""
        try:
            from tipdesk.ui.wizard import open_case_wizard
        except ImportError:
            self.message_box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("New case"),
                self.tr(
                    "The case wizard is not part of this version of TIPDesk yet. Cases can "
                    "be imported from a register meanwhile."
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.message_box.open()
            return None
        self.wizard = open_case_wizard(self._context, self, draft_id=draft_id)
        self.wizard.case_saved.connect(self._case_saved)
        self.wizard.show()
        return self.wizard

    def _case_saved(self, code: str) -> None:
        self.refresh()
        self.status.show_success(self.tr("Case %1 was registered.").replace("%1", code))

    def save_template(self) -> None:
        target: Path | None = self.importer.write_template()
        if target is not None:
            self.status.show_success(
                self.tr("The template was saved as %1.").replace("%1", str(target))
            )

"""The Services tab: search and filter the directory; administrators also keep it up to date.

The table's model counts and reads its pages on the worker thread, so a filter, a reload
after an edit or an import, returns at once and the rows arrive later: services to select
(the edited ones, those selected before a reload) are selected when their rows have arrived.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.services import directory
from tipdesk.services.directory import ServiceRecord
from tipdesk.services.permissions import may
from tipdesk.ui.admin.common import StatusLabel, plural
from tipdesk.ui.directory.filter_bar import FilterBar
from tipdesk.ui.directory.service_dialog import ServiceDialog
from tipdesk.ui.directory.transfer import DirectoryTransfer
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.keyboard import tab_in_order
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.service_table_model import ServiceTableModel
from tipdesk.ui.table_views import record_table, size_columns


class ServicesTab(QWidget):
    """Filters, the paged table of services, and the actions the signed-in role may take."""

    changed = Signal()  # the directory was changed from here (the gap view reloads)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = context.office
        self.editable = may(context.office.user.role, "directory.edit")
        self.dialog: ServiceDialog | None = None

        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filter)
        self.model = ServiceTableModel(self._office, self, runner=context.runner)
        self.table = record_table(self.model, self.tr("Services"), several=True, alternating=False)
        header = self.table.horizontalHeader()
        size_columns(
            self.table,
            [
                (ServiceTableModel.REGION, "Far North"),
                (ServiceTableModel.DISTRICT, "Mayo-Sava"),
                (ServiceTableModel.SITE, "Maroua"),
                (ServiceTableModel.PHONE, "+000 555 000 000"),
                (ServiceTableModel.STATUS, "Check again"),
            ],
        )
        for column in (ServiceTableModel.TRAFFICKING, ServiceTableModel.LAST_VERIFIED):
            header.resizeSection(column, header.sectionSizeHint(column))
        for column in (
            ServiceTableModel.ORGANISATION,
            ServiceTableModel.SECTOR,
            ServiceTableModel.SERVICE_TYPE,
        ):  # they share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                self.open_selected,
                context=Qt.ShortcutContext.WidgetShortcut,
            )

        self.count_label = QLabel()
        self.open_button = self._button(
            self.tr("&Edit…") if self.editable else self.tr("&View…"), self.open_selected
        )
        self.add_button = self._button(self.tr("&Add…"), self.add_service)
        self.active_button = self._button(self.tr("Dea&ctivate"), self.toggle_active)
        self.verify_button = self._button(self.tr("Mark &verified"), self.mark_verified)
        self.verify_button.setToolTip(
            self.tr(
                "Record that you checked today that the selected services still run as described."
            )
        )
        self.status = StatusLabel()
        self.transfer = DirectoryTransfer(context, self, self.status)
        self.transfer.imported.connect(lambda _result: self._directory_changed())
        self.import_button = self._button(self.tr("&Import…"), self.transfer.choose_and_import)
        self.export_button = self._button(self.tr("E&xport…"), self.transfer.choose_and_export)
        self.template_button = self._button(
            self.tr("&Template…"), self.transfer.choose_and_write_template
        )
        self.edit_buttons = (
            self.add_button,
            self.active_button,
            self.verify_button,
            self.import_button,
            self.export_button,
            self.template_button,
        )
        for button in self.edit_buttons:
            button.setVisible(self.editable)

        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        for button in (self.open_button, self.add_button, self.active_button, self.verify_button):
            actions.addWidget(button)
        # The spreadsheet actions concern the whole directory: the page shows them beside its
        # tabs (a corner of the tab bar), which keeps this row narrow.
        self.file_actions = QWidget(self)  # the page moves it beside its tabs
        self.file_actions.setVisible(self.editable)
        row = QHBoxLayout(self.file_actions)
        row.setContentsMargins(0, 0, 4, 2)
        for button in (self.import_button, self.export_button, self.template_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        # The buttons were made before the filters and the table: Tab reaches them after.
        tab_in_order([self.table, self.open_button, *self.edit_buttons[:3]])
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.loading_changed.connect(self._update_count)
        self.model.load_failed.connect(self._load_failed)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)  # a child already: shown alone it would be a window
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- the list -----------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """Whether rows are being read, or services waited for to be selected."""
        return self.model.pending

    def refresh(
        self,
        keep: list[str] | None = None,
        then: Callable[[list[str]], None] | None = None,
    ) -> None:
        """Reload the filter choices and the table, keeping the selected (or `keep`) selected
        once the rows are read; then `then(refs found)`."""
        if keep is None:
            keep = [record.ref for record in self.selected()]
        try:
            self.filters.set_regions(directory.regions(self._office))
            self.filters.set_languages(directory.languages(self._office))
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self.status.show_error(describe_error(exc))
        self.apply_filter(keep=keep, then=then)

    def apply_filter(
        self,
        keep: list[str] | None = None,
        then: Callable[[list[str]], None] | None = None,
    ) -> None:
        """Show the services the filters describe; select `keep` among them once read."""
        try:
            self.model.set_filter(self.filters.current_filter())
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self.status.show_error(describe_error(exc))
            return
        self._selection_changed()  # of the rows shown until the new ones arrive
        self.model.reveal(list(keep or []), lambda rows: self._select_rows(rows, then))

    def _select_rows(self, rows: list[int], then: Callable[[list[str]], None] | None) -> None:
        found = [self.model.record_at(row).ref for row in rows]
        for ref in found:
            self.select(ref, add=True)
        self._selection_changed()
        if then is not None:
            then(found)

    def _load_failed(self, exc: BaseException) -> None:
        self.status.show_error(describe_error(exc))

    def _update_count(self, *_args) -> None:
        total = self.model.total
        if self.model.loading and self.model.rowCount() == 0:
            text = self.tr("Loading services…")
        elif self.filters.is_filtered():
            text = plural(total, self.tr("1 service matches"), self.tr("%1 services match"))
        else:
            text = plural(total, self.tr("1 service"), self.tr("%1 services"))
        self.count_label.setText(text)

    def selected(self) -> list[ServiceRecord]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.record_at(row) for row in rows]

    def select(self, ref: str, add: bool = False) -> bool:
        """Select the service `ref` if its row is loaded; whether it was."""
        row = self.model.row_of(ref)
        if row is None:
            return False
        flags = self.table.selectionModel().SelectionFlag
        mode = flags.Rows | (flags.Select if add else flags.ClearAndSelect)
        self.table.selectionModel().select(self.model.index(row, 0), mode)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, *_args) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(len(chosen) == 1)
        self.verify_button.setEnabled(bool(chosen))
        states = {record.active for record in chosen}
        self.active_button.setEnabled(len(states) == 1)
        self.active_button.setText(
            self.tr("A&ctivate") if states == {False} else self.tr("Dea&ctivate")
        )

    # -- actions ------------------------------------------------------------------------------
    def add_service(self) -> ServiceDialog:
        return self._open(None)

    def open_selected(self) -> ServiceDialog | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        try:
            record = directory.get_service(self._office, chosen[0].ref)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self.status.show_error(describe_error(exc))
            return None
        return self._open(record)

    def _open(self, record: ServiceRecord | None) -> ServiceDialog:
        regions = [
            self.filters.region_combo.itemData(i)
            for i in range(1, self.filters.region_combo.count())
        ]
        dialog = ServiceDialog(self._office, record, regions=regions, parent=self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, dialog: ServiceDialog) -> None:
        ref = dialog.saved_ref
        if ref is None:
            return
        self.status.show_success(self.tr("Service %1 saved.").replace("%1", ref))
        self._directory_changed([ref], then=lambda found: self._shown_after_save(ref, found))

    def _shown_after_save(self, ref: str, found: list[str]) -> None:
        if not found:
            self.status.show_success(
                self.tr("Service %1 saved. It is hidden by the filters.").replace("%1", ref)
            )

    def toggle_active(self) -> None:
        chosen = self.selected()
        if not chosen or len({record.active for record in chosen}) != 1:
            return
        activate = not chosen[0].active
        try:
            for record in chosen:
                directory.set_active(self._office, record.ref, activate)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self._directory_changed()
            self.status.show_error(describe_error(exc))
            return
        self._directory_changed([record.ref for record in chosen])
        if activate:
            text = plural(
                len(chosen), self.tr("1 service activated."), self.tr("%1 services activated.")
            )
        else:
            text = plural(
                len(chosen),
                self.tr("1 service deactivated: it is no longer offered for new referrals."),
                self.tr("%1 services deactivated: they are no longer offered for new referrals."),
            )
            if not self.filters.inactive_check.isChecked():
                text += " " + self.tr("Tick Show inactive to see them again.")
        self.status.show_success(text)

    def mark_verified(self) -> None:
        chosen = self.selected()
        try:
            for record in chosen:
                directory.mark_verified(self._office, record.ref)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self._directory_changed()
            self.status.show_error(describe_error(exc))
            return
        self._directory_changed([record.ref for record in chosen])
        self.status.show_success(
            plural(
                len(chosen),
                self.tr("1 service marked verified today."),
                self.tr("%1 services marked verified today."),
            )
        )

    def _directory_changed(
        self, keep: list[str] | None = None, then: Callable[[list[str]], None] | None = None
    ) -> None:
        self.refresh(keep or [], then=then)
        self.changed.emit()

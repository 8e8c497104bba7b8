"""The Users tab: every account of the office, and adding, disabling, enabling, resetting."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tipdesk.services import users
from tipdesk.services.users import UserSummary
from tipdesk.ui.admin.common import StatusLabel
from tipdesk.ui.admin.user_dialogs import AddUserDialog, TemporaryPasswordDialog
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.user_table_model import SORT_ROLE, UserTableModel


class UsersTab(QWidget):
    """A table of accounts with the actions an administrator takes on them."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = context.office
        self._runner = context.runner
        self.dialog: AddUserDialog | TemporaryPasswordDialog | None = None
        self.task = None

        intro = QLabel(
            self.tr(
                "Everyone who signs in to this office's database. A disabled account can no longer "
                "open it; enabling it again needs a new temporary password."
            )
        )
        intro.setWordWrap(True)
        self.model = UserTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("User accounts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UserTableModel.USER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UserTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.reset_password())

        self.add_button = self._button(self.tr("&Add user…"), self.add_user)
        self.disable_button = self._button(self.tr("&Disable"), self.disable_user)
        self.enable_button = self._button(self.tr("&Enable…"), self.enable_user)
        self.reset_button = self._button(self.tr("Reset pass&word…"), self.reset_password)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.disable_button, self.enable_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = StatusLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the accounts, keeping the selected one selected."""
        chosen = self.selected()
        try:
            self.model.set_users(users.list_users(self._office))
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self.status.show_error(describe_error(exc))
        if chosen is not None:
            self.select(chosen.username)
        self._selection_changed()

    def selected(self) -> UserSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.user_at(self.proxy.mapToSource(rows[0]).row())

    def select(self, username: str) -> bool:
        row = self.model.row_of(username)
        if row is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _selection_changed(self, *_args) -> None:
        user = self.selected()
        self.disable_button.setEnabled(user is not None and user.active)
        self.enable_button.setEnabled(user is not None and not user.active)
        self.reset_button.setEnabled(user is not None and user.active)

    # -- actions ------------------------------------------------------------------------------
    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self._office, self._runner, self)
        dialog.accepted.connect(
            partial(
                self._dialog_done,
                dialog,
                self.tr(
                    "Account '%1' added. Give the temporary password to the colleague in person."
                ),
            )
        )
        return self._open(dialog)

    def disable_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Disable account"),
            self.tr(
                "Disable the account '%1' (%2)? They can no longer sign in; their cases and "
                "the audit trail keep their name."
            )
            .replace("%1", user.username)
            .replace("%2", user.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.status.show_info(self.tr("Disabling '%1'…").replace("%1", user.username))
        self._set_enabled(False)
        self.task = self._runner.start(users.set_active, self._office, user.username, False)
        self.task.succeeded.connect(
            lambda summary: self._changed(
                self.tr("Account '%1' disabled: it can no longer sign in."), summary
            )
        )
        self.task.failed.connect(self._failed)

    def enable_user(self) -> TemporaryPasswordDialog | None:
        user = self.selected()
        if user is None or user.active:
            return None
        dialog = TemporaryPasswordDialog(
            self._runner,
            user.username,
            self.tr("Enable account"),
            self.tr(
                "Enable '%1' (%2) again with a new temporary password, which they must "
                "change at their next sign-in."
            )
            .replace("%1", user.username)
            .replace("%2", user.display_name),
            self.tr("&Enable"),
            partial(users.set_active, self._office, user.username, True),
            self,
        )
        dialog.accepted.connect(
            partial(
                self._dialog_done,
                dialog,
                self.tr("Account '%1' enabled with a new temporary password."),
            )
        )
        return self._open(dialog)

    def reset_password(self) -> TemporaryPasswordDialog | None:
        user = self.selected()
        if user is None or not user.active:
            return None
        dialog = TemporaryPasswordDialog(
            self._runner,
            user.username,
            self.tr("Reset password"),
            self.tr(
                "Give '%1' (%2) a new temporary password, for when they have forgotten "
                "theirs. They must change it at their next sign-in."
            )
            .replace("%1", user.username)
            .replace("%2", user.display_name),
            self.tr("Reset &password"),
            partial(users.reset_password, self._office, user.username),
            self,
        )
        dialog.accepted.connect(
            partial(
                self._dialog_done,
                dialog,
                self.tr(
                    "The password of '%1' was reset. Give the temporary password to them in person."
                ),
            )
        )
        return self._open(dialog)

    def _open(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _dialog_done(self, dialog, message: str) -> None:
        if dialog.summary is not None:
            self._changed(message, dialog.summary)

    def _changed(self, message: str, summary: UserSummary) -> None:
        self._set_enabled(True)
        self.refresh()
        self.select(summary.username)
        self.status.show_success(message.replace("%1", summary.username))

    def _failed(self, exc: BaseException) -> None:
        self._set_enabled(True)
        self.refresh()
        self.status.show_error(describe_error(exc))

    def _set_enabled(self, enabled: bool) -> None:
        self.add_button.setEnabled(enabled)
        if enabled:
            self._selection_changed()
        else:
            for button in (self.disable_button, self.enable_button, self.reset_button):
                button.setEnabled(False)

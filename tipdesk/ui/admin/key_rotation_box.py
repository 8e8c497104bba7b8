"""Changing the database key after staff leave; everyone then signs in again."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from tipdesk.services import key_rotation
from tipdesk.services import office as office_service
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.admin.common import StatusLabel, run_with_progress
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext


class KeyRotationBox(QGroupBox):
    """Explains when to change the key, confirms, changes it off the UI thread, then locks."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Database key"))
        self._office = context.office
        self._runner = context.runner
        self.task = None
        self.notice: QMessageBox | None = None
        explain = QLabel(
            self.tr(
                "Change the database key when someone leaves the office, or if a laptop or a "
                "password may have been exposed. The database is encrypted again under a new key; "
                "passwords stay the same. Old backups keep opening with the old key."
            )
        )
        explain.setWordWrap(True)
        self.rotate_button = QPushButton(self.tr("Change database &key…"))
        self.rotate_button.setAccessibleName(self.tr("Change database key"))
        self.rotate_button.clicked.connect(self.rotate_key)
        self.status = StatusLabel()
        row = QHBoxLayout()
        row.addWidget(self.rotate_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def rotate_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Change the database key"),
            self.tr(
                "Change the key that encrypts the office database?\n\n"
                "Do this after a member of staff leaves: a copy of the key they may have kept "
                "will no longer open the database. Every user keeps their password, but "
                "everyone (you too) must sign in again afterwards.\n\n"
                "Backups made before today still open with the old key: destroy the old ones "
                "you no longer need, and make a new backup after the change.\n\n"
                "Close TIPDesk on any other window first. This takes a moment."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.rotate_button.setEnabled(False)
        self.status.clear_message()
        self.task, self.progress = run_with_progress(
            self,
            self._runner,
            self.tr("Encrypting the database under a new key…"),
            key_rotation.rotate_database_key,
            self._office,
        )
        self.task.succeeded.connect(self._rotated)
        self.task.failed.connect(self._failed)

    def _rotated(self, new_office: UnlockedOffice) -> None:
        try:
            office_service.sign_out(new_office)
        except Exception:  # noqa: BLE001 - the audit write failed; the key goes anyway
            new_office.lock()
        self._end(self.tr("The database key was changed; sign in again."), error=False)

    def _failed(self, exc: BaseException) -> None:
        message = describe_error(exc)
        if self._office.is_open:
            self.rotate_button.setEnabled(True)
            self.status.show_error(message)
            return
        self._end(message + " " + self.tr("Sign in again."), error=True)

    def _end(self, message: str, *, error: bool) -> None:
        """The old session is closed: tell the user, and let the window ask for a password."""
        if error:
            self.status.show_error(message)
        else:
            self.status.show_success(message)
        window = self.window()
        lock = getattr(window, "lock", None)
        if callable(lock) and window is not self:
            lock()
        icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
        self.notice = QMessageBox(
            icon, self.tr("Database key"), message, QMessageBox.StandardButton.Ok, window
        )
        self.notice.open()

"""Change my password: forced after a temporary one, or from File > Change my password…"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tipdesk.errors import AuthenticationFailed
from tipdesk.services import passwords, users
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.form_fields import ERROR_STYLE
from tipdesk.ui.strength_meter import StrengthMeter
from tipdesk.ui.worker import TaskRunner


class ChangePasswordDialog(QDialog):
    """Current password, the new one twice with a strength meter; changed off the UI thread.

    `forced`: the account still has the temporary password an administrator gave it, so the
    dialog comes before anything else and cancelling it means signing out.
    """

    def __init__(
        self,
        office: UnlockedOffice,
        runner: TaskRunner,
        *,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._office = office
        self._runner = runner
        self.forced = forced
        self._busy = False
        self.task = None
        self.setWindowTitle(
            self.tr("Choose your own password") if forced else self.tr("Change my password")
        )
        self.setMinimumWidth(500)

        heading = QLabel(self.windowTitle())
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        if forced:
            text = self.tr(
                "%1, you signed in with a temporary password given by an administrator. Choose "
                "a password of your own before you continue: only you should know it."
            ).replace("%1", office.user.display_name)
        else:
            text = self.tr(
                "Type your current password, then the new one twice. It opens the office "
                "database for your account (%1) only."
            ).replace("%1", office.user.username)
        intro = QLabel(text)
        intro.setWordWrap(True)

        self.current_edit = self._secret(
            self.tr("Temporary password") if forced else self.tr("Current password")
        )
        self.new_edit = self._secret(self.tr("New password"))
        self.confirm_edit = self._secret(self.tr("Repeat the new password"))
        self.strength = StrengthMeter()
        self.new_edit.textChanged.connect(self.strength.update_for)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(
            self.tr("&Temporary password:") if forced else self.tr("&Current password:"),
            self.current_edit,
        )
        form.addRow(self.tr("&New password:"), self.new_edit)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Repeat new password:"), self.confirm_edit)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedHeight(8)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Changing the password"))
        self.busy_bar.hide()

        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(
            self.tr("Sign &out") if forced else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.cancel_button.setAutoDefault(False)
        self.change_button = self.buttons.addButton(
            self.tr("Change &password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setAccessibleName(self.tr("Change password"))
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.busy_bar)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.change_button.setDefault(True)
        self.current_edit.setFocus()
        self.finished.connect(self._forget)

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    def change(self) -> None:
        """Check what can be checked here, then rewrite the key slot on a worker thread."""
        if self._busy:
            return
        current, new = self.current_edit.text(), self.new_edit.text()
        if not current:
            return self._say(self.tr("Type your current password."), self.current_edit)
        problems = passwords.problems(new, self._office.user.username)
        if problems:
            return self._say(
                self.tr("This password is too weak: %1.").replace(
                    "%1", "; ".join(self._problem_words(p) for p in problems)
                ),
                self.new_edit,
            )
        if new != self.confirm_edit.text():
            return self._say(self.tr("The two new passwords differ."), self.confirm_edit)
        if new == current:
            return self._say(
                self.tr("The new password must differ from the current one."), self.new_edit
            )
        self._say("")
        self._set_busy(True)
        self.task = self._runner.start(users.change_own_password, self._office, current, new)
        self.task.succeeded.connect(self._changed)
        self.task.failed.connect(self._failed)

    def _changed(self, _result: object) -> None:
        self._set_busy(False)
        if self.isVisible():
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, AuthenticationFailed):
            self.current_edit.clear()
            self._say(self.tr("The current password is not right."), self.current_edit)
        else:
            self._say(describe_error(exc), self.new_edit)

    def _problem_words(self, problem: str) -> str:
        words = {
            f"use at least {passwords.MIN_LENGTH} characters": self.tr(
                "use at least %n characters", "", passwords.MIN_LENGTH
            ),
            "do not start or end with a space": self.tr("do not start or end with a space"),
            "avoid common or repetitive passwords": self.tr("avoid common or repetitive passwords"),
            "do not include the user name": self.tr("do not include the user name"),
        }
        return words.get(problem, problem)

    def _say(self, text: str, focus: QLineEdit | None = None) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        if focus is not None:
            focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.current_edit, self.new_edit, self.confirm_edit, self.cancel_button):
            widget.setEnabled(not busy)
        self.change_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)

    def _forget(self) -> None:
        for edit in (self.current_edit, self.new_edit, self.confirm_edit):
            edit.clear()

    def reject(self) -> None:
        """Cancel (or sign out when forced), except while the change is being written."""
        if not self._busy:
            super().reject()
